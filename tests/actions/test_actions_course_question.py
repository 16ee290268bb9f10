"""The course of a short account is asked once (issue 16, the eighteenth round).

- a short opening, whatever it says the business did, is asked for the course; when it already said how the
  business answered, only the course is asked (COURSE_QUESTION), not that answer again;
- a short opening put as a question ("…怎么办 我想投诉") is asked too: a question is no account;
- a short story told with a question answered before the form opened is said back with the question, also when
  the words that opened the form were read as calling something off ("那就投诉吧"), and the answer goes with it;
- an opening that tells the case in its facts is taken whole.
Wordings of our own."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import forms
from tests.actions.test_actions_forms import run, slots_set, tracker


def _opened(text, intent="file_complaint"):
    events = [{"event": "user", "text": text, "parse_data": {"intent": {"name": intent}}},
              {"event": "action", "name": "action_start_filing"},
              {"event": "action", "name": "utter_start_complaint"},
              {"event": "action", "name": "complaint_form"}, {"event": "active_loop", "name": "complaint_form"}]
    return tracker(text, intent=intent, slots={"ticket_type": "complaint"}, active_loop="complaint_form",
                   events=events)


def _asked(messages):
    return [m.get("text") for m in messages if forms.DETAILS_ASKED in (m.get("text") or "")]


@pytest.mark.parametrize("opening", ["投诉 驾校收了报名费一直不给排课", "婚纱照拍完三个月了 影楼就是不给底片",
                                     "装修公司拖了两个月工期 老板还不接电话"])
def test_a_short_opening_with_the_business_answer_is_asked_only_for_the_course(opening):
    events, messages = run(forms.ValidateComplaintForm(), _opened(opening))
    assert _asked(messages) == [forms.COURSE_QUESTION]
    assert not slots_set(events).get("problem")


@pytest.mark.parametrize("opening", ["你好 问一下充的会员卡商家不退怎么办 我想投诉",
                                     "网上买的鞋子开胶了商家不管怎么办 我要投诉", "我要投诉 家具订了不送货怎么处理"])
def test_a_short_opening_put_as_a_question_is_asked_for_the_course(opening):
    events, messages = run(forms.ValidateComplaintForm(), _opened(opening))
    assert len(_asked(messages)) == 1
    assert not slots_set(events).get("problem")


@pytest.mark.parametrize("opening", [
    "我上个月5号在国美电器花4299买的冰箱 现在不制冷了",
    "昨天在永辉超市花了86块买的牛排 回家打开发臭了",
    "3月2号在万达影城买的两张票花了120 电影放到一半停了",
])
def test_an_opening_that_tells_the_case_in_its_facts_is_taken_whole(opening):
    events, messages = run(forms.ValidateComplaintForm(), _opened(opening))
    assert slots_set(events).get("problem")
    assert _asked(messages) == []


def _after_a_question(question, filed_with="那就投诉吧", intent="cancel", opener="action_cancel"):
    events = [{"event": "user", "text": question, "parse_data": {"intent": {"name": "ask_law"}}},
              {"event": "action", "name": "action_answer_law"}, {"event": "bot", "text": "您好，依照……"},
              {"event": "action", "name": "action_listen"},
              {"event": "user", "text": filed_with, "parse_data": {"intent": {"name": intent}}},
              {"event": "action", "name": opener}, {"event": "bot", "text": "好的，我来帮您登记投诉。"},
              {"event": "action", "name": "complaint_form"}, {"event": "active_loop", "name": "complaint_form"}]
    return events


@pytest.mark.parametrize("question, story", [
    ("帮我妈问问 洗衣机拿去修了 二十天都没送回来 能投诉吗", "洗衣机拿去修了，二十天都没送回来"),
    ("请问 健身房突然不开了 卡里的钱能要回来吗", "健身房突然不开了，卡里的钱"),
    ("物业不让装充电桩 这合法吗", "物业不让装充电桩"),
])
def test_a_short_story_told_with_a_question_is_said_back_when_the_form_opens_on_words_read_as_cancel(question, story):
    t = tracker("那就投诉吧", intent="cancel", slots={"ticket_type": "complaint"}, active_loop="complaint_form",
                events=_after_a_question(question))
    events, messages = run(forms.ValidateComplaintForm(), t)
    asked = _asked(messages)
    assert len(asked) == 1 and asked[0].startswith(f"您刚才说“{story}”。")
    assert not slots_set(events).get("problem")


@pytest.mark.parametrize("question, story, answer", [
    ("帮我妈问问 洗衣机拿去修了 二十天都没送回来 能投诉吗", "洗衣机拿去修了，二十天都没送回来",
     "十月三号送修的 说好一周 打电话就说在等配件"),
    ("物业不让装充电桩 这合法吗", "物业不让装充电桩", "车位是自己买的 电力公司也同意了 物业就是不签字"),
])
def test_the_answer_goes_with_the_story_said_back(question, story, answer):
    events = _after_a_question(question) + [
        {"event": "bot", "text": f"您刚才说“{story}”。{forms.DETAILS_QUESTION}"},
        {"event": "slot", "name": "requested_slot", "value": "problem"},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": answer, "parse_data": {"intent": {"name": "inform"}}},
        {"event": "action", "name": "complaint_form"}]
    t = tracker(answer, slots={"requested_slot": "problem", "ticket_type": "complaint"},
                active_loop="complaint_form", events=events)
    problem = slots_set(run(forms.ValidateComplaintForm(), t)[0])["problem"]
    assert problem.startswith(story) and answer.split()[-1] in problem


def test_a_question_and_its_story_told_at_length_are_not_asked_about_again():
    question = "上个月在小区门口的健身房办了两年的卡 花了四千八 才去了五次今天发现门关了 老板电话也打不通 能退吗"
    t = tracker("那就投诉吧", intent="cancel", slots={"ticket_type": "complaint"}, active_loop="complaint_form",
                events=_after_a_question(question))
    events, messages = run(forms.ValidateComplaintForm(), t)
    assert _asked(messages) == []
    assert "门关了" in (slots_set(events).get("problem") or "")
