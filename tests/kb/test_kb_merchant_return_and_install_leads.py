"""Leads chosen by what the question tells (knowledge_base.answering._choose).

- A business asked about a refused return or a fine, telling of no claim against it, no fraud
  alleged and no multiple asked, is answered with the return rule (消法25), not with when three
  times is owed (the multiple's remedy, 消法55 / 处罚办法16, leads only where such a claim is told).
- A remedy on how a warranty's period is counted (三包期限自…起) opens no answer to a question
  that tells of no warranty and no time; one that asks about the period keeps it.
- An installation done badly is a breach of the contract to install (民法典577), of which the
  work contract's remedy (民法典781) is the special one: the lead quotes both.
"""
import pytest

from knowledge_base import answer

from tests.kb.kb_testlib import keys


@pytest.mark.parametrize("question", [
    "我们是卖家，顾客把衣服洗过了还要无理由退货，我们不同意，会被罚款吗",
    "我开网店卖鞋，买家穿了两天要七天无理由退货，鞋底都磨花了，我不给退，市场监管会罚我吗",
    "我在拼多多卖T恤，客人洗过了要退，我拒收退货，会不会被处罚",
])
def test_a_merchant_refusing_a_return_is_answered_on_the_return(kb, question):
    reply = answer(question)
    assert reply.side == "merchant", question
    opening = reply.summary[:120]
    assert "第二十五条" in opening, opening
    assert "欺诈" not in opening and "三倍" not in opening, opening
    assert "消费者权益保护法:25" in keys(reply), keys(reply)


@pytest.mark.parametrize("question", [
    "电视挂架是商场派来的人装的，装的时候把墙里的暗管打穿了，漏了一地水，商场不管",
    "油烟机是店里安排的安装工装的，钻孔的时候把燃气管碰坏了，店里说找安装工",
    "买空调送安装，安装工把窗框撬坏了，卖空调的说安装是外包公司的事",
])
def test_an_installation_done_badly_quotes_the_contract_and_the_work_rule(kb, question):
    reply = answer(question)
    assert reply.dispute_type == "installation_repair_delay", (question, reply.dispute_type)
    assert {"民法典:577", "民法典:781"} <= set(keys(reply)), keys(reply)
    assert "三包期限" not in reply.summary[:60], reply.summary[:120]


@pytest.mark.parametrize("question", [
    "空调安装完三个月就坏了，三包从哪天开始算",
    "热水器装好以后保修期从什么时候起算，修的那几天算不算在里面",
    "燃气灶要上门安装，三包是从买的那天还是装好那天算",
])
def test_a_question_on_the_warranty_period_keeps_its_rule(kb, question):
    assert "消费者权益保护法实施条例:18" in keys(answer(question)), question
