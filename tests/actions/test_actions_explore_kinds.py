"""Failure kinds a new user met (the exploring round): the summary survives any digression (a question about
the service, a ticket's progress or the consumer's rights is answered and the summary offered again; something
added goes with the problem and the summary is shown again); "where is my ticket" is never a value nor a dead
end; the details question is optional; a bare "好的" at a question is explained, not counted as a failed answer.
All wordings are our own."""
import sys
import types

import pytest

import actions.actions as acts
from actions import dialogue, forms
from tests.actions.test_actions_forms import FULL_COMPLAINT, asked, run, slots_set, tracker

AT_SUMMARY = dict(FULL_COMPLAINT, awaiting_confirmation=True, submission_id="s-1")


def _followup(events):
    return [e.get("name") for e in events if e.get("event") == "followup"]


def _texts(messages):
    return "\n".join(m.get("text") or "" for m in messages)


def _summary_offered(messages):
    return any([b["payload"] for b in m.get("buttons") or []][:1] == ["/affirm"] for m in messages)


# ---------------------------------------------------------------- kind 1: the summary survives a digression

@pytest.mark.parametrize("said, words", [("这个一般几天能处理完？", "7个工作日"),
                                         ("我这个现在到哪一步了", "还没有提交"),
                                         ("之前那个有结果了吗", "还没有提交")])
def test_a_question_at_the_summary_read_as_a_status_request_keeps_the_summary(said, words):
    t = tracker(said, intent="check_status", slots=AT_SUMMARY, active_loop="status_form",
                events=[{"event": "user", "text": said}, {"event": "action", "name": "status_form"},
                        {"event": "active_loop", "name": "status_form"}])
    events, messages = run(forms.ValidateStatusForm(), t)
    assert words in _texts(messages) and _summary_offered(messages)
    assert {"event": "active_loop", "name": None} in [{"event": e["event"], "name": e.get("name")}
                                                      for e in events if e["event"] == "active_loop"]
    assert _followup(events) == ["action_listen"] and "受理编号。" not in _texts(messages)
    assert slots_set(events).get("awaiting_confirmation") is not False


@pytest.mark.parametrize("said", ["刚才那个怎么样了", "前面那个进展如何了", "现在处理到哪了"])
def test_a_progress_question_at_the_summary_changes_nothing(said):
    events, messages = run(acts.ActionCorrectField(), tracker(said, intent="inform", slots=AT_SUMMARY))
    got = slots_set(events)
    assert "purchase_date" not in got and got["awaiting_confirmation"] is True
    assert "还没有提交" in _texts(messages) and _summary_offered(messages)


@pytest.mark.parametrize("said, added", [("另外说一句，他们客服态度特别恶劣", "他们客服态度特别恶劣"),
                                         ("补充一点：发票他们也一直不肯开", "发票他们也一直不肯开"),
                                         ("忘了说了，我手里有聊天记录", "我手里有聊天记录")])
def test_something_added_at_the_summary_goes_with_the_problem_and_the_summary_comes_again(said, added):
    for action, intent in ((acts.ActionStartFiling(), "file_complaint"), (acts.ActionCorrectField(), "inform")):
        events, messages = run(action, tracker(said, intent=intent, slots=AT_SUMMARY))
        got = slots_set(events)
        assert got["problem"] == f"{FULL_COMPLAINT['problem']}；{added}"
        assert got["awaiting_confirmation"] is True and got["submission_id"] != "s-1"
        assert "请核对" in _texts(messages) and added in _texts(messages) and "依次问您" not in _texts(messages)
        assert _followup(events) == ["action_listen"]


@pytest.mark.parametrize("said", ["还有电话写错了，是13900001111", "另外诉求加上赔偿", "补充一下", "还有吗？"])
def test_a_change_or_nothing_said_is_no_addition(said):
    assert dialogue.adds_to_account(said) is None


