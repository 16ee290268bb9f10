"""A business's questions beyond fines (issue 17), in our own words:

- an owner however told ("我开了个美容店", "我在拼多多开店", "我在朋友圈卖自己腌的咸菜") is a business;
- a shop's name or sign made like a known brand's: confusion (反不正当竞争法6, the fine in 18),
  not a customer's claim;
- a home cook asking what licence selling needs: 食品安全法35 (the licence), 122 (the fine);
- work done and the customer withholding the balance: the pay owed (民法典579/782), the lead on it;
- customers who paid in advance asking for refunds: 消法53 / 条例22 lead;
- a customer's claim needs a customer: a business asking about its name or licence raises none;
  and a plain in-store return quotes none of the pay or prepaid rules.
"""
import pytest

from knowledge_base import answer
from knowledge_base.guide import is_merchant

from tests.kb.kb_testlib import keys


@pytest.mark.parametrize("question", [
    "我开了个美甲店，顾客做完说指甲发炎了，要我赔钱",
    "我在拼多多开店卖拖鞋，买家说有异味要退款",
    "我在朋友圈卖自己腌的咸菜，要不要办证",
    "本人开了一家小吃铺，被人举报卫生不好",
])
def test_an_owner_however_told_is_a_business(question):
    assert is_merchant(question), question


@pytest.mark.parametrize("question", [
    "我在我朋友开的店里买了一双鞋，穿了两天就开胶了",
    "我在楼下新开的店买了个杯子，裂了",
    "他们开了家店专门卖假货，怎么举报",
])
def test_a_shop_someone_else_opened_is_no_business_of_the_askers(question):
    assert not is_merchant(question), question


@pytest.mark.parametrize("question", [
    "我开了家奶茶店，店名跟一个网红品牌就差一个字，会被告吗",
    "我们小店的招牌和某知名连锁店的logo很像，市场监管会不会查",
    "我开的火锅店名字和一个很有名的老字号差不多，算不算侵权",
])
def test_a_name_like_a_known_brands_is_confusion(question):
    reply = answer(question)
    cited = keys(reply)
    assert reply.side == "merchant", question
    assert "反不正当竞争法:6" in cited, (question, cited)
    assert reply.dispute_type != "merchant_customer_claim", reply.dispute_type
    assert "混淆" in reply.summary, reply.summary


@pytest.mark.parametrize("question", [
    "我在家做手工辣椒酱放到网上卖，需要办什么手续",
    "我想在小区门口摆摊卖自己蒸的包子，要办什么证吗",
    "我在抖音上卖自己做的腊肉，要不要办食品许可证，不办会罚吗",
])
def test_a_home_cook_selling_is_answered_on_the_licence(question):
    reply = answer(question)
    cited = keys(reply)
    assert reply.side == "merchant", question
    assert "食品安全法:35" in cited or "食品安全法:122" in cited, (question, cited)


@pytest.mark.parametrize("question", [
    "我们是做装修的，活干完了业主一直拖着尾款两万不给，说墙面有裂缝",
    "我是做家电维修的，修好了空调顾客不给钱，说修得不好",
    "我们给客户定做的窗帘装好了，客户说颜色不对拒付尾款",
])
def test_work_done_and_the_balance_withheld_is_answered_on_the_pay(question):
    reply = answer(question)
    cited = keys(reply)
    assert reply.side == "merchant", question
    assert "民法典:579" in cited or "民法典:782" in cited, (question, cited)
    assert "报酬" in reply.summary[:120], reply.summary


@pytest.mark.parametrize("question", [
    "我开的游泳馆要装修停业两个月，办了卡的会员都要求退卡，该怎么退",
    "我开了个舞蹈班，有学员交了一年学费，上了两个月要退费，我们必须退吗",
    "我开的洗车店转让了，顾客卡里还有余额，现在找我要退钱",
])
def test_prepaid_customers_asking_for_refunds_are_answered_on_the_advance(question):
    reply = answer(question)
    cited = keys(reply)
    assert reply.side == "merchant", question
    assert "消费者权益保护法:53" in cited or "消费者权益保护法实施条例:22" in cited, (question, cited)


@pytest.mark.parametrize("question", [
    "顾客在我们店买了双运动鞋，第二天说不喜欢要退，必须给退吗",
    "我开服装店的，客人买的裙子试穿了说不合适要退钱",
    "顾客在我店里买的保温杯没有任何问题，非要退，我能拒绝吗",
])
def test_a_plain_in_store_return_quotes_no_pay_or_prepaid_rule(question):
    reply = answer(question)
    cited = keys(reply)
    assert reply.side == "merchant", question
    assert not {"民法典:579", "民法典:782", "民法典:783", "消费者权益保护法:53"} & set(cited), (question, cited)
    assert "消费者权益保护法:24" in cited, cited
