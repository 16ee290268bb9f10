"""A week said on its own, then the weekday after a pause: the weekday of that week (issue 16).

Read apart, the bare weekday was the latest one, so "上周 周二" said on a Tuesday gave today."""
import datetime as dt

from complaint.extract import find_date, normalise_date

TUESDAY = dt.date(2026, 12, 8)
SATURDAY = dt.date(2026, 12, 12)


def test_last_week_then_its_weekday_said_on_that_weekday():
    assert normalise_date("上周 周二那天买的", TUESDAY).value == "2026-12-01"


def test_last_week_then_a_hedged_weekday_on_a_later_day():
    # on a Saturday the latest Friday is yesterday; the consumer said last week's
    assert normalise_date("上个星期，好像是星期五", SATURDAY).value == "2026-12-04"


def test_week_before_last_then_its_weekday():
    assert normalise_date("上上礼拜 礼拜三吧", TUESDAY).value == "2026-11-25"


def test_found_in_a_sentence_too():
    assert find_date("是上周 周二下午在店里付的钱", TUESDAY) == "2026-12-01"


def test_weekend_and_joined_forms_unchanged():
    assert normalise_date("上周末", TUESDAY).value == "2026-12-05"
    assert normalise_date("上周六", TUESDAY).value == "2026-12-05"
    assert normalise_date("周二", TUESDAY).value == "2026-12-08"
