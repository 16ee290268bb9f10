"""End to end: the summary survives what a consumer asks or adds before confirming it (a question about
the service or a ticket's progress, read as a status request; a question about rights; something added),
and "where is my ticket" after filing is answered. Our own wordings."""
import pytest

from e2e_testlib import Conversation, ticket_no_in, tickets

pytestmark = pytest.mark.e2e

OPENING = "我在淘宝买的台灯，店铺叫明亮灯饰旗舰店，上个月5号买的，花了二百六，插上电就冒烟，要求退货退款"


ANSWERS = [("商品", "台灯"), ("称呼", "我叫周静"), ("姓名", "我叫周静"), ("电话", "13722223333"),
           ("商家", "明亮灯饰旗舰店"), ("哪天", "上个月5号"), ("多少钱", "二百六"), ("解决", "退货退款")]


def at_summary(chat: Conversation) -> str:
    """The summary of a complaint told at once, whatever the form still asks answered."""
    reply = chat.say(OPENING)
    for _ in range(8):
        if "请核对" in reply:
            return reply
        reply = chat.say(next((a for cue, a in ANSWERS if cue in reply.splitlines()[-1]), "不知道"))
    raise AssertionError(reply)


@pytest.mark.parametrize("asked", ["这个投诉几天能有结果？", "刚才那个现在怎么样了", "我的投诉到哪一步了"])
def test_a_question_at_the_summary_is_answered_and_the_ticket_still_files(stack, asked):
    chat = Conversation(stack)
    at_summary(chat)
    reply = chat.say(asked)
    assert "还没有提交" in reply and "受理编号。" not in reply
    assert chat.form() is None and chat.slots()["awaiting_confirmation"] is True
    held = chat.slots()["purchase_date"]
    ticket_no = ticket_no_in(chat.say("确认提交"))
    [row] = tickets(stack, "ticket_no = ?", (ticket_no,))
    assert row["purchase_date"] == held and row["merchant_name"] == "明亮灯饰旗舰店"


def test_something_added_at_the_summary_is_filed_with_the_problem(stack):
    chat = Conversation(stack)
    at_summary(chat)
    reply = chat.say("补充一下，他们客服还把我拉黑了")
    assert "请核对" in reply and "拉黑" in reply and "依次问您" not in reply
    ticket_no = ticket_no_in(chat.say("确认提交"))
    [row] = tickets(stack, "ticket_no = ?", (ticket_no,))
    assert "冒烟" in row["problem"] and "拉黑" in row["problem"]


def test_a_rights_question_at_the_summary_offers_the_summary_again(stack):
    chat = Conversation(stack)
    at_summary(chat)
    reply = chat.say("这种情况商家应该赔多少？")
    assert "还没有提交" in reply and chat.slots()["awaiting_confirmation"] is True
    ticket_no_in(chat.say("确认提交"))
    assert len(tickets(stack, "conversation_id = ?", (chat.sender,))) == 1


def test_after_filing_the_number_is_told_and_a_bare_number_is_looked_up(stack):
    chat = Conversation(stack)
    at_summary(chat)
    ticket_no = ticket_no_in(chat.say("确认提交"))
    assert ticket_no in chat.say("我的编号是多少来着")
    other = Conversation(stack)
    assert "电话" in other.say(ticket_no)  # a number alone: its lookup starts, the phone asked
    lost = Conversation(stack)
    lost.say("我之前投诉的那个怎么样了")
    reply = lost.say("编号我忘了")
    assert "12315" in reply and lost.form() is None
