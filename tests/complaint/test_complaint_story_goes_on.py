"""Where the thing, the day or the correction ends in a sentence that goes on."""
import datetime as dt

import pytest

from complaint import extract as ex

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize("story, product", [
    ("花鸟市场买的鹦鹉三天就死了", "鹦鹉"),
    ("宠物店买的小猫一个星期就病了", "小猫"),
    ("报的那个亲子游去海南 全程购物", "亲子游"),
    ("报了个老年团到桂林 天天进店", "老年团"),
])
def test_the_thing_bought_ends_where_the_sentence_goes_on(story, product):
    assert ex.find_story_product(story) == product


@pytest.mark.parametrize("said", ["西瓜一块五一斤 结账按两块算", "标的三块六一个 收了我四块", "苹果五块五一斤"])
def test_a_price_per_unit_is_no_holiday(said):
    assert ex.find_date(said, TODAY) is None


def test_the_holidays_are_still_days():
    assert ex.find_date("今年五一买的", TODAY) == "2026-05-01"
    assert ex.find_date("六一那天给孩子买的", TODAY) == "2026-06-01"


@pytest.mark.parametrize("said, value", [("8月3号 不对8月4号", "8月4号"), ("上周五 不对上周六", "上周六"),
                                         ("一千二 不对一千五", "一千五")])
def test_a_value_taken_back_with_the_new_one_right_after(said, value):
    assert ex.self_corrected(said) == value


def test_what_a_value_is_not_still_says_what_it_is():
    assert ex.self_corrected("是2800 不是2300") == "是2800 不是2300"
