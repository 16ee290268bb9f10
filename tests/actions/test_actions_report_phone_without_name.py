"""A reporter who keeps the phone and withholds only the name ("电话留着 名字不写") files a report that
can still be followed up: not anonymous (an anonymous report keeps no phone), no name, the phone asked
or taken; withholding both, or the name alone, stays an anonymous report."""
import pytest

from actions import dialogue, forms
from actions.actions import summary_text
from complaint import ticket
from tests.actions.test_actions_forms import asked, run, slots_set, tracker

REPORT = {"ticket_type": "report", "problem": "超市卖过期面包", "merchant_name": "好又多超市",
          "merchant_address": "宜宾市翠屏区人民路12号"}


@pytest.mark.parametrize("slot, said", [
    ("anonymous", "电话可以给你 名字就别写了"),
    ("anonymous", "留个手机号吧，姓名保密"),
    ("complainant_name", "名字不想说 有事打我电话"),
    ("complainant_name", "真名不方便透露，能联系到我就行"),
])
def test_keeping_the_phone_and_withholding_the_name_is_a_named_report_without_a_name(slot, said):
    t = tracker(said, slots=dict(REPORT, requested_slot=slot, anonymous=False if slot != "anonymous" else None),
                active_loop="report_form", events=asked(slot, [said], form="report_form"))
    got = slots_set(run(forms.ValidateReportForm(), t)[0])
    assert got.get("anonymous", False) is False and got["complainant_name"] == ""
    assert got["requested_slot"] == "phone"


def test_the_phone_said_with_it_is_kept_and_the_summary_says_no_name_was_left():
    said = "名字不留了 电话13912345678"
    t = tracker(said, slots=dict(REPORT, requested_slot="anonymous"), active_loop="report_form",
                events=asked("anonymous", [said], form="report_form"))
    got = slots_set(run(forms.ValidateReportForm(), t)[0])
    assert got["anonymous"] is False and got["phone"] == "13912345678" and got["requested_slot"] is None
    filled = dict(REPORT, **got)
    assert "不留姓名" in summary_text(filled) and "13912345678" in summary_text(filled)
    body = ticket.payload(filled, "report", "rest", "web:x")
    assert body["anonymous"] is False and body["complainant_name"] is None and body["phone"] == "13912345678"


@pytest.mark.parametrize("said", ["名字电话都不留", "名字不写 电话也别留了", "我不想留名字", "匿名吧"])
def test_withholding_both_or_the_name_alone_stays_anonymous(said):
    assert not dialogue.withholds_only_the_name(said)
    t = tracker(said, slots=dict(REPORT, requested_slot="anonymous"), active_loop="report_form",
                events=asked("anonymous", [said], form="report_form"))
    got = slots_set(run(forms.ValidateReportForm(), t)[0])
    assert got["anonymous"] is True
