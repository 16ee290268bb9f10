"""Demands said as what the merchant owes the consumer (let them do it, a paper, the time lost made up),
and a question whether what the merchant did is lawful, which asks for nothing."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("text", [
    "让我携号转网就行",
    "出个证明 让我装上",
    "让我们正常过户",
    "请他们开个同意书给我",
    "物业盖个章就行",
])
def test_what_the_merchant_owes_is_continued_performance(text):
    assert "继续履行" in ex.find_demands(text)


@pytest.mark.parametrize("text", [
    "停业那段时间给我顺延",
    "会员卡延期两个月",
    "课程有效期帮我延长",
])
def test_time_lost_made_up_is_continued_performance(text):
    assert ex.find_demands(text) == ["继续履行"]


@pytest.mark.parametrize("text", [
    "工地一直延期 师傅也找不到",
    "开发商延期交房半年了",
    "店家不给延期",
    "物业就是不盖章",
    "他们不让我装电表",
    "培训机构让我办卡",
])
def test_a_delay_or_a_refusal_told_is_no_demand(text):
    assert "继续履行" not in ex.find_demands(text)


@pytest.mark.parametrize("text", [
    "商家单方面取消订单合法吗",
    "他这样扣我押金合理吗",
    "不退定金算不算违法",
    "他们直接给我退款合不合法",
])
def test_asking_whether_it_is_lawful_is_no_demand(text):
    assert ex.normalise_demand(text).value is None


def test_a_lawful_question_beside_a_demand_keeps_the_demand():
    assert ex.normalise_demand("这样扣钱合理吗 我要求退钱").value.startswith("退款")


def test_a_reasonable_compensation_is_still_a_demand():
    assert ex.find_demands("给个合理的赔偿") == ["赔偿"]


def test_what_is_left_of_a_card_goes_back_as_money():
    assert ex.find_demands("退剩下的课时") == ["退款"]
    assert ex.find_demands("不然就退没用完的次数") == ["退款"]
