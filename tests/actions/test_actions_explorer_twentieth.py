"""Kinds an explorer found trying the assistant as new users (the twentieth round; wordings our own):
an anonymous report changed at its summary never asks who reported it; a sum said again with "看错了" at another
question changes the amount; the real name refused before how to be called gives that as the name."""
import pytest

from actions import dialogue, forms
from actions_testlib import run, tracker, user
from complaint import fields

ANONYMOUS = {"ticket_type": "report", "anonymous": True, "merchant_name": "好又多超市",
             "merchant_address": "南京市鼓楼区中山北路30号", "problem": "卖过期的饼干", "requested_slot": None}


def test_an_anonymous_report_back_in_its_form_after_a_change_asks_no_name():
    said = "问题描述补充一下 货架上的蛋糕也过期了"
    events, _ = run(forms.ValidateReportForm(), tracker(said, "correct", [user(said, "correct")], slots=ANONYMOUS,
                                                         active_loop="report_form"))
    asked = [e["value"] for e in events if e.get("event") == "slot" and e.get("name") == "requested_slot"]
    assert asked and asked[-1] not in ("complainant_name", "phone")


def test_a_named_report_still_asks_the_name():
    slots = dict(ANONYMOUS, anonymous=False)
    said = "问题描述补充一下 货架上的蛋糕也过期了"
    events, _ = run(forms.ValidateReportForm(), tracker(said, "correct", [user(said, "correct")], slots=slots,
                                                         active_loop="report_form"))
    asked = [e["value"] for e in events if e.get("event") == "slot" and e.get("name") == "requested_slot"]
    assert not asked or asked[-1] in ("complainant_name", "phone", None)


@pytest.mark.parametrize("said, total", [("哦不对 是239 我看错了", "239.00"),
                                         ("等下 是二百三十九 刚才看错了", "239.00"), ("算错了 一共239", "239.00")])
def test_a_sum_said_again_as_misread_changes_the_amount(said, total):
    held = {"amount": "293.00", "product": "电暖器", "purchase_date": "2026-11-30"}
    assert dialogue.corrects_earlier(said, "demand", held, "complaint_form") == ("amount", total)


@pytest.mark.parametrize("said, name", [("我不想留真名 叫我刘女士就行", "刘女士"),
                                        ("不想留全名，叫我孙先生吧", "孙先生")])
def test_the_real_name_refused_then_how_to_be_called_is_the_name(said, name):
    assert fields.normalise("complainant_name", said).value == name


def test_more_that_went_wrong_read_as_a_status_question_at_the_summary_goes_into_the_account():
    said = "前天看到的 冷柜里的酸奶也过期了还在卖"
    slots = dict(ANONYMOUS, awaiting_confirmation=True)
    events, messages = run(forms.ValidateStatusForm(), tracker(said, "check_status", [user(said, "check_status")],
                                                               slots=slots, active_loop="status_form"))
    changed = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert said in changed["problem"] and changed["awaiting_confirmation"] is True
    assert "受理编号" not in " ".join(m.get("text") or "" for m in messages)


def test_a_status_question_at_the_summary_is_still_answered():
    said = "投诉要多久有结果"
    slots = dict(ANONYMOUS, awaiting_confirmation=True)
    events, messages = run(forms.ValidateStatusForm(), tracker(said, "check_status", [user(said, "check_status")],
                                                               slots=slots, active_loop="status_form"))
    assert "problem" not in {e.get("name") for e in events if e.get("event") == "slot"}
    assert messages


@pytest.mark.parametrize("said, month", [("从八月开始扣的", "08"), ("打八月份起就一直扣", "08"),
                                         ("自今年8月开始", "08")])
def test_a_month_said_as_when_it_began_is_the_month(said, month):
    value = fields.normalise("purchase_date", said).value
    assert value is not None and value[5:7] == month


CAR = {"ticket_type": "complaint", "awaiting_confirmation": True, "product": "新车", "merchant_name": "恒信4S店",
       "merchant_address": "沈阳市铁西区北二路", "problem": "新车漆面有划痕", "amount": "128000.00",
       "complainant_name": "何东", "phone": "13940001234"}


@pytest.mark.parametrize("said, changes", [
    ("商品写一汽大众探岳 地址是沈阳市铁西区建设大路", [("product", "一汽大众探岳"),
                                                 ("merchant_address", "沈阳市铁西区建设大路")]),
    ("车型写具体点 探岳 店名写恒信汽车", [("product", "探岳"), ("merchant_name", "恒信汽车")]),
])
def test_two_items_changed_in_one_message_typed_with_spaces_are_both_changed(said, changes):
    from actions import actions as acts
    assert acts.corrections(said, dict(CAR)) == changes


@pytest.mark.parametrize("said", ["型号写具体点 一汽大众探岳 其他都对", "车型写清楚点 一汽大众探岳 别的没问题"])
def test_a_change_read_as_outside_the_service_at_the_summary_is_made(said):
    from actions import summary_turn as st
    events, messages = run(st.ActionSummaryTurn(), tracker(said, "out_of_scope", [user(said, "out_of_scope")],
                                                           slots=CAR))
    changed = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert changed.get("product") == "一汽大众探岳"


@pytest.mark.parametrize("said", ["名字少了一个字 是钟文博", "要求再加一条 按欺诈赔偿",
                                  "对了姓名少打了个字 是欧阳明亮"])
def test_a_change_of_an_item_at_the_summary_is_no_addition_to_the_account(said):
    from actions import actions as acts
    held = {"complainant_name": "钟文", "problem": "平板拆过换了电池", "demand": "退款", "ticket_type": "complaint"}
    assert acts._more_told(said, held) is None


def test_just_now_is_no_day_when_the_sum_is_corrected():
    held = {"amount": "4080.00", "purchase_date": "2026-08-30", "product": "钢琴课"}
    assert dialogue.correction("刚才金额打错了 4800", filled=held) == ("amount", "4800.00")
