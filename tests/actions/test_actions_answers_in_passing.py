"""Words that answer what the bot has just said, read as what they answer (issue 16, the flow's kinds).

- a yes or a no said when no registration is under way answers the question just asked ("都要" after the
  difference is explained: both; "是的" to whether a business is involved: the complaint opens);
- a question about who is told of the filing, which the classifier took for the difference question, is answered
  as the privacy question it is, and no difference is explained;
- thanks said while a question waits is politeness, not an answer failed (nor "I don't remember");
- the form's own date question never follows the question on which day of the month said, in the same breath;
- a slip put right inside an answer ("…不是官方的 是 …") that changes nothing held is the answer, not a correction;
- a story told with the difference question is carried into the registration that follows.
Wordings of our own."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import asyncio

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import actions, dialogue, forms, intake
from tests.actions.test_actions_forms import asked, run, slots_set, tracker


def _after_bot(said_by_bot, text, intent, events_before=()):
    events = [*events_before, {"event": "action", "name": "action_listen"},
              {"event": "bot", "text": said_by_bot}, {"event": "action", "name": "action_listen"},
              {"event": "user", "text": text, "parse_data": {"intent": {"name": intent}}}]
    return tracker(text, intent=intent, events=events)


@pytest.mark.parametrize("text", ["都要", "两个都想要", "都办吧"])
def test_both_said_as_a_yes_after_the_difference_opens_one_complaint_for_both(text):
    explained = actions.DIFFERENCE_EXPLAINED + "：……请问您想办理哪一项？"
    events, messages = run(actions.ActionLowConfidence(), _after_bot(explained, text, "affirm"))
    assert slots_set(events).get("ticket_type") == "complaint"
    assert any(e.get("event") == "followup" and e.get("name") == "complaint_form" for e in events)
    assert any(m.get("text") == intake.BOTH_NOTE for m in messages)


@pytest.mark.parametrize("text, intent", [("是的", "affirm"), ("对 是商家", "affirm"), ("嗯", "affirm")])
def test_a_yes_to_whether_a_business_is_involved_opens_the_complaint(text, intent):
    question = actions.BUSINESS_ASKED + "和商家（经营者）之间的纠纷吗？"
    events, _ = run(actions.ActionLowConfidence(), _after_bot(question, text, intent))
    assert slots_set(events).get("ticket_type") == "complaint"
    assert any(e.get("event") == "followup" and e.get("name") == "complaint_form" for e in events)


@pytest.mark.parametrize("text", ["不是", "不是商家 是我表哥", "没有"])
def test_a_no_to_whether_a_business_is_involved_is_declined_with_where_to_turn(text):
    question = actions.BUSINESS_ASKED + "和商家（经营者）之间的纠纷吗？"
    events, messages = run(actions.ActionLowConfidence(), _after_bot(question, text, "deny"))
    assert not slots_set(events).get("ticket_type")
    assert [m.get("response") for m in messages] == ["utter_not_consumer_dispute"]


@pytest.mark.parametrize("text", ["好的", "行"])
def test_a_yes_with_nothing_asked_gets_the_default_reply_as_before(text):
    events, messages = run(actions.ActionLowConfidence(), _after_bot("您的投诉已提交成功。", text, "affirm"))
    assert not slots_set(events).get("ticket_type")
    assert [m.get("response") for m in messages] == ["utter_default"]


@pytest.mark.parametrize("text", ["那这个会让店家知道是谁举报的吗", "他们能查到是我举报的吗",
                                  "会把我的名字透露给商家吗"])
def test_who_is_told_is_a_privacy_question_not_the_difference(text):
    assert dialogue.form_intent("ask_difference", text, "merchant_name", "report_form") == "inform"
    t = tracker(text, intent="ask_difference", slots={"requested_slot": "merchant_name", "problem": "卖过期药"},
                active_loop="report_form", events=asked("merchant_name", [text], form="report_form"))
    events, messages = run(forms.ValidateReportForm(), t)
    assert messages and messages[0]["text"].startswith(dialogue.REPORT_PRIVACY)
    assert not any(actions.DIFFERENCE_EXPLAINED in (m.get("text") or "") for m in messages)
    assert slots_set(events).get("requested_slot") == "merchant_name"


@pytest.mark.parametrize("text", ["投诉和举报哪个好", "举报跟投诉有啥不同"])
def test_the_difference_asked_in_so_many_words_is_still_the_difference(text):
    assert dialogue.form_intent("ask_difference", text, "merchant_name", "report_form") == "ask_difference"


SLOTS = {"requested_slot": "purchase_date", "problem": "洗衣机脱水时整机晃", "product": "洗衣机",
         "merchant_name": "海信专卖店", "merchant_address": "南京市鼓楼区中山北路8号"}


@pytest.mark.parametrize("thanks", ["谢谢", "好的 谢谢你", "辛苦了"])
def test_thanks_while_the_day_is_asked_is_no_answer_failed(thanks):
    t = tracker(thanks, slots=SLOTS, active_loop="complaint_form",
                events=asked("purchase_date", ["去年九月份", thanks]))
    events, messages = run(forms.ValidateComplaintForm(), t)
    got = slots_set(events)
    assert got.get("purchase_date") is None  # never left blank nor recorded as the month
    assert got.get("requested_slot") == "purchase_date"
    assert any(forms.BACK_TO_THE_FORM in (m.get("text") or "") for m in messages)  # free once: no loop


def test_thanks_said_again_and_again_does_not_bring_the_question_a_third_time():
    events = asked("purchase_date", ["谢谢", "谢谢"])
    bots = [i for i, e in enumerate(events) if e.get("event") == "bot"]
    events[bots[1]] = {"event": "bot", "text": f"不客气。{forms.BACK_TO_THE_FORM}。"}  # the first thanks answered
    t = tracker("谢谢", slots=SLOTS, active_loop="complaint_form", events=events)
    events, _ = run(forms.ValidateComplaintForm(), t)
    assert slots_set(events).get("requested_slot") != "purchase_date" or slots_set(events).get("purchase_date") == ""


@pytest.mark.parametrize("said", ["今年五月份", "去年十一月", "2月份吧"])
def test_the_date_question_does_not_follow_the_day_question_in_one_breath(said):
    t = tracker(said, slots=SLOTS, active_loop="complaint_form", events=asked("purchase_date", [said]))
    events, messages = run(forms.ValidateComplaintForm(), t)
    assert any(forms.DAY_QUESTION_END in (m.get("text") or "") for m in messages)
    later = [*t.events, *[{"event": "bot", "text": m.get("text")} for m in messages]]
    ask = tracker(said, slots=SLOTS, active_loop="complaint_form", events=later)
    dispatcher = CollectingDispatcher()
    asyncio.run(forms.ActionAskPurchaseDate().run(dispatcher, ask, {}))
    assert dispatcher.messages == []
    plain = tracker(said, slots=SLOTS, active_loop="complaint_form", events=asked("purchase_date", ["洗衣机"]))
    dispatcher = CollectingDispatcher()
    asyncio.run(forms.ActionAskPurchaseDate().run(dispatcher, plain, {}))
    assert [m.get("response") for m in dispatcher.messages] == ["utter_ask_purchase_date"]


@pytest.mark.parametrize("text, held", [
    ("京东上 海尔的 不是自营 是 家电优选店", {}),
    ("抖音直播间 李宁的 不是旗舰店 是 运动优品", {"platform": "抖音"}),
    ("拼多多的 不是官方店 是 小米之家数码", {}),
])
def test_a_slip_put_right_inside_the_answer_is_the_answer(text, held):
    filled = dict({"problem": "赠品没发", "product": "耳机"}, **held)
    assert dialogue.form_intent("correct", text, "merchant_name", "complaint_form", held=filled) == "inform"


def test_a_correction_of_an_item_held_is_still_a_correction():
    filled = {"problem": "赠品没发", "product": "耳机", "platform": "淘宝", "phone": "13812345678"}
    assert dialogue.form_intent("correct", "不是淘宝 是京东", "merchant_name", "complaint_form",
                                held=filled) == "correct"
    assert dialogue.form_intent("correct", "电话写错了 是13912345678", "demand", "complaint_form",
                                held=filled) == "correct"


@pytest.mark.parametrize("question, story", [
    ("我在便利店买的面包发霉了 投诉和举报有什么区别", "面包发霉"),
    ("健身房老板跑路了，卡里还有两千，投诉跟举报哪个好", "跑路"),
    ("我网购的羽绒服跑绒严重 请问投诉和举报区别是啥", "跑绒"),
])
def test_a_story_told_with_the_difference_question_is_carried(question, story):
    events = [{"event": "user", "text": question, "parse_data": {"intent": {"name": "ask_difference"}}},
              {"event": "action", "name": "utter_explain_difference"},
              {"event": "bot", "text": actions.DIFFERENCE_EXPLAINED + "……"},
              {"event": "action", "name": "action_listen"},
              {"event": "user", "text": "我要投诉", "parse_data": {"intent": {"name": "file_complaint"}}}]
    carried = intake.unread_accounts(events)
    assert carried and story in carried[-1]
