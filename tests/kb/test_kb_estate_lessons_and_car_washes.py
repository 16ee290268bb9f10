"""Words of another field that declined consumer questions (issue 17), our own wordings:

- an estate's stairwell, gate or a neighbour's dog the estate manager lets be: the property
  service contract (民法典937-944), not a neighbours' matter to decline;
- lessons a coach or a driving school still owes ("还欠我10节课"): a service paid ahead, not a
  private loan; a lesson car's crash is the school's matter;
- a car scratched at a car wash: the business's care of the car (消法52) or its job done badly
  (民法典781), never a laundry's rules on clothes.
"""
import pytest

from knowledge_base import answer

from tests.kb.kb_testlib import keys

ESTATE = {"民法典:937", "民法典:938", "民法典:939", "民法典:941", "民法典:942", "民法典:943", "民法典:944"}


@pytest.mark.parametrize("question", [
    "楼道的声控灯坏了一个多月，找物业报修了好几次都没人来",
    "楼道里有一股臭味好几天了，物业说不归他们管",
    "小区里有邻居在楼下烧纸，物业看见了也不管，烟都飘进我家",
])
def test_an_estates_stairwell_or_neighbours_are_the_property_service(question):
    reply = answer(question)
    assert reply.confident, (question, reply.summary)
    assert ESTATE & set(keys(reply)), (question, keys(reply))


@pytest.mark.parametrize("question", [
    "游泳教练收了我三千块，说教二十节课，上了八节就不见人了，还欠我十二节课",
    "私教课钱都交了，教练辞职了，健身房说剩下的课时没法安排",
    "驾校收了学费，教练说车坏了一直没安排练车，还欠我好多课时",
])
def test_lessons_still_owed_are_a_service_paid_ahead(question):
    reply = answer(question)
    assert reply.confident, (question, reply.summary)
    assert "借贷" not in reply.summary, reply.summary
    assert {"消费者权益保护法:53", "消费者权益保护法实施条例:22"} & set(keys(reply)), keys(reply)


@pytest.mark.parametrize("question", [
    "去洗车店洗车，开回家才看到后视镜被刮了一道，店员说洗之前就有",
    "在汽车美容店打蜡，车漆被磨花了一块，店里不肯赔",
    "洗车的时候工人把我的雨刮器弄断了，老板说是老化",
])
def test_a_car_wash_is_no_laundry(question):
    reply = answer(question)
    assert reply.dispute_type != "laundry_damage", (question, reply.dispute_type)
    assert "洗衣" not in reply.summary, reply.summary
    # (the harm to the car, or the job done badly)
    assert {"消费者权益保护法:52", "民法典:1184", "民法典:781"} & set(keys(reply)), keys(reply)


def test_a_laundry_is_still_a_laundry():
    reply = answer("送到干洗店的大衣洗完缩水了，店里只肯赔洗衣费")
    assert reply.dispute_type == "laundry_damage", reply.dispute_type
