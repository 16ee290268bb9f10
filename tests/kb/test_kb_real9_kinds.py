"""Kinds read from the ninth real draw's tune half (news hotline and reader-letter quotes) and
the leftover tune failures of earlier draws, each in our own words, fixed as mechanisms: a
litre written as L at the pump, a shop's card with the shop gone, ready-made furniture that
gives off formaldehyde, a ride's fare above its estimate, an invoice refused and no price list
shown, a traveller's own cancellation, a pet deal told by its receipt, a condition of use the
page never showed, a sum agreed and not kept, a purchase paid with no delivery date, a phone
plan forced to activate a phone, a customer led to another business for costly treatment, and
a purchase made the condition of using one's own goods."""
import pytest

from knowledge_base import answer
from knowledge_base.answering import cued_articles
from knowledge_base.fields import question_fields

from kb_testlib import facet_ids, keys

PREPAID_14 = "最高人民法院关于审理预付式消费民事纠纷案件适用法律若干问题的解释:14"


# ---------------------------------------------------------------- a litre written as L
@pytest.mark.parametrize("question", [
    "加油站给我加了58L，可我这车油箱容量才45L，明显不对",
    "我的摩托车油箱只有12L，加油机显示打了16L汽油",
    "油箱最多装60L，小票上却收了71.5L的钱",
])
def test_fuel_in_litres_written_as_l_is_a_measurement_question(question):
    assert "measurement" in question_fields(question), question
    reply = answer(question)
    assert reply.dispute_type == "short_weight", (question, reply.dispute_type)
    assert any(k.startswith("计量法") for k in keys(reply)), (question, keys(reply))


# ---------------------------------------------------------------- a shop's card, the shop gone
@pytest.mark.parametrize("question", [
    "上个月在楼下洗车店办的卡，今天过去发现店里都搬空了，老板电话也打不通",
    "我的卡是年初在美甲店办的，前几天突然关店了，里面还有八百块",
    "游泳馆倒闭了，我们好几个人手里的卡都没用完",
])
def test_a_shops_card_with_the_shop_gone_is_a_prepaid_question(question):
    assert "prepaid" in question_fields(question), question
    quoted = keys(answer(question))
    assert "消费者权益保护法:53" in quoted, (question, quoted)


def test_a_closed_shop_is_no_change_of_mind():
    among = [PREPAID_14]
    assert cued_articles("健身卡上周刚办，老板就说交不起房租闭店了，这算不算骗人", among) == []
    assert cued_articles("瑜伽卡刚交了钱，第二天门店就跑路了", among) == []
    # a change of mind still takes the seven days
    assert cued_articles("健身卡刚办了三天，后悔了想退，店里不同意", among) == among
    assert PREPAID_14 in keys(answer("健身卡刚办了三天，后悔了想退，店里不同意"))


@pytest.mark.parametrize("question", [
    "刷信用卡买的衣服，过了一个月那家店关门了",
    "身份证卡套丢在店里了，店也搬走了",
])
def test_a_bank_or_phone_card_is_no_shops_card(question):
    assert "prepaid" not in question_fields(question), question


# ---------------------------------------------------------------- furniture giving off gas
@pytest.mark.parametrize("question", [
    "新买的衣柜放家里一股刺鼻的味道，测出来甲醛超标，孩子一直咳嗽，商家不管",
    "网上购买的床垫有有害气体，检测甲醛超标五倍，卖家只说通风",
    "家具城买来的沙发甲醛严重超标，厂家一直拖着不处理",
])
def test_ready_made_furniture_giving_off_formaldehyde_is_faulty_goods(question):
    reply = answer(question)
    assert reply.dispute_type != "home_decoration", question
    assert {"消费者权益保护法:24", "产品质量法:40", "民法典:582"} & set(keys(reply)), (question, keys(reply))


def test_formaldehyde_after_decoration_work_stays_the_decoration_question():
    reply = answer("装修公司给我家做完装修，甲醛超标好几倍，他们不肯返工")
    assert reply.dispute_type == "home_decoration", reply.dispute_type


# ---------------------------------------------------------------- a ride's fare above its estimate
@pytest.mark.parametrize("question", [
    "打网约车预估30块，下车时扣了75元，路线也没走错",
    "出租车到目的地一看表，车费比平时同样的路贵了一倍",
    "叫的快车预估价是二十多，结果到了目的地要六十八元",
])
def test_a_ride_charged_above_its_estimate_is_the_carriage_fare(question):
    assert "fare" in facet_ids(question), question
    reply = answer(question)
    quoted = keys(reply)
    assert {"民法典:812", "民法典:813"} & set(quoted), (question, quoted)
    assert not any(k.startswith("明码标价") for k in quoted), (question, quoted)


def test_the_same_trip_priced_by_user_stays_a_pricing_question():
    reply = answer("同一段路，我和同事同时打车，我的手机预估车费比他的贵十块，是不是杀熟")
    assert reply.dispute_type == "big_data_pricing", reply.dispute_type


# ---------------------------------------------------------------- an invoice refused, no price list
@pytest.mark.parametrize("question", [
    "在饭店吃完饭要发票，老板说今天的发票开完了，只能给收据",
    "修完电脑要求开票，店里说开发票要另外加百分之六",
    "买了台空调，商家拒绝开发票，说价格是优惠过的",
])
def test_an_invoice_refused_quotes_the_invoice_duty(question):
    assert "invoice" in facet_ids(question), question
    assert "消费者权益保护法:22" in keys(answer(question)), (question, keys(answer(question)))


