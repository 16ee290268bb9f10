"""The console's field extraction through the real Rasa server's HTTP API (POST
/model/parse), started from the Procfile on free ports, and its fallback when Rasa
goes away. Needs a trained model in models/ (`make train`)."""
from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest

from backend.console.fields import ENTITY_FIELDS, FieldExtractor, RasaNlu
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


TEXT = "我的电话是13808312345，昨天在宜宾鑫源家电城花3999买的电视"


def test_rasa_parse_with_provenance_then_fallback(rasa):
    nlu = RasaNlu(rasa["RASA_URL"], rasa["RASA_TOKEN"], timeout=5)
    parsed = nlu.parse(TEXT)
    assert parsed is not None and nlu.available, "Rasa did not answer /model/parse"
    extractor = FieldExtractor(nlu)
    found = {f.field: f for f in extractor.extract(TEXT, today=date(2026, 11, 25))}
    assert "rasa" not in extractor.degraded()
    # Rasa's intent is kept for the line (a law question is answered even without "吗").
    assert extractor.intent(TEXT)[0] == parsed["intent"]["name"]
    # Every entity Rasa found (config.yml may switch DIET's entities off) becomes its
    # field with Rasa as the source, unless the validators reject it.
    for entity in parsed["entities"]:
        name = ENTITY_FIELDS.get(entity["entity"])
        if name:
            assert found[name].source in (f"rasa:{entity['extractor']}", "extractor", "validator")
    # The dialogue's rules fill every field of the opening whatever the model tags.
    assert (found["phone"].value, found["amount"].value, found["merchant_name"].value) == \
        ("13808312345", "3999.00", "宜宾鑫源家电城")
    # A wrong token is refused by Rasa: the console falls back to the rules at once.
    wrong = FieldExtractor(RasaNlu(rasa["RASA_URL"], "wrong-token", timeout=5))
    found = {f.field: f for f in wrong.extract(TEXT, today=date(2026, 11, 25))}
    assert found["phone"].source == "extractor" and "rasa" in wrong.degraded()


def test_law_question_intent_from_rasa(rasa):
    nlu = RasaNlu(rasa["RASA_URL"], rasa["RASA_TOKEN"], timeout=5)
    extractor = FieldExtractor(nlu)
    extractor.extract("卖假货是不是可以退一赔三", today=date(2026, 11, 25))
    name, confidence = extractor.intent("卖假货是不是可以退一赔三")
    assert name == "ask_law" and confidence >= 0.5
