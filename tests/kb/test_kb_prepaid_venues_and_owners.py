"""Money paid ahead to a venue, as the facts tell it (issue 17, found by an explorer acting as a
new user): a card asked back with only "能退吗" is a prepaid card; a gym, pool or salon that
closed for a refit, shut or moved is answered with what a business that stops owes its card
holders (条例21/22, 消法53), not a work contract's rule; a new owner who will not honour the
cards with the transfer rules (预付式消费解释13, 民法典555); the punitive damages of a business that
ran off (预付式消费解释23) and the seven days' refund (14) only where those facts are told.
Our own wordings, not taken from any dev set."""
import pytest

from knowledge_base import answer
from knowledge_base.fields import question_fields
from tests.kb.kb_testlib import keys

PREPAID = "最高人民法院关于审理预付式消费民事纠纷案件适用法律若干问题的解释"
CLOSURE = {"消费者权益保护法实施条例:21", "消费者权益保护法实施条例:22", "消费者权益保护法:53"}


@pytest.mark.parametrize("question", [
    "储值卡能退吗",
    "面包店的充值卡可以退不",
    "在洗衣店办的那张卡能不能退",
    "商场送的购物卡还有钱，可以退吗",
])
def test_a_card_asked_back_in_a_few_words_is_prepaid(kb, question):
    assert "prepaid" in question_fields(question), question
    reply = answer(question)
    assert reply.confident and (reply.dispute_type or "").startswith("prepaid"), (question, reply.dispute_type)
    assert "消费者权益保护法:53" in keys(reply), (question, keys(reply))


@pytest.mark.parametrize("question", [
    "常去的游泳馆贴了通知说闭馆装修三个月，卡里的次数怎么办",
    "健身中心说要暂停营业重新装修，年卡到期前开不了门",
    "美发店关门装修一个多月了，我卡里还有钱",
    "孩子上课的画室说要搬到新校区，停课两个月",
])
def test_a_venue_closed_for_a_refit_or_moving_gets_the_rules_on_stopping(kb, question):
    reply = answer(question)
    assert (reply.dispute_type or "").startswith("prepaid"), (question, reply.dispute_type)
    cited = set(keys(reply))
    assert {"消费者权益保护法实施条例:21", "消费者权益保护法实施条例:22"} & cited, (question, cited)
    assert "民法典:781" not in cited  # no work contract: nobody ordered a piece of work
    assert f"{PREPAID}:23" not in cited, (question, cited)  # nobody ran off
    assert f"{PREPAID}:14" not in cited, (question, cited)  # nothing paid days ago


@pytest.mark.parametrize("question", [
    "做指甲的店转给别人开了，新店主说我以前充的钱不算",
    "瑜伽馆被另一家公司收购了，新老板要我们补差价才能继续上课",
    "理发店换了个老板，我们的会员卡就不让用了",
])
def test_a_new_owner_who_will_not_honour_the_cards_gets_the_transfer_rules(kb, question):
    reply = answer(question)
    cited = set(keys(reply))
    assert f"{PREPAID}:13" in cited, (question, cited)
    assert "转让" in reply.summary or "老板" in reply.summary, reply.summary
    assert "报批" not in reply.text
    assert f"{PREPAID}:23" not in cited, (question, cited)


@pytest.mark.parametrize("question", [
    "健身房老板卷了会员的钱跑了，店里人去楼空",
    "美容院突然关门，老板把我们微信全拉黑了，电话也打不通",
])
def test_a_business_that_ran_off_gets_the_punitive_damages(kb, question):
    cited = set(keys(answer(question)))
    assert f"{PREPAID}:23" in cited, (question, cited)


@pytest.mark.parametrize("question", [
    "健身房关门了，老板还在群里说会慢慢退钱，可一直拖着",
    "舞蹈室说经营不下去要停业，让我们去另一家店上课",
])
def test_a_closure_with_the_owner_still_answering_is_no_running_off(kb, question):
    reply = answer(question)
    cited = set(keys(reply))
    assert f"{PREPAID}:23" not in cited, (question, cited)
    assert CLOSURE & cited, (question, cited)
