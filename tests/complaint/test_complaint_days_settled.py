"""The day settled on: the day a paper shows after a guess, one weekday or another then the one it was,
a holiday's day corrected, and a holiday said with its day is no month alone."""
import datetime as dt

import pytest

from complaint import extract as ex

TODAY = dt.date(2026, 12, 7)  # a Monday


@pytest.mark.parametrize("said, date", [
    ("大概九月中 十五还是十六 小票上写的九月十六", "2026-09-16"),
    ("好像是上个月初 我翻了下付款记录 是11月3号", "2026-11-03"),
    ("收据上是10月9号", "2026-10-09"),
])
def test_the_day_a_paper_shows(said, date):
    assert ex.normalise_date(said, TODAY).value == date
    assert ex.find_date(said, TODAY) == date


def test_another_day_on_the_paper_further_on_is_not_taken():
    assert ex.normalise_date("9月1号办的卡 合同上写着有效期一年", TODAY).value == "2026-09-01"


@pytest.mark.parametrize("said, date", [
    ("上周二还是周三 应该是周三", "2026-12-02"),
    ("上礼拜四 或者礼拜五来着 礼拜五", "2026-12-04"),
    ("上周六还是周日 周日下午", "2026-12-06"),
])
def test_one_weekday_or_another_then_the_one(said, date):
    assert ex.normalise_date(said, TODAY).value == date


@pytest.mark.parametrize("said, date", [
    ("十一长假 四号 哦不 是五号", "2026-10-05"),
    ("去年国庆 二号 不对 三号", "2025-10-03"),
    ("劳动节 一号 不对 是二号", "2026-05-02"),
])
def test_a_holidays_day_corrected_keeps_its_month(said, date):
    assert ex.normalise_date(said, TODAY).value == date


@pytest.mark.parametrize("said, month", [
    ("国庆 七号那天", None),
    ("十月 国庆 三号", None),
    ("国庆期间去的", "10月"),
])
def test_a_holiday_with_its_day_is_no_month_alone(said, month):
    assert ex.rough_date(said) == month
