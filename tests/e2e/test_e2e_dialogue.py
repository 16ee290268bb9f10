"""End to end: the real backend, action server and Rasa server on free loopback ports,
conversations through Rasa's REST channel, tickets checked in the database."""
import datetime as dt
import sqlite3
import tempfile
import uuid
from pathlib import Path

import pytest
import requests

from complaint.extract import today_in_china
from tools.stack import ROOT, Stack, free_port, settings

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="session")
def stack():
    if not list((ROOT / "models").glob("*.tar.gz")):
        pytest.fail("no trained model in models/: run `make train`")
    tmp = Path(tempfile.mkdtemp(prefix="e2e-dialogue-"))
    env = settings({
        "RASA_PORT": str(free_port()),
        "ACTIONS_PORT": str(free_port()),
        "BACKEND_PORT": str(free_port()),
        "RASA_TOKEN": "e2e-dialogue-token",
        "BACKEND_SERVICE_TOKEN": "e2e-dialogue-service-token",
        "DATABASE_URL": f"sqlite:///{tmp / 'complaints.db'}",
        "OUTBOX_PATH": str(tmp / "outbox.db"),
        "FILING_RETRIES": "0",
        "FILING_TIMEOUT_S": "3",
        "RASA_TELEMETRY_ENABLED": "false",
        "TF_CPP_MIN_LOG_LEVEL": "2",
    })
    running = Stack(env, tmp)
    try:
        for name in ("backend", "actions", "rasa"):
            running.start(name, timeout=300)
        running.db_path = tmp / "complaints.db"
        yield running
    finally:
        running.stop_all()


class Conversation:
    def __init__(self, stack, channel=None):
        self.stack = stack
        self.sender = f"e2e-{uuid.uuid4().hex[:12]}"
        self.metadata = {"channel": channel} if channel else None

    def say(self, text: str) -> str:
        body = {"sender": self.sender, "message": text}
        if self.metadata:
            body["metadata"] = self.metadata
        r = requests.post(f"{self.stack.env['RASA_URL']}/webhooks/rest/webhook", json=body, timeout=120)
        r.raise_for_status()
        return "\n".join(m.get("text", "") for m in r.json())

    def slots(self) -> dict:
        r = requests.get(f"{self.stack.env['RASA_URL']}/conversations/{self.sender}/tracker",
                         params={"token": self.stack.env["RASA_TOKEN"]}, timeout=30)
        r.raise_for_status()
        return r.json()["slots"]


def tickets(stack, where: str = "1=1", params=()) -> list[dict]:
    with sqlite3.connect(stack.db_path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(f"SELECT * FROM tickets WHERE {where}", params)]


def ticket_no_in(reply: str) -> str:
    import re
    m = re.search(r"(TS|JB)\d{8}-\d{6}", reply)
    assert m, reply
    return m.group(0)


def test_greeting_says_what_the_assistant_can_do(stack):
    reply = Conversation(stack).say("你好")
    assert "您好" in reply
    for capability in ("投诉", "举报", "法律", "查询"):
        assert capability in reply


@pytest.mark.parametrize("question", ["消费者有哪些权利", "电视机自燃了能索赔吗"])
def test_law_questions_quote_articles_7_and_11(stack, question):
    reply = Conversation(stack).say(question)
    assert "《消费者权益保护法》第七条" in reply
    assert "消费者在购买、使用商品和接受服务时享有人身、财产安全不受损害的权利" in reply
    assert "《消费者权益保护法》第十一条" in reply
    assert "消费者因购买、使用商品或者接受服务受到人身、财产损害的，享有依法获得赔偿的权利" in reply


def plain_complaint(chat: Conversation, phone: str) -> tuple[str, str]:
    """(first reply, summary) of a complaint answered question by question."""
    first = chat.say("我要投诉")
    for answer in ("在国美买的冰箱不制冷，找售后也不管", "宜宾市翠屏区人民路3号", "昨天", "两千八", "换货", "李明"):
        chat.say(answer)
    return first, chat.say(phone)


def test_plain_complaint_is_filed_and_stored(stack):
    chat = Conversation(stack)
    first, summary = plain_complaint(chat, "0831-2345678")
    assert "问题" in first
    assert "请核对" in summary and "2,800 元" in summary
    reply = chat.say("确认")
    ticket_no = ticket_no_in(reply)
    assert "7个工作日" in reply
    [row] = tickets(stack, "ticket_no = ?", (ticket_no,))
    assert row["merchant_name"] == "国美"
    assert row["problem"] == "在国美买的冰箱不制冷，找售后也不管"
    assert row["phone"].replace("-", "") == "08312345678"  # the backend keeps digits only
    assert row["type"] == "complaint"
    # a repeated confirmation files nothing more
    chat.say("确认")
    assert len(tickets(stack, "conversation_id = ?", (chat.sender,))) == 1


