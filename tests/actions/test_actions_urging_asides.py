"""Urging or protest said beside an answer asks nothing (issue 16, the eighteenth round): "能不能快点 …", "你们到底管
不管 …" with something told is that answer, never a question about rights answered again and again; said alone
it is still a question, and a real question said with urging stays one. Wordings of our own."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import dialogue, forms
from tests.actions.test_actions_forms import run, slots_set, tracker


@pytest.mark.parametrize("said", ["能不能快点 那家饭馆后厨地上全是污水", "快点好不好 药店把处方药随便卖",
                                  "你们到底管不管 美甲店拿用过的工具直接给下一个人用"])
def test_urging_beside_what_is_told_asks_nothing(said):
    assert not dialogue.is_question(said)


@pytest.mark.parametrize("said", ["你们到底管不管？", "有没有人管啊", "能不能快点"])
def test_urging_alone_is_still_a_question(said):
    assert dialogue.is_question(said)


@pytest.mark.parametrize("said", ["快点 这种能退全款吗", "能不能快点 押金什么时候退", "麻烦快点 你们几点下班"])
def test_a_real_question_said_with_urging_stays_a_question(said):
    assert dialogue.is_question(said)


@pytest.mark.parametrize("said", ["能不能快点 烧烤店挂的是别人家的营业执照 后厨脏得很",
                                  "快点好不好 超市把过期的酸奶改了日期接着卖"])
def test_a_reports_account_said_with_urging_is_taken(said):
    slots = {"ticket_type": "report", "requested_slot": "problem", "merchant_name": "老街烧烤",
             "merchant_address": "南昌市东湖区八一大道1号"}
    t = tracker(said, intent="ask_law", slots=slots, active_loop="report_form")
    events, messages = run(forms.ValidateReportForm(), t)
    assert slots_set(events).get("problem")


@pytest.mark.parametrize("said", ["我有录屏", "录屏都保存了", "有录像"])
def test_proof_said_at_the_product_question_is_no_product(said):
    # the proof held, said in between: another item, never stored as what was bought
    assert dialogue.another_field("product", said) == "evidence"
