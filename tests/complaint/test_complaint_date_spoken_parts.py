"""A date said with 的 between its parts ("去年的五月", "上个月的8号", "9月份的十二号") is that date; a day only
guessed at ("十几号", "二十多号吧") is no day, and the exact day said after it ("…，应该是17号") is the one."""
import datetime as dt

import pytest

from complaint import extract as ex

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize("said, date", [
    ("上个月的8号", "2026-11-08"),
    ("9月份的十二号", "2026-09-12"),
    ("2024年的7月15号", "2024-07-15"),
    ("去年的双十二", "2025-12-12"),
    ("今年的五月份，5月20号", "2026-05-20"),
])
def test_of_between_the_parts_of_a_date(said, date):
    assert ex.normalise_date(said, TODAY).value == date


@pytest.mark.parametrize("said, date", [
    ("十月十几号吧，应该是10月17号", "2026-10-17"),
    ("上个月二十多号，对，二十六号", "2026-11-26"),
    ("去年的4月，好像是4月9号", "2025-04-09"),
    ("7月的1号还是2号，是2号", "2026-07-02"),
])
def test_a_guessed_day_then_the_exact_one(said, date):
    assert ex.normalise_date(said, TODAY).value == date
    assert ex.find_date(f"我是{said}买的", TODAY) == date or ex.find_date(said, TODAY) == date


@pytest.mark.parametrize("said", ["二十几号", "十几号吧"])
def test_a_day_only_guessed_is_no_date(said):
    assert ex.normalise_date(said, TODAY).value is None


@pytest.mark.parametrize("said, date", [
    ("大概上个月中旬，上个月十六号", "2026-11-16"),
    ("差不多9月，对，9号", "2026-09-09"),
    ("前年年底，12月20号", "2024-12-20"),
])
def test_a_rough_date_then_the_day_after_a_pause(said, date):
    assert ex.normalise_date(said, TODAY).value == date


def test_two_days_said_keep_the_purchase():
    assert ex.normalise_date("10月3号买的，11月1号坏的", TODAY).value == "2026-10-03"
