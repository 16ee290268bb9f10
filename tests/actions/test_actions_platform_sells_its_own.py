"""Issue 16, kind 1 (the dialogue's side): when the seller is the platform or company itself (its membership, its
app, its own service), the shop question takes it as said: "美团APP" for a 美团 membership is 美团 (it was asked
again for a shop on 美团), "爱奇艺会员" is 爱奇艺 (it was kept as the product), and the online service is sold
online (no street address asked). Words the account says it was bought on ("…上买的车") name the seller, though
they were read as the thing bought: the thing is asked. All wordings are our own."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")  # no knowledge-base warm-up thread in unit tests

import pytest

from actions import dialogue


def fill(text, requested=None, filled=None, form="complaint_form", intent="inform"):
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": []}
    return dialogue.fill_from_message(message, form, requested, dict(filled or {}))


@pytest.mark.parametrize("said, held, seller", [
    ("美团APP", {"problem": "美团的会员莫名其妙每月扣钱", "product": "会员"}, "美团"),
    ("就是京东", {"problem": "PLUS会员到期自动续费了", "product": "京东PLUS会员"}, "京东"),
    ("携程app本身", {"problem": "开了超级会员 权益一个都用不了", "product": "超级会员"}, "携程"),
])
def test_a_platform_named_for_its_own_membership_is_the_seller(said, held, seller):
    values, error = fill(said, "merchant_name", held)
    assert error is None and values["merchant_name"] == seller
    assert values["merchant_address"] == f"网店（{seller}）"


@pytest.mark.parametrize("said, held", [
    ("美团APP", {"problem": "点的外卖里有头发", "product": "牛肉面"}),
    ("淘宝", {"problem": "买的羽绒服跑绒", "product": "羽绒服"}),
    ("美团", {"problem": "健身房的会员卡不给退", "product": "健身会员卡"}),
])
def test_a_platform_named_for_what_a_shop_on_it_sold_still_asks_the_shop(said, held):
    values, error = fill(said, "merchant_name", held)
    assert "merchant_name" not in values and error is not None


@pytest.mark.parametrize("said, held, seller", [
    ("优酷会员", {"problem": "优酷会员取消不了自动续费", "product": "优酷会员"}, "优酷"),
    ("芒果TV的VIP", {"problem": "充了会员还要单独付费看", "product": "会员"}, "芒果TV"),
    ("喜马拉雅", {"problem": "关了续费还在扣", "product": "喜马拉雅会员 连续包月"}, "喜马拉雅"),
])
def test_a_companys_own_membership_said_at_the_shop_question_is_the_company(said, held, seller):
    values, error = fill(said, "merchant_name", held)
    assert error is None and values["merchant_name"] == seller
    assert values["merchant_address"] == f"网店（{seller}）" and "product" not in values


@pytest.mark.parametrize("said, account", [
    ("优信二手车", "优信二手车上买的二手车 里程表调过"),
    ("人人车", "在人人车买了辆车 是事故车"),
])
def test_where_the_account_says_it_was_bought_is_the_seller_and_the_thing_is_asked(said, account):
    values, error = fill(said, "merchant_name", {"problem": account, "product": said})
    assert error is None and values["merchant_name"] and values["product"] is None


@pytest.mark.parametrize("said, account", [
    ("懂车帝平台", "懂车帝平台上订的新车 一直不交车"),
    ("闲鱼", "闲鱼上买的 收到是坏的"),
    ("拼多多", "拼多多上买的 用了两天就坏了"),
])
def test_a_platform_held_as_the_thing_and_said_at_the_shop_question_is_the_platform(said, account):
    # an app that lists other sellers' goods is where it was bought: the thing and the shop on it are asked
    values, error = fill(said, "merchant_name", {"problem": account, "product": said})
    assert values.get("platform") and values["product"] is None
    assert "merchant_name" not in values and error is not None


def test_the_thing_bought_said_again_at_the_shop_question_stays_the_thing():
    values, error = fill("儿童自行车", "merchant_name",
                         {"problem": "买了儿童自行车 刹车失灵", "product": "儿童自行车"})
    assert "merchant_name" not in values and error is not None
