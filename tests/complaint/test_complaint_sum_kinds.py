"""Kinds of sum read wrong, fixed by rule (issue 16): each kind with tests in our own words."""
from __future__ import annotations

import pytest

from complaint import extract as ex


# ---------------------------------------------------------------- a numeral alone before a word is no sum

@pytest.mark.parametrize("said", ["窗帘被熨斗烫花了一片", "奶茶里的珍珠像豆花一样", "他家的茉莉花一盆都没活",
                                  "定金只付了一半"])
def test_a_numeral_alone_before_a_word_is_no_sum(said):
    assert ex.find_amount(said) is None
    assert ex.normalise_amount(said).value is None


@pytest.mark.parametrize("said, amount", [("镜片磨花了一圈 当初花了六百配的", "600.00"), ("花了十块", "10.00"),
                                          ("桃花节的门票花了六十", "60.00"), ("定金付了一万", "10000.00")])
def test_a_sum_after_paying_is_still_read(said, amount):
    assert ex.find_amount(said) == amount


# ---------------------------------------------------------------- a count, the price of one and a fee

@pytest.mark.parametrize("said, amount", [("买了两箱 每箱120 运费20", "240.00"),
                                          ("拿了3件，每件99，快递费10块", "297.00"),
                                          ("订了两晚每晚300 另加服务费50", "600.00"),
                                          ("称了五斤 一斤30 邮费是12", "150.00")])
def test_a_fee_beside_a_count_and_the_price_of_one_leaves_the_goods_total(said, amount):
    assert ex.find_amount(said) == amount
    assert ex.normalise_amount(said).value == amount


def test_a_second_price_that_is_no_fee_still_leaves_the_total_unsaid():
    assert ex.find_amount("三件 每件50 还有一件80") is None
