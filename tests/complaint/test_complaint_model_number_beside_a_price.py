"""A model number said right before the price ("BCD-520，4999元") is no part of the sum: a comma is a thousands
separator only before three digits, so two numbers said in a row are never read as one (5,204,999 was filed)."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("text, amount", [
    ("海尔冰箱BCD-470，5299元", "5299.00"),
    ("格力空调KFR-26，2699块", "2699.00"),
    ("小米电视L65，3199", "3199.00"),
    ("一共付了12,800元", "12800.00"),   # a thousands separator is still one
    ("￥4,599", "4599.00"),
])
def test_a_model_number_before_the_price_is_not_joined_to_it(text, amount):
    assert ex.normalise_amount(text).value == amount


def test_the_whole_story_keeps_the_price_apart_from_the_model():
    story = "11月2日在京东买的海尔冰箱BCD-470，5299元，用了三天不制冷"
    assert ex.extract_all(story).get("amount") == "5299.00"
