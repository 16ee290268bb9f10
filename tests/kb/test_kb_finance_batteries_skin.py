"""Three kinds of real consumer question answered beside the point (issue 17), in our own
words:

- a bank's or a broker's product (a wealth plan, a fund) quoted the product-quality law, and
  not 消法28, which names the securities, insurance and banking services' duty to inform
  (the article's field was read as online selling only);
- a battery that "就不行了" or swelled (鼓包) within a short warranty told no fault, and the
  question fell to a format clause's or a repair's delay's rules: it is a quality question;
- a beauty treatment that left spots or scars (留下色斑, 色沉, 留疤) told no harm, and got
  neither the injury rules nor a service's damage."""
import pytest

from knowledge_base import answer
from knowledge_base.fields import fits

from tests.kb.kb_testlib import keys


@pytest.mark.parametrize("question", [
    "在银行买的理财到期亏了，柜员当初说保本保收益",
    "证券公司的客户经理推荐我买基金，只说收益不讲风险",
    "保险业务员把分红险说成存款卖给我妈",
])
def test_a_financial_service_may_quote_its_duty_to_inform(question):
    assert fits("消费者权益保护法:28", question), question


@pytest.mark.parametrize("question", [
    "在银行买的理财到期亏了，柜员当初说保本保收益",
    "基金公司的产品年化收益率宣传是假的",
    "信托产品到期不兑付",
])
def test_a_financial_product_is_no_product_under_the_quality_law(question):
    assert not fits("产品质量法:40", question), question
    assert not fits("产品质量法:43", question), question


def test_gold_bars_bought_at_a_bank_are_still_goods():
    assert fits("产品质量法:40", "在银行买的投资金条成色不足，能退吗")


@pytest.mark.parametrize("question", [
    "买的电动车骑了四个月电池就不行了，店家说电池只保三个月",
    "新手机用了半年电池鼓包了，售后说电池只保半年",
    "充电宝买了两个月就鼓包了，商家不给换",
])
def test_a_battery_failing_within_months_is_a_quality_question(kb, question):
    assert answer(question).dispute_type == "quality_three_guarantees", question


@pytest.mark.parametrize("question", [
    "在美容院做了祛斑，脸上反而留下了一块块色斑",
    "美容店做完光子嫩肤后脸上色沉了，店里说是正常反应",
    "在美容院点痣，结果留了疤，店里只肯退钱",
])
def test_a_beauty_treatment_that_marked_the_skin_is_a_harm(kb, question):
    reply = answer(question)
    assert reply.confident, question
    assert {"消费者权益保护法:49", "消费者权益保护法:52", "民法典:1179", "民法典:1218"} & set(keys(reply)), keys(reply)
