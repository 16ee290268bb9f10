"""An account told in clauses, with when, how often or what the shop said, is an account though its
only trouble word is a general one ("坏了", "有问题"): the form does not ask what happened again. A
few words naming a purchase and a general trouble are still asked once."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import dialogue


@pytest.mark.parametrize("text", [
    "月初买的吹风机，才吹了三回就坏了，店里让我自己找售后",
    "前天刚装的净水器 第二天就出问题了 客服说等通知",
    "去年买的洗衣机有毛病，修了两次还是那样",
    "新换的手机屏幕有问题 找卖家 他说是我自己摔的",
])
def test_a_story_in_clauses_is_no_vague_account(text):
    assert not dialogue.vague_account(text)


@pytest.mark.parametrize("text", [
    "我在超市买的酸奶有问题",
    "电风扇坏了",
    "买的那个台灯 有问题",
    "手表有毛病",
])
def test_a_purchase_and_a_general_trouble_are_still_vague(text):
    assert dialogue.vague_account(text)
