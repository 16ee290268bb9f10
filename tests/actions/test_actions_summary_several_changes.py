"""Changes at the summary (issue 16, explore kinds 5 and 8), in wordings of our own: two fields changed in one
message both change, or the one not understood is named (never dropped silently); a field the ticket can go
without is taken off when asked ("平台那栏删掉"); a value put in a field with 写 or 填 ("店名填…", "商品写…")
is the value without 写; and a change said that way never opens a registration of the other kind."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest
from rasa_sdk.events import FollowupAction

from actions import actions as acts
from tests.actions.test_actions_forms import FULL_COMPLAINT, run, slots_set, tracker

AT_SUMMARY = dict(FULL_COMPLAINT, awaiting_confirmation=True)


@pytest.mark.parametrize("said, changed", [
    ("商品写洗衣机就行，地址是宜宾市叙州区南岸东路6号",
     {"product": "洗衣机", "merchant_address": "宜宾市叙州区南岸东路6号"}),
    ("店名改成宜宾国美电器，金额是4299", {"merchant_name": "宜宾国美电器", "amount": "4299.00"}),
    ("电话应该是13800001111。名字叫张珊", {"phone": "13800001111", "complainant_name": "张珊"}),
])
def test_two_fields_changed_in_one_message_both_change(said, changed):
    events, messages = run(acts.ActionCorrectField(), tracker(said, intent="correct", slots=AT_SUMMARY))
    got = slots_set(events)
    for field, value in changed.items():
        assert got.get(field) == value
    assert all(acts.dialogue.FIELD_LABELS[f] in messages[0]["text"] for f in changed)


def test_the_change_not_understood_is_named_and_the_other_made():
    # the date said as no day at all: the price changes, and the consumer hears the date was not taken
    said = "金额改成3599，日期改成那个啥"
    events, messages = run(acts.ActionCorrectField(), tracker(said, intent="correct", slots=AT_SUMMARY))
    got = slots_set(events)
    assert got.get("amount") == "3599.00" and "purchase_date" not in got
    assert "购买日期" in messages[0]["text"] and "没能听明白" in messages[0]["text"]


def test_one_field_with_more_words_after_it_is_one_change():
    said = "金额不对，我付的是4100元，是当天付的"
    assert acts.corrections(said, AT_SUMMARY) == []
    events, _ = run(acts.ActionCorrectField(), tracker(said, intent="correct", slots=AT_SUMMARY))
    assert slots_set(events).get("amount") == "4100.00"


@pytest.mark.parametrize("said, field", [
    ("购物平台那栏删掉", "platform"), ("把订单号去掉吧", "order_no"), ("平台那一项不要了", "platform"),
])
def test_a_field_the_ticket_can_go_without_is_taken_off(said, field):
    slots = dict(AT_SUMMARY, platform="京东", order_no="JD778812")
    events, messages = run(acts.ActionCorrectField(), tracker(said, intent="correct", slots=slots))
    assert field in slots_set(events) and slots_set(events)[field] is None
    assert "已删除" in messages[0]["text"]


def test_the_platform_taken_off_takes_the_place_it_gave_with_it():
    slots = dict(AT_SUMMARY, platform="苏宁易购", merchant_address="网店（苏宁易购）")
    events, messages = run(acts.ActionCorrectField(), tracker("平台删掉吧", intent="inform", slots=slots))
    got = slots_set(events)
    assert got["platform"] is None and got["merchant_address"] is None and "实际地址" in messages[0]["text"]


def test_a_required_field_is_not_taken_off():
    events, messages = run(acts.ActionCorrectField(), tracker("商家名称删掉", intent="correct", slots=AT_SUMMARY))
    assert "merchant_name" not in slots_set(events) and "不能删除" in messages[0]["text"]


@pytest.mark.parametrize("said", ["地址里的楼层删掉", "删掉吧", "平台"])
def test_part_of_a_value_or_no_field_is_no_removal(said):
    assert acts.removed_field(said) is None


@pytest.mark.parametrize("said, value", [
    ("商品写空调安装服务", "空调安装服务"), ("店名填老周家电维修就行", "老周家电维修"),
])
def test_a_value_put_with_xie_or_tian_is_the_value(said, value):
    events, _ = run(acts.ActionCorrectField(), tracker(said, intent="correct", slots=AT_SUMMARY))
    assert value in slots_set(events).values()


@pytest.mark.parametrize("said, intent", [
    ("商家名称写：个体装修队老周（没有公司）", "file_report"),
    ("购物平台那栏删掉", "file_complaint"),
])
def test_a_change_read_as_a_new_registration_stays_a_change(said, intent):
    events, _ = run(acts.ActionStartFiling(), tracker(said, intent=intent, slots=AT_SUMMARY))
    got = slots_set(events)
    assert got.get("ticket_type", "complaint") == "complaint" and FollowupAction("complaint_form") in events
    assert FollowupAction("report_form") not in events


@pytest.mark.parametrize("said", ["电话写错了", "平台不用填了", "名字别写了"])
def test_written_wrong_or_not_to_be_written_is_not_read_as_a_value(said):
    assert acts.written_as(said) == said


def test_the_kind_the_classifier_set_gives_way_to_the_summary_shown():
    # "…写：…" read as file_report sets ticket_type to report before the action runs: the complaint goes on
    said = "商家名称写：个体装修队老周"
    events = [{"event": "slot", "name": "ticket_type", "value": "complaint"},
              {"event": "user", "text": said, "parse_data": {"intent": {"name": "file_report"}}},
              {"event": "slot", "name": "ticket_type", "value": "report"}]
    t = tracker(said, intent="file_report", slots=dict(AT_SUMMARY, ticket_type="report"), events=events)
    out, _ = run(acts.ActionStartFiling(), t)
    got = slots_set(out)
    assert got["ticket_type"] == "complaint" and FollowupAction("complaint_form") in out
    assert FollowupAction("report_form") not in out
