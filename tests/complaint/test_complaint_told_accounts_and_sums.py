"""Issue 16, in our own words: an account that tells how the thing was bought and what then went wrong is
no thin account (the details question is not asked of it), though one that only says it is broken or
has a problem still is; a sum named by what it paid for or by the thing pointed at ("押金是…",
"这件是…") is the sum, as said in a correction after the amount was taken."""
from __future__ import annotations

import pytest

from complaint import extract as ex
from complaint.extract.problem import thin_account


@pytest.mark.parametrize("said", ["网上买的吸尘器吸不进灰", "新买的热水器不出热水", "淘宝买的毛衣起球",
                                  "在药房买的眼药水过期了"])
def test_how_it_was_bought_and_what_went_wrong_is_no_thin_account(said):
    assert not thin_account(said)


@pytest.mark.parametrize("said", ["网上买的台灯坏了", "新买的沙发有质量问题", "电饭煲漏电", "奶茶里喝出塑料片"])
def test_broken_or_a_problem_in_general_or_a_few_words_are_still_thin(said):
    assert thin_account(said)


@pytest.mark.parametrize("said, amount", [
    ("不对 押金是两千五 刚才少说了", "2500.00"),
    ("定金是八千 不是六千", "8000.00"),
    ("说错了 这台是一千九 两千三是另一台", "1900.00"),
    ("那件是两百八", "280.00"),
])
def test_a_sum_named_by_what_it_paid_for_or_the_thing_pointed_at(said, amount):
    assert ex.find_amount(said) == amount


@pytest.mark.parametrize("said", ["这个房间是三零二", "这件衣服是去年买的", "那台空调是三月份买的"])
def test_a_thing_pointed_at_with_no_sum_is_no_amount(said):
    assert ex.find_amount(said) is None


@pytest.mark.parametrize("answer, product", [
    ("充话费送路由器的套餐", "充话费送路由器套餐"), ("宽带的那个套餐", "宽带套餐"), ("129元的套餐", "129元套餐"),
])
def test_a_package_named_by_what_it_holds_is_the_package(answer, product):
    assert ex.normalise_product(answer).value == product
