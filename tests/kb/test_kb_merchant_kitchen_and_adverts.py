"""A business's own questions answered on the rule its facts call for (issue 17): a kitchen
without a food licence, with tableware that failed disinfection or staff without a health
certificate; an advert that claims to cure an illness; an in-store customer returning
something that has no fault; an owner who says "本人开了…" or names the fine's sum. Our own
wordings, not taken from any dev set."""
import pytest

from knowledge_base import answer
from knowledge_base.guide import is_merchant

from kb_testlib import keys


@pytest.mark.parametrize("question", [
    "卤菜摊子一直没去办许可证，这回被执法队查到了，要罚多少钱",
    "我开的砂锅店证还没批下来就营业了，市场监管说是无证经营，怎么罚",
    "请问做私房蛋糕在家接单卖，要办什么证吗，不办会被处罚吗",
])
def test_a_kitchen_without_its_licence_is_answered_on_the_licence(question):
    reply = answer(question)
    cited = keys(reply)
    assert reply.side == "merchant", question
    assert "食品安全法:122" in cited or "食品安全法:35" in cited, (question, cited)
    assert "许可" in reply.summary, reply.summary


@pytest.mark.parametrize("question, rule", [
    ("我是开火锅店的，抽查说我们的碗筷消毒不合格，会怎么罚", "食品安全法:56"),
    ("餐馆里切配的小工没有健康证被查到了，老板要被罚吗", "食品安全法:45"),
    ("我们食堂杯子没消毒被执法人员拍了照，第一次被查能免罚吗", "食品安全法:56"),
])
def test_tableware_and_health_certificates_are_the_kitchens_own_duties(question, rule):
    reply = answer(question)
    cited = keys(reply)
    assert reply.side == "merchant" and reply.dispute_type == "merchant_food_penalty", question
    assert rule in cited and "食品安全法:126" in cited, (question, cited)
    assert "保质期" not in reply.summary, reply.summary


@pytest.mark.parametrize("question", [
    "我们店卖的保健茶，宣传页上印了可以降血糖，被市场监管局立案了，会罚多少",
    "我在朋友圈给代理的保健食品打广告说能治失眠，被人举报了怎么处罚",
    "公司宣传册说我们的鞋垫能治疗腰椎病，市场监管局要处罚我们",
])
def test_an_advert_that_claims_to_cure_is_answered_on_the_ban_on_cures(question):
    reply = answer(question)
    cited = keys(reply)
    assert reply.side == "merchant", question
    assert "广告法:17" in cited or "广告法:18" in cited, (question, cited)
    assert "治疗" in reply.summary, reply.summary
    assert "对质量有争议" not in reply.text and "保质期" not in reply.summary, reply.summary


@pytest.mark.parametrize("question", [
    "顾客在我们店买了条裤子，第二天拿来说不喜欢了要退，我们不同意行吗",
    "我开服装店的，有个客人买了外套三天后说颜色不好看要退钱，必须退吗",
    "我们门店卖出的台灯没有任何毛病，顾客非要无理由退货，能拒绝吗",
])
def test_a_faultless_in_store_return_is_answered_on_the_return(question):
    reply = answer(question)
    assert reply.side == "merchant", question
    assert "消费者权益保护法:24" in keys(reply), keys(reply)
    assert not reply.summary.startswith("您好，对质量有争议"), reply.summary
    assert "没有质量问题" in reply.summary, reply.summary


@pytest.mark.parametrize("question", [
    "本人开了一家五金店，卖的插线板被抽检不合格，会被罚吗",
    "俺开了个小卖部，上面说我卖的酒是假的，要罚款",
    "市场监管局说要罚款3万，就因为货架上一瓶过期饮料",
    "工商所要罚两万块，说我们标价签不对，这合理吗",
])
def test_an_owner_however_told_and_a_fine_named_by_its_sum_are_a_businesss(question):
    assert is_merchant(question), question


@pytest.mark.parametrize("question", [
    "我在超市买的牛奶过期了，市场监管局说会去查他们",
    "我举报了那家饭店，工商说要罚他们两万块，我能拿到奖励吗",
    "本人在小区门口的店买了过期面包，想投诉",
])
def test_a_consumer_telling_of_a_shops_fine_is_no_business(question):
    assert not is_merchant(question), question
