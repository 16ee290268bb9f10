"""The registration under way refused and the other one asked for in the same breath ("我不举报了，我要投诉")
switches, keeping what was told, though the classifier reads a cancel; a refusal alone still cancels. No phone
of one's own ("我没有手机") is offered a landline or a relative's phone, not told the number is wrong."""
import pytest

from actions import forms
from tests.actions.test_actions_forms import asked, run, slots_set, tracker

REPORT = {"ticket_type": "report", "problem": "服装店卖假货", "merchant_name": "潮人服饰",
          "merchant_address": "温州市鹿城区五马街"}
COMPLAINT = {"ticket_type": "complaint", "problem": "烤箱用一次就不加热了", "merchant_name": "美佳电器"}


@pytest.mark.parametrize("form, slots, waiting, said, kind", [
    ("report_form", REPORT, "anonymous", "我不举报了，我要投诉，要他把钱退给我", "complaint"),
    ("report_form", REPORT, "complainant_name", "不想举报了 我要投诉 让他赔钱", "complaint"),
    ("complaint_form", COMPLAINT, "amount", "算了不投诉了，我要举报这家店，他们一直这样坑人", "report"),
])
def test_refusing_this_registration_and_asking_the_other_switches(form, slots, waiting, said, kind):
    action = forms.ValidateReportForm() if form == "report_form" else forms.ValidateComplaintForm()
    t = tracker(said, intent="cancel", slots=dict(slots, requested_slot=waiting), active_loop=form,
                events=asked(waiting, [said], form=form))
    events, _ = run(action, t)
    assert slots_set(events)["ticket_type"] == kind
    assert any(e.get("event") == "followup" and e.get("name") == f"{kind}_form" for e in events)


@pytest.mark.parametrize("said", ["我不举报了", "算了不投诉了"])
def test_a_refusal_alone_is_left_to_the_cancel_rule(said):
    form = "report_form" if "举报" in said else "complaint_form"
    action = forms.ValidateReportForm() if form == "report_form" else forms.ValidateComplaintForm()
    slots = REPORT if form == "report_form" else COMPLAINT
    t = tracker(said, intent="cancel", slots=dict(slots, requested_slot="merchant_address"), active_loop=form,
                events=asked("merchant_address", [said], form=form))
    events, _ = run(action, t)
    assert "ticket_type" not in slots_set(events)


@pytest.mark.parametrize("said", ["我没有手机", "老人家没手机的", "家里没电话"])
def test_no_phone_of_ones_own_is_offered_a_landline_or_a_relatives_phone(said):
    t = tracker(said, slots=dict(COMPLAINT, requested_slot="phone"), active_loop="complaint_form",
                events=asked("phone", [said]))
    events, messages = run(forms.ValidateComplaintForm(), t)
    text = " ".join(m.get("text") or "" for m in messages)
    assert "座机" in text and "家人" in text and "号码好像不对" not in text
    assert "phone" not in {k for k, v in slots_set(events).items() if v}
