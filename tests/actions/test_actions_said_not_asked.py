"""Words that sound like something else: a statement with a question word in it, a demand
whose words are also trouble words, a fact about calling read as a wish for a person."""
import pytest

from rasa_sdk.events import FollowupAction

import actions.actions as acts
from actions import dialogue
from actions_testlib import run, slots_set, tracker, user


@pytest.mark.parametrize("said", ["加了三百块油表都没怎么动", "这个吹风机不怎么热", "客服电话怎么也打不通",
                                  "不知道为什么就不亮了", "也不知道怎么回事 屏幕一直闪", "没什么特别的 就是漏水"])
def test_a_question_word_used_as_a_statement_is_no_question(said):
    assert not dialogue.is_question(said)


@pytest.mark.parametrize("asked", ["这个要怎么填", "为什么不给我退", "凭什么扣我钱", "质量怎么样啊", "什么时候能处理"])
def test_real_questions_stay_questions(asked):
    assert dialogue.is_question(asked)


@pytest.mark.parametrize("demand", ["退货退款", "退钱 再赔偿", "给我维修", "换货吧", "赔钱 道歉"])
def test_a_demand_answer_is_not_also_the_account_of_what_went_wrong(demand):
    values, error = dialogue.fill_from_message({"text": demand, "intent": {"name": "inform"}},
                                               "complaint_form", "demand", {"product": "电饭煲"})
    assert error is None and values.get("demand") and "problem" not in values


def test_a_demand_that_tells_what_went_wrong_still_tells_it():
    values, _ = dialogue.fill_from_message({"text": "他们一直不给退款 我要退款", "intent": {"name": "inform"}},
                                           "complaint_form", "demand", {"product": "电饭煲"})
    assert values.get("problem") and "退款" in values["demand"]


@pytest.mark.parametrize("said", ["而且打电话一直占线", "他们电话一直没人接", "打了好几次电话都说在忙"])
def test_a_fact_about_calling_inside_the_form_is_noted_not_handed_over(said, backend_down):
    asked = tracker(said, "human_handoff", [], active_loop="complaint_form",
                    slots={"requested_slot": "merchant_address", "problem": "快递不送上门"})
    events, messages = run(acts.ActionHandoff(), asked)
    assert "handoff_requested" not in slots_set(events)
    assert slots_set(events)["problem"].endswith(said) and messages[0]["text"].endswith("我们接着登记。")


def test_a_person_asked_for_inside_the_form_is_still_handed_over(backend_down):
    asked = tracker("电话打不通 给我转人工", "human_handoff", [], active_loop="complaint_form",
                    slots={"requested_slot": "merchant_address"})
    assert "handoff_requested" in slots_set(run(acts.ActionHandoff(), asked)[0])


def test_a_value_restated_as_it_stands_is_said_unchanged_differently_each_time_in_a_row(backend_down):
    slots = {"ticket_type": "complaint", "phone": "13912345678", "awaiting_confirmation": True}
    history = []
    replies = []
    for said in ["电话是13912345678", "电话是13912345678", "我说了电话是13912345678"]:
        history += [user(said, "correct")]
        events, messages = run(acts.ActionCorrectField(), tracker(said, "correct", list(history), slots=slots))
        assert slots_set(events)["phone"] == "13912345678"
        replies.append(messages[0]["text"])
        history += [{"event": "bot", "text": messages[0]["text"]}, {"event": "bot", "text": "请核对以下投诉信息：…"}]
    assert "没有变化" in replies[0] and "已改为" not in "".join(replies)
    assert len(set(replies)) == 3 and "转人工" in replies[2]  # never the same words three times running
    # a fourth time: a person takes over, and the summary is not shown again
    history += [user("电话13912345678", "correct")]
    events, messages = run(acts.ActionCorrectField(), tracker("电话13912345678", "correct", history, slots=slots))
    assert FollowupAction("action_listen") in events and "handoff_requested" in slots_set(events)
    assert len(messages) == 1 and "12315" in messages[0]["text"]


def _turn(said, intent, reply):
    return [user(said, intent), {"event": "action", "name": reply}, {"event": "bot", "text": "……"},
            {"event": "bot", "text": "请核对以下投诉信息：…"}]


def test_corrections_that_change_nothing_count_however_the_replies_are_worded(backend_down):
    # "不对" (asked which item) and a value restated as it stands, taken in turns: the same question each time
    slots = {"ticket_type": "complaint", "complainant_name": "周敏", "awaiting_confirmation": True}
    history = _turn("不对", "deny", "utter_ask_what_to_correct") \
        + _turn("名字是周敏", "inform", "action_correct_field") \
        + _turn("有问题", "deny", "utter_ask_what_to_correct")
    events, messages = run(acts.ActionCorrectField(), tracker("我叫周敏", "inform", history + [user("我叫周敏")],
                                                                 slots=slots))
    assert FollowupAction("action_listen") in events and "12315" in messages[0]["text"]


def test_a_value_changed_in_between_starts_the_count_afresh():
    slots = {"ticket_type": "complaint", "complainant_name": "周敏", "awaiting_confirmation": True}
    history = _turn("不对", "deny", "utter_ask_what_to_correct") \
        + _turn("名字是周敏", "inform", "action_correct_field") \
        + [{"event": "slot", "name": "complainant_name", "value": "周敏"}] \
        + _turn("名字错了 是周明", "correct", "action_correct_field") \
        + [{"event": "slot", "name": "complainant_name", "value": "周明"}]
    events, messages = run(acts.ActionCorrectField(), tracker("我叫周明", "inform", history + [user("我叫周明")],
                                                                 slots=dict(slots, complainant_name="周明")))
    assert FollowupAction("action_listen") not in events and "没有变化" in messages[0]["text"]


def test_a_changed_value_is_still_changed():
    slots = {"ticket_type": "complaint", "phone": "13912345678", "awaiting_confirmation": True}
    events, messages = run(acts.ActionCorrectField(), tracker("电话错了 是13912345679", "correct", [], slots=slots))
    assert slots_set(events)["phone"] == "13912345679" and "已改为" in messages[0]["text"]


@pytest.mark.parametrize("said", ["你们这边几点下班", "你们上班时间是几点", "登记完要多久才有人联系", "多久会有结果"])
def test_asking_when_or_how_long_is_a_question(said):
    assert dialogue.is_question(said)
    assert dialogue.as_given("demand", said) is None  # never kept as what the consumer wants


@pytest.mark.parametrize("said", ["买回来没多久就坏了", "晚上八点多去吃的", "等了好久都没人来"])
def test_when_and_how_long_said_in_a_story_is_no_question(said):
    assert not dialogue.is_question(said)
