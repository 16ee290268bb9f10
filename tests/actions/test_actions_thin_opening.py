"""A thin opening ("饭店吃出虫子"): the details are asked once, and the answer goes with the opening."""
from actions import forms
from complaint.extract.problem import thin_account
from tests.actions.test_actions_forms import run, slots_set, tracker


def _opening(text):
    """The events of a complaint opened by `text` (the rule said utter_start_complaint, the form runs)."""
    return [{"event": "user", "text": text, "parse_data": {"intent": {"name": "file_complaint"}}},
            {"event": "action", "name": "utter_start_complaint"},
            {"event": "active_loop", "name": "complaint_form"},
            {"event": "action", "name": "complaint_form"}]


def _answered(opening_text, answer):
    """The events after the details question was asked and answered."""
    return _opening(opening_text) + [
        {"event": "bot", "text": forms.DETAILS_QUESTION},
        {"event": "slot", "name": "requested_slot", "value": "problem"},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": answer, "parse_data": {"intent": {"name": "inform"}}},
        {"event": "action", "name": "complaint_form"}]


def test_a_few_words_with_no_circumstance_are_a_thin_account():
    for said in ("火锅里吃出头发", "投诉理发店 头发剪坏了", "电热毯漏电", "就是退卡的事情"):
        assert thin_account(said), said
    # when, how long, how much, or what the shop said is told: no thin account
    for said in ("电热毯用了三天就漏电", "理发店把头发剪坏了还不给退钱", "老板说头发是正常的",
                 "火锅里吃出头发怎么办？"):
        assert not thin_account(said), said


def test_a_thin_opening_asks_for_the_details_and_keeps_the_other_values():
    events, messages = run(forms.ValidateComplaintForm(),
                           tracker("蛋糕里吃出头发", intent="file_complaint", events=_opening("蛋糕里吃出头发")))
    got = slots_set(events)
    assert "problem" not in got or got["problem"] is None
    assert [m["text"] for m in messages] == [forms.DETAILS_QUESTION]


def test_the_details_answer_goes_with_the_opening_and_is_not_asked_again():
    said = "上周买的生日蛋糕，切开以后里面有一根很长的头发，店员说不可能"
    t = tracker(said, slots={"requested_slot": "problem"}, active_loop="complaint_form",
                events=_answered("蛋糕里吃出头发", said))
    events, messages = run(forms.ValidateComplaintForm(), t)
    assert slots_set(events)["problem"] == f"蛋糕里吃出头发：{said}"
    assert not any(forms.DETAILS_QUESTION in (m.get("text") or "") for m in messages)
    # an answer that is itself short is taken, not asked about a second time
    t = tracker("就是坏了", slots={"requested_slot": "problem"}, active_loop="complaint_form",
                events=_answered("吹风机坏了", "就是坏了"))
    events, messages = run(forms.ValidateComplaintForm(), t)
    assert slots_set(events)["problem"]
    assert not messages or forms.DETAILS_QUESTION not in messages[0].get("text", "")


def test_an_opening_that_tells_the_story_is_not_asked_for_details():
    said = "我在楼下超市买的酸奶，回家打开发现已经胀袋了，去找他们说要小票才给退"
    events, messages = run(forms.ValidateComplaintForm(), tracker(said, intent="file_complaint", events=_opening(said)))
    assert slots_set(events).get("problem")
    assert not any(forms.DETAILS_QUESTION in (m.get("text") or "") for m in messages)


def test_the_problem_question_is_not_said_after_the_details_question():
    from tests.actions.test_actions_forms import run as run_action
    asked_now = tracker("蛋糕里吃出头发", events=_opening("蛋糕里吃出头发") + [
        {"event": "bot", "text": forms.DETAILS_QUESTION}])
    assert run_action(forms.ActionAskProblem(), asked_now)[1] == []
    fresh = tracker("我要投诉", events=_opening("我要投诉"))
    assert run_action(forms.ActionAskProblem(), fresh)[1][0]["text"].startswith("请您简单说说")


def test_a_topic_or_a_whole_sentence_of_one_mishap_is_thin_but_the_shops_answer_is_a_circumstance():
    # the after-sales service named, nothing told of it; one mishap in a full sentence
    for said in ("投诉一下格力空调的售后", "摄影工作室把我的婚纱照拍毁了"):
        assert thin_account(said), said
    # what the shop would only do is what happened next: told
    for said in ("快递把我的鱼缸摔碎了 只退运费", "干洗店洗坏了外套只肯赔洗衣费"):
        assert not thin_account(said), said


def test_a_short_story_told_with_a_question_before_the_form_opened_is_said_back_with_the_details_question():
    story = "花瓶寄过来碎了 能赔吗"
    events = [{"event": "user", "text": story, "parse_data": {"intent": {"name": "ask_law"}}},
              {"event": "action", "name": "action_answer_law"}, {"event": "bot", "text": "答复"},
              {"event": "action", "name": "action_listen"}] + _opening("我要投诉")
    events, messages = run(forms.ValidateComplaintForm(), tracker("我要投诉", intent="file_complaint", events=events))
    assert not slots_set(events).get("problem")  # the answer goes with the story
    asked = [m.get("text") for m in messages if forms.DETAILS_ASKED in (m.get("text") or "")]
    assert asked == [f"您刚才说“花瓶寄过来碎了”。{forms.DETAILS_QUESTION}"]
