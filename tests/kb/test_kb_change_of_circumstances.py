"""A change of circumstances (民法典533) is the consumer's own change (illness, a move, a new
job) in a continuing contract paid ahead (a card, a course, a membership, a contract, a
booked trip); a pet that fell ill after the sale or goods that put someone in hospital are
no change of circumstances (issue 17: a rule quoted beside the point). Our own wordings."""
import pytest

from knowledge_base.answering import cued_articles

KEY = "民法典:533"


@pytest.mark.parametrize("question", [
    "在瑜伽馆办了三年的会员，今年怀孕了医生不让练，馆里说不能退",
    "报了一年的英语课，刚上两个月公司就把我调到外地了，学费能退吗",
    "签了两年的宽带合约，现在搬家到新小区他们家没覆盖，营业厅要违约金",
])
def test_the_consumers_own_change_in_a_continuing_contract(question):
    assert KEY in cued_articles(question, [KEY]), question


@pytest.mark.parametrize("question", [
    "在宠物店买的小狗第三天就查出细小病毒，店家说出门概不负责",
    "听了讲座买的保健品说能降血压，我妈吃了以后住院了",
    "在天猫买的电热毯用了一晚上就漏电，我手被电得住院了",
])
def test_a_pets_illness_or_goods_that_harmed_are_no_change_of_circumstances(question):
    assert KEY not in cued_articles(question, [KEY]), question
