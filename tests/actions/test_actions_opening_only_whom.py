"""An opening that says only whom the complaint is against ("投诉一个卖电暖器的"), with asides about the
consumer around it, is no account: the problem is asked, never filed as what went wrong. Trouble told, or
a purchase named beside the target, is still read as told."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import dialogue


def fill(text):
    message = {"text": text, "intent": {"name": "file_complaint", "confidence": 0.99}, "entities": []}
    return dialogue.fill_from_message(message, "complaint_form", None, {})[0]


@pytest.mark.parametrize("said", [
    "午休的时候抽空打字 慢了别见怪 投诉一个卖热水器的",
    "在医院陪床 打字不方便 想投诉一家修电脑的",
    "你好 我要投诉一个搞装修的",
])
def test_the_target_and_asides_are_no_account(said):
    assert dialogue.only_whom(said)
    assert "problem" not in fill(said)


@pytest.mark.parametrize("said", [
    "投诉一个卖热水器的 用了三天就漏水",      # what went wrong, told
    "我要投诉楼下的理发店 办了卡就关门了",
    "投诉 电动车充不进电 在永辉旁边那家买的",
])
def test_trouble_or_a_purchase_beside_the_target_is_read(said):
    assert not dialogue.only_whom(said)
