"""More shapes of a shop's name as consumers give it (issue 16): initials with dots in a brand
("A.O.史密斯", "U.S.Polo"); the name people call an unmarked shop by ("大家叫它 …"); a brand
said with 的 ("索尼的"), whose shop is asked; trades a shop's kind is named by (剧本杀, 网咖,
麻辣烫…) are no name, and what is wrong there said after them is no name either; a wish
before 店里 ("要退店里不给退") is the story, not a shop."""
from __future__ import annotations

import pytest

from complaint import extract as ex


@pytest.mark.parametrize("text, name", [
    ("京东上的A.O.史密斯热水器旗舰店", "A.O.史密斯热水器旗舰店"),
    ("U.S.Polo专卖店", "U.S.Polo专卖店"),
    ("天猫J.M.服饰旗舰店", "J.M.服饰旗舰店"),
])
def test_initials_with_dots_stay_in_the_name(text, name):
    assert ex.normalise_merchant(text).value == name


@pytest.mark.parametrize("text, name", [
    ("在U.S.Polo专卖店买的T恤", "U.S.Polo专卖店"),
    ("我在A.O.史密斯官方旗舰店下单的", "A.O.史密斯官方旗舰店"),
])
def test_initials_with_dots_in_a_story(text, name):
    assert ex.find_merchant(text) == name


@pytest.mark.parametrize("text, name", [
    ("门口没招牌 大家叫它 阿芳小炒", "阿芳小炒"),
    ("没有牌子 附近的人都管它叫老马家", "老马家"),
    ("街坊一般叫它 胖哥修车", "胖哥修车"),
    ("我们都叫它小黄书屋", "小黄书屋"),
])
def test_the_name_people_call_it_by(text, name):
    assert ex.normalise_merchant(text).value == name


@pytest.mark.parametrize("text, brand", [
    ("索尼的", "索尼"), ("是海底捞的吧", "海底捞"), ("戴森的", "戴森"),
])
def test_a_brand_said_with_de_asks_which_shop(text, brand):
    parsed = ex.normalise_merchant(text)
    assert parsed.value is None and parsed.error == ex.ERR_PARTIAL
    assert ex.pointed_brand(text) == brand
    assert ex.merchant_as_said(text) == brand  # said again, the brand is taken


@pytest.mark.parametrize("text, name", [
    ("京东自营的", "京东自营"), ("华为专卖店的", "华为专卖店"),
])
def test_a_shop_said_with_de_is_that_shop(text, name):
    assert ex.normalise_merchant(text).value == name
    assert ex.pointed_brand(text) is None


@pytest.mark.parametrize("text", ["得物上买的", "他们家的", "网上的"])
def test_not_a_brand_with_de(text):
    assert ex.pointed_brand(text) is None


@pytest.mark.parametrize("text", [
    "举报一家剧本杀店 没有安全出口",
    "投诉密室逃脱馆 消防不达标",
    "楼下那个网咖 未成年人随便进",
    "那家麻辣烫店 卫生太差",
])
def test_a_trade_s_kind_is_no_name(text):
    assert ex.find_merchant(text) is None
    assert ex.normalise_merchant(text).value is None


@pytest.mark.parametrize("text, name", [
    ("雾隐剧本杀", "雾隐剧本杀"),
    ("剧本杀店 叫雾隐剧本杀", "雾隐剧本杀"),
    ("在老周烤鱼吃的饭", "老周烤鱼"),
])
def test_a_trade_after_its_own_name_is_a_name(text, name):
    assert (ex.find_merchant(text) or ex.normalise_merchant(text).value) == name


@pytest.mark.parametrize("text", [
    "屏幕碎了 要退店里不肯退",
    "衣服起球了 想换店里说不行",
    "说好保修的 只能修店里还要收钱",
])
def test_a_wish_before_the_shop_is_the_story(text):
    assert ex.find_merchant(text) is None


@pytest.mark.parametrize("text, name", [
    ("修了好几次 我天天往4S店跑 店是 长安汽车 东城4S店", "长安汽车东城4S店"),
    ("孩子每天往培训中心跑 机构叫启航教育", "启航教育"),
    ("我经常去理发店 就是剪了个头收我三百", None),
])
def test_how_often_one_went_is_the_story(text, name):
    assert ex.find_merchant(text) == name
