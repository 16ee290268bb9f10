"""Shops reached through a platform's quick delivery (京东秒送, 美团闪购, 淘宝小时达), a chain's shop pointed
at with 门店, a second-hand luxury platform, and 我是 after 告诉 that introduces no name."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("said, shop", [
    ("京东秒送上的 华联超市", "华联超市"),
    ("美团闪购 一家叫鲜果时光的店", "鲜果时光"),
    ("淘宝小时达点的 物美", "物美"),
])
def test_the_shop_beside_the_quick_delivery_is_the_merchant(said, shop):
    assert ex.normalise_merchant(said).value == shop


@pytest.mark.parametrize("said", ["京东秒送", "美团闪购", "淘宝小时达"])
def test_quick_delivery_said_alone_is_the_platforms_own_service(said):
    assert ex.normalise_merchant(said).value == said


@pytest.mark.parametrize("said, shop", [
    ("国美那家门店", "国美"),
    ("金鼎装饰这家店铺", "金鼎装饰"),
    ("永辉那家店", "永辉"),
])
def test_a_shop_pointed_at_with_its_kind_of_door(said, shop):
    assert ex.normalise_merchant(said).value == shop


@pytest.mark.parametrize("text", ["在红布林上买的包", "红布林app下单的", "红布林"])
def test_a_second_hand_luxury_platform(text):
    assert ex.find_platform(text) == "红布林"


@pytest.mark.parametrize("text", ["卖课的没告诉我是分期", "销售骗我说我是会员价", "他们以为我是外地游客"])
def test_wo_shi_after_a_telling_verb_introduces_no_name(text):
    assert ex.find_name(text) is None
