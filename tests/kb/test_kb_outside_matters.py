"""Questions the consumer texts cannot answer (issue 17): a debt's interest and arrears,
tax, an insurer's payout, an investment's loss, a platform's own riders and streamers, a
traffic fine. Each is recognised as a matter of another law and declined politely with
where to turn, instead of quoting consumer articles that do not apply; a consumer question
that only mentions a loan, a card or insurance on the way stays answered. Our own
wordings, not taken from any dev set."""
import pytest

from knowledge_base import answer

from kb_testlib import declined_to


@pytest.mark.parametrize("question", [
    "信用卡有两期没还上，银行每天打电话催，还要收罚息，这样合法吗",
    "花呗逾期半年了会不会影响我的征信，能不能只还本金",
    "网贷公司的人打电话骚扰我家里人，说再不还钱就上门，暴力催收怎么办",
    "房贷利率比别人高了一个点，银行说是合同定的，能要求降吗",
])
def test_a_debts_interest_arrears_and_collection_are_for_the_financial_regulator(question):
    declined_to(question, "12378")


@pytest.mark.parametrize("question", [
    "开了个小超市，一个季度卖多少钱以内不用交增值税",
    "我是做个体的，今年的个人所得税怎么申报",
    "在二手平台上卖自己的旧东西也要纳税吗",
])
def test_tax_is_for_the_tax_office(question):
    declined_to(question, "12366")


@pytest.mark.parametrize("question", [
    "我的车停在路边被人撞了，保险公司定损只给三千，修车要八千",
    "买了百万医疗险，住院花了五万，保险公司说有既往症只赔一部分",
    "交了三年的寿险想退保，保险公司说只能退一点现金价值",
])
def test_an_insurers_payout_is_for_the_financial_regulator(question):
    declined_to(question, "12378")


@pytest.mark.parametrize("question", [
    "投资的一个理财平台暴雷了，老板联系不上，本金还能追回来吗",
    "去年买的股票基金跌了一半，基金公司有没有责任",
    "P2P借出去的钱到期了一直不兑付",
])
def test_an_investments_loss_is_no_purchase(question):
    declined_to(question, "12378", "报案", "12386")


@pytest.mark.parametrize("question", [
    "我是美团骑手，送餐超时被平台罚了两百，还把我账号封了",
    "我是跑滴滴的司机，乘客投诉一次就被封号七天，申诉没人理",
    "我在某音当主播，平台突然封了我的号，后台的收益提现不了",
])
def test_a_platforms_own_workers_are_no_consumers(question):
    declined_to(question, "12333", "申诉")


@pytest.mark.parametrize("question", [
    "高速上超速了百分之二十，罚款两百扣六分，能不能少扣点",
    "路边临时停了五分钟就被贴了罚单，我不服",
    "驾驶证的分扣完了还能开车吗",
])
def test_a_traffic_fine_is_for_the_traffic_police(question):
    declined_to(question, "12123", "复议")


@pytest.mark.parametrize("question", [
    "在商场用信用卡分期买的冰箱，用了一周就不制冷了，商场不给换",
    "贷款买车时4S店说必须在他们那买车险，不买就不给办贷款",
    "银行理财经理跟我爸说是保本的存款，结果买的是基金，亏了两万",
    "在店里买了个电脑要开发票，老板说开票要另收6个点的税",
    "我是外卖骑手的老婆，在网上买的电动车电池充不进电，商家不管",
    "点的外卖里吃出了头发，骑手还送晚了一个小时",
])
def test_consumer_disputes_that_mention_a_loan_tax_or_a_rider_are_still_answered(question):
    reply = answer(question)
    assert reply.confident and reply.citations, (question, reply.text[:80])


@pytest.mark.parametrize("question", [
    "我开了家小饭馆，今年营业额不到三十万，要交哪些税",
    "我是开美容店的，店员干了两个月要走，要我补交社保，我要给吗",
])
def test_a_businesss_tax_and_staff_are_outside_consumer_law(question):
    reply = answer(question)
    assert not reply.confident and not reply.citations, question
    assert "不属于消费纠纷" in reply.text


@pytest.mark.parametrize("question", [
    "我开了个小店，营业执照怎么办理，个体户需要什么材料",
    "我们公司去年的年报忘了报，被列入经营异常名录了怎么办",
    "不想干了，个体户的执照怎么注销",
])
def test_a_businesss_registration_is_for_the_registration_desk(question):
    declined_to(question, "登记窗口", "12345")


@pytest.mark.parametrize("question", [
    "我是加盟商，交了十万加盟费，品牌方承诺的支持一样没给，能退加盟费吗",
    "去年交了五万块加盟费开奶茶店，总部说好的培训和供货都没有",
    "加盟费交了半年，品牌方跑路了，加盟费还能要回来吗",
])
def test_a_franchisees_contract_with_the_brand_is_no_consumer_dispute(question):
    declined_to(question, "商务主管部门", "法院")


def test_a_consumer_at_a_franchised_shop_is_still_answered():
    reply = answer("报的钢琴班是个加盟店，加盟店关门了，品牌总部说不归他们管，还有三十节课")
    assert reply.confident and reply.citations


