"""bot/rasa_fixes.py in the Rasa environment: action replies are validated as strictly as
Rasa's own check, and the event schema is checked against the meta-schema only once."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"

pytestmark = pytest.mark.skipif(not RASA_PYTHON.exists(), reason="the Rasa environment (.venv-rasa) is not set up")

SCRIPT = r"""
import json
import bot  # installs the fix, as loading the model does
from jsonschema import ValidationError, validators
from rasa.core.actions.action import RemoteAction

checks = []
original = validators.Draft202012Validator.check_schema.__func__
validators.Draft202012Validator.check_schema = classmethod(lambda cls, s: (checks.append(1), original(cls, s))[1])

action = RemoteAction("action_anything", None)
good = {"events": [{"event": "slot", "name": "phone", "value": "13912345678"}], "responses": [{"text": "好的"}]}
bad = [{"events": [{"event": "slot"}], "responses": []},        # a slot event without its name
       {"events": [{"event": "no_such_event"}], "responses": []},
       {"events": [], "responses": "不是列表"}]
results = {"good": [action._validate_action_result(good) for _ in range(3)], "bad": []}
for reply in bad:
    try:
        action._validate_action_result(reply)
        results["bad"].append("accepted")
    except ValidationError as error:
        results["bad"].append("Failed to validate Action server response" in error.message)
results["meta_schema_checks"] = len(checks)
print(json.dumps(results))
"""


def test_action_replies_validated_and_schema_checked_once():
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", RASA_TELEMETRY_ENABLED="false")
    done = subprocess.run([str(RASA_PYTHON), "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    import json
    results = json.loads(done.stdout.strip().splitlines()[-1])
    assert results["good"] == [True, True, True]
    assert results["bad"] == [True, True, True]
    assert results["meta_schema_checks"] == 1
