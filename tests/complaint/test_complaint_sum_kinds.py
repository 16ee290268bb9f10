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
