"""One stack (backend, action server, Rasa) for every end-to-end test of the session:
conversations use their own sender ids, so they do not meet."""
import tempfile
from pathlib import Path

import pytest

from tools.stack import ROOT, Stack, free_port, settings


@pytest.fixture(scope="session")
def stack():
    if not list((ROOT / "models").glob("*.tar.gz")):
        pytest.fail("no trained model in models/: run `make train`")
    tmp = Path(tempfile.mkdtemp(prefix="e2e-"))
    env = settings({
        "RASA_PORT": str(free_port()),
        "ACTIONS_PORT": str(free_port()),
        "BACKEND_PORT": str(free_port()),
        "RASA_TOKEN": "e2e-token",
        "BACKEND_SERVICE_TOKEN": "e2e-service-token",
        "DATABASE_URL": f"sqlite:///{tmp / 'complaints.db'}",
        "OUTBOX_PATH": str(tmp / "outbox.db"),
        "FILING_RETRIES": "0",
        "FILING_TIMEOUT_S": "3",
        "RASA_TELEMETRY_ENABLED": "false",
        "TF_CPP_MIN_LOG_LEVEL": "2",
    })
    running = Stack(env, tmp)
    try:
        for name in ("backend", "actions", "rasa"):
            running.start(name, timeout=300)
        running.db_path = tmp / "complaints.db"
        yield running
    finally:
        running.stop_all()