def test_a_rights_question_at_the_summary_is_answered_then_the_summary_offered(monkeypatch):
    def answer(question):
        return types.SimpleNamespace(text=f"答复：{question}\n如需登记投诉，回复“我要投诉”。", confident=True)

    monkeypatch.setitem(sys.modules, "knowledge_base", types.SimpleNamespace(answer=answer))
    events, messages = run(acts.ActionAnswerLaw(), tracker("这种能要三倍赔偿吗", intent="ask_law", slots=AT_SUMMARY))
    assert "答复" in messages[0]["text"] and "我要投诉" not in _texts(messages)
    assert not messages[0].get("buttons") and _summary_offered(messages[-1:])
    # read as a change, the same question is answered and changes nothing
    events, messages = run(acts.ActionCorrectField(), tracker("这样算不算欺诈？", intent="inform", slots=AT_SUMMARY))
    assert slots_set(events) == {"awaiting_confirmation": True} and _summary_offered(messages)


def test_words_outside_the_service_at_the_summary_still_offer_the_summary():
    events, messages = run(acts.ActionOutOfScope(), tracker("你们今天天气怎么样", intent="out_of_scope",
                                                            slots=AT_SUMMARY))
    assert _summary_offered(messages)


# ---------------------------------------------------------------- kind 5: where is my ticket

@pytest.mark.parametrize("said", ["刚才那个怎么样了", "我上回投诉的到哪一步了", "之前举报的有回复了吗", "进度怎么样"])
def test_progress_questions_are_recognised(said):
    assert dialogue.asks_status(said)


@pytest.mark.parametrize("said", ["刚才买的", "昨天下午", "用了两天就坏了怎么样都不行还不给退钱啊",
                                  "投诉要多久才有结果？"])
def test_answers_and_service_questions_are_no_progress_question(said):
    assert not dialogue.asks_status(said)


@pytest.mark.parametrize("slot", ["purchase_date", "amount", "merchant_name"])
def test_a_progress_question_inside_the_form_is_never_a_value(slot):
    said = "刚刚那个现在怎么样了"
    t = tracker(said, slots={"requested_slot": slot}, active_loop="complaint_form", events=asked(slot, [said]))
    events, messages = run(forms.ValidateComplaintForm(), t)
    got = slots_set(events)
    assert got.get(slot) is None and got["requested_slot"] == slot
    assert "查询进度" in _texts(messages) and forms.BACK_TO_THE_FORM in _texts(messages)


@pytest.mark.parametrize("said", ["编号是多少来着", "我那个受理编号呢", "刚才的单号是啥"])
def test_after_filing_the_number_is_told(said):
    events, messages = run(acts.ActionOutOfScope(), tracker(said, intent="out_of_scope",
                                                            slots={"ticket_no": "TS20261201-000123"}))
    assert "TS20261201-000123" in _texts(messages) and events == []


@pytest.mark.parametrize("said", ["编号忘记了", "我找不到编号了", "没记下编号"])
def test_without_a_number_the_consumer_hears_where_it_is_and_the_hotline(said):
    for action, intent in ((acts.ActionOutOfScope(), "out_of_scope"), (acts.ActionInformWithoutContext(), "inform")):
        _, messages = run(action, tracker(said, intent=intent))
        assert "12315" in _texts(messages) and "TS" in _texts(messages)
        assert messages[-1]["buttons"][0]["payload"] == "/human_handoff"
    t = tracker(said, slots={"requested_slot": "query_ticket_no"}, active_loop="status_form",
                events=asked("query_ticket_no", [said], form="status_form"))
    events, messages = run(forms.ValidateStatusForm(), t)
    assert "12315" in _texts(messages) and _followup(events) == ["action_listen"]
    assert slots_set(events)["requested_slot"] is None


@pytest.mark.parametrize("said", ["JB20261130-004455", "ts20261202-778899", "编号TS20261203-123456"])
def test_a_bare_ticket_number_starts_the_status_lookup(said):
    for action, intent in ((acts.ActionInformWithoutContext(), "inform"), (acts.ActionLowConfidence(), "nlu_fallback"),
                           (acts.ActionOutOfScope(), "out_of_scope")):
        events, messages = run(action, tracker(said, intent=intent))
        assert _followup(events) == ["status_form"] and messages == []


# ---------------------------------------------------------------- kind 3: the details question is optional

def _details_asked(opening, answer):
    return [{"event": "user", "text": opening, "parse_data": {"intent": {"name": "file_complaint"}}},
            {"event": "action", "name": "utter_start_complaint"},
            {"event": "active_loop", "name": "complaint_form"},
            {"event": "action", "name": "complaint_form"},
            {"event": "bot", "text": forms.DETAILS_QUESTION},
            {"event": "slot", "name": "requested_slot", "value": "problem"},
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": answer, "parse_data": {"intent": {"name": "inform"}}},
            {"event": "action", "name": "complaint_form"}]