def test_a_landline_with_extension_files(stack):
    """Whatever phone the dialogue accepts, the backend accepts (one rule: complaint.extract.phone)."""
    chat = Conversation(stack)
    summary = plain_complaint(chat, "座机0831-2345678转123")[1]
    assert "0831-2345678-123" in summary
    [row] = tickets(stack, "ticket_no = ?", (ticket_no_in(chat.say("确认")),))
    assert row["phone"] == "08312345678-123"


def test_a_summary_that_lost_a_field_is_not_filed_and_the_form_asks_for_it(stack):
    """Should a field be gone by the time the consumer confirms (a turn replayed on another
    instance, say), nothing incomplete reaches the backend: the form asks again."""
    chat = Conversation(stack)
    assert "请核对" in plain_complaint(chat, "13912345678")[1]
    r = requests.post(f"{stack.env['RASA_URL']}/conversations/{chat.sender}/tracker/events",
                      params={"token": stack.env["RASA_TOKEN"]},
                      json=[{"event": "slot", "name": "phone", "value": None}], timeout=30)
    r.raise_for_status()
    reply = chat.say("确认")
    assert "还缺少：联系电话" in reply and "电话" in reply.split("还缺少：联系电话", 1)[1], reply
    assert tickets(stack, "conversation_id = ?", (chat.sender,)) == []
    assert "请核对" in chat.say("13912345679")
    ticket_no = ticket_no_in(chat.say("确认"))
    [row] = tickets(stack, "ticket_no = ?", (ticket_no,))
    assert row["phone"] == "13912345679" and row["complainant_name"] == "李明"


def test_rich_opening_complaint_stores_every_field(stack):
    chat = Conversation(stack, channel="wechat")
    turns = 0

    def say(text):
        nonlocal turns
        turns += 1
        return chat.say(text)

    first = say("我2月6号在宜宾鑫源家电城花3999买的电视自燃了，订单号是XY20260206001")
    # the opening stated date, merchant, amount and product: none of them is asked
    for asked in ("哪天", "多少钱", "哪家商家", "哪件商品"):
        assert asked not in first
    assert "地址" in first
    say("宜宾市翠屏区长江大道18号")
    say("退货并赔偿")
    say("我叫张三")
    summary = say("139 1234 5678")
    assert "请核对" in summary
    ticket_no = ticket_no_in(say("确认提交"))
    assert turns <= 6

    [row] = tickets(stack, "ticket_no = ?", (ticket_no,))
    today = today_in_china()
    year = today.year if (today.month, today.day) >= (2, 6) else today.year - 1
    expected = {
        "type": "complaint",
        "channel": "wechat",
        "conversation_id": chat.sender,
        "complainant_name": "张三",
        "phone": "13912345678",
        "merchant_name": "宜宾鑫源家电城",
        "merchant_address": "宜宾市翠屏区长江大道18号",
        "product": "电视",
        "purchase_date": dt.date(year, 2, 6).isoformat(),
        "problem": "我2月6号在宜宾鑫源家电城花3999买的电视自燃了，订单号是XY20260206001",
        "demand": "退货、赔偿",
        "order_no": "XY20260206001",
        "anonymous": 0,
    }
    assert {k: row[k] for k in expected} == expected
    assert float(row["amount"]) == 3999.0
    assert row["idempotency_key"].startswith(chat.sender + ":")


def test_correction_and_law_digression_then_filed(stack):
    chat = Conversation(stack)
    chat.say("上周三在京东买了一台小米手机，用了两天就黑屏了，花了两千八百元，要求退货")
    law = chat.say("手机坏了能换新的吗")
    # answered, then the form asks for the shop: 京东 is where it sells, not who sold it
    assert "《" in law and "商家" in law
    chat.say("网店，京东小米官方旗舰店")
    chat.say("京东上的网店")
    chat.say("王芳")
    summary = chat.say("13800138000")
    assert "13800138000" in summary
    corrected = chat.say("电话写错了，是13900139000")
    assert "13900139000" in corrected and "请核对" in corrected
    ticket_no = ticket_no_in(chat.say("确认"))
    [row] = tickets(stack, "ticket_no = ?", (ticket_no,))
    assert row["phone"] == "13900139000"
    assert (row["merchant_name"], row["platform"]) == ("小米官方旗舰店", "京东")
    assert float(row["amount"]) == 2800.0


def test_anonymous_report(stack):
    chat = Conversation(stack)
    chat.say("我要举报")
    chat.say("康乐药房卖假药")
    chat.say("宜宾市翠屏区老街12号")
    summary = chat.say("匿名")
    assert "请核对" in summary and "匿名" in summary
    reply = chat.say("确认")
    ticket_no = ticket_no_in(reply)
    assert ticket_no.startswith("JB")
    [row] = tickets(stack, "ticket_no = ?", (ticket_no,))
    assert row["type"] == "report" and row["anonymous"] == 1
    assert row["complainant_name"] is None and row["phone"] is None
    assert "假药" in row["problem"]


