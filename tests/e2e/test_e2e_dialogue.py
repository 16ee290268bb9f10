"""End to end: the real backend, action server and Rasa server on free loopback ports,
conversations through Rasa's REST channel, tickets checked in the database."""
import datetime as dt
import sqlite3

import pytest
import requests

from complaint.extract import today_in_china
from e2e_testlib import Conversation, ticket_no_in, tickets

pytestmark = pytest.mark.e2e


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
    """(first reply, summary) of a complaint answered question by question (a chain named
    without its branch in the story is asked which shop)."""
    first = chat.say("我要投诉")
    for answer in ("在国美买的冰箱不制冷，找售后也不管", "国美电器（翠屏店）", "宜宾市翠屏区人民路3号", "昨天",
                   "两千八", "换货", "李明"):
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
    assert row["merchant_name"] == "国美电器（翠屏店）"
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
    # another chat (the consumer on another day) gives the number and the phone
    later = Conversation(stack)
    later.say("查询进度")
    later.say(ticket_no)
    reply = later.say("13712345678")
    assert ticket_no in reply and "状态" in reply
    # the wrong phone reveals nothing
    other = Conversation(stack)
    other.say("查一下投诉进度")
    other.say(ticket_no)
    assert "没有查到" in other.say("13700000000")


def anonymous_report(chat: Conversation, problem: str, address: str) -> str:
    """Files an anonymous report in this chat; its number."""
    for said in ("我要举报", problem, address, "匿名"):
        chat.say(said)
    return ticket_no_in(chat.say("确认"))


@pytest.mark.parametrize("ask", ["我刚才那个投诉处理得怎么样了", "查询进度", "帮我查查进度"])
def test_the_ticket_filed_in_the_same_chat_is_looked_up_without_number_or_phone(stack, ask):
    chat = Conversation(stack)
    ticket_no = anonymous_report(chat, "红星超市卖过期面包", "宜宾市叙州区南岸街道金沙路8号")
    reply = chat.say(ask)
    assert f"编号 {ticket_no} 当前状态" in reply and "已提交" in reply
    assert chat.form() is None  # nothing asked: neither the number nor a phone an anonymous report never had
    # a number filed elsewhere is still asked with its phone, never answered by this chat
    elsewhere = Conversation(stack)
    elsewhere.say("查询进度")
    assert "电话" in elsewhere.say(ticket_no)


def test_a_status_question_while_registering_again_answers_for_the_ticket_filed_before(stack):
    chat = Conversation(stack)
    ticket_no = anonymous_report(chat, "好又多超市卖三无辣条", "宜宾市翠屏区人民路12号")
    chat.say("我还要投诉一家店")
    reply = chat.say("对了我刚才那个举报有进展了吗")
    assert f"编号 {ticket_no} 当前状态" in reply and "接着登记" in reply


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
    chat.say("在国美电器（翠屏店）买的冰箱不制冷，找售后也不管")
    reply = chat.say("转人工")
    assert "人工坐席" in reply and "这个对话里回复" in reply and "12315" in reply
    [row] = handoffs(stack, chat.sender)
    assert row["channel"] == "telegram" and row["reason"] == "human_handoff" and row["status"] == "open"
    assert {"speaker": "user", "text": "我要投诉"} in [{k: line[k] for k in ("speaker", "text")}
                                                      for line in row["transcript"]]
    assert row["draft"]["merchant_name"] == "国美电器（翠屏店）" and row["draft"]["product"] == "冰箱"
    # the conversation goes on after the handoff
    assert "问题" in chat.say("我要投诉")


