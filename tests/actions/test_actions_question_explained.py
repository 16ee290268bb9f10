"""A consumer who does not understand the question ("什么意思？") gets it explained once, in the
words of the form asking; the words are never taken as the answer; not understood again, the
question is not asked a third time. A digression answered at the last question, when the form
will hand the consumer over on coming back, does not promise "我们接着登记"."""
import pytest
from rasa_sdk import Tracker

from actions import dialogue, forms
from tests.actions.test_actions_forms import FULL_COMPLAINT, asked, run, slots_set, tracker


@pytest.mark.parametrize("text", ["你这问的是啥呀", "没太看懂", "嗯？这一项要写什么", "不好意思 不明白您的意思",
                                  "啥", "咋填"])
def test_a_question_about_the_question_is_recognised(text):
    assert dialogue.asks_meaning(text)


@pytest.mark.parametrize("text", ["我不明白他们为什么不给退", "啥也没给我", "不清楚", "小票看不清了",
                                  "什么牌子的来着忘了", "哪个都行", "这种情况怎么办"])
def test_an_answer_or_a_question_of_substance_is_not_a_question_about_the_question(text):
    assert not dialogue.asks_meaning(text)


@pytest.mark.parametrize("text", ["地址要写多详细？", "要写到门牌号吗", "电话有什么用", "名字必须填吗",
                                  "日期要精确到哪一天", "店名一定要写吗", "这个要说多具体啊"])
def test_how_to_answer_the_question_is_a_question_about_the_question(text):
    assert dialogue.asks_meaning(text)


@pytest.mark.parametrize("text", ["地址在人民路多少号我忘了", "电话13912345678", "名字写我妈的", "日期记不清了",
                                  "要多赔点", "写到这儿够了吧"])
def test_a_value_with_a_field_word_is_not_a_question_about_the_question(text):
    assert not dialogue.asks_meaning(text)


def test_how_detailed_the_address_must_be_is_explained_and_the_address_asked_again():
    t = tracker("地址要写多详细？", slots={"requested_slot": "merchant_address"}, active_loop="complaint_form",
                events=asked("merchant_address", ["地址要写多详细？"]))
    events, messages = run(forms.ValidateComplaintForm(), t)
    assert len(messages) == 1 and "区县和街道" in messages[0]["text"]
    assert "merchant_address" not in slots_set(events) and slots_set(events)["requested_slot"] == "merchant_address"


@pytest.mark.parametrize("slot, form, words", [
    ("merchant_address", "complaint_form", "市场监管部门"),
    ("amount", "complaint_form", "没花钱"),
    ("merchant_name", "report_form", "举报哪家"),
    ("phone", "report_form", "匿名"),
])
def test_the_question_is_explained_once_and_nothing_is_stored(slot, form, words):
    t = tracker("这是要我写啥", slots={"requested_slot": slot}, active_loop=form,
                events=asked(slot, ["这是要我写啥"], form=form))
    action = forms.ValidateComplaintForm() if form == "complaint_form" else forms.ValidateReportForm()
    events, messages = run(action, t)
    assert len(messages) == 1 and words in messages[0]["text"] and messages[0]["text"].startswith("这一项")
    assert slot not in slots_set(events) and slots_set(events)["requested_slot"] == slot


def test_not_understood_twice_the_question_is_set_aside_not_asked_a_third_time():
    t = tracker("还是没懂", slots={"requested_slot": "merchant_address"}, active_loop="complaint_form",
                events=asked("merchant_address", ["什么意思", "还是没懂"]))
    events, messages = run(forms.ValidateComplaintForm(), t)
    got = slots_set(events)
    assert got.get("requested_slot") not in (None, "merchant_address")
    assert got.get("merchant_address") is None and "最后再确认" in messages[0]["text"]


def _at_the_phone(events):
    slots = {k: v for k, v in FULL_COMPLAINT.items() if k != "phone"}
    return Tracker.from_dict({
        "sender_id": "web:x", "slots": dict(slots, requested_slot="phone"),
        "latest_message": {"text": "进度怎么查", "intent": {"name": "check_status"}},
        "events": events, "paused": False, "followup_action": None,
        "active_loop": {"name": "complaint_form"}, "latest_action_name": "action_listen"})


def test_a_digression_that_the_form_hands_over_after_does_not_promise_to_go_on():
    # a law question answered ("我们接着登记"), a wrong number, now a status question: coming back,
    # the form will not ask the phone a third time, and it is the last question: a person takes over
    events = asked("phone", ["能赔吗"], then="action_answer_law")
    events[-3]["text"] = "按法律规定……\n我们接着登记刚才的信息。"
    events += asked("phone", ["1391234", "进度怎么查"])[1:]
    assert forms.back_to_the_form(_at_the_phone(events)) == ""
    _, messages = run(forms.ActionStatusDigression(), _at_the_phone(events))
    assert "接着登记" not in messages[0]["text"] and "受理编号" in messages[0]["text"]


def test_a_first_digression_still_goes_back_to_the_form():
    events = asked("phone", ["进度怎么查"])
    assert forms.back_to_the_form(_at_the_phone(events)) == "我们接着登记刚才的信息。"
    _, messages = run(forms.ActionStatusDigression(), _at_the_phone(events))
    assert messages[0]["text"].endswith("我们接着登记刚才的信息。")


def test_after_the_explanation_the_same_question_comes_not_one_set_aside():
    # the problem was set aside earlier (asked twice, then left for later); "什么意思" at the amount
    # explains the amount and asks the amount again, not the problem
    events = asked("problem", ["嗯", "嗯"]) + [{"event": "slot", "name": "requested_slot", "value": "product"}]
    events += asked("amount", ["什么意思"])[1:]
    t = tracker("什么意思", slots={"requested_slot": "amount", "product": "电视"}, active_loop="complaint_form",
                events=events)
    got = slots_set(run(forms.ValidateComplaintForm(), t)[0])
    assert got["requested_slot"] == "amount"


def test_the_status_forms_questions_are_explained_too():
    t = tracker("啥意思", slots={"requested_slot": "query_ticket_no"}, active_loop="status_form",
                events=asked("query_ticket_no", ["啥意思"], form="status_form"))
    _, messages = run(forms.ValidateStatusForm(), t)
    assert "TS开头" in messages[0]["text"]
    t = tracker("这是干嘛用的 没看懂", slots={"requested_slot": "phone", "query_ticket_no": "TS20261201-123456"},
                active_loop="status_form", events=asked("phone", ["这是干嘛用的 没看懂"], form="status_form"))
    _, messages = run(forms.ValidateStatusForm(), t)
    assert "本人" in messages[0]["text"]


@pytest.mark.parametrize("slot", ["product", "merchant_name", "complainant_name", "problem"])
def test_a_confirmation_sent_while_a_question_waits_is_never_the_answer(slot):
    t = tracker("确认提交", intent="affirm", slots={"requested_slot": slot}, active_loop="complaint_form",
                events=asked(slot, ["确认提交"]))
    events, messages = run(forms.ValidateComplaintForm(), t)
    got = slots_set(events)
    assert slot not in got and got["requested_slot"] == slot and "还没到确认提交" in messages[0]["text"]


def test_yes_still_answers_the_anonymity_question():
    t = tracker("是的", intent="affirm", slots={"requested_slot": "anonymous", "merchant_name": "某某网吧"},
                active_loop="report_form", events=asked("anonymous", ["是的"], form="report_form"))
    assert slots_set(run(forms.ValidateReportForm(), t)[0]).get("anonymous") is True
