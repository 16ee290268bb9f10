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
    ("多久能处理好", "merchant_address", "第四十六条"),
    ("会不会告诉商家是我投诉的", "purchase_date", "保密"),
    ("我需要提供什么证据", "amount", "凭证"),
    ("可以上传图片吗", "merchant_name", "上传"),
    ("你是机器人吗", "merchant_address", "智能助手"),
    ("打工信部的电话有用吗", "merchant_name", "其他渠道"),
])
def test_a_service_question_is_answered_and_the_form_asks_again(question, slot, words):
    for intent in ("inform", "out_of_scope", "check_status", "ask_law"):
        t = tracker(question, intent=intent, slots={"requested_slot": slot, "problem": "电饭煲涂层掉了"},
                    active_loop="complaint_form", events=asked(slot, [question]))
        events, messages = run(forms.ValidateComplaintForm(), t)
        assert words in messages[0]["text"] and "我们继续登记" in messages[0]["text"], intent
        got = slots_set(events)
        # the same question next (set explicitly: a question set aside earlier does not jump in)
        assert slot not in got and "merchant_name" not in got and got.get("requested_slot") == slot


@pytest.mark.parametrize("said", ["用了几天就坏了", "什么时候买的记不清了", "免费修吗", "上周三", "三天就坏了"])
def test_answers_and_other_questions_are_no_service_question(said):
    assert dialogue.service_answer(said) is None


def test_an_answer_that_also_asks_is_the_answer():
    # a named report turned anonymous, with a worry in the same breath: the choice is taken, nothing looped
    said = "想想还是匿名吧 怕被报复"
    t = tracker(said, slots={"requested_slot": "complainant_name", "problem": "加油机做了手脚", "ticket_type": "report",
                             "anonymous": False}, active_loop="report_form", events=asked("complainant_name", [said],
                                                                                         form="report_form"))
    got = slots_set(run(forms.ValidateReportForm(), t)[0])
    assert got.get("anonymous") is True


def test_a_service_question_is_answered_once_then_the_form_goes_on():
    q = "投诉要收费吗"
    t = tracker(q, slots={"requested_slot": "product", "problem": "坏了"}, active_loop="complaint_form",
                events=asked("product", [q, q]))
    events, messages = run(forms.ValidateComplaintForm(), t)
    assert not any("免费" in (m.get("text") or "") for m in messages)


def test_in_a_report_privacy_is_about_the_report():
    assert "举报" in dialogue.service_answer("会不会泄露我的信息", "report_form")
    assert "调解" not in dialogue.service_answer("会不会泄露我的信息", "report_form")


@pytest.mark.parametrize("said, words", [
    ("你是机器人吗", "智能助手"),
    ("你们是哪个部门的", "市场监管部门"),
    ("这里是什么单位啊", "12315"),
    ("你是真人吗", "转人工"),
])
def test_outside_a_registration_a_question_about_the_service_is_answered_not_declined(said, words):
    from actions.actions import ActionOutOfScope
    events, messages = run(ActionOutOfScope(), tracker(said, intent="out_of_scope"))
    assert words in messages[0]["text"] and "超出了我的服务范围" not in messages[0]["text"]


@pytest.mark.parametrize("said", ["反映个事情", "你好 我有个事想反映一下", "有个问题想咨询", "我想求助", "想投个诉"])
def test_wanting_to_tell_something_is_invited_to_tell_it(said):
    from actions.actions import ActionLowConfidence, ActionOutOfScope
    for action, intent in ((ActionOutOfScope(), "out_of_scope"), (ActionLowConfidence(), "nlu_fallback")):
        events, messages = run(action, tracker(said, intent=intent))
        assert "您请说" in messages[0]["text"] and {b["title"] for b in messages[0]["buttons"]} >= {"我要投诉"}, said


@pytest.mark.parametrize("said", ["给我讲个笑话", "今天天气怎么样", "帮我写个作文", "反映了也没用"])
def test_what_is_outside_the_service_still_hears_what_the_assistant_does(said):
    from actions.actions import ActionOutOfScope
    events, messages = run(ActionOutOfScope(), tracker(said, intent="out_of_scope"))
    assert messages[0].get("response") == "utter_out_of_scope" and not messages[0].get("text")
