"""A year said before the paper that shows the day is that day's year, and a holiday's tour of N days is no day of
the holiday (regressions of this round's day-a-paper-shows reading, in wordings of our own)."""
import datetime as dt

import pytest

from complaint import extract as ex
from complaint.extract.dates import rough_date

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize("said, year", [
    ("去年五月办的卡 收据上是五月八号", 2025),
    ("前年 2024年7月份签的合同 7月15号", 2024),
    ("大前年十月买的 发票上写的十月三号", 2023),
])
def test_a_year_said_before_the_paper_is_the_days_year(said, year):
    got = ex.extract_all(said).get("purchase_date")
    assert got and str(got).startswith(str(year))


@pytest.mark.parametrize("said", ["发票上是八月二十九", "查了订单 是七月二十二号", "小票上印的九月三号"])
def test_a_paper_with_no_year_before_it_still_gives_its_day(said):
    got = str(ex.extract_all(said).get("purchase_date"))
    assert got.startswith("2026-")


@pytest.mark.parametrize("said", ["国庆跟团去的桂林五日游", "国庆节报了个海南四日游", "国庆的三日游团 导游强制购物"])
def test_a_holidays_tour_of_days_asks_the_day(said):
    assert rough_date(said) == "10月"
