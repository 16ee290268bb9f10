"""A sum said bare, as its own clause of an account of a purchase ("…11月3号买的，三千二，不制冷"), is
what was paid: kept with the rest, not dropped and asked again; a sum wanted back is not. One shop said
more or less fully ("中国联通" / "中国联通营业厅") is no conflict to point out, nor a shop named when asked where."""
import pytest

from actions import dialogue


def _stated(text, requested=None):
    message = {"text": text, "intent": {"name": "file_complaint"}}
    return dialogue.fill_from_message(message, "complaint_form", requested, {})[0]


@pytest.mark.parametrize("text, amount", [
    ("上周在苏宁买的洗衣机，六千五，甩干的时候整个机器在跳", "6500.00"),
    ("网上订的一套沙发，一万二，送来皮面就裂了", "12000.00"),
    ("理发店办的卡 两百八 现在店关门了", "280.00"),
])
def test_a_bare_sum_in_an_account_of_a_purchase_is_the_price(text, amount):
    assert _stated(text).get("amount") == amount


@pytest.mark.parametrize("text", ["洗衣机甩干的时候乱跳 要退还两千", "等了四十五分钟菜还没上", "衣服穿了三次就起球"])
def test_a_sum_wanted_back_or_a_count_is_no_price(text):
    assert "amount" not in _stated(text)


@pytest.mark.parametrize("kept, said", [
    ("中国移动", "在中国移动营业厅办的"), ("良品铺子（万达店）", "就是良品铺子买的"),
    ("永辉超市", "永辉超市北门店那边买的")])
def test_one_shop_said_more_or_less_fully_is_no_conflict(kept, said):
    message = {"text": said, "intent": {"name": "inform"}}
    assert "merchant_name" not in dialogue.restated(message, "complaint_form", {"merchant_name": kept},
                                                    requested="product")


def test_a_shop_named_when_asked_where_is_where_not_another_shop():
    message = {"text": "就在万达广场二楼那个华为体验店旁边", "intent": {"name": "inform"}}
    assert "merchant_name" not in dialogue.restated(message, "complaint_form", {"merchant_name": "小米之家"},
                                                    requested="merchant_address")


def test_another_shop_said_elsewhere_is_still_pointed_out():
    message = {"text": "其实是在国美买的", "intent": {"name": "inform"}}
    assert dialogue.restated(message, "complaint_form", {"merchant_name": "苏宁易购"},
                             requested="product").get("merchant_name") == "国美"


def test_details_the_form_cannot_read_as_an_account_still_go_with_it(monkeypatch):
    # (the details answer read as no account: "物业收垃圾清运费 物业费里已经包含了" had been dropped, only
    # the opening kept)
    from tests.actions.test_actions_forms import run, slots_set, tracker
    from actions import forms
    monkeypatch.setattr(dialogue, "fill_from_message", lambda *a, **k: ({}, "format"))
    said = "小区停车费里本来就含了这个钱"
    events = [{"event": "active_loop", "name": "complaint_form"},
              {"event": "user", "text": "投诉物业乱收费", "parse_data": {"intent": {"name": "file_complaint"}}},
              {"event": "action", "name": "complaint_form"}, {"event": "bot", "text": forms.DETAILS_QUESTION},
              {"event": "slot", "name": "requested_slot", "value": "problem"},
              {"event": "action", "name": "action_listen"},
              {"event": "user", "text": said, "parse_data": {"intent": {"name": "inform"}}},
              {"event": "action", "name": "complaint_form"}]
    got = slots_set(run(forms.ValidateComplaintForm(), tracker(said, slots={"requested_slot": "problem"},
                                                                active_loop="complaint_form", events=events))[0])
    assert "物业乱收费" in got["problem"] and "停车费里本来就含了这个钱" in got["problem"]
