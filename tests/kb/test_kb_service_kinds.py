"""Kinds seen on the tuning sets (issue 17), each in our own words, fixed as mechanisms: a
stay paid ahead and left early, a top-up that never arrived, a rented home sold, an ID photo
from a studio, a seller asking about a buyer, a haircut gone wrong, more fuel charged than
the tank holds, a fall in a care home, a utility's tampering charge."""
import pytest

from knowledge_base import answer
from knowledge_base.answering import outside_consumer_law, type_in_field
from knowledge_base.fields import mentioned_fields
from knowledge_base.guide import get_type, is_merchant

from kb_testlib import facet_ids, keys

PREPAID_RETURN = "最高人民法院关于审理预付式消费民事纠纷案件适用法律若干问题的解释:15"


# ---------------------------------------------------------------- a stay left early
@pytest.mark.parametrize("question", [
    "产后住进月子中心，交了一个月的钱，住了十二天觉得不好想提前走，剩下的钱他们不退",
    "月子会所签了26天，住了一周孩子生病转院了，要退余款他们不同意",
    "给老父亲在养老院交了半年的费用，住了两个月想接回家，提前退住只退一点点",
])
def test_a_stay_paid_ahead_and_left_early_asks_for_the_rest_back(question):
    assert "leave_stay" in facet_ids(question), question
    reply = answer(question)
    assert reply.confident, question
    assert reply.dispute_type not in ("auto_renewal", "dingjin_deposit", "contract_mistake_fraud",
                                      "mistaken_payment"), (question, reply.dispute_type)
    got = set(keys(reply))
    assert got & {PREPAID_RETURN, "消费者权益保护法:53", "民法典:566"}, (question, keys(reply))


def test_a_stay_with_no_prepayment_or_no_leaving_is_no_early_leave():
    assert "leave_stay" not in facet_ids("月子中心的护士态度很差，还把孩子的衣服洗坏了")
    assert "leave_stay" not in facet_ids("酒店提前退房，押金一直没退回来")  # no care or stay of a term


# ---------------------------------------------------------------- a top-up never arrived
@pytest.mark.parametrize("question", [
    "交了一百块话费，过了两天还没到账，客服只说在处理",
    "在营业厅给手机号充值五十，钱扣了可话费一直不到账",
    "网上充的话费付款成功了却迟迟没到，商家也不回消息",
])
def test_a_top_up_that_never_arrived_is_no_mistaken_payment(question):
    reply = answer(question)
    assert reply.confident, question
    assert reply.dispute_type != "mistaken_payment", (question, reply.dispute_type, keys(reply))
    assert "民法典:985" not in keys(reply), question


@pytest.mark.parametrize("question", [
    "给话费充值输错了号码，钱充到别人手机上了",
    "扫码付款多按了一个零，商家不肯退多收的钱",
    "会员费被重复扣了两次，平台只肯退一次",
])
def test_money_paid_by_mistake_stays_a_mistaken_payment(question):
    assert type_in_field(get_type("mistaken_payment"), question), question


# ---------------------------------------------------------------- a rented home sold
@pytest.mark.parametrize("question", [
    "房东要把房子卖掉，让我下个月就搬，可我的租约还有十个月",
    "我租的公寓被房主卖给了别人，新房主让我月底前腾房",
    "房东把房子过户给了别人，也没问过我要不要买，租期还没到",
])
def test_a_rented_home_sold_quotes_sale_does_not_break_a_lease(question):
    assert "rental_sold" in facet_ids(question), question
    reply = answer(question)
    assert reply.confident, question
    assert "民法典:725" in keys(reply), (question, keys(reply))


def test_a_rented_home_not_sold_is_no_sale():
    assert "rental_sold" not in facet_ids("租的房子热水器坏了，房东一直不来修")
    assert "rental_sold" not in facet_ids("房东卖给我的二手家具是坏的")  # no lease


# ---------------------------------------------------------------- an ID photo from a studio
@pytest.mark.parametrize("question", [
    "给孩子上户口要照片，在照相馆拍的派出所说不合格，照相馆不给重拍",
    "在影楼拍的驾驶证照片车管所不收，白交了六十块",
    "去照相馆拍护照的证件照，出入境说背景不对，老板不退钱",
])
def test_an_id_photo_from_a_studio_is_a_purchase_not_a_registration_question(question):
    assert outside_consumer_law(question) is None, question
    reply = answer(question)
    assert reply.confident and reply.citations, question


def test_a_household_registration_question_is_still_outside():
    assert outside_consumer_law("孩子的户口怎么迁到我这里，落户需要什么材料") is not None


# ---------------------------------------------------------------- a seller asking
@pytest.mark.parametrize("question", [
    "我在网上卖的裙子，买家穿过以后申请七天无理由退货，我能拒绝吗",
    "我在闲鱼卖了一台旧相机，买家收到后说镜头有问题要退款",
    "我在拼多多上卖橙子，买家收到后说坏了好几个要全额退款",
])
def test_a_seller_asking_about_a_buyer_is_the_business_side(question):
    assert is_merchant(question), question
    assert answer(question).side == "merchant", question