def test_what_is_said_after_a_hand_over_goes_to_the_person(stack):
    chat = Conversation(stack)
    chat.say("我要投诉")
    chat.say("在苏宁易购（万达店）买的洗衣机漏水")
    assert "人工坐席" in chat.say("转人工")
    # an answer to no question, after the hand-over: for the person, not "登记投诉、举报，还是查询"
    reply = chat.say("那家店在万达广场一楼")
    assert "请问您是想登记" not in reply and "人工坐席" in reply
    [row] = handoffs(stack, chat.sender)
    assert "那家店在万达广场一楼" in [line["text"] for line in row["transcript"]]
    assert "请问您是想登记" not in chat.say("13812345678")
    # a new registration leaves the hand-over behind
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
                     "VALUES (?, ?, 1, ?)",
                     ("宜宾星光电器城", merchant_key("宜宾星光电器城"), dt.datetime.now().isoformat()))
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


# ---------------------------------------------------------------- the question asked first, no loops

class Watched(Conversation):
    """A conversation that records, after each turn, which field the form waits for."""

    def __init__(self, stack, channel=None):
        super().__init__(stack, channel)
        self.asked: list[str | None] = []

    def say(self, text: str) -> str:
        reply = super().say(text)
        tracker = self.tracker()
        loop = (tracker.get("active_loop") or {}).get("name")
        self.asked.append(tracker["slots"].get("requested_slot") if loop else None)
        return reply

    def longest_run(self) -> int:
        """The most times in a row one question was waiting after the bot spoke."""
        run, best, last = 0, 0, None
        for slot in self.asked:
            run = run + 1 if slot and slot == last else (1 if slot else 0)
            best, last = max(best, run), slot
        return best


# the words of each form question (bot/domain) -> the field it asks for
QUESTION_WORDS = [("遇到了什么问题", "problem"), ("违法违规", "problem"), ("您看到的情况", "problem"),
                  ("具体说说经过", "problem"),
                  ("哪件商品", "product"),
                  ("哪家商家", "merchant_name"), ("地址", "merchant_address"), ("哪天", "purchase_date"),
                  ("多少钱", "amount"), ("怎么解决", "demand"), ("匿名举报吗", "anonymous"),
                  ("称呼", "complainant_name"), ("电话", "phone")]


def asked_field(reply: str) -> str | None:
    last = reply.strip().splitlines()[-1] if reply.strip() else ""
    return next((field for words, field in QUESTION_WORDS if words in last), None)


def answer_until_summary(chat, reply: str, answers: dict[str, str], turns: int = 12) -> str:
    """Answers each question the bot asks from `answers` until the summary shows."""
    for _ in range(turns):
        if "请核对" in reply:
            return reply
        field = asked_field(reply)
        assert field in answers, reply
        reply = chat.say(answers[field])
    return reply


def test_a_demand_that_cites_the_law_answers_the_demand(stack):
    chat = Watched(stack)
    reply = chat.say("我在苏宁买的空气炸锅，用第二次就冒黑烟了")
    # a headline (what went wrong, not what the shop did about it): the course is asked once
    answers = {"problem": "冒烟以后找门店，店员说要寄回厂家检测，等了半个月没消息",
               "merchant_name": "苏宁易购（高升桥店）", "merchant_address": "成都市武侯区高升桥东路12号",
               "purchase_date": "上个月15号", "amount": "四百九十九",
               "complainant_name": "周晓梅", "phone": "15283312345"}
    while asked_field(reply) != "demand":
        reply = chat.say(answers[asked_field(reply)])
    reply = chat.say("退货，另外按规定赔偿我的损失")
    assert "《" not in reply and asked_field(reply) == "complainant_name"  # the demand taken: no law quote
    assert "请核对" in answer_until_summary(chat, reply, answers)
    ticket_no = ticket_no_in(chat.say("确认"))
    [row] = tickets(stack, "ticket_no = ?", (ticket_no,))
    assert "退货" in row["demand"] and "赔偿" in row["demand"]
    assert chat.longest_run() <= 2, chat.asked


