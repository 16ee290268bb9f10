"""Goods a test or an appraisal found short of what their label states (issue 17), in our
own words: a down jacket labelled 90% down and tested at 50%, bought in a shop, read as a
change of mind (no fault words), answered "no return without a fault". It is goods not as
stated (消法23, 24; fraud 消法55 where the label lied)."""
import pytest

from knowledge_base import answer

from tests.kb.kb_testlib import keys


@pytest.mark.parametrize("question", [
    "商场买的羽绒服，吊牌写含绒量90%，送检结果只有一半",
    "实体店买的羊毛衫标着百分百羊毛，检验出来羊毛成分不到四成",
    "专柜买的足金手镯，拿去检测纯度达不到标注的",
])
def test_goods_tested_short_of_their_label_are_no_change_of_mind(kb, question):
    reply = answer(question)
    assert reply.dispute_type != "store_change_of_mind", question
    stated = {"消费者权益保护法:23", "消费者权益保护法:24", "消费者权益保护法:55", "产品质量法:40"}
    assert stated & set(keys(reply)), keys(reply)


@pytest.mark.parametrize("question", [
    "在店里买的鞋子回家试了不喜欢，店家不给退",
])
def test_a_change_of_mind_in_a_shop_stays_one(kb, question):
    assert answer(question).dispute_type == "store_change_of_mind", question
