"""Shop names of issue 16's fourteenth round, in our own words: the name as the sign shows it, said
after a description of the shop without 上 or 的 ("门头写的…", "招牌写…"); a name called one before what
kind of seller it is, of any kind ("一个叫…的小平台", "叫…的会销团"); a shop only described by where it is
and 一个 ("城中村里面一个五金店", "交给一家装修公司"), or a city said with 的 before a kind ("宁波的营业厅"),
is no name; a phone's model number after its brand is part of what was bought."""
from __future__ import annotations

import pytest

from complaint import extract as ex


@pytest.mark.parametrize("answer, shop", [
    ("就是镇东头一个卖五金的小店 门头写的兴旺五金", "兴旺五金"),
    ("批发市场二楼 招牌写老陈茶庄", "老陈茶庄"),
    ("店门口牌子写着福满多", "福满多"),
    ("门头写的是好邻居便利", "好邻居便利"),
])
def test_the_name_on_the_sign_said_after_a_description(answer, shop):
    assert ex.normalise_merchant(answer).value == shop


@pytest.mark.parametrize("answer, shop", [
    ("一个叫安心出行的小平台", "安心出行"),
    ("有个叫福寿康的推销团", "福寿康"),
    ("一个叫顺风顺水的车队", "顺风顺水"),
])
def test_a_name_called_one_before_any_kind_of_seller(answer, shop):
    assert ex.normalise_merchant(answer).value == shop


@pytest.mark.parametrize("text", [
    "去年把老房子交给一个装修公司翻新 到现在没弄完",
    "在城中村里面一个五金店买的插座冒烟了",
    "村口小卖部买的饮料过期了",
    "城中村便利店买的面包发霉了",
])
def test_a_shop_only_described_by_where_it_is_is_no_name(text):
    assert ex.find_merchant(text) is None
    assert ex.find_merchant(text, strict=True) is None


@pytest.mark.parametrize("text", ["宁波的营业厅说要回老家办", "我们县城的专卖店不给换"])
def test_a_place_said_with_de_before_a_kind_of_shop_is_no_name(text):
    assert ex.find_merchant(text) is None


@pytest.mark.parametrize("text, shop", [("在移动的营业厅办的", "中国移动营业厅"), ("安踏的专卖店", "安踏专卖店")])
def test_a_brand_said_with_de_before_its_own_shop_is_still_its_shop(text, shop):
    assert ex.normalise_merchant(text).value == shop


@pytest.mark.parametrize("text, product", [
    ("上个月在手机店买的苹果14 屏幕老是闪", "苹果14"),
    ("买的小米13用了一周就发烫", "小米13"),
    ("买的荣耀80", "荣耀80"),
])
def test_a_phone_model_number_after_its_brand_is_part_of_the_product(text, product):
    assert ex.find_product(text) == product


@pytest.mark.parametrize("text, product", [
    ("买的苹果10斤 一半是烂的", "苹果"),
    ("超市买的香油一股怪味", "香油"),
    ("网上买的球鞋怀疑是假货", "球鞋"),
])
def test_a_count_a_smell_or_a_doubt_after_the_thing_is_no_part_of_it(text, product):
    assert ex.find_product(text) == product


@pytest.mark.parametrize("text", ["收费站旁边的牌子上写每次十元 结果收了三十", "门口牌子写着一天十五",
                                  "柜台牌子写的概不退换"])
def test_a_price_or_a_rule_the_sign_shows_is_no_name(text):
    assert ex.find_merchant(text) is None
