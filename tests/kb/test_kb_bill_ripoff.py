"""A bill felt as a rip-off, at a restaurant or a stall (issue 17).

'景区门口吃了顿饭被宰了，两个菜八百多' was declined: the restaurant type is for food-safety questions
and was ruled out, and the price types left over were taken for a guess. A dish priced "at the
market" (时价) and a bill felt as a rip-off (被宰) are price words of their own (fields._PRICE), and a
price type is no guess when the question is in the price field by its own words
(answering._LEFTOVER_FIELDS), so the price-marking rules answer; a rip-off told by the weight
("挨宰就挨在斤两上") stays the weights question (fields.mentioned_fields)."""
import pytest

from knowledge_base import answer
from knowledge_base.fields import mentioned_fields, question_fields

from tests.kb.kb_testlib import keys

PRICE_TYPES = {"unmarked_price", "price_fraud"}
MARKING = "明码标价和禁止价格欺诈规定"


@pytest.mark.parametrize("question", [
    "景区门口吃了顿饭被宰了，两个菜八百多",
    "在夜市吃烧烤，结账的时候被宰了，三串羊肉要一百",
    "海鲜酒楼的菜单只写时价，一只龙虾结账收了一千二",
])
def test_a_bill_felt_as_a_rip_off_gets_the_price_marking_rules(kb, question):
    assert "price" in question_fields(question), question
    reply = answer(question)
    assert reply.confident and reply.dispute_type in PRICE_TYPES, (question, reply.dispute_type)
    assert any(k.startswith(MARKING) for k in keys(reply)), keys(reply)
    assert not any(k.startswith("食品安全法") for k in keys(reply)), keys(reply)  # no food-safety rule


@pytest.mark.parametrize("question", ["今天天气怎么样", "帮我写一首诗", "宰羊的刀哪里买"])
def test_no_price_answer_without_a_bill(kb, question):
    assert answer(question).dispute_type not in PRICE_TYPES, question


@pytest.mark.parametrize("question", [
    "在菜场买肉又被宰了，回家一称少了二两",
    "卖菜的秤有问题，挨宰就挨在斤两上",
    "水果摊老板宰人，三斤苹果称出来只有两斤半",
])
def test_a_rip_off_told_by_the_weight_is_the_weights_question_not_the_prices(question):
    fields = mentioned_fields(question)
    assert "measurement" in fields and "price" not in fields, (question, fields)