def test_cancel_files_nothing(stack):
    chat = Conversation(stack)
    chat.say("我要投诉")
    assert "取消" in chat.say("算了，不投诉了")
    assert tickets(stack, "conversation_id = ?", (chat.sender,)) == []


def test_status_check_with_ticket_number_and_phone(stack):
    chat = Conversation(stack)
    chat.say("我2月6号在宜宾鑫源家电城花3999买的电视自燃了")
    chat.say("宜宾市翠屏区长江大道18号")
    chat.say("赔偿")
    chat.say("赵六")
    chat.say("13712345678")
    ticket_no = ticket_no_in(chat.say("确认"))
    chat.say("查询进度")
    chat.say(ticket_no)
    reply = chat.say("13712345678")
    assert ticket_no in reply and "状态" in reply
    # the wrong phone reveals nothing
    other = Conversation(stack)
    other.say("查一下投诉进度")
    other.say(ticket_no)
    assert "没有查到" in other.say("13700000000")


def test_filing_while_the_backend_is_down_is_delivered_later(stack):
    chat = Conversation(stack)
    chat.say("我昨天在永辉超市买的牛奶过期了，花了56元")
    chat.say("宜宾市翠屏区西街8号")
    chat.say("退款")
    chat.say("孙七")
    chat.say("13612345678")
    stack.stop("backend")
    try:
        reply = chat.say("确认")
        assert "已经收到" in reply
        assert chat.slots()["pending_submission"]
    finally:
        stack.start("backend")
    reply = chat.say("好的，谢谢")
    ticket_no = ticket_no_in(reply)
    [row] = tickets(stack, "ticket_no = ?", (ticket_no,))
    assert row["merchant_name"] == "永辉超市" and float(row["amount"]) == 56.0
    chat.say("嗯")
    assert len(tickets(stack, "conversation_id = ?", (chat.sender,))) == 1


def handoffs(stack, conversation_id: str) -> list[dict]:
    import json
    with sqlite3.connect(stack.db_path) as conn:
        conn.row_factory = sqlite3.Row
        rows = [dict(r) for r in conn.execute("SELECT * FROM console_handoffs WHERE conversation_id = ?",
                                              (conversation_id,))]
    for row in rows:
        row["transcript"], row["draft"] = json.loads(row["transcript"]), json.loads(row["draft"] or "{}")
    return rows


def test_human_handoff_mid_form_reaches_the_backend_queue(stack):
    chat = Conversation(stack, channel="telegram")
    chat.say("我要投诉")
    chat.say("在国美买的冰箱不制冷，找售后也不管")
    reply = chat.say("转人工")
    assert "人工坐席" in reply and "这个对话里回复" in reply and "12315" in reply
    [row] = handoffs(stack, chat.sender)
    assert row["channel"] == "telegram" and row["reason"] == "human_handoff" and row["status"] == "open"
    assert {"speaker": "user", "text": "我要投诉"} in [{k: line[k] for k in ("speaker", "text")}
                                                      for line in row["transcript"]]
    assert row["draft"]["merchant_name"] == "国美" and row["draft"]["product"] == "冰箱"
    # the conversation goes on after the handoff
    assert "问题" in chat.say("我要投诉")


def test_evidence_payload_is_acknowledged_inside_and_outside_the_form(stack):
    chat = Conversation(stack)
    assert "会附到" in chat.say("/inform_evidence")
    chat.say("我要投诉")
    reply = chat.say("/inform_evidence")
    assert "已收到您的凭证" in reply and "问题" in reply  # acknowledged, then the form asks again
    assert chat.slots()["evidence"] == "已上传1份照片或文件"


def test_odr_merchant_asks_consent_and_files_with_odr_due(stack):
    from backend.schemas import merchant_key
    with sqlite3.connect(stack.db_path) as conn:
        conn.execute("INSERT OR IGNORE INTO odr_merchants (name, name_key, is_active, created_at) "
                     "VALUES (?, ?, 1, ?)", ("宜宾星光电器城", merchant_key("宜宾星光电器城"), dt.datetime.now().isoformat()))
    chat = Conversation(stack)
    chat.say("我2月6号在宜宾星光电器城花3999买的电视自燃了")
    chat.say("宜宾市翠屏区长江大道18号")
    chat.say("退货")
    chat.say("我叫张三")
    question = chat.say("13912345678")
    assert "ODR" in question and "10个工作日" in question
    summary = chat.say("同意")
    assert "请核对" in summary and "先由商家处理：同意" in summary
    reply = chat.say("确认提交")
    ticket_no = ticket_no_in(reply)
    [row] = tickets(stack, "ticket_no = ?", (ticket_no,))
    assert row["odr_consent"] == 1 and row["status"] == "merchant_handling"
    due = dt.date.fromisoformat(row["odr_due"])
    assert f"{due.year}年{due.month}月{due.day}日前" in reply and "商家会先行处理" in reply