@pytest.mark.parametrize("question", [
    "我在淘宝买的裙子，卖家不给退",
    "我在商场买家电，说好的赠品没给",
    "我在网上买了件衣服，和图片差太多",
])
def test_a_buyer_is_still_a_consumer(question):
    assert not is_merchant(question), question


# ---------------------------------------------------------------- a haircut gone wrong
@pytest.mark.parametrize("question", [
    "理发店把我的头发剪坏了，短得没法见人，能要求赔偿吗",
    "去发廊剪头发，刘海剪毁了，还要我付两百",
    "头发剪得太短了跟说好的完全不一样，理发店不肯退钱",
])
def test_a_haircut_gone_wrong_is_the_jobs_result_not_goods_at_fault(question):
    found = facet_ids(question)
    assert "workmanship" in found and "defect" not in found and "damage" not in found, (question, found)
    reply = answer(question)
    assert "民法典:781" in keys(reply), (question, keys(reply))
    assert "产品质量法:40" not in keys(reply), question


# ---------------------------------------------------------------- more fuel than the tank holds
@pytest.mark.parametrize("question", [
    "加油站给我加了52升油，可我的油箱一共才45升",
    "我的车油箱只有40升，加油机显示加了47升，肯定多收了",
    "油箱容量才50升，加油站却说给我加了58升",
])
def test_more_fuel_charged_than_the_tank_holds_is_a_measurement_question(question):
    assert "measurement" in mentioned_fields(question), question
    reply = answer(question)
    assert reply.confident, question
    assert reply.dispute_type == "short_weight", (question, reply.dispute_type)


# ---------------------------------------------------------------- a fall in a care home
@pytest.mark.parametrize("question", [
    "老人在养老院摔倒了，大腿骨折要做手术",
    "我妈在敬老院洗澡时滑倒摔伤了，院方说是老人自己不小心",
    "孩子在托管班午睡时从床上摔下来磕破了头",
])
def test_a_fall_with_no_goods_is_no_product_defect(question):
    reply = answer(question)
    assert reply.dispute_type != "product_defect_injury", (question, reply.dispute_type)
    assert not any(k.startswith("产品质量法") for k in keys(reply)), (question, keys(reply))


def test_goods_that_hurt_stay_a_product_defect():
    assert type_in_field(get_type("product_defect_injury"), "买的电暖器用了一晚上就起火，把腿烫伤了")


# ---------------------------------------------------------------- a utility's tampering charge
@pytest.mark.parametrize("question", [
    "供电公司说我改过电表偷电，要罚我五千，可我根本没动过",
    "电力局上门说我家窃电，我从来没碰过电表",
    "燃气公司说我动了燃气表，要补交三年的气费",
])
def test_a_meter_tampering_charge_is_no_dignity_question(question):
    assert answer(question).dispute_type != "dignity_search", question


# ---------------------------------------------------------------- a third issue, room left
@pytest.mark.parametrize("question", [
    "在淘宝上买的会员课程还没开始上，客服说虚拟商品一律不退",
    "在网上报的会员课程还没开始学，客服说虚拟商品一律不退",
    "网上充值买的线上课程一节没学，平台说虚拟商品概不退款",
])
def test_a_third_issues_rule_is_quoted_when_there_is_room(question):
    # prepaid money, a "no refunds" clause and the online no-reason return: all three answered
    assert {"prepaid", "clause", "no_reason"} <= set(facet_ids(question)), question
    reply = answer(question)
    assert reply.confident, question
    got = set(keys(reply))
    assert "消费者权益保护法:25" in got and "消费者权益保护法:26" in got, (question, keys(reply))
    assert got & {"消费者权益保护法:53", "消费者权益保护法实施条例:22"}, (question, keys(reply))


# ---------------------------------------------------------------- game items taken back
@pytest.mark.parametrize("question", [
    "游戏里的物品被运营商无故扣除了，这算不算侵占我的财产",
    "手游里的道具莫名其妙被收回了，客服说我违规，我没有",
    "网游里的金币突然被清零了，客服说是系统检测异常",
])
def test_game_items_taken_back_with_no_money_told_are_the_platforms_account_management(question):
    reply = answer(question)
    assert not reply.confident and not reply.citations, (question, reply.dispute_type)


def test_game_items_bought_and_taken_back_are_still_a_purchase():
    reply = answer("游戏里的皮肤是我充值买的，现在被无故删除了，要求退钱")
    assert reply.confident and reply.citations


