"""A customer hurt at a business's place through their own part in it (drink taken, their own
slip, a warning there) and a sum claimed that begins with three (issue 17). Our own wordings,
not taken from any dev set."""
import pytest

from knowledge_base import answer
from knowledge_base.answering import facets_of
from knowledge_base.asks import ask_of
from tests.kb.kb_testlib import keys


@pytest.mark.parametrize("question", [
    "顾客在我们店里让我赔三万块医药费，他是自己摔的",
    "对方开口就要赔三千，说我们把他的外套弄脏了",
    "房东让我赔三百块钱的墙纸钱，合理吗",
])
def test_a_sum_that_begins_with_three_is_no_treble_claim(question):
    assert "deceit" not in [f.id for f in facets_of(question)], question
    assert ask_of(question) != "multiple", question


@pytest.mark.parametrize("question", [
    "卖假货的店要退一赔三，我能要求赔三倍吗",
    "这种情况可以赔三吗",
])
def test_the_treble_claim_itself_is_still_read(question):
    assert "deceit" in [f.id for f in facets_of(question)], question


@pytest.mark.parametrize("question", [
    "我开农家乐的，有位客人晚饭喝了不少酒，下楼梯时自己踩空摔断了手，现在要我们赔四万，楼梯有扶手也有灯，我们得赔吗",
    "我们是一家烧烤店，一个客人喝醉了去洗手间自己滑了一跤，磕破头缝了几针，家里人找我们要钱，店里要担多少责任",
    "我经营一家小宾馆，客人酒后在走廊里跑，自己撞到了消防栓受了伤，说要我们全额赔偿，我们有没有责任",
])
def test_a_customer_hurt_after_drink_at_a_business_gets_the_safety_duty_and_own_fault(kb, question):
    reply = answer(question)
    cited = set(keys(reply))
    assert reply.dispute_type == "premises_safety_injury", (question, reply.dispute_type)
    assert {"民法典:1198", "消费者权益保护法:18"} & cited, (question, cited)
    assert "民法典:1173" in cited, (question, cited)
    assert "三倍" not in reply.summary, (question, reply.summary)


@pytest.mark.parametrize("question", [
    "我们超市门口有个顾客说地滑摔倒了，要我们赔两万，我们每天都拖地，这个要赔吗",
    "我开的溜冰场有个顾客自己摔骨折了，要我们出全部医药费，我们需要承担吗",
    "店里一位客人从凳子上摔下来受了伤，现在让我们赔钱，我们作为商家要负什么责任",
])
def test_a_business_asked_to_pay_for_a_fall_on_its_premises_is_told_of_the_customers_own_fault(kb, question):
    reply = answer(question)
    cited = set(keys(reply))
    assert reply.side == "merchant", (question, reply.side)
    assert reply.dispute_type == "premises_safety_injury", (question, reply.dispute_type)
    assert "民法典:1173" in cited, (question, cited)


@pytest.mark.parametrize("question", [
    "在饭店吃饭时喝了点啤酒，服务员端汤洒了烫伤了我的手，饭店该赔吗",
    "喝了他们家卖的假酒以后头疼住院了，能找店里赔吗",
])
def test_drink_beside_an_injury_the_business_did_is_no_fault_of_the_customer(kb, question):
    reply = answer(question)
    assert "民法典:1173" not in keys(reply), (question, keys(reply))


@pytest.mark.parametrize("question", [
    "我们是一家奶茶店，能不能规定自带杯子不给打折",
    "我经营一家民宿，客人退房时说少了一晚的钱要退，我们该怎么办",
    "我经营一家小超市，货架上的饮料过期了两天被查到了",
    "我们作为商家，能不能拒绝给散客开发票",
    "我开的台球厅有客人把球杆弄断了不肯赔，我能扣他押金吗",
])
def test_a_business_telling_what_it_runs_asks_from_the_business_side(question):
    from knowledge_base.guide import is_merchant

    assert is_merchant(question), question


@pytest.mark.parametrize("question", [
    "我是一家公司的员工，中午在楼下饭店吃饭吃出了虫子",
    "我们是一家人去的那家酒店，结果房间里有蟑螂",
])
def test_a_consumer_naming_a_company_or_family_is_still_a_consumer(question):
    from knowledge_base.guide import is_merchant

    assert not is_merchant(question), question