@pytest.mark.parametrize("question", [
    "夜市的烧烤摊没有价目表，吃完一结账三百多，老板随口报价",
    "烧烤店没有价目表，结账时老板说羊肉串八块一串，比隔壁贵一倍",
    "理发店墙上没标价格，剪完说要一百二",
])
def test_no_price_list_shown_quotes_the_price_law_marking_duty(question):
    assert "价格法:13" in keys(answer(question)), (question, keys(answer(question)))


# ---------------------------------------------------------------- a traveller's own cancellation
@pytest.mark.parametrize("question", [
    "报了旅行社的三亚团，我们出发前二十天取消了行程，旅行社说定金一分不退",
    "家里老人身体不好，我们提前退团，旅行社要扣一半团费",
    "我们不想去了，提前半个月跟旅行社说取消报名，他们要收违约金",
])
def test_a_travellers_own_cancellation_quotes_the_refund_after_costs(question):
    reply = answer(question)
    assert "旅游法:65" in keys(reply), (question, reply.dispute_type, keys(reply))


# ---------------------------------------------------------------- a pet deal told by its receipt
@pytest.mark.parametrize("question", [
    "猫舍给的收据写着一个月内生病只能加钱换一只，恕不退款，结果小猫一周就死了",
    "小狗到家第三天就病死了，老板只肯让我再付一千换同等的狗",
    "那只柯基领回来就拉肚子，店家说不退，只能换别的",
])
def test_a_pet_deal_told_by_receipt_or_swap_is_a_pet_purchase(question):
    reply = answer(question)
    assert reply.dispute_type == "pet_purchase", (question, reply.dispute_type)


@pytest.mark.parametrize("question", [
    "收据上印着商品售出恕不退换，衣服开线了也不给退",
    "店门口贴着恕不退款，蛋糕坏了老板不认",
    "卡上写着恕不退还，店铺换老板后就不认了",
])
def test_a_no_refunds_notice_is_a_clause_question(question):
    assert "clause" in facet_ids(question), question


# ---------------------------------------------------------------- a condition never shown
@pytest.mark.parametrize("question", [
    "买的即热式热水器装不上，说要专门的电线，可商品页面上没有写这个要求",
    "网上买的洗碗机到家才知道要预留进水口，详情页根本没提",
    "买的时候没看到有使用条件限制，装的时候才说我家电压不够",
])
def test_a_condition_of_use_never_shown_is_an_information_question(question):
    assert "information" in facet_ids(question), question
    assert {"消费者权益保护法:8", "消费者权益保护法:20"} & set(keys(answer(question))), question


# ---------------------------------------------------------------- a sum agreed and not kept
@pytest.mark.parametrize("question", [
    "装修公司之前谈好了总价八万，完工结算时多出一万二",
    "分期买的电脑，店员当时算好了每月还五百，账单出来每期五百六，跟算的对不上",
    "驾校报名时说好了学费三千八，现在要我多交六百才给考试，跟说的对不上",
])
def test_a_sum_agreed_and_not_kept_quotes_full_performance(question):
    assert "agreed_sum" in facet_ids(question), question
    assert {"民法典:509", "民法典:577"} & set(keys(answer(question))), (question, keys(answer(question)))


# ---------------------------------------------------------------- paid, no delivery date
@pytest.mark.parametrize("question", [
    "家具定金交了三个月了还没到货，合同上没写交货时间，拖多久算违约",
    "全款付了买的电动车，店里一直说等货，多久才算逾期",
    "订了一套橱柜交了钱，没约定什么时候安装，能一直拖吗",
])
def test_paid_with_no_delivery_date_quotes_the_performance_period_rule(question):
    assert "no_deadline" in facet_ids(question), question
    assert "民法典:511" in keys(answer(question)), (question, keys(answer(question)))


def test_how_long_until_overdue_is_no_expired_goods():
    assert "expired" not in facet_ids("首付交了好几个月，多长时间算过期，能起诉吗")


# ---------------------------------------------------------------- a plan forced, a brand untraceable
@pytest.mark.parametrize("question", [
    "店员说这部手机必须办卡才能激活，要交两千的话费",
    "买了个手机，营业员说要办个号码卡才可以开机，还要签两年合约",
])
def test_a_plan_to_activate_a_phone_is_no_prepaid_card(question):
    assert "prepaid" not in question_fields(question), question
    assert "prepaid" not in facet_ids(question), question


@pytest.mark.parametrize("question", [
    "商场买的蓝牙耳机，回家一查根本查不到这个品牌",
    "店里卖给我的净水器是杂牌，说好是大品牌的",
    "说是进口的手表，官网查不到这个型号",
])
def test_goods_of_an_untraceable_brand_raise_deceit(question):
    assert "deceit" in facet_ids(question), question
    assert "消费者权益保护法:55" in keys(answer(question)), (question, keys(answer(question)))


# ---------------------------------------------------------------- led elsewhere for treatment
@pytest.mark.parametrize("question", [
    "养生馆的人把我妈被带去一个诊所做检查，花了五万买药",
    "我被美容店的顾问带到一家医院做了手术，花了十几万，感觉上当了",
    "老人被推销员领去一个店里买了两万的保健仪器",
])
def test_led_to_another_business_for_costly_treatment_raises_deceit(question):
    assert "deceit" in facet_ids(question), question
    assert {"消费者权益保护法:55", "民法典:148", "民法典:149"} & set(keys(answer(question))), question


# ---------------------------------------------------------------- a purchase made the condition
@pytest.mark.parametrize("question", [
    "在酒楼办婚宴，自带的白酒每开一瓶就要按店里的价买一瓶他们的",
    "KTV说带自己的零食可以，但必须购买指定的套餐",
    "酒店说想用自己的蛋糕就得先买一份他们的甜品",
])
def test_a_purchase_made_the_condition_of_using_ones_own_is_forced_trade(question):
    assert "forced" in facet_ids(question), question
