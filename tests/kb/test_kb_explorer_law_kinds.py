"""Law-answer kinds the explorer's new users met (issue 17), in our own words.

- "能投诉吗" after the facts (a gold chain short of gold): the facts choose the dispute type and
  the ask adds where to turn; the complaint procedure answers only a question of its own.
- A pet's doctor (宠物医院, 兽医) is no patient's care: the medical rules on patients are not quoted.
- A tour that swapped the hotel for a worse one opens with the unilateral change (旅游法69/70),
  not with cancelling the trip (65/67).
- A shop's card "办的卡" whose owner ran off (老板跑了) is a prepaid card's question.
"""
import pytest

from knowledge_base import answer
from knowledge_base.answering import _without_complaint_ask
from knowledge_base.fields import question_fields

from tests.kb.kb_testlib import keys

WHERE_TO_TURN = {"消费者权益保护法:39", "消费者权益保护法:46"}


@pytest.mark.parametrize("question", [
    "金店买的戒指拿去检测，含金量差了一截，可以投诉吗",
    "商场专柜买的银手镯一验是镀银的，我要去哪里举报",
    "在网上买了一双名牌运动鞋，鉴定出来是假的，怎么投诉",
])
def test_the_facts_before_a_complaint_ask_choose_the_type(kb, question):
    reply = answer(question)
    assert reply.dispute_type != "complaint_procedure", (question, reply.dispute_type)
    assert set(keys(reply)) - WHERE_TO_TURN, keys(reply)


@pytest.mark.parametrize("question, rest", [
    ("洗衣机用了三天就坏了，能投诉吗", "洗衣机用了三天就坏了"),
    ("超市卖给我发霉的面包，去哪举报", "超市卖给我发霉的面包"),
    ("投诉了两个礼拜还没人理", "投诉了两个礼拜还没人理"),
])
def test_only_a_short_complaint_ask_is_left_out(question, rest):
    assert _without_complaint_ask(question) == rest


@pytest.mark.parametrize("question", [
    "投诉到市场监管局十多天了，一直没有回音，正常吗",
    "想投诉一家店，需要准备什么材料",
    "怎么向消协投诉",
])
def test_a_question_about_complaining_itself_stays_the_procedure(kb, question):
    assert answer(question).dispute_type == "complaint_procedure", question


@pytest.mark.parametrize("question", [
    "宠物医院给我家猫开错了药，猫吐了好几天，医院该不该赔",
    "狗狗在动物医院做手术，麻醉出了问题没救回来",
    "兽医说我家狗是肠胃炎，换了家才查出是误诊",
])
def test_a_pets_treatment_is_no_patients_care(kb, question):
    assert "medical" not in question_fields(question), question
    assert not any(k.startswith("民法典:12") for k in keys(answer(question))), question


def test_a_persons_own_treatment_stays_medical():
    assert "medical" in question_fields("我在诊所打针以后手臂红肿，医生说是正常反应")


@pytest.mark.parametrize("question", [
    "旅行社说好住五星，到了地方给安排的是农家乐，差价能退吗",
    "报的团里合同写的海景房，导游临时换成了市区的经济酒店",
    "旅游团擅自把行程里的两个景点砍掉了，旅行社要怎么赔",
])
def test_a_tours_unilateral_downgrade_opens_with_the_change_rule(kb, question):
    reply = answer(question)
    assert reply.dispute_type == "travel_agency", (question, reply.dispute_type)
    assert "旅游法:69" in keys(reply) or "旅游法:70" in keys(reply), keys(reply)
    assert "第六十五条" not in reply.summary[:40], reply.summary[:80]


@pytest.mark.parametrize("question", [
    "楼下美发店办的卡，老板人跑了",
    "去年在瑜伽馆办的卡还有二十次没上，店主不见了",
    "洗车行办的储值卡，现在老板娘跑了，店也锁了",
])
def test_a_shop_card_whose_owner_ran_off_is_prepaid(kb, question):
    assert "prepaid" in question_fields(question), question
    reply = answer(question)
    assert reply.confident and "消费者权益保护法:53" in keys(reply), (question, keys(reply))


@pytest.mark.parametrize("question", [
    "孩子拿我的手机玩游戏，支付宝的余额被充得只剩几百了",
    "上初中的儿子偷偷用我微信买游戏装备，零钱余额少了三千多",
    "女儿用我的银行卡绑定的账户买游戏皮肤，卡上余额没了一大半",
])
def test_a_wallets_balance_is_no_prepaid_card(question):
    assert "prepaid" not in question_fields(question), question


@pytest.mark.parametrize("question", [
    "理发店的会员卡余额还有八百，店就关门了",
    "健身卡里余额还有两千，老板说不能退",
    "在蛋糕店充的卡余额用不了了，店换了老板",
])
def test_a_shop_cards_balance_stays_prepaid(question):
    assert "prepaid" in question_fields(question), question


@pytest.mark.parametrize("question", [
    "包裹在路上丢了，快递网点说没保价只能按运费的三倍赔",
    "寄回老家的东西被快递弄丢了，他们说最多赔三倍邮费，合理吗",
    "快递员把件弄丢了，公司只肯赔三倍快递费",
])
def test_a_carriers_cap_of_three_times_the_fee_is_no_fraud_claim(kb, question):
    from knowledge_base.answering import facets_of

    assert "deceit" not in [f.id for f in facets_of(question)], question
    assert "消费者权益保护法:55" not in keys(answer(question)), question


@pytest.mark.parametrize("question", [
    "我在网上开店卖包，买家说是高仿要求退一赔三，我是从正规批发市场进的货，要赔吗",
    "我们店卖的运动鞋被顾客说是假的，要三倍赔偿，进货的时候我也不知道",
    "我是卖手表的，客人说表是仿的要假一赔三，我有进货单，这种情况一定要赔吗",
])
def test_a_merchant_asked_for_three_times_opens_with_when_fraud_is_found(kb, question):
    reply = answer(question)
    assert reply.side == "merchant", question
    assert "第五十五条" in reply.summary[:120] and "欺诈" in reply.summary[:60], reply.summary[:120]
    assert "侵害消费者权益行为处罚办法:16" in keys(reply), keys(reply)


@pytest.mark.parametrize("question", [
    "要求退货退款，这是不是在骗老年人",
    "我爸在社区讲座上买的理疗仪，我们想退货退款，他们这样骗老人合法吗",
    "退货退款！专门坑老人的",
])
def test_a_bare_return_and_refund_is_no_online_purchase(question):
    assert "online" not in question_fields(question), question


@pytest.mark.parametrize("question", [
    "在拼多多上申请了退货退款，商家一直拒绝",
    "点了退货退款以后卖家不同意，说衣服穿过了",
    "退货退款申请提交三天了没人管",
])
def test_a_return_requested_on_a_platform_stays_online(question):
    assert "online" in question_fields(question), question


@pytest.mark.parametrize("question", [
    "商场厕所的瓷砖掉下来砸到我妈，腰都直不起来，物业的人说要请示领导",
    "小区会所里天花板掉下来砸伤了我，物业只说会处理",
    "在商场被掉落的广告牌砸伤了头，商场和物业互相推",
])
def test_a_person_hurt_leads_before_the_estates_duties(kb, question):
    from knowledge_base.answering import facets_of

    ids = [f.id for f in facets_of(question)]
    assert "injury" in ids and ("property" not in ids or ids.index("injury") < ids.index("property")), ids
