"""A complaint never becomes an anonymous report the consumer did not choose (issue 16, explore kind 5), in
wordings of our own: a question whether a complaint can be anonymous is answered honestly (the name and phone are
needed to mediate, kept confidential; a report is the anonymous way, without a refund) with the report a button
away, and the question waiting comes back; the name or phone refused twice gets the same choice once; refused, or
anonymity asked for, after it, the anonymous report offered is taken (never the same explanation again, never a
hand-over)."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import forms
from tests.actions.test_actions_forms import asked, run, slots_set, tracker

COMPLAINT = {"ticket_type": "complaint", "problem": "热水器漏电", "product": "热水器", "merchant_name": "某某电器城",
             "demand": "退货、赔偿"}


def validate(said, slot, answers):
    t = tracker(said, slots=dict(COMPLAINT, requested_slot=slot), active_loop="complaint_form",
                events=asked(slot, answers))
    return run(forms.ValidateComplaintForm(), t)


@pytest.mark.parametrize("said", ["可以匿名投诉吗", "投诉能匿名吗？我怕商家知道是我", "能不能匿名投诉"])
def test_asking_whether_a_complaint_can_be_anonymous_is_answered_with_the_choice(said):
    events, messages = validate(said, "complainant_name", [said])
    got = slots_set(events)
    assert "ticket_type" not in got and "anonymous" not in got and got["requested_slot"] == "complainant_name"
    text = messages[0]["text"]
    assert "保密" in text and "调解" in text and "匿名举报" in text and forms.BACK_TO_THE_FORM in text
    assert messages[0]["buttons"] == [{"title": "改为匿名举报", "payload": "改为匿名举报"}]


@pytest.mark.parametrize("said", ["名字就别留了", "电话不方便给"])
def test_a_second_refusal_is_offered_the_choice_not_switched(said):
    slot = "complainant_name" if "名字" in said else "phone"
    events, messages = validate(said, slot, [said, said])
    got = slots_set(events)
    assert "ticket_type" not in got and "anonymous" not in got
    assert "改为匿名举报" in messages[0]["text"]


@pytest.mark.parametrize("said", ["不留", "电话不给", "号码就不留了"])
def test_refused_after_the_choice_the_report_offered_is_taken(said):
    """Told what a complaint needs and offered the anonymous report, the consumer still refuses: the report is
    the one registration left to them (the summary shows it before anything is filed), never a hand-over."""
    events = asked("phone", [said, said])
    events[-2:-2] = [{"event": "bot", "text": forms.ANONYMITY_CHOICE + forms.BACK_TO_THE_FORM}]
    t = tracker(said, slots=dict(COMPLAINT, requested_slot="phone", complainant_name="林晓"),
                active_loop="complaint_form", events=events + [{"event": "user", "text": said}])
    out, messages = run(forms.ValidateComplaintForm(), t)
    got = slots_set(out)
    assert got.get("ticket_type") == "report" and got.get("anonymous") is True
    assert not any(forms.ANONYMITY_CHOICE[:20] in (m.get("text") or "") for m in messages)


def test_the_choice_is_offered_once_per_registration():
    offered = [{"event": "bot", "text": forms.ANONYMITY_CHOICE}]
    assert forms.anonymity_offered(offered)
    assert not forms.anonymity_offered(offered + [{"event": "action", "name": "action_cancel"}])


@pytest.mark.parametrize("said", ["匿名", "还是匿名吧", "我就要匿名的"])
def test_anonymity_asked_for_again_after_the_choice_is_the_report_chosen(said):
    """Told what staying anonymous means and asking for it again, the consumer has chosen the report: the same
    explanation never comes a second time running (it had come five times, until the consumer gave up)."""
    events = asked("complainant_name", [said, said])
    events[-2:-2] = [{"event": "bot", "text": forms.ANONYMITY_CHOICE + forms.BACK_TO_THE_FORM}]
    t = tracker(said, slots=dict(COMPLAINT, requested_slot="complainant_name"),
                active_loop="complaint_form", events=events + [{"event": "user", "text": said}])
    out, messages = run(forms.ValidateComplaintForm(), t)
    got = slots_set(out)
    assert got.get("ticket_type") == "report" and got.get("anonymous") is True
    assert not any(forms.ANONYMITY_CHOICE[:20] in (m.get("text") or "") for m in messages)


def test_anonymity_asked_for_the_first_time_is_still_only_offered():
    events, messages = validate("匿名", "complainant_name", ["匿名"])
    assert "ticket_type" not in slots_set(events)
    assert messages[0]["buttons"] == [{"title": "改为匿名举报", "payload": "改为匿名举报"}]
