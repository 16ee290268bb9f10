"""A harm's answer speaks of the harm told (issue 17, twentieth round): the injury issue's lead had
one sentence for every injury, a shop's safety duty (消法18, 民法典1198) and a product's defect (民法典
1203) alike, so a phone that burst on charge or a pill that brought on a rash was answered with a
place's safety duty, and a fall on a wet floor with the maker's liability. A clause on facts the
question does not tell is now left out of the lead, and its rules with it. Our own wordings."""
import pytest

from knowledge_base import answer
from knowledge_base.answering import fitting_clauses
from knowledge_base.retrieval import engine
from tests.kb.kb_testlib import keys

PLACE = {"消费者权益保护法:18", "民法典:1198"}


@pytest.mark.parametrize("question", [
    "充电宝充着电突然炸了，把手烧伤了",
    "吃了诊所开的药浑身起红疹，去医院花了两千",
    "新买的电热水壶把手断了，开水洒出来把脚烫伤了",
])
def test_harm_done_by_goods_is_no_places_safety_duty(kb, question):
    reply = answer(question)
    assert "安全保障义务" not in reply.summary, (question, reply.summary)
    assert not PLACE & set(keys(reply)), (question, keys(reply))


@pytest.mark.parametrize("question", [
    "在超市被货架上掉下来的罐头砸伤了头",
    "酒店浴室地面太滑，我摔倒把胳膊摔骨折了",
])
def test_harm_at_a_place_keeps_the_places_safety_duty(kb, question):
    assert PLACE & set(keys(answer(question))), question


def test_a_sentences_first_clause_always_stays():
    lead = ("产品缺陷造成损害的，可以找生产者赔偿（民法典第一千二百零三条）；"
            "经营场所的经营者未尽到安全保障义务的，也应当承担责任（消费者权益保护法第十八条）。")
    # nothing of a place told: the second clause goes, the first (though untold too) stays
    assert fitting_clauses(engine(), lead, "头疼") == (
        "产品缺陷造成损害的，可以找生产者赔偿（民法典第一千二百零三条）。")
    # both told: both stay
    assert fitting_clauses(engine(), lead, "买的台灯在商场里炸了") == lead


@pytest.mark.parametrize("question", [
    "理发师把我头发剪得太短了，要求免单他们不同意",
    "美发店给我烫头发烫得乱七八糟，发型师说就这样了",
    "剪完头发两边不一样长，店员说很正常",
])
def test_a_haircut_done_badly_is_the_work_not_a_workers_harm(kb, question):
    # the service's own result: the work done badly (民法典781/582), not an employer's liability
    # for a worker who hurt someone (民法典1191/1192)
    cited = set(keys(answer(question)))
    assert not {"民法典:1191", "民法典:1192"} & cited, (question, cited)


def test_a_worker_who_cut_a_customer_is_still_the_businesss_harm(kb):
    assert "民法典:1191" in keys(answer("理发师剪头发时把我耳朵剪破了，流了不少血"))
