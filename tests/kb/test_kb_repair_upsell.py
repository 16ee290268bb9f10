"""A garage that sells work a car did not need (issue 17, found by an explorer acting as a new
user): parts replaced that were fine, a small fault talked up into a big repair, at a garage, a
修车行 or a maintenance visit, are the repairer's deceit (侵害消费者权益行为处罚办法13, 消法55), not
the maker's warranty rules for a new car nor a used car's sale. Our own wordings."""
import pytest

from knowledge_base import answer
from tests.kb.kb_testlib import keys

CAR_RULES = "家用汽车产品修理更换退货责任规定"


@pytest.mark.parametrize("question", [
    "修车行说我的离合器片磨没了，硬给我换了一套，我拿到别处一看旧的还能用好几年",
    "在路边维修店换轮胎，老板说轮毂也变形了得换，换下来的轮毂好好的",
    "车送去保养，师傅说刹车油、变速箱油全要换，后来查了保养手册根本不用换，多收了我一千多",
])
def test_a_part_replaced_that_needed_none_is_the_repairers_deceit(kb, question):
    reply = answer(question)
    cited = keys(reply)
    assert reply.dispute_type == "repair_overcharge", (question, reply.dispute_type)
    assert "侵害消费者权益行为处罚办法:13" in cited, (question, cited)
    assert not [k for k in cited if k.startswith(CAR_RULES)], (question, cited)
    assert reply.dispute_type != "used_car"


def test_a_new_cars_fault_at_the_dealer_keeps_the_car_rules(kb):
    # bought new and at fault: the maker's warranty, whatever the shop later replaced
    reply = answer("新车提了十天发动机就抖，4S店给换了个零件，换下来的旧件看着是好的")
    assert [k for k in keys(reply) if k.startswith(CAR_RULES)], keys(reply)
