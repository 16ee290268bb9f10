"""六一 (Children's Day) said as a date is a date; the same two characters inside a number said in Chinese digits
("一五八 七三九二 零六一五") are digits of it: a phone said so had the bot ask whether the date was 6月1日."""
import datetime as dt

import pytest

from complaint import extract as ex

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize("text", ["打这个吧 一三九 零六一八 二二四七", "电话是幺五零 六一三七 八八零二",
                                  "尾号零六一五"])
def test_six_one_inside_a_spoken_number_is_no_date(text):
    assert ex.find_date(text, TODAY) is None


@pytest.mark.parametrize("text", ["六一那天给孩子买的", "今年六一儿童节买的", "六一的时候下的单"])
def test_six_one_said_as_a_day_is_children_s_day(text):
    assert ex.find_date(text, TODAY) == "2026-06-01"
