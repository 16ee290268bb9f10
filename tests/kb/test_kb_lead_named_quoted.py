"""A lead quotes what it names (issue 17): an article the lead's sentences cite by law and
number (a general issue's sentence, a type's remedy, a second issue's) is among the articles
quoted, when its field fits the question. Our own wordings, not taken from any dev set."""
import pytest

from knowledge_base import answer
from knowledge_base.answering import lead_named, named_articles
from knowledge_base.fields import fits
from knowledge_base.retrieval import engine
from tests.kb.kb_testlib import keys


@pytest.mark.parametrize("question", [
    "喝了他们家卖的假酒以后头疼住院了，能找店里赔吗",
    "在商场里被掉下来的广告牌砸到了肩膀，去医院拍片花了八百，商场说不归他们管",
    "网上买的电热毯用了一晚上就冒烟了，把床单烧了一个洞",
    "买的二手车说是没出过事故，检测发现换过大梁，车行不承认",
    "酒店的浴室地面太滑我摔倒了，腿上缝了三针，酒店只肯免一晚房费",
])
def test_every_article_the_lead_names_is_quoted(kb, question):
    reply = answer(question)
    cited = set(keys(reply))
    named = [k for k in lead_named(engine(), reply.summary) if fits(k, question)]
    assert named, (question, reply.summary)
    assert not [k for k in named if k not in cited], (question, named, cited)


def test_a_bare_number_named_before_any_law_is_no_article():
    # "第五十五条" with no law named before it could be any law's: not read as one
    eng = engine()
    assert lead_named(eng, "按照第五十五条可以要求赔偿。") == []
    bound = lead_named(eng, "可以要求退一赔三（消费者权益保护法第五十五条）。")
    assert bound == ["消费者权益保护法:55"]
    # a number joined to a law named before it is that law's
    joined = "经营者应当尽到安全保障义务（消费者权益保护法第十八条、民法典第一千一百九十八条）。"
    assert {"消费者权益保护法:18", "民法典:1198"} <= set(lead_named(eng, joined))
    assert set(named_articles("民法典第五百六十三条、第五百六十六条", ["民法典:563", "民法典:566"])) == {
        "民法典:563", "民法典:566"}


@pytest.mark.parametrize("question", [
    "在超市买的面包吃了以后肚子疼，一看已经过了保质期",
    "我在网上买的衣服不想要了，没穿过，商家说特价商品不退",
])
def test_a_lead_naming_a_rule_of_another_field_does_not_bring_it_in(kb, question):
    reply = answer(question)
    for key in keys(reply):
        assert fits(key, question), (question, key)