@pytest.mark.parametrize("answer", ["说不上来了", "就这样，没别的了", "对", "不清楚"])
def test_no_more_to_tell_keeps_the_account_told(answer):
    opening = "我要投诉，吹风机冒火花"
    t = tracker(answer, slots={"requested_slot": "problem"}, active_loop="complaint_form",
                events=_details_asked(opening, answer))
    events, messages = run(forms.ValidateComplaintForm(), t)
    got = slots_set(events)
    assert got["problem"] == "吹风机冒火花"
    assert got.get("requested_slot") != "problem" and "按您刚才说的" in _texts(messages)


def test_details_told_still_go_with_the_account():
    opening = "我要投诉，吹风机冒火花"
    answer = "用了不到一周，找店里说要寄回厂家检测，等了二十天也没消息"
    t = tracker(answer, slots={"requested_slot": "problem"}, active_loop="complaint_form",
                events=_details_asked(opening, answer))
    got = slots_set(run(forms.ValidateComplaintForm(), t)[0])
    assert "冒火花" in got["problem"] and "二十天" in got["problem"]


# ---------------------------------------------------------------- kind 6: a bare "好的" at a question

def _acks(slot, replies):
    """The form asked `slot`, the consumer said "好的" after each bot reply in `replies` (the last "好的"
    is the message validated)."""
    events = [{"event": "active_loop", "name": "complaint_form"}, {"event": "action", "name": "complaint_form"},
              {"event": "slot", "name": "requested_slot", "value": slot}, {"event": "bot", "text": "问题"}]
    for reply in replies:
        events += [{"event": "action", "name": "action_listen"},
                   {"event": "user", "text": "好的", "parse_data": {"intent": {"name": "affirm"}}},
                   {"event": "action", "name": "complaint_form"}]
        if reply is not None:
            events += [{"event": "bot", "text": reply}, {"event": "slot", "name": "requested_slot", "value": slot},
                       {"event": "bot", "text": "问题"}]
    return events


@pytest.mark.parametrize("slot, words", [("merchant_name", "店名"), ("product", "名称"), ("demand", "退货")])
def test_a_first_bare_yes_is_answered_with_what_the_question_wants(slot, words):
    t = tracker("好的", intent="affirm", slots={"requested_slot": slot}, active_loop="complaint_form",
                events=_acks(slot, [None]))
    events, messages = run(forms.ValidateComplaintForm(), t)
    got = slots_set(events)
    assert got.get(slot) is None and got["requested_slot"] == slot
    assert forms.BACK_TO_THE_FORM in messages[0]["text"] and words in messages[0]["text"]
    # the explanation is a digression answered: it does not count as a failed answer
    assert forms.times_asked([*t.events, {"event": "bot", "text": messages[0]["text"]}], slot) == 0


def test_bare_yeses_go_on_to_other_questions_before_any_person():
    first = "好的，我们接着登记。这一项……"
    t = tracker("好的", intent="affirm", slots={"requested_slot": "merchant_name"}, active_loop="complaint_form",
                events=_acks("merchant_name", [first, "还没到确认提交这一步", None]))
    events, messages = run(forms.ValidateComplaintForm(), t)
    got = slots_set(events)
    assert got["requested_slot"] not in ("merchant_name", None) and "最后再确认" in _texts(messages)
    assert not any("人工" in (m.get("text") or "") for m in messages)


@pytest.mark.parametrize("said, field, value", [
    # a change asked at the summary in words read as outside the service: the change is made
    ("我是李强 你给我写成李墙了", "complainant_name", "李强"),
    ("金额你给我写成3999了 是3699", "amount", "3699.00"),
    ("店名打成了星光超币 是星光超市", "merchant_name", "星光超市"),
])
def test_a_change_asked_at_the_summary_in_words_read_as_outside_the_service_is_made(said, field, value):
    events, messages = run(acts.ActionOutOfScope(), tracker(said, intent="out_of_scope", slots=AT_SUMMARY))
    assert slots_set(events).get(field) == value, messages
