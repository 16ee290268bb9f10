"""The National Day holiday is a week (issue 16): said alone (国庆, 十一长假) it names no day of it, so the form
asks which day of October; with the day said (国庆 十月三号) or pinned (国庆节那天) the day is taken."""
from __future__ import annotations

import datetime as dt

import pytest

from complaint import extract as ex

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize("said", ["国庆带孩子去的那个游乐场", "十一长假住的民宿", "今年国庆", "去年十一黄金周报的团"])
def test_the_holiday_week_alone_asks_which_day(said):
    assert ex.rough_date(said) == "10月"


@pytest.mark.parametrize("said, date", [("国庆节那天买的", "2026-10-01"), ("国庆 十月五号去的", "2026-10-05"),
                                        ("国庆前 九月二十九号订的", "2026-09-29")])
def test_the_holiday_with_its_day_pinned_is_that_day(said, date):
    assert ex.rough_date(said) is None
    assert ex.normalise_date(said, TODAY).value == date


@pytest.mark.parametrize("said", ["五一的时候办的卡", "张国庆", "国庆路上那家店"])
def test_a_one_day_feast_or_a_name_is_no_holiday_week(said):
    assert ex.rough_date(said) is None
