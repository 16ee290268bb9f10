"""Kinds read from the sixth real draw's tune half (issue 17), each in our own words: a
food shop asking about an inspector's fine (said as 工商会处罚吗, 来店里, 交罚款, or with 抽检
typed as 抽签), a game or social account banned with no money at stake, a payment made
in full before a collapse told across sentences, and the tradesman's responsibility asked
for a fault after the job."""
import pytest

from knowledge_base import answer
from knowledge_base.answering import fix_typos

from kb_testlib import declined_to, facet_ids, keys


@pytest.mark.parametrize("question", [
    "我是卖水果的，市场监管来店里抽检农药残留超标，会罚多少",
    "我是做卤味的，工商会处罚吗，他们说我的标签不规范",
    "小面馆被查出冰箱里有过期的面条，执法的人来店里拍了照，我要交罚款吗",
])
def test_a_food_shops_fine_is_asked_from_the_shops_side(question):
    reply = answer(question)
    assert reply.side == "merchant", question
    assert "行政处罚法:33" in keys(reply) and any(k.startswith("食品安全法:") for k in keys(reply)), keys(reply)


def test_sampling_typed_as_drawing_lots_is_read_as_sampling():
    assert "抽检商品" in fix_typos("他们买走了抽签商品拿去化验")
    reply = answer("食品抽签的人在我店里买走了几包辣条，抽签不合格，还要罚我的款")
    assert reply.side == "merchant", keys(reply)
    assert {"食品安全法:124", "食品安全法:136"} & set(keys(reply)), keys(reply)


def test_a_consumer_asking_about_goods_that_failed_sampling_stays_a_consumer():
    assert answer("超市卖的饼干被抽检不合格，我买了好几包能要求赔偿吗").side == "consumer"


@pytest.mark.parametrize("question", [
    "玩了三年的手游账号突然被封号了，客服说我用了外挂，可我没用",
    "QQ号被冻结了申诉好几次都不通过",
    "抖音账号被永封了，怎么解封",
])
def test_an_account_banned_is_the_platforms_appeal(question):
    declined_to(question, "申诉")


@pytest.mark.parametrize("question", [
    "孩子偷偷在手游里充了五千，账号还被封了",
    "游戏账号被封了，里面买的皮肤花了一千多，能退钱吗",
])
def test_money_paid_into_a_banned_account_stays_a_consumer_question(question):
    reply = answer(question)
    assert reply.confident and reply.citations, question


def test_paid_in_full_then_a_collapse_told_in_the_next_sentence_is_termination():
    assert "terminate" in facet_ids("在建材店订了一批地板，货款全部付清。后来还没送货，店就倒闭了，钱怎么要回来")


@pytest.mark.parametrize("question", [
    "新装的热水器漏水，是安装师傅的问题吗",
    "贴的瓷砖空鼓了，能追究施工队的责任吗",
    "阳台刚做的防水又渗水了，算不算装修师傅的责任",
])
def test_the_tradesmans_responsibility_for_a_fault_after_the_job_is_workmanship(question):
    assert "workmanship" in facet_ids(question), question
    assert "民法典:781" in keys(answer(question)) or "消费者权益保护法:52" in keys(answer(question)), question


@pytest.mark.parametrize("question", [
    "我妈借钱买了一万多的保健品，推销的人说能治高血压",
    "借钱买的手机三天就坏了，店里不给修",
    "会销讲座上卖的磁疗床垫能买吗，说能治失眠",
])
def test_money_borrowed_to_buy_or_whether_to_buy_is_still_a_purchase(question):
    reply = answer(question)
    assert reply.confident and reply.citations, (question, reply.text[:60])


def test_a_loan_between_friends_is_still_declined():
    declined_to("朋友借钱给我一直不还怎么办", "起诉", "12348")


@pytest.mark.parametrize("question", [
    "社区组织老人去旅游，大巴上一直有人推销保健品",
    "单位组织去海南旅游，导游带去的珍珠店价格虚高",
    "公司带员工去旅游，车上有人上来卖玉镯子，不买还不高兴",
])
def test_a_trip_someone_organised_is_tourism(question):
    from knowledge_base.fields import question_fields

    assert "tourism" in question_fields(question), question


def test_a_shop_visited_on_ones_own_trip_is_no_tour():
    from knowledge_base.fields import question_fields

    assert "tourism" not in question_fields("我去北京旅游时在一家商店买的衣服质量不好")


@pytest.mark.parametrize("question", [
    "我举报了这家店卖过期食品，工商会处罚吗",
    "我投诉以后市场监管的人来到店里检查了，结果呢",
    "健身房说我违反规定要我交罚款200",
])
def test_a_consumer_who_reported_or_is_fined_by_a_shop_is_no_shop(question):
    from knowledge_base.guide import is_merchant

    assert not is_merchant(question), question
