"""The Rasa data validates, and the trained model passes every test story in bot/tests/.

Uses the newest model in models/ (`make test` trains it first, only when the model's
inputs changed).
"""
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RASA = ROOT / ".venv-rasa" / "bin" / "rasa"
DATA_ARGS = ["--config", "config.yml", "--domain", "bot/domain", "--data", "bot/data"]

pytestmark = pytest.mark.skipif(not RASA.exists(), reason="the Rasa environment (.venv-rasa) is not set up")


def rasa(*args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2")
    return subprocess.run([str(RASA), *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


def newest_model() -> Path:
    models = sorted((ROOT / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not models:
        pytest.fail("no trained model in models/: run `make train`")
    return models[-1]


def test_story_count():
    stories = sum(p.read_text(encoding="utf-8").count("- story:") for p in (ROOT / "bot" / "tests").glob("*.yml"))
    assert stories >= 30


def test_rasa_data_validates():
    result = rasa("data", "validate", *DATA_ARGS)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-3000:]
    assert "No story structure conflicts found" in output, output[-3000:]


def test_test_stories_pass(tmp_path):
    result = rasa("test", "core", "--model", str(newest_model()), "--stories", "bot/tests",
                  # --e2e: the consumer's words go through the trained NLU as well
                  "--e2e", "--fail-on-prediction-errors", "--out", str(tmp_path / "results"))
    output = result.stdout + result.stderr
    failed = tmp_path / "results" / "failed_test_stories.yml"
    details = failed.read_text(encoding="utf-8") if failed.exists() else ""
    wrong = output[output.find("WrongPredictionException"):] if "WrongPredictionException" in output else ""
    assert result.returncode == 0, (wrong or details or output)[-5000:]