# ---------------------------------------------------------------- a business's customer hurt
@pytest.mark.parametrize("question", [
    "一位老人在我们公司门口踩到传单滑了一下，膝盖摔肿了，要我们赔多少",
    "有个顾客在我们店里滑倒摔伤了，要我们出医药费",
    "我开的饭店地上有水，一个客人摔了一跤骨折了，我要赔多少",
])
def test_a_business_asking_about_a_customer_hurt_on_its_premises_gets_the_safety_duty(question):
    reply = answer(question)
    assert reply.side == "merchant", question
    assert reply.dispute_type == "premises_safety_injury", (question, reply.dispute_type)
    assert "民法典:1198" in keys(reply) or "消费者权益保护法:18" in keys(reply), (question, keys(reply))
    assert "经营者的身份" in reply.summary, question
    assert not any(k.startswith("产品质量法") for k in keys(reply)), question


def test_a_business_asking_about_goods_that_hurt_a_customer_keeps_the_goods_rules():
    reply = answer("有顾客用了我们店卖的电热毯被烫伤了，要我赔偿")
    assert reply.dispute_type != "premises_safety_injury", keys(reply)


# ---------------------------------------------------------------- 充值 typed as 冲值
@pytest.mark.parametrize("typed, meant", [
    ("美容院冲值五千送一千，现在要退卡只肯按原价扣", "美容院充值五千送一千，现在要退卡只肯按原价扣"),
    ("健身房冲了值还没用几次就关门了", "健身房充了值还没用几次就关门了"),
    ("给手机冲话费冲错号码了", "给手机充话费冲错号码了"),
])
def test_a_top_up_typed_with_the_wrong_character_reads_as_a_top_up(typed, meant):
    from knowledge_base.answering import fix_typos

    assert fix_typos(typed) == meant


# ---------------------------------------------------------------- matters outside, told plainly
@pytest.mark.parametrize("question", [
    "我们在市区买的商品房，孩子户口还在老家，能在这边上小学吗",
    "买了商品房以后想把户口迁过来，需要什么手续",
    "商品房买了三年了，孩子能落户到这个学区吗",
])
def test_a_home_bought_is_no_purchase_of_goods_before_the_school_and_registration_words(question):
    assert outside_consumer_law(question) is not None, question


@pytest.mark.parametrize("question", [
    "我开了五年的店，店名被别人抢注成商标了，怎么办",
    "我们一直在用的牌子被人抢注了，现在反过来说我们侵权",
    "我想注册的商标被驳回了，说和别人的近似",
])
def test_a_trademark_squatted_or_refused_is_outside_consumer_law(question):
    reply = answer(question)
    assert not reply.citations, (question, keys(reply))


@pytest.mark.parametrize("question", [
    "我们小区业委会换届选举，物业一直在拉票，业主能要求重选吗",
    "业主委员会成立的时候投票不公开，可以去哪里反映",
    "业主大会选出来的委员都是物业安排的人，这合法吗",
])
def test_the_owners_committee_election_is_outside_consumer_law(question):
    reply = answer(question)
    assert not reply.confident and not reply.citations, (question, reply.dispute_type)
    assert "业主自治" in reply.text or "无法准确解答" in reply.text


def test_the_property_managers_own_service_stays_answered():
    assert answer("物业不修小区里坏了的路灯，还照样收物业费").citations


@pytest.mark.parametrize("question", [
    "老婆瞒着我分期买了一台车，现在我们要离婚，这个贷款我要还吗",
    "离婚的时候婚后买的家具和电器怎么分",
    "夫妻共同财产里有一张美容院的卡，离婚后归谁",
])
def test_a_marriage_ending_and_what_was_bought_is_a_family_question(question):
    reply = answer(question)
    assert not reply.citations, (question, keys(reply))


def test_a_wedding_service_around_a_divorce_stays_a_purchase():
    assert answer("离婚前在婚纱店交的定金能退吗").citations


# ---------------------------------------------------------------- dignity needs its facts
@pytest.mark.parametrize("question", [
    "在商场逛街时手机可能掉在店里了，想调监控看看，店里不让看",
    "钱包好像落在超市了，要求查一下监控，超市说只有警察才能看",
    "在饭店吃饭把戒指丢了，饭店说不负责也不给看监控",
])
def test_something_lost_in_a_shop_with_the_footage_refused_is_no_dignity_question(question):
    assert not type_in_field(get_type("dignity_search"), question), question
    assert answer(question).dispute_type != "dignity_search", question


@pytest.mark.parametrize("question", [
    "超市门口报警器响了，保安硬要翻我的包",
    "店员当着很多人的面说我是小偷",
    "服务员嫌我穷，说我买不起别乱摸",
])
def test_a_search_or_an_insult_stays_a_dignity_question(question):
    assert type_in_field(get_type("dignity_search"), question), question


# ---------------------------------------------------------------- work stopped for more money
@pytest.mark.parametrize("question", [
    "装修队收了首付干了五天就停工了，说人工涨价要加钱才继续",
    "定做的衣柜做到一半不做了，厂家说板材涨价要我补钱",
    "包工的师傅活干了一半不干了，非要加价三千才开工",
])
def test_work_stopped_until_more_money_is_paid_quotes_ending_the_contract(question):
    assert "terminate" in facet_ids(question), question
    got = set(keys(answer(question)))
    assert got & {"民法典:563", "民法典:566"}, (question, sorted(got))
