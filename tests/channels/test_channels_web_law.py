"""A law answer as each channel gets it (action server's ActionAnswerLaw, no Rasa): the
widget gets the short answer with the details as data and the next steps as buttons;
WeChat and Telegram get the whole text with the same buttons (WeChat numbers them)."""
from __future__ import annotations

import asyncio
import sys
import types

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import actions as acts

SUMMARY = "您好，网购商品在收到后七日内可以无理由退货，衣服不影响二次销售就可以退。"
SECTIONS = [("相关法律规定", "《消费者权益保护法》第二十五条：“经营者采用网络……”"),
            ("建议您保留以下证据", "订单截图；聊天记录。"), ("下一步", "先联系商家申请退货。")]
TEXT = SUMMARY + "\n\n" + "\n\n".join(f"{t}：\n{b}" for t, b in SECTIONS)


def tracker(text: str, sender: str, channel: str, active_loop: str | None = None) -> Tracker:
    return Tracker.from_dict({
        "sender_id": sender, "slots": {},
        "latest_message": {"text": text, "intent": {"name": "ask_law", "confidence": 0.99}, "entities": [],
                           "metadata": {"channel": channel}},
        "events": [{"event": "user", "text": text}], "paused": False, "followup_action": None,
        "active_loop": {"name": active_loop} if active_loop else {}, "latest_action_name": "action_listen",
    })


@pytest.fixture()
def knowledge(monkeypatch):
    answer = types.SimpleNamespace(text=TEXT, summary=SUMMARY, sections=SECTIONS, confident=True)
    monkeypatch.setitem(sys.modules, "knowledge_base", types.SimpleNamespace(answer=lambda q: answer))


def run(t: Tracker) -> list[dict]:
    dispatcher = CollectingDispatcher()
    asyncio.run(acts.ActionAnswerLaw().run(dispatcher, t, {}))
    return dispatcher.messages


NEXT = ["我要投诉", "转人工", "继续提问"]


def test_the_widget_gets_the_short_answer_with_details_and_next_steps(knowledge):
    [message] = run(tracker("衣服不喜欢能退吗", "web:" + "a" * 32, "web"))
    assert message["text"] == SUMMARY
    assert [b["title"] for b in message["buttons"]] == NEXT
    assert message["custom"] == {"data": {"law_details": [{"title": t, "body": b} for t, b in SECTIONS]}}


@pytest.mark.parametrize("channel, sender", [("wechat", "wechat:o_1"), ("telegram", "telegram:7")])
def test_other_channels_get_the_whole_answer_and_the_same_buttons(knowledge, channel, sender):
    [message] = run(tracker("衣服不喜欢能退吗", sender, channel))
    assert message["text"] == TEXT and not message.get("custom")
    assert [b["title"] for b in message["buttons"]] == NEXT


def test_inside_a_form_the_answer_leads_back_to_it_without_buttons(knowledge):
    first, second = run(tracker("这种能退吗", "web:" + "b" * 32, "web", active_loop="complaint_form"))
    assert not first.get("buttons")
    assert second["text"] == "我们接着登记刚才的信息。"


def test_continue_asking_button_invites_the_question(knowledge):
    [message] = run(tracker("/ask_law", "web:" + "c" * 32, "web"))
    assert "您请说" in message["text"] and not message.get("buttons")


def test_wechat_numbers_the_next_steps():
    from channels.wechat import render_replies
    text, options = render_replies([{"text": TEXT, "buttons": acts.LAW_NEXT_STEPS}])
    assert "回复1 我要投诉" in text and "回复3 继续提问" in text
    assert options == {"1": "/file_complaint", "2": "/human_handoff", "3": "/ask_law"}


def test_the_agent_reads_the_button_pressed_not_its_payload():
    from actions.handoff import transcript
    t = Tracker.from_dict({
        "sender_id": "web:" + "d" * 32, "slots": {}, "latest_message": {}, "paused": False, "followup_action": None,
        "active_loop": {}, "latest_action_name": None, "events": [
            {"event": "bot", "text": SUMMARY, "data": {"buttons": acts.LAW_NEXT_STEPS}},
            {"event": "user", "text": "/human_handoff"},
            {"event": "user", "text": "/greet"}]})  # typed, or a button not offered: as it was
    assert [line["text"] for line in transcript(t)] == [SUMMARY, "转人工", "/greet"]
