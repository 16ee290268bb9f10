"""A thing of the consumer's harmed where no person was (issue 17), in our own words:

- clothes a waiter spilt soup or wine on at a meal were answered as a laundry's care of
  clothes handed in (民法典784), the dry-cleaning fee offered read as a laundry told; they are
  a service's damage (消法52, the staff's employer 民法典1191);
- a thing only soiled, broken or lost quoted the damages for a person's injury (消法49,
  民法典1179); those need a word of a body, a pain or a doctor (fields.only_a_thing_harmed)."""
import pytest

from knowledge_base import answer
from knowledge_base.fields import fits, only_a_thing_harmed

from tests.kb.kb_testlib import keys

INJURY = ("消费者权益保护法:49", "民法典:1179")


@pytest.mark.parametrize("question", [
    "在饭馆吃饭时服务员端汤洒到我大衣上了，店里说最多出个干洗费",
    "吃火锅的时候服务员加汤把油溅到我的白衬衫上，洗不掉了",
    "餐厅上菜的时候把酱汁泼在我新买的裙子上，老板只肯打个折",
])
def test_clothes_spilt_on_at_a_meal_are_no_laundrys_care(kb, question):
    reply = answer(question)
    assert reply.dispute_type != "laundry_damage", question
    assert "民法典:784" not in keys(reply), keys(reply)


@pytest.mark.parametrize("question", [
    "送去干洗店的羊毛大衣洗完缩水了，店里只赔洗衣费",
    "洗衣店把我的白衬衫洗染色了，说最多赔三倍洗衣费",
])
def test_a_laundrys_damage_stays_the_laundrys(kb, question):
    assert answer(question).dispute_type == "laundry_damage", question


@pytest.mark.parametrize("question", [
    "服务员把咖啡洒到我的笔记本包上了，店里只愿意道歉",
    "搬家公司把我的柜子弄坏了，说只能赔一百",
    "寄存在店里的行李被弄丢了，店家说不负责",
])
def test_a_thing_only_harmed_quotes_no_personal_injury_damages(question):
    assert only_a_thing_harmed(question), question
    assert not any(fits(k, question) for k in INJURY), question


@pytest.mark.parametrize("question", [
    "服务员把热汤洒在我手上，烫起了泡",
    "搬家工人把柜子弄坏了，还砸到了我的脚",
    "店员把开水泼到孩子身上了",
])
def test_a_person_harmed_with_a_thing_keeps_the_injury_rules(question):
    assert not only_a_thing_harmed(question), question
    assert all(fits(k, question) for k in INJURY), question
