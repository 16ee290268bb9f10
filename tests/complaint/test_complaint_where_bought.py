"""Asked what was bought, an answer that ends on the buying ("网上买的", "在集市上买的") says where or
how it was bought and names no thing: no product is stored from it (the question is asked again);
a thing said after the buying is the product, and a platform named is kept by the dialogue."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("answer", [
    "网上买的", "在镇上的集市买的", "隔壁超市里买的", "朋友介绍买的", "直播间里抢的", "小区团购群里买的",
    "就在路边摊上买的",
])
def test_where_or_how_it_was_bought_is_no_product(answer):
    assert ex.normalise_product(answer).value is None


@pytest.mark.parametrize("answer, product", [
    ("网上买的保温杯", "保温杯"),
    ("在集市上买的电饭煲", "电饭煲"),
    ("电动自行车", "电动自行车"),
])
def test_a_thing_after_the_buying_is_the_product(answer, product):
    assert ex.normalise_product(answer).value == product


@pytest.mark.parametrize("kind", ["小卖店", "那家小卖铺", "一家小商铺"])
def test_a_corner_shop_said_by_its_kind_is_no_name(kind):
    assert ex.normalise_merchant(kind).value is None
    assert ex.find_merchant(f"我要举报{kind}卖过期食品", strict=True) is None


def test_a_corner_shop_with_its_own_name_is_one():
    assert ex.normalise_merchant("芳芳小卖店").value == "芳芳小卖店"


@pytest.mark.parametrize("story, product", [
    ("投诉电视 在苏宁买的创维 开机就黑屏", "创维电视"),
    ("投诉洗衣机 买的小天鹅 漏水", "小天鹅洗衣机"),
    ("投诉冰箱 网上买的容声", "容声冰箱"),
])
def test_a_brand_bought_with_its_kind_said_before(story, product):
    assert ex.find_story_product(story) == product


def test_a_counted_word_is_no_brand():
    assert ex.find_story_product("宽带办了个寂寞") is None
