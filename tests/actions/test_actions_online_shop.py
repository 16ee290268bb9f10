"""An online shop is not asked for a street address: its place is the platform it sells on
(found by a new-user tester); a weak guess of the shop's name in a story does not fill the
merchant; a platform corrected at the summary takes the online shop's place with it."""
import asyncio
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")  # no knowledge-base warm-up thread in unit tests

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import actions as acts
from actions import dialogue


def fill(text, requested=None, filled=None, form="complaint_form", intent="inform"):
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": []}
    return dialogue.fill_from_message(message, form, requested, dict(filled or {}))


@pytest.mark.parametrize("text, requested, place", [
    ("我在拼多多上买的羽绒服是假货", None, "网店（拼多多）"),
    ("抖音直播间买的面膜 用了过敏", None, "网店（抖音）"),
    ("拼多多上的 名品折扣特卖店", "merchant_name", "网店（拼多多）"),
])
def test_an_online_purchase_fills_the_shops_place_with_its_platform(text, requested, place):
    values, _ = fill(text, requested)
    assert values["merchant_address"] == place


def test_an_online_purchase_in_a_report_is_not_asked_for_a_street_address():
    values, _ = fill("淘宝上一家店卖假冒的名牌包", None, form="report_form", intent="file_report")
    assert values["merchant_address"] == "网店（淘宝）"


@pytest.mark.parametrize("text", [
    "我在抖音团购了一个美容院的项目，到店说不能用",   # bought on a platform, used in a place
    "携程订的酒店到了没房",
    "美团上团购的自助餐 到店不让用",
])
def test_a_place_booked_on_a_platform_is_still_asked_for_its_address(text):
    values, _ = fill(text, None, intent="file_complaint")
    assert "merchant_address" not in values


def test_an_address_already_given_is_kept():
    values, _ = fill("在京东买的", "product", {"merchant_address": "宜宾市翠屏区长江大道18号"})
    assert "merchant_address" not in values


def test_a_platform_said_at_the_address_question_for_a_restaurant_asks_for_its_place():
    # "是在美团上团购的" when asked where the restaurant is: the platform is kept, the place asked again
    values, error = fill("是在美团上团购的", "merchant_address", {"merchant_name": "金钱豹自助餐厅"})
    assert values.get("platform") == "美团" and "merchant_address" not in values
    assert error is not None


@pytest.mark.parametrize("text", ["我要投诉一个旅行社", "在老家买的房子漏水", "在官网买的耳机不响了"])
def test_a_weak_guess_of_the_shop_does_not_fill_the_merchant(text):
    values, _ = fill(text, None, intent="file_complaint")
    assert "merchant_name" not in values


def test_correcting_the_platform_moves_the_online_shops_place_with_it():
    t = Tracker.from_dict({
        "sender_id": "web:abc",
        "slots": {"platform": "拼多多", "merchant_address": "网店（拼多多）", "ticket_type": "complaint"},
        "latest_message": {"text": "平台写错了 是抖音直播不是拼多多", "intent": {"name": "correct"}, "entities": []},
        "events": [], "paused": False, "followup_action": None, "active_loop": {},
        "latest_action_name": "action_listen",
    })
    events = asyncio.run(acts.ActionCorrectField().run(CollectingDispatcher(), t, {}))
    set_ = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert set_["platform"] == "抖音" and set_["merchant_address"] == "网店（抖音）"


def test_a_kind_of_shop_said_twice_is_taken_as_its_name_and_a_pointed_one_as_a_description():
    # "热力公司" said again: the city's one heating company, as the consumer names it
    values, _ = fill("热力公司", "merchant_name", {"failed_attempts": 1})
    assert values.get("merchant_name") in (None, "热力公司")
    assert dialogue.as_given("merchant_name", "热力公司") == "热力公司"
    values, _ = fill("就是楼下那家洗衣店", "merchant_name", {"failed_attempts": 1})
    assert values["merchant_name"] == "名称不详（就是楼下那家洗衣店）"
    assert dialogue.as_given("merchant_name", "就那家永辉") == "永辉"


def test_asked_which_shop_the_answer_names_it_first_then_where_it_is():
    # the story's reading ("在城东万达广场" has a mall's kind) gives way to the answer read as one
    values, _ = fill("永辉超市（城东店） 在城东万达广场 杭州市上城区解放路10号", "merchant_name")
    assert values["merchant_name"] == "永辉超市（城东店）"


@pytest.mark.parametrize("intent", ["inform", "greet", "nlu_fallback"])
def test_a_platform_said_at_the_address_question_is_kept_as_the_platform(intent):
    values, _ = fill("快手", "merchant_address", {"merchant_name": "秦岭山货老李"}, form="report_form", intent=intent)
    assert values["merchant_address"] == "网店（快手）" and values["platform"] == "快手"
