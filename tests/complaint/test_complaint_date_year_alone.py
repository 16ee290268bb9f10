"""A year said alone is a date said too roughly (all wordings our own): asked to say more, as "去年" is, never
"not a date"; a year with its month or day is read as before; a month said with its season ("开春三月份") is the
month, as a month said alone is."""
import datetime as dt

import pytest

from complaint import extract as ex

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize("said", ["2023年", "好像是2025年吧", "大前年，2023年", "二零二五年"])
def test_a_year_alone_asks_for_more(said):
    assert ex.normalise_date(said, TODAY) == ex.Parsed(None, ex.ERR_PARTIAL)


@pytest.mark.parametrize("said, date", [("2025年6月18号", "2025-06-18"), ("2023年的10月1号", "2023-10-01")])
def test_a_year_with_its_day_is_the_date(said, date):
    assert ex.normalise_date(said, TODAY).value == date


@pytest.mark.parametrize("said", ["2025", "3栋2025室"])
def test_a_number_with_no_year_word_is_still_no_date(said):
    assert ex.normalise_date(said, TODAY).error == ex.ERR_FORMAT


# ---------------------------------------------------------------- a month said with its season

@pytest.mark.parametrize("said, date, month", [("俺是开春四月份买的", "2026-04-01", "4月"),
                                               ("入冬十一月份办的", "2026-11-01", "11月"),
                                               ("过完年 二月份订的", "2026-02-01", "2月")])
def test_a_month_said_with_its_season_is_the_month(said, date, month):
    # (read as a month alone is: its day is then asked, and "不记得了" keeps the month, never loses it)
    assert ex.normalise_date(said, TODAY).value == date and ex.rough_date(said) == month


def test_a_season_alone_is_still_no_date():
    assert ex.normalise_date("春天买的", TODAY).value is None