def test_questions_in_between_never_bring_one_question_a_third_time(stack):
    chat = Watched(stack)
    reply = chat.say("我要投诉，健身房办的年卡，老板突然把店关了")
    answers = {"problem": "上周去门口贴了停业通知，老板电话打不通，卡里还有八个月没用",
               "product": "年卡", "merchant_name": "力健健身会所", "merchant_address": "宜宾市南溪区江南大道66号",
               "amount": "3680", "demand": "退还剩下的卡费", "complainant_name": "罗文", "phone": "13881112233",
               "purchase_date": "今年3月2号"}
    while asked_field(reply) != "purchase_date":
        reply = chat.say(answers[asked_field(reply)])
    first = chat.say("这种情况商家要承担什么责任？")
    assert "《" in first and asked_field(first) == "purchase_date"  # answered, then the date asked again
    second = chat.say("老板跑路了还能要回钱吗？")
    assert "《" in second and asked_field(second) not in (None, "purchase_date")  # not a third time
    # the other questions first, then the date once more at the end
    assert "请核对" in answer_until_summary(chat, second, answers)
    ticket_no = ticket_no_in(chat.say("确认"))
    [row] = tickets(stack, "ticket_no = ?", (ticket_no,))
    assert row["purchase_date"].endswith("-03-02") and float(row["amount"]) == 3680.0
    assert chat.longest_run() <= 2, chat.asked


def test_a_last_answer_not_understood_twice_goes_to_a_person_once(stack):
    chat = Watched(stack)
    reply = chat.say("昨天在华联超市买的酸奶是过期的，花了12块")
    answers = {"merchant_address": "宜宾市翠屏区东街3号", "demand": "退款", "complainant_name": "孙晓"}
    while asked_field(reply) != "phone":
        reply = chat.say(answers[asked_field(reply)])
    assert "号码好像不对" in chat.say("1398")
    handed = chat.say("138 13")
    assert "人工坐席" in handed or "12315" in handed
    assert asked_field(handed) is None  # the question is not asked a third time
    [row] = handoffs(stack, chat.sender)
    assert row["reason"] == "gave_up" and row["draft"]["merchant_name"] == "华联超市"
    assert chat.asked[-1] is None and chat.longest_run() <= 2
    assert tickets(stack, "conversation_id = ?", (chat.sender,)) == []


def test_a_named_report_becomes_anonymous_when_name_and_phone_are_refused(stack):
    """A reporter who chose a named report and then withholds the name is asked the phone (a report
    with a phone and no name can still be answered, as the simulated consumers who keep a phone
    expect); refusing the phone too makes it anonymous, and it files without either."""
    chat = Watched(stack)
    reply = chat.say("我想举报一家超市")
    answers = {"merchant_name": "福万家超市", "merchant_address": "成都市金牛区交大路88号",
               "problem": "卖的鸡蛋标着土鸡蛋，其实是普通鸡蛋", "anonymous": "实名"}
    while asked_field(reply) != "complainant_name":
        reply = chat.say(answers[asked_field(reply)])
    assert asked_field(chat.say("名字就不留了")) == "phone"
    summary = chat.say("电话也不留了")
    assert "请核对" in summary and "匿名" in summary
    assert "投诉" not in summary and "真实姓名" not in summary
    ticket_no = ticket_no_in(chat.say("确认"))
    [row] = tickets(stack, "ticket_no = ?", (ticket_no,))
    assert row["type"] == "report" and row["anonymous"] == 1 and row["complainant_name"] is None
    assert handoffs(stack, chat.sender) == []


def test_a_report_made_anonymous_at_its_summary_drops_name_and_phone(stack):
    chat = Watched(stack)
    reply = chat.say("举报一家药店卖过期的感冒药")  # a label only: what was seen is asked once
    answers = {"merchant_name": "仁和堂大药房", "merchant_address": "宜宾市叙州区南岸西路9号",
               "problem": "上周在那买的感冒药，回家一看已经过期三个月了", "anonymous": "实名举报",
               "complainant_name": "杜建华",
               "phone": "13990012345"}
    assert "杜建华" in answer_until_summary(chat, reply, answers)
    summary = chat.say("我还是匿名好了")
    assert "匿名" in summary and "请核对" in summary and "杜建华" not in summary
    ticket_no = ticket_no_in(chat.say("确认"))
    [row] = tickets(stack, "ticket_no = ?", (ticket_no,))
    assert row["anonymous"] == 1 and row["complainant_name"] is None and row["phone"] is None


