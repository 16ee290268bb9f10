"""Questions asked while a question waits are answered, not read as values (issue 16, explore kind 7), in wordings
of our own: whether an item must be given, with more said after it ("日期必须填吗？每个月都扣的"), is answered (the
date and the sum may go blank, the name may not) and the question asked again; a question whether the reporter's
details are kept confidential is answered and chooses no anonymity (保密 was read as "anonymous" and the answer
skipped), while anonymity chosen with a worry ("匿名吧，会保密吗") is still the choice."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import forms
from tests.actions.test_actions_forms import asked, run, slots_set, tracker

COMPLAINT = {"ticket_type": "complaint", "problem": "宽带每月多扣十块", "product": "宽带"}
REPORT = {"ticket_type": "report", "problem": "奶茶店用过期原料"}


def validate(said, slot, slots, form="complaint_form"):
    t = tracker(said, slots=dict(slots, requested_slot=slot), active_loop=form, events=asked(slot, [said], form=form))
    action = forms.ValidateReportForm() if form == "report_form" else forms.ValidateComplaintForm()
    return run(action, t)


@pytest.mark.parametrize("said, slot, must", [
    ("日期必须填吗？每个月都扣的", "purchase_date", False),
    ("这个一定要写吗，从去年就开始扣了", "amount", False),
    ("名字必须写吗？我怕麻烦", "complainant_name", True),
])
def test_whether_an_item_must_be_given_is_answered_with_more_said_after(said, slot, must):
    events, messages = validate(said, slot, COMPLAINT)
    got = slots_set(events)
    assert got["requested_slot"] == slot and got.get(slot) in (None,) and len(messages) == 1
    text = messages[0]["text"]
    assert ("需要填写" in text) if must else ("不是必填" in text)
    assert "受理编号" not in text  # never read as a status request


@pytest.mark.parametrize("slot, slots", [
    ("merchant_name", REPORT),
    ("anonymous", dict(REPORT, merchant_name="某某奶茶", merchant_address="合肥市蜀山区某路1号")),
])
@pytest.mark.parametrize("said", ["举报人的信息你们会保密吗", "我的身份会不会泄露？"])
def test_a_privacy_question_in_a_report_is_answered_and_chooses_nothing(said, slot, slots):
    events, messages = validate(said, slot, slots, form="report_form")
    got = slots_set(events)
    assert "anonymous" not in got and got["requested_slot"] == slot
    assert "保密" in messages[0]["text"]


def test_anonymity_chosen_with_a_worry_is_still_the_choice():
    slots = dict(REPORT, merchant_name="某某奶茶", merchant_address="合肥市蜀山区某路1号")
    events, _ = validate("匿名吧，会保密吗", "anonymous", slots, form="report_form")
    assert slots_set(events).get("anonymous") is True
