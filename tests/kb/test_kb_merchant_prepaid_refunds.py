"""A business whose prepaid customer asks money back (a card, lessons, a term paid ahead)
is told how the refund is reckoned: the balance less what was used (预付解释15), the used
part at the undiscounted price when the customer's own reason ends it (19; at the discount
when the business's does: 18), and gifts (21) (issue 17). A business that only names a card
beside another matter gets none of it. Our own wordings, not taken from any dev set."""
import pytest

from knowledge_base import answer
from knowledge_base.answering import cued_articles
from tests.kb.kb_testlib import keys

PREPAID = "最高人民法院关于审理预付式消费民事纠纷案件适用法律若干问题的解释"


@pytest.mark.parametrize("question", [
    "我们是教钢琴的工作室，学员家长一次交了48节课八折一万二，上了20节说孩子不想学了要退剩下的，该怎么算",
    "我开了家游泳馆，有位会员办了年卡打了六折，用了五个月说要调到外地工作要退卡，我们按什么价格退",
    "我开美容院的，顾客充五千送一千，做了三次护理说不想做了让我们退钱，送的那一千也要算给她吗",
])
def test_a_business_asked_to_refund_a_prepaid_customer_is_told_how_it_is_reckoned(kb, question):
    reply = answer(question)
    cited = set(keys(reply))
    assert reply.side == "merchant", (question, reply.side)
    assert f"{PREPAID}:15" in cited, (question, cited)
    assert f"{PREPAID}:19" in cited, (question, cited)
    assert f"{PREPAID}:18" not in cited, (question, cited)


@pytest.mark.parametrize("question", [
    "我开理发店的，顾客办会员卡时登记了电话，我拿这些号码给朋友的店发广告短信，被投诉了会怎么罚",
    "我们健身房的会员卡上写着不能转让，有会员私下转给了朋友，我们可以不认吗",
    "我开的洗车店给办卡的顾客洗车时把车漆刮了一道，顾客要我们赔补漆的钱",
])
def test_a_business_naming_a_card_beside_another_matter_gets_no_refund_reckoning(kb, question):
    reply = answer(question)
    cited = set(keys(reply))
    assert not {f"{PREPAID}:19", f"{PREPAID}:21"} & cited, (question, cited)
    assert "要求退的" not in reply.summary, (question, reply.summary)


@pytest.mark.parametrize("question, wanted, not_wanted", [
    ("办了一年的健身卡打了七折，自己工作调动去外地了想退卡，剩下的钱怎么算", "19", "18"),
    ("孩子不想学了，当时报名打了八折，培训班说要按原价扣已经上的课", "19", "18"),
    ("健身房搬到二十公里外了，我的卡当时打了五折，现在退卡按什么算", "18", "19"),
    ("培训机构换了老师，课也上不好，我报名时是优惠价，退费怎么算", "18", "19"),
])
def test_whose_reason_ends_the_card_chooses_the_price_of_what_was_used(question, wanted, not_wanted):
    cued = cued_articles(question, [f"{PREPAID}:18", f"{PREPAID}:19"])
    assert f"{PREPAID}:{wanted}" in cued, (question, cued)
    assert f"{PREPAID}:{not_wanted}" not in cued, (question, cued)


@pytest.mark.parametrize("question", [
    "充值一千送了两百，现在要退卡，店里说送的两百要从余额里扣回去",
    "办卡时送的那套护肤品，退卡的时候老板要我折价补钱",
    "买课送了十节体验课，退费时机构说赠送的课也要扣",
])
def test_gifts_asked_back_at_a_refund_cue_the_gift_rule(question):
    assert f"{PREPAID}:21" in cued_articles(question, [f"{PREPAID}:21"]), question
