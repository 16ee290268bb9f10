"""Longer stories (the details asked after a thin opening) hold words other readers must not take:
a receipt's words are no shop's name, a sum owed is no sum paid, a material used in the work is no product."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("story", [
    "结账单和小票上写的明明白白，可他们还是多收了",
    "订单上写着七天无理由，现在又不认了",
    "发票上写的规格跟实物对不上",
    "收据上印的日期是错的",
])
def test_what_a_receipt_or_order_says_is_no_shops_name(story):
    assert ex.find_merchant(story, strict=True) is None
    assert ex.find_merchant(story) is None


@pytest.mark.parametrize("story, name", [
    ("小票上写的是佳佳乐超市", "佳佳乐超市"),
    ("发票上印着顺发家电城（东街店）", "顺发家电城（东街店）"),
    ("招牌上写着阿华烧烤", "阿华烧烤"),
])
def test_a_shop_named_on_a_receipt_or_sign_is_still_read(story, name):
    assert ex.find_merchant(story) == name


@pytest.mark.parametrize("story, paid", [
    ("报名交了四千八，老师走了以后还欠我两千没退", "4800.00"),
    ("当时付了九百九，现在说还要再交三百才给发证", "990.00"),
    ("没退的那六百块一直拖着", None),
    ("退了一半，剩下一千二说下个月再说", None),
    ("押金五百还没退", None),
])
def test_a_sum_owed_or_asked_for_on_top_is_not_what_was_paid(story, paid):
    assert ex.find_amount(story) == paid


@pytest.mark.parametrize("story", [
    "地砖换成了最便宜的杂牌，铺完就空鼓",
    "定做的书柜板材用的是刨花板",
    "合页被换成了旧的，门关不上",
    "买的这套房子中介费收了三万，房东隐瞒了漏水",
])
def test_a_material_used_in_the_work_or_a_deal_a_broker_helped_with_is_no_product(story):
    assert ex.find_story_product(story) is None


@pytest.mark.parametrize("story, product", [
    ("买的地板有色差", "地板"),
    ("我买的电饭煲用了三次就不加热", "电饭煲"),
])
def test_what_was_bought_is_still_read_from_a_story(story, product):
    assert ex.find_story_product(story) == product
