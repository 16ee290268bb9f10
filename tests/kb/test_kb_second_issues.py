"""Second issues of a question (issue 17): a clause is a second issue only when the whole
question supports it too. A bare question or an aside ("能告他们吗", "他们必须赔吗", "工作人员
也没拦啊"), matched alone to a type by its words, tells no issue of its own; and a prepaid
card only named, with nothing done or refused with it, is no question of the card's rules.
Our own wordings, not taken from any dev set."""
import pytest

from knowledge_base import answer
from knowledge_base.answering import _matches, _second_issue, type_in_field
from knowledge_base.guide import get_type, load_types

from tests.kb.kb_testlib import keys


class _Any:
    def __init__(self, dispute):
        self.type = dispute


@pytest.mark.parametrize("question", [
    "健身房的淋浴间地面全是肥皂水，我洗完澡出来滑了一跤把手腕摔骨折了，能告他们吗",
    "在火锅店吃饭，服务员端锅的时候把汤洒在我腿上烫起了泡，他们必须赔吗",
    "小区游泳池的救生员一直在玩手机，我女儿呛水了都没人管，可是他们工作人员也没拦啊",
])
def test_a_bare_question_or_an_aside_is_no_second_issue(kb, question):
    reply = answer(question)
    dispute = get_type(reply.dispute_type)
    assert dispute is not None, question
    # matched alone, the clause was once read as forced dealing (since round seven the
    # forced-dealing type also needs the forcing told, so it may not be read so at all) ...
    everything = [_Any(t) for t in load_types()]
    alone = _second_issue(question, dispute, "consumer", everything)
    assert alone is None or alone.id != dispute.id
    # ... and the whole question does not support it
    assert _second_issue(question, dispute, "consumer", _matches(question, "consumer", kb)) is None
    assert "消费者权益保护法:9" not in keys(reply), (question, keys(reply))
    assert "自主选择" not in reply.summary


def test_a_second_issue_the_whole_question_supports_is_kept(kb):
    question = "在网上买的羽绒服一直没发货，客服把我拉黑了，后来又说拍下就不支持七天无理由了"
    reply = answer(question)
    cited = set(keys(reply))
    assert {"消费者权益保护法:25", "消费者权益保护法:53", "民法典:577"} & cited, cited


@pytest.mark.parametrize("question", [
    "在奶茶店办的储值卡，店里说余额过期清零了",
    "洗车店的会员卡丢了，要求补办店家说不补",
    "蛋糕店的充值卡想转给我妈用，店里说不准转让",
])
def test_a_cards_own_rules_are_its_type(kb, question):
    card = get_type("prepaid_card_rules")
    assert type_in_field(card, question), question


@pytest.mark.parametrize("question", [
    "理发店给我剪的头发剪坏了，我还在那办了张储值卡",
    "在母婴店买的推车轮子掉了，我之前在他们家也办过会员卡",
    "超市的酸奶喝出了异物，我平时都用那家的购物卡",
])
def test_a_card_only_named_is_no_question_of_its_rules(question):
    assert not type_in_field(get_type("prepaid_card_rules"), question), question
