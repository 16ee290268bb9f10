"""Why a thing went for repair, what the repair did, and charges that are no renewal (issue 17).

- What a message tells before the repair visit (拿去修, 开到修理厂, 叫了师傅) is why the repair was
  wanted: a burst tyre or a cooler that stopped cooling is no harm the repairer did and no fault
  added to a repair's answer (answering.after_visit; service_damage's TYPE_NEEDS reads from the
  visit on).
- The thing repaired, or its part replaced, at fault again soon after (补完胎第二天又瘪了,
  换屏回来触摸不灵) is the repair's workmanship (民法典781); a screen or a battery replaced is a
  repair job, and a sum said as a bare figure ("要了我500") is a charge.
- A remedy about a delay opens no answer to a question that tells of none (an installation that
  leaks the next day is no 拖延).
- A charge alone (停车场扣了钱) is no auto-renewal: a renewal, a recurring charge or a membership
  must be told. A parcel point that asks a fee before handing a parcel over is the parcel type's.
"""
import pytest

from knowledge_base import answer
from knowledge_base.answering import after_visit, facets_of

from tests.kb.kb_testlib import keys

HARM_ONLY = ("消费者权益保护法:49", "民法典:1179")


@pytest.mark.parametrize("question", [
    "高速上轮胎爆了，叫拖车拉到修理厂，换完新胎不到一周又漏气，厂里说不关他们的事",
    "路上胎爆了去补胎店换了个胎，结果开了三天就又没气了",
    "我骑的电瓶车轮胎爆了，送到维修点换了新轮胎，第二天又瘪了，老板不认账",
])
def test_a_burst_tyre_that_sent_the_car_to_a_garage_is_no_harm_done(kb, question):
    reply = answer(question)
    assert reply.dispute_type != "service_damage", (question, reply.dispute_type)
    assert not set(HARM_ONLY) & set(keys(reply)), keys(reply)
    assert "民法典:781" in keys(reply), keys(reply)


@pytest.mark.parametrize("question", [
    "冰箱不制冷了，叫了个师傅上门，说缺氟加了一次收我四百，这价钱正常吗",
    "热水器不出热水，约了维修师傅来，光检测费就要一百五",
    "洗衣机不脱水，找了家电维修店的人来看，换个排水泵要六百",
])
def test_the_fault_that_called_the_repairer_adds_no_return_rule(kb, question):
    reply = answer(question)
    assert reply.dispute_type == "repair_overcharge", (question, reply.dispute_type)
    assert "消费者权益保护法:24" not in keys(reply), keys(reply)


@pytest.mark.parametrize("question, kept", [
    ("车子撞了以后开去修理厂修，修完收费比报价高出一倍", "修理厂修，修完收费比报价高出一倍"),
    ("手机摔碎了，拿去店里换屏，换的是副厂屏", "拿去店里换屏，换的是副厂屏"),
    ("空调坏了好几天，才约到售后师傅上门", "约到售后师傅上门"),
])
def test_after_visit_starts_at_the_repair_visit(question, kept):
    assert after_visit(question).endswith(kept), after_visit(question)


@pytest.mark.parametrize("question", [
    "笔记本电脑换了块电池，拿回来没两天又充不进电，店里说要再交钱",
    "电视机修好之后放了一周，又黑屏了",
    "手表拿去换电池，之后就一直走不准，那家店不管",
])
def test_a_fault_soon_after_a_repair_is_the_repairs_workmanship(question):
    assert "workmanship" in [f.id for f in facets_of(question)], question


@pytest.mark.parametrize("question", [
    "找了上门开锁的，开一个防盗门要了我600，电话里说的是80",
    "通下水道的师傅干了半小时，要我450，之前说100以内",
    "手机去换了个电池，店里收了380，官方才两百多",
])
def test_a_repair_charge_said_as_a_figure_is_the_repairers_charge(kb, question):
    reply = answer(question)
    assert reply.confident and reply.dispute_type == "repair_overcharge", (question, reply.dispute_type)


@pytest.mark.parametrize("question", [
    "新买的燃气灶上门安装完，第二天就发现接口漏气，安装工说是灶的问题",
    "浴霸装好以后一开就跳闸，装的人说跟他没关系",
    "吊顶灯安装完没几天就掉下来一半，找安装的人也不理",
])
def test_an_installation_at_fault_soon_after_is_answered_on_its_quality_not_a_delay(kb, question):
    reply = answer(question)
    opening = reply.summary[:60]
    assert "迟延" not in opening and "拖延" not in opening, (question, reply.summary[:120])
    assert "民法典:781" in keys(reply) or "消费者权益保护法:52" in keys(reply), keys(reply)


@pytest.mark.parametrize("question", [
    "商场地库出去的时候扣了我15块钱，我才停了一刻钟",
    "洗车店把我卡里扣了两百，说是打蜡，我根本没让打",
    "加油站扣了我两次钱，油只加了一次",
])
def test_a_charge_alone_is_no_auto_renewal(kb, question):
    assert answer(question).dispute_type != "auto_renewal", question


@pytest.mark.parametrize("question", [
    "网盘会员到期后又扣了我一个月的钱，也没有提醒",
    "办了个健身APP的会员，次月自动扣费了，我不知道",
    "某视频软件连续三个月扣我钱，我以为只开了一个月",
])
def test_a_recurring_or_membership_charge_is_still_the_renewal_type(kb, question):
    assert answer(question).dispute_type == "auto_renewal", question


@pytest.mark.parametrize("question", [
    "小区的快递驿站取个件收我两块钱，不给不让拿",
    "快递被放进代收点，去拿的时候代收点要收一元保管费",
    "快递员没打电话直接放快递柜，超时了柜子要收我三块钱",
])
def test_a_parcel_points_fee_is_the_parcel_type(kb, question):
    reply = answer(question)
    assert reply.dispute_type == "delivery_loss", (question, reply.dispute_type)
    assert "快递暂行条例:25" in keys(reply), keys(reply)


@pytest.mark.parametrize("question", [
    "刚买一个月的洗衣机不脱水，叫了维修师傅来，说要换电机还收我三百",
    "新买的热水器漏水，找了售后上门，师傅要收材料费两百",
    "上个月买的冰箱不制冷，约了维修，上门费就收了八十",
])
def test_goods_bought_at_fault_before_the_visit_keep_their_own_fault(kb, question):
    reply = answer(question)
    assert {"消费者权益保护法:24", "民法典:582", "产品质量法:40"} & set(keys(reply)), (question, keys(reply))


@pytest.mark.parametrize("question", [
    "竞拍网站上买的竞拍币，出价没拍到，竞拍币被扣了好几百",
    "商城的积分没用完突然被清零了",
    "游戏里充的金币被平台没收了，说我违规",
])
def test_tokens_taken_off_by_a_platforms_rules_are_its_terms(kb, question):
    assert "消费者权益保护法:26" in keys(answer(question)), question
