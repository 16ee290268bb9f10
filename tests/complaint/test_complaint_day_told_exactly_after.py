"""A day told in two steps: the rough one first, then the exact day said as such ("去年八月 具体是8月15号",
"今年五月 准确说是12号"), or the day first and its year after ("9月2号 去年的"): one date, in the year said."""
import datetime as dt

import pytest

from complaint import extract as ex

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize("said, day", [
    ("去年八月 具体是8月15号", "2025-08-15"), ("今年五月 准确说是12号", "2026-05-12"),
    ("前年冬天 具体日期是1月9号", "2024-01-09"), ("去年的 确切地说是3月30号", "2025-03-30"),
])
def test_the_exact_day_said_after_the_rough_one_keeps_its_year(said, day):
    assert ex.normalise_date(said, TODAY).value == day
    assert ex.find_date(said, TODAY) == day


@pytest.mark.parametrize("said, day", [("9月2号 去年的", "2025-09-02"), ("4月18号 是前年", "2024-04-18")])
def test_the_year_said_after_the_day_is_its_year(said, day):
    assert ex.normalise_date(said, TODAY).value == day


def test_two_days_of_two_events_stay_apart():
    assert ex.find_date("10月3号买的，11月1号坏的", TODAY) == "2026-10-03"
