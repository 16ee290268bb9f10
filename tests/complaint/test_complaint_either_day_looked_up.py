"""One day or another, an aside while the consumer looks it up, then the day settled on: that day."""
import datetime as dt

import pytest

from complaint import extract as ex

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize("text,day", [
    ("十月底 二十八号还是二十九号 我看看小票 二十九号", "2026-10-29"),
    ("九月 三号还是四号 等我翻一下聊天记录 四号", "2026-09-04"),
    ("七号还是八号 我查一下付款记录 哦是七号", "2026-12-07"),
    ("上个月 十号还是十一号 我想想 十号", "2026-11-10"),
])
def test_the_day_settled_on_after_looking_it_up(text, day):
    assert ex.normalise_date(text, TODAY).value == day


def test_without_the_aside_as_before():
    assert ex.normalise_date("3号还是4号，应该是3号", TODAY).value == "2026-12-03"


def test_two_days_of_two_events_are_not_an_either():
    assert ex.normalise_date("11月3号买的，12月1号坏的", TODAY).value == "2026-11-03"
