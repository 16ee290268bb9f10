"""Three kinds of consumer question, our own wordings (issue 17):

- someone who nearly drowned or was hurt at a pool, a bath house or a shop's premises: an
  injury (溺水, 呛水 were none), answered with the premises' safety duty (民法典1198), while goods
  bought at a shop that hurt someone at home are not the shop's premises;
- a matchmaker's or a shop's shills ("介绍的都是托"): deceit (消法55), never big-data pricing;
- big-data pricing needs prices compared (one buyer's with another's, or with before).
"""
import pytest

from knowledge_base import answer

from tests.kb.kb_testlib import facet_ids, keys


@pytest.mark.parametrize("question", [
    "孩子在游泳馆差点溺水，救生员坐在椅子上看手机，是邻居把孩子拉上来的",
    "在酒店的泳池里呛水了，喊了半天救生员才过来，现在肺部感染住院",
    "我在洗浴中心的池子里滑倒摔伤了腰，地上没有防滑垫",
])
def test_hurt_at_a_pool_or_a_bath_is_the_premises_safety_duty(question):
    reply = answer(question)
    cited = keys(reply)
    assert "injury" in facet_ids(question), question
    assert "民法典:1198" in cited or "消费者权益保护法:18" in cited, (question, cited)


def test_goods_bought_at_a_shop_that_hurt_at_home_are_not_its_premises():
    reply = answer("超市买的暖手宝，在家充电的时候爆了，把我手烫伤了")
    assert "民法典:1198" not in keys(reply), keys(reply)


@pytest.mark.parametrize("question", [
    "在婚介所交了两万会员费，给我介绍的女孩都是婚托，见一面就要礼物",
    "交友网站充了八千块会员，后来发现聊天的人全是托",
    "被人拉去一个茶馆喝茶，后来才知道那个女的是茶托，一壶茶收了三千",
])
def test_shills_are_deceit_not_pricing(question):
    reply = answer(question)
    cited = keys(reply)
    assert reply.dispute_type != "big_data_pricing", reply.dispute_type
    assert "消费者权益保护法:55" in cited or "民法典:148" in cited, (question, cited)


@pytest.mark.parametrize("question", [
    "同一家酒店同一天的房，我用自己的账号订比我同事贵了八十",
    "老用户打车反而比新人贵，这是不是杀熟",
    "我和朋友两个手机同时看同一张机票，价格不一样",
])
def test_big_data_pricing_with_prices_compared(question):
    assert answer(question).dispute_type == "big_data_pricing", question
