"""Three kinds of consumer question answered on their own rules (issue 17), our own wordings:

- water, gas and heating bought from a supplier (cold radiators, a cut-off, the meter): the
  supply contracts (民法典656 with 651/652/654), as power's are; a power company that "fines"
  its customer for alleged theft is the customer's question, not a business's;
- a worker of the business who ran into the consumer (a rider, a driver): the employer's
  liability for its worker (民法典1191), not a platform's duty as a seller (消法44);
- one's own pet left in a shop's care (boarding, grooming) and harmed: the care taken of it,
  not the rules on a pet bought sick.
"""
import pytest

from knowledge_base import answer
from knowledge_base.guide import is_merchant

from tests.kb.kb_testlib import keys


@pytest.mark.parametrize("question", [
    "今年冬天家里暖气一直不热，屋里才十五度，供热公司来量了说合格，采暖费能要求退一部分吗",
    "燃气公司没提前通知就把我们整栋楼的气停了三天，饭都做不了，能要求赔偿吗",
    "自来水公司说我家的水表走得不准要换，换表的钱让我们出，这个合理吗",
])
def test_water_gas_and_heating_rest_on_the_supply_contract(question):
    reply = answer(question)
    cited = keys(reply)
    assert reply.side == "consumer", question
    assert "民法典:656" in cited, (question, cited)


@pytest.mark.parametrize("question", [
    "供电所的人来查表，说我家电表被动过，要罚我三千块，我根本没动过",
    "电业局说我们偷电要罚款五千，不交就断电",
    "物业说我们装修违规了要罚我们两千块，物业有权罚款吗",
])
def test_a_supplier_or_estate_fining_its_customer_is_the_customers_question(question):
    assert not is_merchant(question), question


def test_a_shop_owner_fined_by_the_authority_is_still_a_business():
    assert is_merchant("我的小超市有人买了过期牛奶去举报，市场监管局要处罚我")
    assert is_merchant("我开了个水果店，物业说我占道经营要罚我们，还说要报城管")


@pytest.mark.parametrize("question", [
    "叫的外卖，送餐小哥在楼下拐弯太急把我撞了，手臂擦伤去了医院，他说他是兼职的让我找平台",
    "快递员开着三轮车送件，在小区里把我家老人撞倒了，快递公司说是快递员个人的事",
    "网约车司机下车开门没看，把骑车经过的我撞倒了，平台说司机是加盟的",
])
def test_a_worker_who_ran_into_the_consumer_is_the_employers_liability(question):
    reply = answer(question)
    cited = keys(reply)
    assert "民法典:1191" in cited or "民法典:1192" in cited, (question, cited)
    assert "消费者权益保护法:44" not in cited, (question, cited)


@pytest.mark.parametrize("question", [
    "把猫放在宠物店寄养了五天，接回来发现尾巴断了一截，店员说不知道怎么弄的",
    "带狗去宠物店洗澡剃毛，回来发现肚子上被剃出了好几道口子",
    "暑假把兔子托管在宠物店，回来发现兔子死了，店里只说是天太热",
])
def test_a_pet_harmed_in_a_shops_care_is_no_pet_bought(question):
    reply = answer(question)
    assert reply.dispute_type != "pet_purchase", (question, reply.dispute_type)
    assert "买到的宠物" not in reply.summary, reply.summary


def test_a_pet_bought_sick_is_still_a_pet_bought():
    reply = answer("在宠物店买的小猫，在店里寄养了两天，接回家第二天就查出猫瘟")
    assert reply.dispute_type == "pet_purchase", reply.dispute_type
