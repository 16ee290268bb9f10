"""Scripts run in the Rasa environment (.venv-rasa, Python 3.10) from the tests, which run
in .venv: each script prints its results as one JSON line, last."""
import json
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"


def run_in_rasa_env(script: str, *args: str, timeout: float = 300) -> tuple[dict, str]:
    """Runs `script` with `args` in .venv-rasa from the repository root; its JSON line and stderr."""
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", RASA_TELEMETRY_ENABLED="false")
    done = subprocess.run([str(RASA_PYTHON), "-c", script, *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1]), done.stderr
