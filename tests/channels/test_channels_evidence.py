"""The bridges' evidence upload against the real backend process (the contract both sides rely on)."""
from __future__ import annotations

import pytest

from channels.common import ChannelSettings, EvidenceRejected, upload_evidence
from channels_testlib import PNG_BYTES
from tools.stack import Stack, free_port, settings

SERVICE_TOKEN = "evidence-contract-token"


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("evidence-backend")
    port = free_port()
    env = settings({"BACKEND_PORT": str(port), "BACKEND_URL": f"http://127.0.0.1:{port}",
                    "DATABASE_URL": f"sqlite:///{tmp}/complaints.db", "EVIDENCE_DIR": str(tmp / "evidence"),
                    "BACKEND_SERVICE_TOKEN": SERVICE_TOKEN})
    stack = Stack(env=env, log_dir=tmp)
    try:
        stack.start("backend", timeout=60)
        yield env
    finally:
        stack.stop_all()


def channel(env, token: str = SERVICE_TOKEN) -> ChannelSettings:
    return ChannelSettings(backend_url=env["BACKEND_URL"], service_token=token)


def test_bridge_upload_is_stored_for_the_conversation(backend):
    stored = upload_evidence(channel(backend), "telegram:42", "photo.png", PNG_BYTES, "image/png")
    assert stored["id"] and stored.get("conversation_id", "telegram:42") == "telegram:42"


def test_backend_refusals_surface_as_evidence_rejected(backend):
    with pytest.raises(EvidenceRejected, match="401"):
        upload_evidence(channel(backend, "wrong-token"), "wechat:o_x", "a.png", PNG_BYTES, "image/png")
    with pytest.raises(EvidenceRejected, match="415"):
        upload_evidence(channel(backend), "wechat:o_x", "a.exe", b"MZ\x90\x00 not an image", "image/png")
