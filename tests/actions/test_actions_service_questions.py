"""A question about the service itself in the middle of a registration (fees, how long, privacy,
proof, who we are) is answered in a sentence, and the same question comes again; nothing it
says is taken as the answer."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import dialogue, forms
from tests.actions.test_actions_forms import asked, run, slots_set, tracker


@pytest.mark.parametrize("question, slot, words", [
    ("你们是官方的吗", "merchant_name", "12315"),
    ("投诉要收费吗", "product", "免费"),
    ("多久能处理好", "merchant_address", "7个工作日"),
    ("会不会告诉商家是我投诉的", "purchase_date", "保密"),
    ("我需要提供什么证据", "amount", "凭证"),
    ("可以上传图片吗", "merchant_name", "上传"),
    ("你是机器人吗", "merchant_address", "智能助手"),
])
def test_a_service_question_is_answered_and_the_form_asks_again(question, slot, words):
    for intent in ("inform", "out_of_scope", "check_status", "ask_law"):
        t = tracker(question, intent=intent, slots={"requested_slot": slot, "problem": "电饭煲涂层掉了"},
                    active_loop="complaint_form", events=asked(slot, [question]))
        events, messages = run(forms.ValidateComplaintForm(), t)
        assert words in messages[0]["text"] and "我们接着登记" in messages[0]["text"], intent
        got = slots_set(events)
        assert slot not in got and "merchant_name" not in got and got.get("requested_slot") is None


@pytest.mark.parametrize("said", ["用了几天就坏了", "什么时候买的记不清了", "免费修吗", "上周三", "三天就坏了"])
def test_answers_and_other_questions_are_no_service_question(said):
    assert dialogue.service_answer(said) is None
