"""Dates beside other times: the 一 of 一直/一样 after 这周 is no Monday, the latest of several
times pointed to, and a year said of something else before the day to put down."""
import datetime as dt

import pytest

from complaint import extract as ex

TODAY = dt.date(2026, 12, 7)  # a Monday


@pytest.mark.parametrize("said, date", [
    ("这周一直在拖，最后一回是昨天", "2026-12-06"),
    ("上周一样的情况又来了一次 就是前天", "2026-12-05"),
    ("这礼拜一直这样", None),                 # 一直: no day at all
])
def test_one_of_a_word_is_no_monday(said, date):
    assert ex.normalise_date(said, TODAY).value == date


@pytest.mark.parametrize("said, date", [
    ("九月开始的，陆陆续续好几次，最近一次是上周四", "2026-12-03"),
    ("第一次是10月8号 最后一次是11月20号", "2026-11-20"),
    ("去过好几趟了 最近一趟大前天", "2026-12-04"),
    ("最近一次是11月2号 之前9月也去过", "2026-11-02"),
])
def test_latest_of_several_times(said, date):
    assert ex.normalise_date(said, TODAY).value == date


@pytest.mark.parametrize("said, date", [
    ("卡是前年办的 日子忘了 就写退费被拒那天吧 十月九号", "2026-10-09"),
    ("去年签的合同，写开工那天，三月二号", "2026-03-02"),
    ("去年 9月5号", "2025-09-05"),              # the year said of the same day is kept
    ("大概去年秋天 九月五号", "2025-09-05"),
])
def test_year_of_another_event(said, date):
    assert ex.normalise_date(said, TODAY).value == date
