"""A message cut off right after how long the goods were used (issue 17).

'……购得净水器一台，价格二千七百元，使用半年后，能行吗？' tells the thing, the price and the time of
use and stops before the trouble: it was asked to say what went wrong. A fault after some use is by
far its likeliest reading, so the goods-quality type may answer it (its remedies are put as
conditions: '商品不符合质量要求的，…'); a time of use with the trouble told, or with no goods at all,
is read as before."""
import pytest

from knowledge_base import answer

from tests.kb.kb_testlib import keys

QUALITY = {"消费者权益保护法:24", "产品质量法:40"}


@pytest.mark.parametrize("question", [
    "前年在电器城买的热水器，花了三千二，用了一年多",
    "网上买的扫地机器人一千九，用了三个月，怎么办",
    "去年国庆在商场买了台洗碗机，四千块，使用八个月后，能行吗？",
])
def test_goods_used_for_a_while_then_cut_off_get_the_quality_rules(kb, question):
    reply = answer(question)
    assert reply.confident, question
    assert QUALITY & set(keys(reply)), (question, reply.dispute_type, keys(reply))
    assert "符合质量要求" in reply.summary or "质量问题" in reply.summary, reply.summary[:120]


@pytest.mark.parametrize("question", ["你好，我用了三个月", "今天天气怎么样"])
def test_no_goods_no_quality_answer(kb, question):
    assert answer(question).dispute_type != "quality_three_guarantees", question
