"""The shop's name said with how the consumer knows it ("听同事说叫…", "那先填 …") or written as in a form
("购于…（抖音直播间上）"): the name alone is kept, not the words around it (issue 16)."""
from __future__ import annotations

import pytest

from complaint import extract as ex


@pytest.mark.parametrize("text, name", [
    ("我老公说叫江边烧烤城", "江边烧烤城"),
    ("那先填 网红民宿", "网红民宿"),
    ("同事说是叫老街火锅", "老街火锅"),
])
def test_a_name_taken_as_said_loses_who_told_it(text, name):
    assert ex.merchant_as_said(text) == name


@pytest.mark.parametrize("text", ["那先填 10月3号", "我老婆说是八百多", "朋友说叫 不记得了 好像在路边"])
def test_what_is_no_name_is_not_taken_as_one(text):
    assert ex.merchant_as_said(text) is None


@pytest.mark.parametrize("text, name", [
    ("11月2号购于美颜小铺（抖音直播间上），面膜用了过敏", "美颜小铺"),
    ("商家：蓝海数码旗舰店（拼多多上）\n商品：耳机", "蓝海数码旗舰店"),
    ("12月1号购于优品家居馆（京东上）。问题：沙发开裂", "优品家居馆"),
])
def test_a_written_account_gives_the_shop_alone(text, name):
    assert ex.find_merchant(text, strict=True) == name


@pytest.mark.parametrize("text, name", [
    ("购于优品家居馆", "优品家居馆"),
    ("文都考研（武昌校区）", "文都考研（武昌校区）"),  # a branch in brackets stays
])
def test_the_shop_answer_as_written(text, name):
    assert ex.normalise_merchant(text).value == name


@pytest.mark.parametrize("text", ["您好 举报一家店", "你好 投诉一个店", "同志你好 我要反映一家店"])
def test_a_greeting_then_a_shop_introduced_names_no_shop(text):
    assert ex.find_merchant(text, strict=True) is None


@pytest.mark.parametrize("text, name", [
    ("蓝海数码旗舰店（拼多多上）", "蓝海数码旗舰店"),
    ("星河优选（抖音直播间）", "星河优选"),
    ("华润万家 桂林路店", "华润万家（桂林路店）"),  # a branch typed after a space stays one
])
def test_where_it_sells_is_no_branch(text, name):
    assert ex.normalise_merchant(text).value == name


@pytest.mark.parametrize("text", ["景区商店", "景区里的饭馆", "高铁站便利店", "我要举报 景区小卖部卖假货"])
def test_a_kind_of_shop_at_a_scenic_spot_or_station_is_no_name(text):
    assert ex.normalise_merchant(text).value is None


@pytest.mark.parametrize("text, name", [("景区小卖部 叫云顶商店", "云顶商店"), ("峨眉山景区餐厅", "峨眉山景区餐厅")])
def test_a_shop_named_there_keeps_its_name(text, name):
    assert ex.normalise_merchant(text).value == name
