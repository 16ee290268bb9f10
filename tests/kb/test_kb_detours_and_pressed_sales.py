"""Two kinds of consumer question answered beside the point (issue 17), in our own words:

- a ride hailed through an app whose driver took a longer way and charged for it was a
  platform's duty as seller (电子商务法37) or a payment made by mistake (民法典147, 985); it is
  the carriage's route and fare (民法典812, 813), and a 专车 or 顺风车 is carriage too;
- a business that calls the consumer's own thing faulty to press its own on them ("说我的软管
  不合格，非要我买他们的") read as goods at fault (消法24 leading): it is a forced sale
  (消法9, 10, 实施条例11)."""
import pytest

from knowledge_base import answer
from knowledge_base.answering import facets_of
from knowledge_base.fields import question_fields

from tests.kb.kb_testlib import keys


@pytest.mark.parametrize("question", [
    "叫的网约车司机故意绕路，多收了我二十多块，平台只退一半",
    "滴滴司机不走导航绕远路，车费比平常贵了一倍",
    "在平台上约的专车绕道走高速，还要我付过路费",
])
def test_a_rides_detour_is_the_carriages_route_and_fare(kb, question):
    reply = answer(question)
    assert reply.dispute_type not in ("platform_liability", "mistaken_payment"), reply.dispute_type
    assert "民法典:813" in keys(reply), keys(reply)
    assert not {"电子商务法:37", "民法典:147", "民法典:985"} & set(keys(reply)), keys(reply)


@pytest.mark.parametrize("question", ["约的专车司机态度很差", "顺风车车主半路把我放下了", "的士司机不打表"])
def test_a_hired_car_is_carriage(question):
    assert "transport" in question_fields(question), question


@pytest.mark.parametrize("question", [
    "燃气公司上门检查说我家的软管不合格，非要我买他们的，一根两百",
    "物业说我家的水表老化了，硬要我换他们指定的",
    "宽带师傅说我的路由器不行，逼着我买他们的",
])
def test_a_thing_called_faulty_to_press_a_sale_is_a_forced_sale(question):
    found = [f.id for f in facets_of(question)]
    assert "forced" in found and "defect" not in found, found


@pytest.mark.parametrize("question", [
    "买的燃气灶用了一个月就坏了，店里让我买他们的配件来换",
    "新买的路由器三天两头死机，商家说是我家网络的问题",
])
def test_goods_that_fail_stay_goods_at_fault(question):
    found = [f.id for f in facets_of(question)]
    assert "defect" in found and "forced" not in found, found
