"""Issue 16, kind 3 (the dialogue's side): a description said as the shop ("一个网红烧烤店", "找的水电师傅") is no
name: the name is asked once; said again, the consumer does not know one, and the description is kept as the
registry keeps it (名称不详（…）), never asked a third time. All wordings are our own."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")  # no knowledge-base warm-up thread in unit tests

import pytest

from actions import dialogue

HELD = {"problem": "干完活没几天就出问题了", "product": "服务"}


def fill(text, requested=None, filled=None):
    message = {"text": text, "intent": {"name": "inform", "confidence": 0.99}, "entities": []}
    return dialogue.fill_from_message(message, "complaint_form", requested, dict(filled or {}))


@pytest.mark.parametrize("said", ["一个网红烧烤店", "找的水电师傅", "滴滴上叫的拉货师傅"])
def test_a_description_is_asked_for_the_name_first(said):
    values, error = fill(said, "merchant_name", HELD)
    assert "merchant_name" not in values and error is not None


@pytest.mark.parametrize("said", ["一个网红烧烤店", "找的水电师傅", "滴滴上叫的拉货师傅"])
def test_the_same_description_said_again_is_kept_as_a_description(said):
    values, error = fill(said, "merchant_name", dict(HELD, failed_attempts=1))
    assert error is None and values["merchant_name"] == f"名称不详（{said}）"


def test_the_name_given_when_asked_again_is_the_name():
    values, error = fill("他们叫金手指水电", "merchant_name", dict(HELD, failed_attempts=1))
    assert error is None and values["merchant_name"] == "金手指水电"
