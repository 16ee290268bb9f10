"""A consumer who asks why a question is asked ("为什么要问钱？", "问日期干嘛") hears why, in a sentence,
and the question again; one who vents at the assistant ("你真笨", "听不懂人话吗") hears a short apology and
the question again. Neither is taken as the answer, and the first in a run does not count against the
loop guard (a second does: the question is never asked a third time)."""
import pytest

from actions import dialogue, forms
from tests.actions.test_actions_forms import asked, run, slots_set, tracker


@pytest.mark.parametrize("text, slot", [
    ("为啥非要问我花了多少", "amount"),
    ("问购买日期干啥", "purchase_date"),
    ("要我的姓名干什么用", "complainant_name"),
    ("为什么还要留手机号", "phone"),
    ("干嘛要问地址啊", "merchant_address"),
    ("问这个有啥用", "demand"),
])
def test_why_a_question_is_asked_names_the_item(text, slot):
    assert dialogue.asks_why(text, "demand") == slot


@pytest.mark.parametrize("text", ["为什么不给我换", "他们凭什么不退钱", "钱是两千三", "名字就写李四", "问了客服没人理",
                                  "地址在哪我不记得了"])
def test_a_question_of_substance_or_an_answer_is_no_why_question(text):
    assert dialogue.asks_why(text, "amount") is None


@pytest.mark.parametrize("text", ["你好笨啊", "是不是听不懂中文", "什么破系统", "你这机器人太死板了", "你是不是傻"])
def test_venting_at_the_assistant_is_recognised(text):
    assert dialogue.rude(text)


@pytest.mark.parametrize("text", ["这家店太差劲了", "东西是垃圾", "没用", "我都被气死了", "傻眼了 钱没了", "质量很差"])
def test_complaints_about_the_shop_or_the_goods_are_not_rudeness(text):
    assert not dialogue.rude(text)


def test_why_the_sum_is_asked_is_answered_and_the_sum_asked_again_without_counting():
    t = tracker("为啥非要问我花了多少", slots={"requested_slot": "amount"}, active_loop="complaint_form",
                events=asked("amount", ["为啥非要问我花了多少"]))
    events, messages = run(forms.ValidateComplaintForm(), t)
    assert len(messages) == 1 and "损失" in messages[0]["text"] and forms.BACK_TO_THE_FORM in messages[0]["text"]
    got = slots_set(events)
    assert "amount" not in got and got["requested_slot"] == "amount"


def test_a_report_says_why_a_name_is_asked_in_its_own_words():
    t = tracker("要我名字干嘛", slots={"requested_slot": "complainant_name", "ticket_type": "report"},
                active_loop="report_form", events=asked("complainant_name", ["要我名字干嘛"], form="report_form"))
    events, messages = run(forms.ValidateReportForm(), t)
    assert "匿名" in messages[0]["text"] and "结果" in messages[0]["text"]
    assert "complainant_name" not in slots_set(events)


def test_an_insult_is_apologised_for_and_never_stored_as_the_product():
    t = tracker("你真是笨", slots={"requested_slot": "product"}, active_loop="complaint_form",
                events=asked("product", ["冰箱那个事", "你真是笨"]))
    events, messages = run(forms.ValidateComplaintForm(), t)
    assert messages[0]["text"].startswith("抱歉")
    got = slots_set(events)
    assert "product" not in got and got["requested_slot"] == "product"


def test_two_digressions_in_a_run_do_not_bring_the_question_a_third_time():
    events = asked("purchase_date", ["问日期干嘛"])
    events = events[:-2] + [{"event": "bot", "text": dialogue.why_asked("purchase_date") + forms.BACK_TO_THE_FORM},
                            *asked("purchase_date", ["你太笨了"])[1:]]
    t = tracker("你太笨了", slots={"requested_slot": "purchase_date"}, active_loop="complaint_form", events=events)
    got, messages = run(forms.ValidateComplaintForm(), t)
    # a date can be left blank: not asked a third time in a row
    assert slots_set(got).get("requested_slot") != "purchase_date" or slots_set(got).get("purchase_date") == ""
