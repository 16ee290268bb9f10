"""A month told without its day (issue 16): the date field needs a day, so the 1st of the month is stored; the
consumer is asked the day once, and when they cannot say it, told plainly what will be recorded (never a 1st
that surprises them in the summary). Wordings of our own."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import forms
from tests.actions.test_actions_forms import asked, run, slots_set, tracker

SLOTS = {"requested_slot": "purchase_date", "problem": "空调外机漏水", "product": "空调",
         "merchant_name": "苏宁易购（万达店）", "merchant_address": "合肥市蜀山区长江西路100号"}


def _validate(said, answers):
    t = tracker(said, slots=SLOTS, active_loop="complaint_form", events=asked("purchase_date", answers))
    return run(forms.ValidateComplaintForm(), t)


@pytest.mark.parametrize("said, month", [("七月份吧 哪天想不起来了", "-07-01"), ("应该是5月 具体日子记不清", "-05-01")])
def test_a_month_with_the_day_not_known_is_asked_the_day_once_then_recorded_and_said(said, month):
    events, messages = _validate(said, [said])
    assert not slots_set(events).get("purchase_date")  # the day is asked once: many remember it when asked
    events, messages = _validate(said, ["不太记得了", said])
    assert slots_set(events)["purchase_date"].endswith(month)
    assert any("1日" in m.get("text", "") and "记不清" in m.get("text", "") for m in messages)


def test_the_month_told_then_no_day_is_said_back():
    events, messages = _validate("这个真忘了", ["今年四月", "这个真忘了"])
    assert slots_set(events)["purchase_date"].endswith("-04-01")
    assert any(m.get("text") == forms.month_recorded(slots_set(events)["purchase_date"]) for m in messages)


def test_a_month_told_when_the_day_was_asked_already_is_said_back():
    events, messages = _validate("就是八月份", ["上上个礼拜吧", "就是八月份"])
    date = slots_set(events).get("purchase_date") or ""
    assert date.endswith("-08-01")
    assert any(m.get("text") == forms.month_recorded(date) for m in messages)


def test_a_day_said_is_recorded_without_a_note():
    events, messages = _validate("6月18号", ["六月份", "6月18号"])
    assert slots_set(events)["purchase_date"].endswith("-06-18")
    assert not any("1日" in m.get("text", "") for m in messages)


def test_the_note_names_the_year_and_the_first():
    said = forms.month_recorded("2025-11-01")
    assert "2025年11月" in said and "11月1日" in said


def test_a_month_in_the_opening_is_recorded_when_the_day_is_still_not_known():
    opening = [{"event": "user", "text": "我要投诉 三月份在国美买的空调 外机漏水",
                "parse_data": {"intent": {"name": "file_complaint"}}}]
    t = tracker("不记得是哪天了", slots=SLOTS, active_loop="complaint_form",
                events=opening + asked("purchase_date", ["记不太清", "不记得是哪天了"]))
    events, messages = run(forms.ValidateComplaintForm(), t)
    assert slots_set(events)["purchase_date"].endswith("-03-01")
    assert any("3月1日" in m.get("text", "") for m in messages)
