"""A special field's rules only for a question in that field's own matter (issue 17:
unrelated-field quotes). A car served at a garage, a car wash or a tyre shop is a
service's quality, not the maker's three-guarantee warranty. Our own wordings, not taken
from any dev set."""
import pytest

from knowledge_base import answer
from tests.kb.kb_testlib import keys


@pytest.mark.parametrize("question", [
    "把车送到路边的汽修店换机油，开出来发动机就异响了，修理厂说跟他们无关",
    "在洗车店洗完车发现车门被刮了一道，店里不认",
    "去快修店补胎，师傅把轮毂刮花了",
    "在改装店给车贴膜，贴完一个月就起泡了，店家说是我自己洗车弄的",
])
def test_a_car_served_at_a_garage_gets_no_three_guarantee_rules(question):
    reply = answer(question)
    cited = keys(reply)
    assert reply.dispute_type != "household_car_three_guarantees", question
    assert not any(k.startswith("家用汽车产品修理更换退货责任规定") for k in cited), (question, cited)


@pytest.mark.parametrize("question", [
    "新车提车第三天发动机就故障了，4S店只肯修不肯换",
    "买的新车三包期内变速箱修了三次还没修好，能退车吗",
])
def test_a_new_cars_fault_still_gets_them(question):
    cited = keys(answer(question))
    assert any(k.startswith("家用汽车产品修理更换退货责任规定") for k in cited), (question, cited)


def test_a_word_of_refusal_is_no_privacy_cue():
    cited = keys(answer("把车送到路边的汽修店换机油，开出来发动机就异响了，修理厂说跟他们无关"))
    assert "消费者权益保护法实施条例:23" not in cited, cited


@pytest.mark.parametrize("question", [
    "网上买的茶叶标着500克，实际称了只有420克",
    "超市称的散装大米少了好几两",
    "买的螃蟹绑的绳子比螃蟹还重，按螃蟹价算绳子的钱",
    "水果摊买的苹果回家复秤少了半斤",
])
def test_short_weight_in_everyday_words_is_a_weights_question(question):
    reply = answer(question)
    cited = keys(reply)
    assert reply.confident and reply.dispute_type == "short_weight", (question, reply.dispute_type)
    assert {"消费者权益保护法:10", "计量法:26", "侵害消费者权益行为处罚办法:5"} & set(cited), (question, cited)


@pytest.mark.parametrize("question", [
    "商家号称的正品是假的",
    "他们声称的功效根本没有",
])
def test_claimed_is_no_weighing(question):
    from knowledge_base.fields import mentioned_fields

    assert "measurement" not in mentioned_fields(question)


@pytest.mark.parametrize("question", [
    "视频网站的会员到期前三天就自动扣费了，我没同意续费",
    "会员自动续费说好一个月一扣，结果第二十九天就扣了下个月的钱",
    "健身卡合同上说期限一年，从哪天开始算，店里说从办卡那天算",
])
def test_a_types_answer_takes_no_general_part_article_on_words_alone(question):
    from knowledge_base.answering import _general_part

    reply = answer(question)
    assert reply.dispute_type is not None, question
    assert not [k for k in keys(reply) if _general_part(k)], (question, keys(reply))


@pytest.mark.parametrize("question", [
    "理发店做了个头发，事先没说多少钱，做完收我一千二",
    "按摩店没告诉价格，按完了说要六百八",
    "修锁师傅来之前没说价，开完锁要了我五百",
])
def test_a_price_never_told_is_a_price_question(question):
    from knowledge_base.fields import question_fields

    reply = answer(question)
    assert "price" in question_fields(question), question
    assert reply.confident and any(k.startswith(("价格法", "明码标价")) for k in keys(reply)), (question, keys(reply))


@pytest.mark.parametrize("question", [
    "买的猪肉明明一斤多，他说三斤",
    "这袋橘子明明只有四斤，老板硬说五斤收钱",
    "明明不到两斤的虾，称出来说有三斤",
])
def test_a_weight_overstated_is_a_weights_question(question):
    reply = answer(question)
    assert reply.confident and reply.dispute_type == "short_weight", (question, reply.dispute_type)