def test_nothing_paid_and_a_one_word_demand_are_answers(stack):
    chat = Watched(stack)
    reply = chat.say("我要投诉，宽带装好三天就断网，师傅一直不上门")
    # a headline that says what the business did: only the course is asked, once
    assert "具体说说经过" in reply and "怎么答复" not in reply
    answers = {"problem": "装好第三天晚上就断了，打了四次客服电话都说派师傅，到现在没人来",
               "product": "宽带", "merchant_name": "中国电信", "merchant_address": "宜宾市翠屏区蜀南大道2号营业厅",
               "purchase_date": "上周一", "amount": "没花钱，是免费送的", "demand": "修", "complainant_name": "许建",
               "phone": "13700998877"}
    assert "请核对" in answer_until_summary(chat, reply, answers)
    ticket_no = ticket_no_in(chat.say("确认"))
    [row] = tickets(stack, "ticket_no = ?", (ticket_no,))
    assert float(row["amount"] or 0) == 0 and row["demand"] == "维修"
    assert "师傅一直不上门" in row["problem"] and "四次" in row["problem"]  # the headline and its course
    assert chat.longest_run() <= 2, chat.asked


def test_a_whole_complaint_in_one_message_files_every_field_whatever_it_was_read_as(stack):
    # a long story with a phone number may be read as a status question: the form still opens with all of it
    chat = Watched(stack)
    reply = chat.say("在快手直播间买的和田玉吊坠 主播说是籽料 拿去检测是山料染色的 商家不认账 我要投诉 "
                     "店铺叫玉满堂精品 花了2280 上个月8号买的 要退货退款还要三倍赔偿 我叫邱文静 电话15908812345")
    assert "受理编号" not in reply and "登记投诉" in reply
    answers = {"merchant_address": "快手上的网店", "product": "和田玉吊坠"}
    assert "请核对" in answer_until_summary(chat, reply, answers)
    ticket_no = ticket_no_in(chat.say("确认"))
    [row] = tickets(stack, "ticket_no = ?", (ticket_no,))
    assert row["merchant_name"] == "玉满堂精品" and float(row["amount"]) == 2280
    assert row["complainant_name"] == "邱文静" and row["phone"] == "15908812345"
    assert "三倍赔偿" in row["demand"] and "退货" in row["demand"]
    assert "染色" in row["problem"]


def test_a_decoration_complaint_that_mentions_the_neighbours_is_filed_with_its_story(stack):
    chat = Watched(stack)
    reply = chat.say("装修队给我家阳台做的防水漏了 楼下邻居家墙面全发霉了 装修公司一直拖着不来修 我要投诉")
    assert "不属于消费纠纷" not in reply
    if "想跟您确认" in reply:
        reply = chat.say("/file_complaint")
    assert chat.slots()["problem"] and "防水" in chat.slots()["problem"]
    assert "遇到了什么问题" not in reply


