"""Thanks, goodbyes and greetings at the summary (issue 16, actions/summary_turn.py): words that accept, thanks
or not, file the ticket once; thanks or a goodbye alone are told the ticket is not submitted yet, and said
again hear it is kept for them; nothing at the summary is answered the same way three times running."""
from types import SimpleNamespace

import pytest
from rasa_sdk.events import FollowupAction

from actions import filing
from actions import summary_turn as st
from actions_testlib import run, slots_set, tracker, user

SLOTS = {"ticket_type": "complaint", "problem": "烤箱用了两次就不加热了", "product": "烤箱",
         "merchant_name": "家乐电器城",
         "merchant_address": "南京市鼓楼区中山北路12号", "purchase_date": "2026-11-20", "amount": 459.0,
         "demand": "退货、退款", "complainant_name": "赵一凡", "phone": "13700001111",
         "awaiting_confirmation": True, "submission_id": "sum-1"}


@pytest.fixture
def filed(monkeypatch):
    sent = []

    def file_ticket(payload, key):
        sent.append((payload, key))
        return SimpleNamespace(ticket_no="TS20261207-000042", ticket={}, queued=False)

    monkeypatch.setattr(filing, "file_ticket", file_ticket)
    return sent


def _at_summary(text, intent, before=(), slots=SLOTS):
    return tracker(text, intent, list(before) + [user(text, intent)], slots=slots)


def _reminded(text, intent="goodbye"):
    return [user(text, intent), {"event": "action", "name": "action_summary_turn"},
            {"event": "bot", "text": f"提醒您一下：这份投诉{st.MARKER}。"}]


def _texts(messages):
    return " ".join(m.get("text") or "" for m in messages)


@pytest.mark.parametrize("said", ["好嘞，多谢啦", "可以的 辛苦您了", "嗯 没问题 谢谢你们", "對的 謝謝",
                                  "那就提交吧 拜拜"])
def test_accepting_words_with_thanks_file_the_ticket_once(filed, said):
    events, messages = run(st.ActionSummaryTurn(), _at_summary(said, "goodbye"))
    assert len(filed) == 1 and filed[0][1].endswith(":sum-1")
    assert "TS20261207-000042" in _texts(messages)
    assert slots_set(events)["awaiting_confirmation"] is False and FollowupAction("action_listen") in events


@pytest.mark.parametrize("said", ["多谢", "谢谢您啦", "再见", "不用了谢谢"])
def test_thanks_alone_are_told_nothing_is_submitted_and_file_nothing(filed, said):
    events, messages = run(st.ActionSummaryTurn(), _at_summary(said, "goodbye"))
    assert not filed and "awaiting_confirmation" not in slots_set(events)
    assert st.MARKER in messages[0]["text"] and "祝您生活愉快" not in messages[0]["text"]
    assert [b["title"] for b in messages[0]["buttons"]] == ["确认提交", "需要修改", "取消"]
    assert events == [FollowupAction("action_listen")]


def test_a_second_goodbye_keeps_the_registration_and_says_how_to_come_back(filed):
    t = _at_summary("拜拜了", "goodbye", before=_reminded("谢啦"))
    events, messages = run(st.ActionSummaryTurn(), t)
    text = messages[0]["text"]
    assert not filed and "保留" in text and "确认提交" in text and "取消" in text and "再见" in text
    assert not any(e.get("name") == "awaiting_confirmation" for e in events)  # the summary still waits


def test_thanks_said_again_and_again_never_gets_the_same_reply_three_times(filed):
    history, replies = [], []
    for said in ["多谢多谢", "谢谢", "谢谢了", "感谢", "拜拜"]:
        _, messages = run(st.ActionSummaryTurn(), _at_summary(said, "goodbye", before=history))
        replies.append(messages[0]["text"])
        history += [user(said, "goodbye"), {"event": "bot", "text": messages[0]["text"]}]
    assert not filed
    assert all(not (a == b == c) for a, b, c in zip(replies, replies[1:], replies[2:])), replies


def test_a_greeting_at_the_summary_offers_it_again_and_changes_after_two(filed):
    events, messages = run(st.ActionSummaryTurn(), _at_summary("您好 在吗", "greet"))
    assert "还没有提交" in _texts(messages) and not filed
    before = _reminded("你好", "greet") + _reminded("在不在", "greet")
    events, messages = run(st.ActionSummaryTurn(), _at_summary("哈喽", "greet", before=before))
    assert "转人工" in [b["title"] for b in messages[0]["buttons"]] and not filed


def test_unclear_words_and_out_of_scope_go_on_to_the_usual_action(filed):
    assert run(st.ActionSummaryTurn(), _at_summary("电话改成13700002222", "nlu_fallback")) == ([], [])
    assert run(st.ActionSummaryTurn(), _at_summary("你们几点下班", "out_of_scope")) == ([], [])
    assert not filed


def test_after_the_filing_a_goodbye_is_only_a_goodbye(filed):
    slots = dict(SLOTS, awaiting_confirmation=False)
    events, messages = run(st.ActionSummaryTurn(), _at_summary("好的谢谢", "goodbye", slots=slots))
    assert len(messages) == 1 and messages[0]["response"] == "utter_goodbye"
    assert not filed and not events


@pytest.mark.parametrize("said,kind", [("好的谢谢你", "accept"), ("行吧，麻烦您了", "accept"), ("谢谢啊", "thanks"),
                                       ("你好", "greet"), ("不对 谢谢", "other"), ("好的 我再想想", "other"),
                                       ("/affirm", "other"), ("懂了，多谢", "thanks"), ("谢了 我等通知吧", "thanks")])
def test_how_short_words_are_read(said, kind):
    assert st.kind_of(said) == kind
