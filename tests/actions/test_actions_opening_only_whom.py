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


@pytest.mark.parametrize("said", [
    "我是开出租的 眼睛不好 我要投诉",          # who the consumer is, how they write
    "你好 我外孙女帮我打的字 想反映个事情",
    "快点吧 我还要上班 投诉",                  # how they feel
    "拨了好几次电话都没人接 我要投诉",          # how hard 12315 was to reach
])
def test_asides_about_the_consumer_or_the_conversation_are_no_account(said):
    assert dialogue.only_asides(said)
    assert "problem" not in fill(said)


@pytest.mark.parametrize("said", ["我是退休工人 在药店买的血压计量不准", "快点 我家热水器漏水了 投诉",
                                  "我女儿帮我在网上订的酒店 到了说没房"])
def test_an_aside_with_what_went_wrong_is_still_the_account(said):
    assert not dialogue.only_asides(said)
    assert fill(said).get("problem")
