"""Why a reporter would rather stay unnamed is no account of the trouble (issue 16): "举报楼下的麻将馆 匿名
怕被报复" says whom and why not named, what happened is asked; an account told after the wish is kept."""
from __future__ import annotations

import pytest

from complaint import extract as ex


@pytest.mark.parametrize("said", ["想举报送外卖的 但是我不想留名字 他认识我", "举报对面的棋牌室 匿名 怕他们报复",
                                  "投诉物业的保安 我不想实名 我就住在这个小区"])
def test_whom_and_why_unnamed_asks_what_happened(said):
    assert ex.normalise_problem(said).value is None


@pytest.mark.parametrize("said", ["我不想留名字 菜市场那家卖的豆腐是酸的", "匿名 怕他报复 那家店卖的酒是假的",
                                  "不想实名 他们的秤缺斤少两"])
def test_an_account_after_the_wish_is_kept(said):
    assert ex.normalise_problem(said).value
