"""Fixtures the action unit tests share."""
import pytest

from tools.stack import free_port


@pytest.fixture
def backend_down(monkeypatch, tmp_path):
    """The action server's backend is unreachable: nothing listens on its port."""
    monkeypatch.setenv("BACKEND_URL", f"http://127.0.0.1:{free_port()}")
    monkeypatch.setenv("OUTBOX_PATH", str(tmp_path / "outbox.db"))
    monkeypatch.setenv("FILING_RETRIES", "0")
    monkeypatch.setenv("FILING_TIMEOUT_S", "1")
