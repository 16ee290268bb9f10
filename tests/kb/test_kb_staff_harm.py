"""Harm done by a business's worker while working (issue 17: a second issue missed): the
answer quotes the employer's liability for its staff (民法典1191) beside the rule on the
harm itself, whatever the business says about the worker. Our own wordings, not taken
from any dev set."""
import pytest

from knowledge_base import answer


@pytest.mark.parametrize("question", [
    "搬家公司的工人把我家的实木衣柜摔坏了，公司说让我找工人赔",
    "理发店的学徒给我烫头，把我头皮烫伤了，店长说是学徒个人的问题",
    "家电安装师傅打孔时把我家的水管打穿了，淹了楼下",
    "洗车店的员工洗车时把我的后视镜碰坏了，老板说员工已经走了不管",
])
def test_a_workers_harm_gets_the_employers_liability(question):
    reply = answer(question)
    cited = [c["key"] for c in reply.citations]
    assert reply.confident and "民法典:1191" in cited, (question, cited)


@pytest.mark.parametrize("question", [
    "店员说这件衣服是纯棉的，回家一看标签是涤纶",
    "快递员没打电话就把包裹放驿站了",
])
def test_a_worker_named_without_harm_is_no_employers_liability_question(question):
    cited = [c["key"] for c in answer(question).citations]
    assert "民法典:1191" not in cited, (question, cited)
