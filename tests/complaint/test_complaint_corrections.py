"""Corrections in the words people use (actions/dialogue.correction, issue 16): the field
named any way, the value after it or bare, and "不是X，是Y" read against what is held."""
from __future__ import annotations

import datetime as dt

import pytest

from actions import dialogue

TODAY = dt.date(2026, 3, 15)
HELD = {"merchant_name": "苏宁", "phone": "13912345678", "product": "电饭煲", "complainant_name": "李那",
        "purchase_date": "2026-02-06", "amount": "3999.00", "merchant_address": "宜宾市翠屏区南岸东路8号"}


@pytest.mark.parametrize("text, field, value", [
    ("改一下电话", "phone", None),
    ("改一下电话，13912345679", "phone", "13912345679"),
    ("电话改一下：13912345679", "phone", "13912345679"),
    ("帮我把手机号改成13900139000", "phone", "13900139000"),
    ("联系方式换成0831-2345678转123", "phone", "0831-2345678-123"),
    ("我电话换了，新号码13900139000", "phone", "13900139000"),
    ("地址不对，应该是宜宾市翠屏区南岸东路8号", "merchant_address", "宜宾市翠屏区南岸东路8号"),
    ("地址错了 成都市武侯区天府大道100号", "merchant_address", "成都市武侯区天府大道100号"),
    ("把地址改成成都市武侯区天府大道100号", "merchant_address", "成都市武侯区天府大道100号"),
    ("名字写错了，我叫陈思远", "complainant_name", "陈思远"),
    ("改下名字：李娜", "complainant_name", "李娜"),
    ("商家名字不对，是美的官方旗舰店", "merchant_name", "美的官方旗舰店"),
    ("店名改一下，叫乐刻健身（天府三街店）", "merchant_name", "乐刻健身（天府三街店）"),
    ("商家应该是国美电器(万达店)", "merchant_name", "国美电器（万达店）"),
    ("我买的是空气炸锅不是电饭煲", "product", "空气炸锅"),
    ("产品写错了，应该是空气炸锅", "product", "空气炸锅"),
    ("金额不对 应该是2999", "amount", "2999.00"),
    ("价格是两千九不是三千九", "amount", "2900.00"),
    ("日期错了，是2月8号买的", "purchase_date", "2026-02-08"),
    ("诉求改成退款", "demand", "退款"),
    ("我要改诉求，改成换货", "demand", "换货"),
])
def test_a_named_field(text, field, value):
    assert dialogue.correction(text, TODAY, HELD) == (field, value)


@pytest.mark.parametrize("text, field, value", [
    ("不是苏宁，是国美", "merchant_name", "国美"),
    ("是李娜不是李那", "complainant_name", "李娜"),
    ("13912345679", "phone", "13912345679"),
    ("是2月8号", "purchase_date", "2026-02-08"),
    ("成都市武侯区天府大道100号", "merchant_address", "成都市武侯区天府大道100号"),
    ("应该是3999元", "amount", "3999.00"),
])
def test_a_bare_value_or_the_value_it_replaces(text, field, value):
    assert dialogue.correction(text, TODAY, HELD) == (field, value)


def test_nothing_to_go_on():
    assert dialogue.correction("不对", TODAY, HELD) == (None, None)
