"""Dates as people say them: shopping festivals and holidays, a part of a month, months ago."""
import datetime as dt

import pytest

from complaint import extract as ex

TODAY = dt.date(2026, 12, 5)


@pytest.mark.parametrize("said, date", [
    ("双十一", "2026-11-11"),
    ("去年双十一", "2025-11-11"),
    ("双十二", "2025-12-12"),            # not yet this year: the last one
    ("今年618活动的时候", "2026-06-18"),
    ("618", "2026-06-18"),
    ("国庆节", "2026-10-01"),
    ("五一的时候买的", "2026-05-01"),
    ("大概上个月中旬吧", "2026-11-15"),
    ("去年11月底", "2025-11-30"),
    ("今年3月上旬", "2026-03-05"),
    ("上个月底", "2026-11-30"),
    ("11月下旬", "2026-11-25"),
    ("11月初买的", "2026-11-01"),
    ("两个月前", "2026-10-05"),
    ("半个月前", "2026-11-20"),
    ("上个月15号", "2026-11-15"),        # a day said wins over any part of the month
])
def test_dates_people_say(said, date):
    assert ex.normalise_date(said, TODAY).value == date


@pytest.mark.parametrize("text, date", [
    ("双十一买的羽绒服", "2026-11-11"),
    ("618那天下单的", "2026-06-18"),
    ("上个月中旬在那买的", "2026-11-15"),
    ("花了618", None),                   # a sum, not the festival
    ("订单号618", None),
    ("去年双十一前", None),              # before it: no day to pin down
    ("长沙市芙蓉区五一大道99号", None),   # a street named after a holiday
    ("六一路的那家店", None),
])
def test_dates_in_free_text(text, date):
    assert ex.find_date(text, TODAY) == date


@pytest.mark.parametrize("said, month", [
    ("今年三月份", "3月"), ("上个月在京东买了个", "11月"), ("去年4月跟装修公司签的", "4月"), ("2025年3月", "3月"),
    ("激活日期是半个月前", "大概哪天"),
    ("上个月12号下的单", None), ("上个月中旬", None), ("昨天", None), ("双十一", None), ("11月初", None),
])
def test_a_month_without_a_day_is_rough(said, month):
    assert ex.rough_date(said) == month


@pytest.mark.parametrize("text, date", [
    ("团购的自助餐 到店说团购券不能周末用 团购页面根本没写", None),   # a weekday in general
    ("周末不营业", None),
    ("周三买的", "2026-12-02"),
    ("周六在万达买的鞋", "2026-11-28"),
])
def test_a_day_of_the_week_counts_when_it_is_when_it_was_bought(text, date):
    assert ex.find_date(text, dt.date(2026, 12, 4)) == date


@pytest.mark.parametrize("said, date", [
    ("今年三月份 3月8号", "2026-03-08"),   # the month, then the day in full
    ("今年三月份 3", "2026-03-01"),        # a bare 3 after 份 is no day
    ("今年3月5", "2026-03-05"),
])
def test_a_month_then_its_day(said, date):
    assert ex.normalise_date(said, TODAY).value == date


def test_a_month_then_its_day_in_free_text():
    assert ex.find_date("今年三月份 3月8号", TODAY) == "2026-03-08"
