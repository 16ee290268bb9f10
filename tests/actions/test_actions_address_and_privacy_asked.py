"""Asked where the shop is, a day with what was done then ("9月20号拍的") is the date, and not knowing
("具体地址我哪知道") is no street: neither is asked back as a place ("“9月20号拍的”是在哪个城市"). Asked for the
phone or the name, whether it can be kept back, or a fear for it ("电话能不能不留？怕被骚扰"), is answered with why
it is asked, never read as a wrong number."""
import datetime as dt
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import dialogue, forms
from tests.actions.test_actions_forms import asked, run, slots_set, tracker

TODAY = dt.date(2026, 12, 7)
HELD = {"ticket_type": "complaint", "problem": "婚纱照成片跟样片差太多，修图也敷衍",
        "merchant_name": "蒙娜丽莎婚纱摄影"}


@pytest.mark.parametrize("text", ["9月20号拍的", "上周六签的", "11月2号去装的"])
def test_a_day_with_what_was_done_is_the_date_not_the_address(text):
    assert dialogue.another_field("merchant_address", text, HELD, TODAY) == "purchase_date"


@pytest.mark.parametrize("text", ["那家店在哪我哪知道", "具体地址我哪晓得"])
def test_not_knowing_where_is_asked_again_not_asked_its_city(text):
    t = tracker(text, slots=dict(HELD, requested_slot="merchant_address"), active_loop="complaint_form",
                events=asked("merchant_address", [text]))
    events, messages = run(forms.ValidateComplaintForm(), t)
    said = " ".join(m.get("text") or "" for m in messages)
    assert not slots_set(events).get("merchant_address")
    assert "在哪个城市" not in said


@pytest.mark.parametrize("text, slot", [
    ("电话能不能不留？怕被骚扰", "phone"),
    ("名字可以不写吗", "complainant_name"),
    ("会不会泄露给商家啊", "phone"),
])
def test_whether_it_can_be_kept_back_is_answered_with_why_it_is_asked(text, slot):
    assert dialogue.asks_why(text, "phone") == slot


def test_the_form_answers_the_fear_and_asks_for_the_phone_again():
    text = "电话能不能不留？怕被骚扰"
    held = dict(HELD, complainant_name="林晓", requested_slot="phone")
    t = tracker(text, slots=held, active_loop="complaint_form", events=asked("phone", [text]))
    events, messages = run(forms.ValidateComplaintForm(), t)
    said = " ".join(m.get("text") or "" for m in messages)
    assert "保密" in said and "号码好像不对" not in said
    assert not slots_set(events).get("phone")
