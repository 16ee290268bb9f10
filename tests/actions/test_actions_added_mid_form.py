"""Something added to the account while another question waits (issue 16): "补充一下，…", "对了，…", "还有，…"
goes with the problem already told, the consumer is told so, and the same question comes again, counted as
progress (never a failed answer, never a new registration of another kind). Wordings of our own."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import forms
from tests.actions.test_actions_forms import asked, run, slots_set, tracker

REPORT = {"requested_slot": "merchant_address", "problem": "诊所给小孩打过期疫苗", "merchant_name": "康宁诊所",
          "anonymous": True}
COMPLAINT = {"requested_slot": "amount", "problem": "买的床垫有刺鼻味道", "product": "床垫",
             "merchant_name": "梦洁家纺",
             "merchant_address": "长沙市岳麓区麓谷大道8号", "purchase_date": "2026-11-20"}


def _validate(form, slots, said, intent="inform"):
    t = tracker(said, intent=intent, slots=slots, active_loop=form, events=asked(slots["requested_slot"], [said], form))
    return run(forms.ValidateReportForm() if form == "report_form" else forms.ValidateComplaintForm(), t)


@pytest.mark.parametrize("said, intent", [("补充一下，他们的护士没有上岗证", "file_report"),
                                          ("对了 他们还把疫苗放在普通冰箱里", "inform"),
                                          ("还有，收费也不开发票", "file_complaint")])
def test_an_addition_in_a_report_goes_with_the_account(said, intent):
    events, messages = _validate("report_form", REPORT, said, intent)
    got = slots_set(events)
    assert got["problem"].startswith("诊所给小孩打过期疫苗") and len(got["problem"]) > len(REPORT["problem"])
    assert got["requested_slot"] == "merchant_address" and "merchant_address" not in got
    assert messages[0]["text"] == forms.ADDED_TO_ACCOUNT
    assert not any(e.get("event") == "followup" for e in events)


def test_an_addition_in_a_complaint_keeps_the_question():
    events, messages = _validate("complaint_form", COMPLAINT, "忘了说了 我家孩子闻了以后一直咳嗽")
    got = slots_set(events)
    assert "咳嗽" in got["problem"] and got["requested_slot"] == "amount"


def test_the_addition_is_progress_not_a_failed_answer():
    said = "另外 他们的店员态度特别差"
    events, _ = _validate("complaint_form", COMPLAINT, said)
    later = asked("amount", [said]) + events + [{"event": "bot", "text": forms.ADDED_TO_ACCOUNT}]
    assert forms.times_asked(later, "amount") == 0


@pytest.mark.parametrize("said", ["补充一下 一共花了两千八", "还有 地址是岳麓区麓谷大道8号"])
def test_an_answer_said_as_an_addition_is_still_an_answer(said):
    events, messages = _validate("complaint_form", COMPLAINT, said)
    assert not any(m.get("text") == forms.ADDED_TO_ACCOUNT for m in messages)
