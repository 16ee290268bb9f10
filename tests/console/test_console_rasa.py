"""The console's field extraction through the real Rasa server's HTTP API (POST
/model/parse), started from the Procfile on free ports, and its fallback when Rasa
goes away. Needs a trained model in models/ (`make train`)."""
from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest

from backend.console.fields import FieldExtractor, RasaNlu
from tools.stack import ROOT, Stack, free_port, settings

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def rasa():
    if not any((ROOT / "models").glob("*.tar.gz")):
        pytest.skip("no trained Rasa model in models/ (run `make train`)")
    port = free_port()
    env = settings({"RASA_PORT": str(port), "RASA_URL": f"http://127.0.0.1:{port}",
                    "RASA_TOKEN": "console-test-rasa-token", "ACTIONS_PORT": str(free_port())})
    stack = Stack(env, Path(tempfile.mkdtemp(prefix="console-rasa-")))
    try:
        stack.start("rasa", timeout=300)
        yield env
    finally:
        stack.stop_all()


def test_rasa_entities_with_provenance_then_fallback(rasa):
    nlu = RasaNlu(rasa["RASA_URL"], rasa["RASA_TOKEN"], timeout=5)
    extractor = FieldExtractor(nlu)
    found = {f.field: f for f in extractor.extract("我的电话是13808312345，昨天在宜宾鑫源家电城花3999买的电视",
                                                   today=date(2026, 11, 25))}
    assert nlu.available and "rasa" not in extractor.degraded()
    assert found["phone"].value == "13808312345"
    # At least the phone comes from Rasa's regex or DIET extractor, normalised by the validators.
    assert found["phone"].source.startswith("rasa:"), found["phone"]
    assert found["amount"].value == "3999.00"
    # A wrong token is refused by Rasa: the console falls back to the rules at once.
    wrong = FieldExtractor(RasaNlu(rasa["RASA_URL"], "wrong-token", timeout=5))
    found = {f.field: f for f in wrong.extract("我的电话是13808312345", today=date(2026, 11, 25))}
    assert found["phone"].source == "validator" or found["phone"].source == "extractor"
    assert "rasa" in wrong.degraded()