def test_a_name_said_surname_first_and_a_ten_fold_demand_are_taken(stack):
    chat = Watched(stack)
    reply = chat.say("我要投诉，在超市买的速冻饺子过期了半个月")
    answers = {"problem": "煮的时候才看到保质期已经过了半个月，拿回超市，店员说售出不退",
               "merchant_name": "佳佳乐超市", "merchant_address": "宜宾市南溪区滨江路8号", "product": "速冻饺子",
               "purchase_date": "前天", "amount": "三十九块", "demand": "十倍赔偿",
               "complainant_name": "免贵姓廖 叫廖春梅", "phone": "13881234567"}
    summary = answer_until_summary(chat, reply, answers)
    assert "廖春梅" in summary and "十倍赔偿" in summary
    reply = chat.say("诉求还要加上赔礼道歉")
    assert "十倍赔偿" in reply and "赔礼道歉" in reply
    ticket_no = ticket_no_in(chat.say("确认"))
    [row] = tickets(stack, "ticket_no = ?", (ticket_no,))
    # (a ten-fold claim implies the price back: 食品安全法148 pays the multiple besides the loss, b4c512e)
    assert row["complainant_name"] == "廖春梅" and row["demand"] == "退款、十倍赔偿、赔礼道歉"
    assert chat.longest_run() <= 2, chat.asked


def test_an_opening_question_about_rights_is_answered_and_its_story_not_asked_again(stack):
    chat = Watched(stack)
    # read as a law question or as a complaint, the question is answered and nothing asked twice
    for text in ("干洗店把我新买的真丝裙子洗褪色了 店里只肯退洗衣费 这合理吗",
                 "快递把我寄的相机摔坏了 值两千多 快递公司只肯赔200 合理吗"):
        chat = Watched(stack)
        reply = chat.say(text)
        assert "《" in reply and "遇到了什么问题" not in reply
        if chat.slots()["requested_slot"]:  # the registration goes on with the story told
            assert chat.slots()["problem"] == text and "回复“我要投诉”" not in reply
    asking = Watched(stack)
    reply = asking.say("网购的电饭煲收到才发现型号不对 退回去的运费该谁出 我只是想问问")
    assert "《" in reply and asking.slots()["requested_slot"] is None and asking.slots()["problem"] is None


def test_a_complaint_that_asks_for_anonymity_goes_on_as_an_anonymous_report_and_files(stack):
    """"匿名的" at the name question: the consumer is told what a complaint needs and offered the
    anonymous report (never switched unasked); taking it, the complaint becomes an anonymous report
    with what was told kept, filed without a name or phone."""
    chat = Conversation(stack)
    chat.say("我要投诉")
    for answer in ("在超市买的牛奶过期了还在卖", "牛奶", "华联超市（东门店）", "宜宾市翠屏区东街5号", "昨天", "12块",
                   "退款"):
        chat.say(answer)
    offered = chat.say("不想留名 匿名的")
    assert "改为匿名举报" in offered and "请核对" not in offered
    switched = chat.say("改为匿名举报")
    assert "匿名举报" in switched
    reply = switched
    for _ in range(4):  # whatever the report still needs (what the merchant did), then the summary
        if "请核对" in reply:
            break
        reply = chat.say("卖过期牛奶")
    summary = reply[reply.find("请核对以下举报信息"):]
    assert summary and "· 姓名" not in summary and "· 联系电话" not in summary
    [row] = tickets(stack, "ticket_no = ?", (ticket_no_in(chat.say("确认")),))
    assert row["type"] == "report" and row["merchant_name"] == "华联超市（东门店）" and not row["phone"]


def test_two_corrections_while_the_last_question_waits_then_the_answer_files(stack):
    chat = Conversation(stack)
    chat.say("我要投诉")
    for answer in ("在国美买的冰箱不制冷，找售后也不管", "国美电器（翠屏店）", "宜宾市翠屏区人民路3号", "昨天",
                   "两千八", "换货", "李明"):
        chat.say(answer)
    assert "苏宁易购（翠屏店）" in chat.say("哦对了店名写错了 是苏宁易购（翠屏店）")
    assert "人工" not in chat.say("地址也不对 是宜宾市翠屏区西街5号")
    assert "请核对" in chat.say("13912345678")
    [row] = tickets(stack, "ticket_no = ?", (ticket_no_in(chat.say("确认")),))
    assert row["merchant_name"] == "苏宁易购（翠屏店）" and row["merchant_address"] == "宜宾市翠屏区西街5号"


