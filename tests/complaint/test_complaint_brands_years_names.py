"""Extraction kinds of issue 16's fourteenth round: a well-known brand or chain that is an everyday word
or very short is the shop when said as one; a surname and a given name's character that also make a
word are a name; a shop said beside a phone is no one's name; a holiday or a month said with its year
(in digits, two or four, or by 去年/前年) is that year's."""
from __future__ import annotations

import datetime as dt

import pytest

from complaint import extract as ex

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize("answer, shop", [
    ("格力", "格力"), ("小米", "小米"), ("美的", "美的"), ("就是安踏", "安踏"), ("苏宁吧", "苏宁"),
    ("在美的买的", "美的"), ("是在格力买的", "格力"), ("良品铺子", "良品铺子"),
])
def test_a_well_known_brand_said_as_the_shop_is_the_shop(answer, shop):
    assert ex.normalise_merchant(answer).value == shop


@pytest.mark.parametrize("text, shop", [
    ("我在小米买的手机屏幕坏了", "小米"),
    ("在海底捞吃饭吃出一根头发", "海底捞"),       # the brand, then what was done there
    ("上个月在美的专卖店买的电饭煲", "美的专卖店"),
])
def test_a_brand_after_zai_in_a_sentence_is_read_whole(text, shop):
    assert ex.find_merchant(text) == shop


def test_a_brand_with_de_still_asks_whose_shop():
    # "索尼的" says whose goods, not which shop: still asked
    assert ex.normalise_merchant("格力的").value is None


@pytest.mark.parametrize("answer", ["金花", "文静", "方圆", "钱芳", "江涛", "高明", "刘涛"])
def test_a_surname_and_a_given_names_character_are_a_name_though_a_word(answer):
    assert ex.normalise_name(answer).value == answer


@pytest.mark.parametrize("answer", ["白菜", "金鱼", "石头", "马上", "方便", "黄瓜"])
def test_a_thing_or_an_everyday_answer_is_still_no_name(answer):
    assert ex.normalise_name(answer).value is None


@pytest.mark.parametrize("text", ["海底捞 13900001111", "13900001111 周大福", "王记粥铺，13900001111",
                                  "李氏推拿 13900001111", "老张烧烤 13900001111"])
def test_a_shop_said_beside_a_phone_is_no_ones_name(text):
    assert ex.find_name(text) is None


@pytest.mark.parametrize("text, name", [("金花 13900001111", "金花"), ("13900001111 李宁", "李宁"),
                                        ("赵文静，13900001111", "赵文静")])
def test_a_name_beside_a_phone_is_still_the_name(text, name):
    assert ex.find_name(text) == name


@pytest.mark.parametrize("said, date", [
    ("2024年国庆节", "2024-10-01"), ("24年国庆买的", "2024-10-01"), ("2025年的双十一", "2025-11-11"),
    ("二零二四年五一", "2024-05-01"), ("2024年圣诞节", "2024-12-25"), ("去年双十一", "2025-11-11"),
    ("前年的国庆节", "2024-10-01"), ("24年春节", "2024-02-10"), ("2025年的618", "2025-06-18"),
    ("23年5月20号", "2023-05-20"), ("25年3月", "2025-03-01"),
    ("两年前的双十一", "2024-11-11"), ("3年前国庆", "2023-10-01"),     # years back, then the holiday
    ("去年十一", "2025-10-01"), ("2024年十一买的", "2024-10-01"),       # 十一 with its year: the National Day
    ("二三年八月六号", "2023-08-06"), ("二五年的国庆", "2025-10-01"),   # a two-digit year said in characters
])
def test_a_holiday_or_a_month_said_with_its_year_is_that_years(said, date):
    assert ex.normalise_date(said, TODAY).value == date


@pytest.mark.parametrize("text, date", [
    ("2024年国庆节在商场买的冰箱", "2024-10-01"), ("我是25年双十一下单的", "2025-11-11"),
    ("前年春节那天买的", "2024-02-10"),
])
def test_a_holiday_with_its_year_in_a_sentence(text, date):
    assert ex.find_date(text, TODAY) == date


@pytest.mark.parametrize("said", ["去年十一月", "今年十一点多", "用了三五年"])
def test_eleven_of_a_month_or_an_hour_and_a_span_of_years_are_no_holiday(said):
    assert ex.normalise_date(said, TODAY).value in (None, "2025-11-01")


@pytest.mark.parametrize("said", ["两年前", "一年多以前", "三年前吧"])
def test_years_ago_is_near_a_date_and_the_day_is_asked(said):
    assert ex.normalise_date(said, TODAY).error == ex.ERR_PARTIAL


@pytest.mark.parametrize("answer, brand", [("美的的", "美的"), ("是格力的吧", "格力")])
def test_a_brand_said_as_whose_goods_is_pointed_at_and_the_shop_asked(answer, brand):
    assert ex.normalise_merchant(answer).value is None
    assert ex.pointed_brand(answer) == brand
