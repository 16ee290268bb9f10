"""Facts that call for one rule of a special law (data/article_cues.yaml) get it quoted even
when the dispute type does not list it, and in a general answer too (issue 17: a second
issue detected but its article not added). Our own wordings, not taken from any dev set."""
import pytest

from knowledge_base import answer
from tests.kb.kb_testlib import keys

PREPAID = "最高人民法院关于审理预付式消费民事纠纷案件适用法律若干问题的解释"


@pytest.mark.parametrize("question, number", [
    # a surcharge laid on a card already paid for: the rule on a unilateral price rise
    ("游泳馆的次卡用了一半，现在店里说每次还要另交二十块钱毛巾费，之前办卡时没说", 12),
    ("健身房的年卡刚办三个月，老板说以后每次进场要加钱，不加钱就不让进", 12),
    # a franchised branch closed and the brand disowns it: the franchise rule
    ("报的钢琴班是个加盟店，加盟店关门了，品牌总部说不归他们管，还有三十节课", 5),
    # the shop says the consumer owes money once the discount is undone
    ("在美甲店充了三千送一千，现在不想做了，店里说按原价扣完我还要补给他们钱", 20),
    # the owner vanished with the money: the punitive rule
    ("健身房老板卷款跑路了，我的两年卡才练了三个月，能要求赔偿吗", 23),
])
def test_prepaid_facts_get_the_interpretations_own_rule(question, number):
    cited = keys(answer(question))
    assert f"{PREPAID}:{number}" in cited, (question, cited)


@pytest.mark.parametrize("question", [
    "健身房年卡办了两个月，老板跑路了",
    "美容院的卡里还剩两千，店说不能退",
])
def test_the_cue_scope_adds_no_rule_from_another_field(question):
    cited = keys(answer(question))
    assert not any(k.startswith(("食品安全法", "旅游法", "家用汽车")) for k in cited), (question, cited)


PRIVACY = "个人信息保护法"


@pytest.mark.parametrize("question, number", [
    # a service refused unless the consumer consents: no refusal for withheld consent
    ("办个会员卡要填身份证号、工作单位和收入，不填就不给办", 16),
    ("手机App要读取我的通讯录和位置，不授权就用不了", 16),
    # biometrics are sensitive personal information
    ("小区超市装了人脸识别的闸机，不刷脸就不让进去买东西", 28),
    ("去办健身卡，前台非要录指纹才给办，我不想给", 28),
])
def test_privacy_facts_get_the_personal_information_laws_own_rule(question, number):
    cited = keys(answer(question))
    assert f"{PRIVACY}:{number}" in cited, (question, cited)
