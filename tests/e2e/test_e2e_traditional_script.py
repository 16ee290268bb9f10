"""End to end: a consumer who writes traditional characters (Hong Kong, Macau, Taiwan) is
read in simplified Mandarin by the NLU and the actions (bot/nlu/simplified.py), so the
complaint files with its fields read; the conversation keeps what the consumer wrote.
Sentences written for this test."""
import datetime as dt

import pytest

from complaint.extract import today_in_china
from e2e_testlib import Conversation, ticket_no_in, tickets

pytestmark = pytest.mark.e2e

QUESTIONS = [("遇到了什么问题", "problem"), ("具体", "problem"), ("哪件商品", "product"), ("哪家商家", "merchant_name"),
             ("地址", "merchant_address"), ("哪天", "purchase_date"), ("多少钱", "amount"), ("怎么解决", "demand"),
             ("怎么称呼", "complainant_name"), ("电话", "phone")]


def asked(reply: str) -> str | None:
    return next((field for words, field in QUESTIONS if words in reply), None)


def test_a_complaint_written_in_traditional_characters_files_with_its_fields(stack):
    chat = Conversation(stack)
    answers = {"problem": "網上買的電熱水壺 用了兩次就漏電 商家說不能退",
               "product": "電熱水壺", "merchant_name": "美家電器行",
               "merchant_address": "深圳市福田區華強北路100號", "purchase_date": "上個月十號",
               "amount": "三百八十蚊", "demand": "退錢", "complainant_name": "何嘉欣", "phone": "13922334455"}
    reply = chat.say("你好，我想投訴")
    assert "投诉" in reply
    seen: list[str | None] = []
    for _ in range(14):
        if "请核对" in reply:
            break
        field = asked(reply)
        assert field in answers, reply
        seen.append(field)
        reply = chat.say(answers[field])
    assert "请核对" in reply
    assert max(seen.count(field) for field in set(seen)) <= 2, seen  # no question asked a third time
    ticket_no = ticket_no_in(chat.say("確認"))
    [row] = tickets(stack, "ticket_no = ?", (ticket_no,))
    assert row["merchant_name"] in ("美家电器行", "美家電器行")
    assert float(row["amount"]) == 380 and "退款" in row["demand"]
    assert row["complainant_name"] == "何嘉欣" and row["phone"] == "13922334455"
    assert row["product"] in ("电热水壶", "電熱水壺")
    today = today_in_china()
    month = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=10)
    assert row["purchase_date"] == month.isoformat()
    tracker = chat.tracker()
    assert tracker["latest_message"]["text"] == "确认"  # what the actions read: the simplified text
    said = [e["text"] for e in tracker["events"] if e.get("event") == "user"]
    assert "你好，我想投訴" in said  # the conversation keeps what the consumer wrote
