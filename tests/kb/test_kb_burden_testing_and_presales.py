"""Facts that call for a general rule whatever the type (issue 17, twentieth round, kinds seen in
the twelfth draw's tuning half): a fault the seller calls the buyer's own doing (人为损坏, "you
dropped it") while the buyer says it never fell, soon after the purchase, is a question of who must
prove it (消法23's third paragraph); a dispute over who tests the goods, where, is 条例47's; a
membership sold before the place opened, the opening put off, is money paid ahead (消法53).
Our own wordings, not taken from any dev set."""
import pytest

from knowledge_base import answer
from knowledge_base.answering import cued_articles
from tests.kb.kb_testlib import keys

BURDEN = "消费者权益保护法:23"
TESTING = "消费者权益保护法实施条例:47"


@pytest.mark.parametrize("question", [
    "新买的平板用了一个月屏幕出现裂纹，售后说是人为损坏不给保修，可我根本没摔过",
    "冰箱买了三个月就不制冷了，维修的说是我使用不当，不属于质量问题",
    "笔记本电脑用了两个月主板坏了，店里检测说有跌落痕迹，我从来没掉过",
])
def test_a_fault_called_the_buyers_doing_gets_who_must_prove_it(kb, question):
    cited = keys(answer(question))
    assert BURDEN in cited, (question, cited)


@pytest.mark.parametrize("question", [
    "羊毛衫起球严重，商家不认，我想找地方检测，应该去哪检测",
    "商家说要送去他们指定的机构鉴定，我不承认他们的鉴定结果怎么办",
])
def test_a_dispute_over_testing_is_cued_for_where_to_test(question):
    assert TESTING in cued_articles(question, [TESTING]), question


def test_a_report_only_named_is_no_testing_dispute():
    assert not cued_articles("广告上说有国家级检测报告，结果是假的", [TESTING])


@pytest.mark.parametrize("question", [
    "健身会所还没装修好就卖年卡，说下个月开业，结果一拖再拖到现在还没开",
    "交了三千块办游泳卡，说好暑假前开馆，现在推迟到年底了能退吗",
    "预售的瑜伽课，老板说国庆开业，到了现场还是毛坯房",
])
def test_a_membership_sold_before_an_opening_put_off_is_money_paid_ahead(kb, question):
    reply = answer(question)
    assert reply.confident
    assert "消费者权益保护法:53" in keys(reply), (question, keys(reply))
