"""Harm by an animal and harm to a passenger (issue 17: a second issue missed): the answer
adds the keeper's liability (民法典1245, 1248 for a zoo) or the carrier's duty to its
passengers (民法典823), and neither is taken for a pet's sale or a product's defect. Our
own wordings, not taken from any dev set."""
import pytest

from knowledge_base import answer
from tests.kb.kb_testlib import facet_ids, keys


@pytest.mark.parametrize("question, article", [
    ("在宠物店门口被店里养的狗咬了一口，打了狂犬疫苗，店家不肯出钱", "民法典:1245"),
    ("去农家乐吃饭，老板家的狗冲出来把我孩子扑倒了，膝盖擦伤", "民法典:1245"),
    ("动物园里的猴子把我女儿的脸抓伤了", "民法典:1248"),
])
def test_an_animals_harm_gets_the_keepers_liability(question, article):
    reply = answer(question)
    assert article in keys(reply), (question, keys(reply))
    assert reply.dispute_type != "pet_purchase", question


@pytest.mark.parametrize("question", [
    "坐公交车司机一个急刹，我摔倒把手腕摔骨折了",
    "打网约车的时候司机开车门太快，把我的手夹伤了",
    "坐长途大巴的时候司机急刹车，我的头撞到前排座椅上缝了三针",
])
def test_a_passengers_injury_gets_the_carriers_duty(question):
    reply = answer(question)
    assert "民法典:823" in keys(reply), (question, keys(reply))
    assert reply.dispute_type != "product_defect_injury", question


@pytest.mark.parametrize("question", [
    "在宠物咖啡馆里被店里养的猫抓伤了手背，去打了狂犬疫苗",
    "去农家乐吃饭，老板家的狗把我女儿的腿咬出了血",
    "在商场的萌宠乐园被一只羊驼咬伤了手指，商场说动物不归他们管",
])
def test_a_bite_or_scratch_is_an_injury_too(kb, question):
    found = facet_ids(question)
    assert "injury" in found and "animal" in found, (question, found)
    cited = set(keys(answer(question)))
    assert {"民法典:1245", "民法典:1246", "民法典:1248"} & cited, (question, cited)
    assert {"消费者权益保护法:49", "消费者权益保护法:18", "民法典:1198", "民法典:1179"} & cited, (question, cited)
