"""A car dealer's fees pressed on a buyer (issue 17), in our own words: a "financial service
fee" or a licence-plate fee asked about opened with a used car sold as new (指导案例17,
消法55), the type's first remedy, with nothing of a car's past told. The forced-sale remedy
leads (消法10, 实施条例11, now cued by the fees' names); a car's past told still leads with
the used car sold as new."""
import pytest

from knowledge_base import answer

from tests.kb.kb_testlib import keys


@pytest.mark.parametrize("question", [
    "在4S店买新车贷款，销售说必须交四千的金融服务费，不交不给办",
    "提车的时候4S店收了我一千五的出库费和上牌费",
    "买车时4S店要求必须买他们的装饰套餐才能提车",
])
def test_a_dealers_fee_opens_with_the_forced_sale(kb, question):
    reply = answer(question)
    assert "使用过或维修过" not in reply.summary.split("。")[0], reply.summary[:80]
    assert "消费者权益保护法实施条例:11" in keys(reply), keys(reply)


@pytest.mark.parametrize("question", [
    "4S店卖给我的车是试驾车，当新车卖的",
    "提车后查保养记录，发现这辆车以前维修过，店里说是新车",
    "新买的车漆面检测出来补过漆，4S店不承认",
])
def test_a_cars_past_told_keeps_the_used_as_new_remedy(kb, question):
    assert "使用过或维修过" in answer(question).summary, question
