"""Information already given is not asked for again (issue 16, explore kind 1, the dialogue's side), in wordings
of our own: "I said it before" followed in the same message by the answer ("一开始就说了，…") takes the answer that
follows (it said it could not find one, the answer in that very message); "不方便留名", "不便留名" in a report is a
refusal to be named (the reader took 留名 for a named report and asked the name again)."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import dialogue, forms
from tests.actions.test_actions_forms import asked, run, slots_set, tracker

REPORT = {"ticket_type": "report", "merchant_name": "某某生鲜超市", "merchant_address": "济南市历下区某路8号"}


def validate(said, slot, slots, form="report_form"):
    t = tracker(said, slots=dict(slots, requested_slot=slot), active_loop=form, events=asked(slot, [said], form=form))
    action = forms.ValidateReportForm() if form == "report_form" else forms.ValidateComplaintForm()
    return run(action, t)


@pytest.mark.parametrize("said, kept", [
    ("我刚才说过了，标价12块8结账按18块收的，是一袋大米", "标价12块8"),
    ("前面讲了啊，称重的时候秤上压了东西，少给了我二两", "秤上压了东西"),
])
def test_the_answer_after_said_before_is_taken(said, kept):
    events, messages = validate(said, "problem", REPORT)
    got = slots_set(events)
    assert kept in str(got.get("problem")) and not str(got["problem"]).startswith(("我刚才", "前面"))
    assert not any("没能找到" in (m.get("text") or "") for m in messages)


def test_said_before_alone_still_looks_back_or_asks_once_more():
    events, messages = validate("我刚才说过了", "problem", REPORT)
    assert "没能找到" in messages[0]["text"] or slots_set(events).get("problem")


def test_a_value_after_said_before_in_a_complaint_is_taken():
    slots = {"ticket_type": "complaint", "problem": "空调不制冷", "product": "空调"}
    events, _ = validate("之前说了，格力专卖店", "merchant_name", slots, form="complaint_form")
    assert "格力专卖店" in str(slots_set(events).get("merchant_name"))


@pytest.mark.parametrize("said", ["不方便留名", "我一开始就说了不便留名", "不愿意留名"])
def test_not_convenient_to_be_named_is_anonymous(said):
    message = {"text": said, "intent": {"name": "inform", "confidence": 0.99}, "entities": []}
    values, _ = dialogue.fill_from_message(message, "report_form", "anonymous", dict(REPORT, problem="缺斤短两"))
    assert values.get("anonymous") is True


@pytest.mark.parametrize("said", ["实名，名字不方便留", "不匿名 但是名字不写"])
def test_named_said_with_the_name_withheld_stays_named(said):
    message = {"text": said, "intent": {"name": "inform", "confidence": 0.99}, "entities": []}
    values, _ = dialogue.fill_from_message(message, "report_form", "anonymous", dict(REPORT, problem="缺斤短两"))
    assert values.get("anonymous") is not True