@pytest.mark.parametrize("question", [
    "保险公司说我这种情况属于保单里的免责条款，一分钱不赔",
    "在商场买手机时顺带投保了碎屏险，屏幕碎了保险公司说是免责情形",
    "意外险出险以后报了案，保险公司拖了三个月还没理赔",
])
def test_an_insurers_payout_is_one_rule_whatever_else_is_named(question):
    """One list of insurance words (answering._INSURANCE): a purchase named beside an
    insurer's payout or exclusion does not make it a consumer question."""
    declined_to(question, "12378")


def test_a_policy_mis_sold_as_savings_is_answered():
    reply = answer("银行柜员说是存款让我妈签了字，结果是一份分红险，现在想退保说只能退一半")
    assert reply.confident and reply.citations


@pytest.mark.parametrize("question", [
    "朋友从日本给我寄了两罐奶粉，被海关扣了要交税，怎么交",
    "出国回来带了一块手表，入境要不要申报，超过多少钱要交关税",
    "国外亲戚寄来一台相机，快递说要先交进口税才能派送，这个税怎么算的",
])
def test_duty_on_goods_from_abroad_is_for_the_customs(question):
    declined_to(question, "12360")


@pytest.mark.parametrize("question", [
    "海淘买的奶粉，商家页面写的包税，到货了又要我补交关税，能退吗",
    "找代购买的包，说好包税的，结果要我自己交关税",
])
def test_duty_a_seller_promised_to_bear_stays_a_consumer_question(question):
    reply = answer(question)
    assert reply.confident and reply.citations, (question, reply.text[:80])


@pytest.mark.parametrize("question", [
    "业主群里说要动用维修资金换电梯，没经过我们同意可以吗",
    "小区外墙脱落，物业说要用公共维修基金，每户还要再补交一笔，合理吗",
    "买房时交的专项维修资金，卖房的时候能退给我吗",
])
def test_a_blocks_repair_fund_is_for_the_owners_and_the_housing_authority(question):
    declined_to(question, "业主", "住房城乡建设")


@pytest.mark.parametrize("question", [
    "网上申请贷款，客服说我银行卡号填错了账户被冻结，要先交三千解冻费才能放款",
    "贷款app说我流水不够，要我先转一万刷流水才能下款，正常吗",
    "借钱的平台说要验资，让我往指定账户转五千，转完再放款",
])
def test_a_loan_that_asks_a_fee_first_is_fraud(question):
    declined_to(question, "报案", "96110")


@pytest.mark.parametrize("question", [
    "开发商延期交房一年了，能要违约金吗",
    "买的期房交房都两年了，开发商还办不下来房产证",
    "我们楼盘说好去年年底交房，到现在还没验收，业主们该怎么办",
])
def test_a_new_homes_handover_and_title_are_for_the_housing_authority(question):
    declined_to(question, "住房城乡建设", "人民法院")


@pytest.mark.parametrize("question", [
    "开发商卖房的时候宣传旁边要建学校，结果建的是垃圾站",
    "交房后物业要先交一年物业费才给钥匙，合理吗",
])
def test_a_homes_advert_or_its_estate_management_stays_answered(question):
    reply = answer(question)
    assert reply.confident and reply.citations, (question, reply.text[:60])


@pytest.mark.parametrize("question", [
    "我在微信上买了几条免税中华，这样犯法吗",
    "朋友从免税店带的烟，我在朋友圈卖合法吗",
    "网上能买弓弩吗，会不会被抓",
])
def test_whether_buying_or_selling_restricted_goods_is_lawful_is_for_their_authority(question):
    declined_to(question, "烟草专卖", "公安")


def test_a_shop_asking_whether_it_may_sell_knives_is_declined_too():
    declined_to("我是开五金店的，店里卖管制刀具会不会犯法", "公安")


def test_fake_cigarettes_bought_stay_a_purchase():
    reply = answer("在小卖部买到假烟了，能赔吗")
    assert reply.confident and reply.citations


@pytest.mark.parametrize("question", [
    "收房的时候量了一下，房子实际面积比合同少了四个平方，开发商只肯退差价",
    "买的期房产权证下来面积缩水了，能不能要求开发商退房",
    "新房的公摊面积多了好几平，开发商说是测绘的问题",
])
def test_a_new_homes_floor_area_short_is_a_home_sale_for_the_housing_authority(question):
    declined_to(question, "住房城乡建设", "人民法院")


@pytest.mark.parametrize("question", [
    "买的地毯面积比商品页面写的小了一圈，能退吗",
    "装修公司报的刷墙面积比实际多了二十平，多收了钱",
])
def test_an_area_short_in_goods_or_a_fitting_out_stays_answered(question):
    reply = answer(question)
    assert reply.confident and reply.citations, (question, reply.text[:60])


@pytest.mark.parametrize("question", [
    "商家可以拒收现金吗？",
    "停车场只能扫码付款，不收现金，合法吗",
    "早餐店说现金不收，只收微信，这样可以吗",
])
def test_a_business_refusing_cash_is_for_the_central_bank(question):
    declined_to(question, "中国人民银行", "12363")


def test_a_purchase_gone_wrong_beside_a_cash_refusal_stays_answered():
    reply = answer("店里不收现金只能扫码，结果扫码多收了我二十块，能要回来吗")
    assert reply.confident and reply.citations, reply.text[:60]
