"""Asked which registration is meant ("收到。请问您是想登记投诉、举报…") twice, a consumer who goes on telling
facts is not asked a third time: the registration opens, and the accounts they told before are read into
it (a lone word said first, "手机", is asked again more exactly by the form)."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

from rasa_sdk.events import FollowupAction

from actions import actions as acts
from actions import intake
from tests.actions.test_actions_forms import run, slots_set, tracker

WHICH = "收到。请问您是想登记投诉、举报，还是查询投诉进度？"


def _said(*pairs):
    events = []
    for text, answered_by in pairs:
        events += [{"event": "user", "text": text, "parse_data": {"intent": {"name": "inform"}}},
                   {"event": "action", "name": answered_by}]
        if answered_by == "action_inform_without_context":
            events.append({"event": "bot", "text": WHICH})
        events.append({"event": "action", "name": "action_listen"})
    return events


def test_facts_told_again_after_the_question_open_a_complaint():
    events = _said(("格力空调", "action_inform_without_context"), ("不制冷", "action_inform_without_context")) + [
        {"event": "user", "text": "国美电器 万达店", "parse_data": {"intent": {"name": "inform"}}}]
    events_out, messages = run(acts.ActionInformWithoutContext(), tracker("国美电器 万达店", events=events))
    assert FollowupAction("complaint_form") in events_out and slots_set(events_out)["ticket_type"] == "complaint"
    assert messages[0].get("response") == "utter_start_complaint"


def test_a_report_word_in_what_was_told_opens_a_report():
    events = _said(("举报 那家网吧让小孩进去", "action_inform_without_context"),
                   ("在解放路", "action_inform_without_context")) + [
        {"event": "user", "text": "解放路那个", "parse_data": {"intent": {"name": "inform"}}}]
    events_out, _ = run(acts.ActionInformWithoutContext(), tracker("解放路那个", events=events))
    assert FollowupAction("report_form") in events_out


def test_the_first_and_second_time_the_question_is_asked():
    events_out, messages = run(acts.ActionInformWithoutContext(), tracker("格力空调"))
    assert events_out == [] and messages[0].get("response") == "utter_inform_without_context"
    events = _said(("格力空调", "action_inform_without_context")) + [
        {"event": "user", "text": "国美电器 万达店", "parse_data": {"intent": {"name": "inform"}}}]
    events_out, messages = run(acts.ActionInformWithoutContext(), tracker("国美电器 万达店", events=events))
    assert events_out == [] and messages[0].get("response") == "utter_inform_without_context"


def test_only_an_account_of_what_went_wrong_that_the_question_answered_is_read_into_the_registration():
    events = _said(("手机", "action_inform_without_context"), ("美的冰箱 不制冷", "action_inform_without_context"),
                   ("国美电器（万达店） 上个月买的", "action_inform_without_context"))
    events.append({"event": "user", "text": "我要投诉", "parse_data": {"intent": {"name": "file_complaint"}}})
    assert intake.unread_accounts(events) == ["美的冰箱 不制冷"]


def test_filing_again_asked_at_the_status_question_opens_the_form():
    for said, kind in (("算了 重新投诉 淘宝上一家店卖假包 599元", "complaint"), ("我重新举报一下", "report"),
                       ("那我再投诉一次吧", "complaint")):
        assert intake.asks_to_file(said) == kind
    assert intake.asks_to_file("不再投诉了") is None
