"""A question put back to the operator at the demand question is no demand (issue 16): it is asked again."""
from __future__ import annotations

import pytest

from complaint import extract as ex


@pytest.mark.parametrize("said", ["那你们是给商家打电话还是派人过去", "这种一般要等多久", "你们啥时候能去查",
                                  "为什么他们可以不管", "是你们联系他还是我自己联系呢", "那接下来怎么弄呢"])
def test_a_question_back_at_the_demand_is_asked_again(said):
    assert ex.normalise_demand(said).value is None


@pytest.mark.parametrize("said", ["还是换货吧", "让物业上门来看看", "给我把暖气恢复了"])
def test_words_that_ask_for_something_are_still_the_demand(said):
    assert ex.normalise_demand(said).value


# ---------------------------------------------------------------- what the merchant said must be done is no demand

@pytest.mark.parametrize("story", ["物业上门说必须换他们指定的门锁 还得再交两百",
                                   "师傅讲一定要换他们的配件 还要另收工时费",
                                   "热水器公司的人说要换新的阀门 还要交检测费"])
def test_what_someone_else_said_must_be_done_is_no_demand(story):
    assert ex.find_demands(story) == []
    assert "demand" not in ex.extract_all(story)


@pytest.mark.parametrize("said, demand", [("客服叫我必须先寄回去 我要求直接退款", ["退款"]),
                                          ("他说要修 我要退货", ["退货"]), ("我说要退货 他们不肯", ["退货"])])
def test_the_consumer_s_own_demand_after_theirs_is_kept(said, demand):
    assert ex.find_demands(said) == demand
