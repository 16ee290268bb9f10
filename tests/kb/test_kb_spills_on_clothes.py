"""Clothes a worker spilt something on (issue 17, twentieth round): soup or tea poured on a
customer's coat by a waiter or a shop's staff is property the service harmed (消法52, 民法典1184),
not a launderer's care of clothes handed in to be washed (no laundry is told). Our own wordings."""
import pytest

from knowledge_base import answer
from tests.kb.kb_testlib import keys


@pytest.mark.parametrize("question", [
    "火锅店服务员上菜时把锅底洒到我裤子上了，裤子废了",
    "咖啡店店员端咖啡时手滑，泼在我新买的大衣上，洗不干净了",
    "餐厅的服务员把红酒溅到我包上，包毁了",
])
def test_a_spill_by_staff_is_property_the_service_harmed(kb, question):
    reply = answer(question)
    assert reply.dispute_type != "laundry_damage", (question, reply.dispute_type)
    assert "消费者权益保护法:52" in keys(reply), (question, keys(reply))


def test_a_laundry_that_harmed_clothes_is_still_the_launderers(kb):
    assert answer("送到干洗店的羽绒服洗完以后掉色了").dispute_type == "laundry_damage"