def test_thanks_at_the_summary_never_end_it_silently(stack):
    """Issue 16: accepting words said with thanks file the summary once; thanks alone file nothing, the
    consumer hears it is not yet submitted, a goodbye after that keeps it, and "确认" later still files it."""
    chat = Conversation(stack)
    plain_complaint(chat, "13912340001")
    ticket_no = ticket_no_in(chat.say("可以的，多谢您了"))
    assert [row["ticket_no"] for row in tickets(stack, "conversation_id = ?", (chat.sender,))] == [ticket_no]

    chat = Conversation(stack)
    plain_complaint(chat, "13912340002")
    first = chat.say("多谢")
    assert "还没有提交" in first and "确认提交" in first
    second = chat.say("再见")
    assert "保留" in second and "确认提交" in second and second != first
    assert tickets(stack, "conversation_id = ?", (chat.sender,)) == []
    ticket_no_in(chat.say("确认"))
    assert len(tickets(stack, "conversation_id = ?", (chat.sender,))) == 1


def test_a_complaint_that_also_wants_the_shop_punished_files_one_complaint_with_its_investigation(stack):
    """"退钱 还要让他们受处罚" first: one complaint, the consumer told that 查处 goes into the demand, filed with it."""
    chat = Watched(stack)
    reply = chat.say("在便利店买的酸奶过期半个月了 钱要退给我 还要让监管部门罚他们")
    assert "查处" in reply and "投诉" in reply
    answers = {"product": "酸奶", "merchant_name": "好邻居便利店", "merchant_address": "济南市历下区泉城路20号",
               "purchase_date": "昨天", "amount": "十二块", "demand": "退款", "complainant_name": "韩冬梅",
               "phone": "13705318899"}
    summary = answer_until_summary(chat, reply, answers)
    assert "请核对" in summary and "查处" in summary
    [row] = tickets(stack, "ticket_no = ?", (ticket_no_in(chat.say("确认")),))
    assert row["type"] == "complaint" and "退款" in row["demand"] and "查处" in row["demand"]


def test_anonymity_said_as_giving_up_the_phone_keeps_the_report(stack):
    """"唉算了 电话也不给了 就匿名吧" when a named report asks the phone: the report goes on anonymous, to its summary
    (it had been cancelled, and the consumer started over until the turn cap)."""
    chat = Watched(stack)
    reply = chat.say("我要举报一家足疗店无证经营")
    answers = {"merchant_name": "悦康足道", "merchant_address": "保定市竞秀区东风中路66号",
               "problem": "店里说能治腰椎病 给人做针灸 没有医疗资质", "anonymous": "实名", "complainant_name": "付强"}
    while asked_field(reply) != "phone":
        reply = chat.say(answers[asked_field(reply)])
    summary = chat.say("唉算了 电话也不给了 就匿名吧")
    assert "请核对" in summary and "匿名" in summary and "取消" not in summary.split("请核对")[0]
    [row] = tickets(stack, "ticket_no = ?", (ticket_no_in(chat.say("确认")),))
    assert row["type"] == "report" and row["anonymous"] == 1 and row["complainant_name"] is None


def test_a_question_first_then_filing_keeps_what_the_question_told(stack):
    """A law question that tells the story ("…我办的次卡2000块…") answered, then "那就投诉吧": the complaint
    opens with the story and the sum told, never asked again."""
    chat = Watched(stack)
    chat.say("游泳馆突然关门了怎么办 我办的次卡2000块才用了三次")
    reply = chat.say("那就投诉吧")
    answers = {"product": "游泳次卡", "merchant_name": "浪花游泳馆", "merchant_address": "石家庄市长安区中山东路9号",
               "purchase_date": "今年8月20号", "demand": "退还剩下的钱", "complainant_name": "邵文静",
               "phone": "13932115566"}
    summary = answer_until_summary(chat, reply, answers)
    assert "amount" not in chat.asked
    assert "请核对" in summary and "2,000 元" in summary and "关门" in summary
