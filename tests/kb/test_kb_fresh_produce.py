"""Fruit and vegetables named by kind, found rotten (issue 17).

'买的车厘子一半是烂的' was declined: no fruit or vegetable but 水果 and 蔬菜 themselves was a food
word, so the food types were ruled out by their field and retrieval read 车 as a car. The food field
now reads produce by name (fields.PRODUCE; 苹果 not the phone, 芒果 not the video app, 白菜价 not a
vegetable), fruit weighed out at a stall and found rotten is no short weight (short_weight needs
something off with the weight told), rot is a fault (烂, 腐), and produce bought online that
arrives rotten or broken quotes the online seller's risk in transit (电子商务法20, a cue and a
remedy of online_not_as_described)."""
import pytest

from knowledge_base import answer
from knowledge_base.fields import mentioned_fields, question_fields

from tests.kb.kb_testlib import keys

FOOD_TYPES = {"food_spoiled_foreign", "food_expired", "food_label"}
IN_TRANSIT = "电子商务法:20"


@pytest.mark.parametrize("question", [
    "在水果店称了两斤樱桃，回家倒出来一半都烂了",
    "菜场买的一袋土豆，切开好多都发黑了",
    "超市买的葡萄没吃几颗就发现底下全烂了，能找超市吗",
])
def test_produce_found_rotten_is_a_food_question_and_answered(kb, question):
    assert "food" in question_fields(question), question
    reply = answer(question)
    assert reply.confident and reply.citations, question
    assert reply.dispute_type in FOOD_TYPES, (question, reply.dispute_type)
    assert not any(k.startswith("家用汽车") for k in keys(reply)), keys(reply)


@pytest.mark.parametrize("question", [
    "网上订了一箱橙子，到了打开有七八个是烂的",
    "拼多多买的猕猴桃，收到的时候好多都烂掉了，商家让我找快递",
    "网购的花瓶收到就碎了",
])
def test_goods_bought_online_that_arrive_rotten_or_broken_quote_the_sellers_risk_in_transit(kb, question):
    reply = answer(question)
    assert reply.confident, question
    assert IN_TRANSIT in keys(reply), (question, reply.dispute_type, keys(reply))


@pytest.mark.parametrize("question", [
    "苹果手机用了两个月屏幕就坏了",
    "芒果TV的会员每个月自动扣费",
    "白菜价买的蓝牙耳机，用了三天就没声音了",
])
def test_a_phone_an_app_or_a_cheap_price_is_no_produce(question):
    assert "food" not in mentioned_fields(question), question


@pytest.mark.parametrize("question", [
    "菜市场买的排骨回家一称少了二两",
    "海鲜摊称螃蟹连绳子一起称",
    "加油站的油表跳得特别快，加的油不够数",
])
def test_short_weight_told_is_still_the_weights_question(kb, question):
    assert answer(question).dispute_type == "short_weight", question
