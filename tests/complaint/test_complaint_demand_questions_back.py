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
