"""At the summary, "不需要" / "不用改了" / "没有要改的地方" say there is nothing to change: never a change to
ask about, nor a cancel; the summary waits for its confirmation (said differently the second time, a person
the third). "全部重来" starts the same registration again from its first question (every answer dropped)
instead of cancelling it; after a hand-over, "继续" / "还是你帮我登记吧" takes the registration up again."""
import pytest
from actions_testlib import run, slots_set, tracker, user

from actions import actions as acts
from actions import dialogue, forms, handoff
from tests.actions.test_actions_forms import FULL_COMPLAINT

SUMMARY = dict(FULL_COMPLAINT, awaiting_confirmation=True)
SHOWN = {"event": "bot", "text": "请核对以下投诉信息：……"}


@pytest.mark.parametrize("text", ["不用改", "没啥要改的", "嗯 不需要修改", "都没问题", "没有要更改的地方了"])
def test_nothing_to_change_is_recognised(text):
    assert dialogue.nothing_to_change(text)


@pytest.mark.parametrize("text", ["名字不对", "要改一下电话", "取消吧", "不投诉了", "没有发票"])
def test_a_change_or_a_cancel_is_no_nothing_to_change(text):
    assert not dialogue.nothing_to_change(text)


@pytest.mark.parametrize("act, intent", [(acts.ActionAskWhatToCorrect(), "deny"), (acts.ActionCancel(), "cancel"),
                                         (acts.ActionCorrectField(), "inform")])
def test_nothing_to_change_at_the_summary_keeps_it_waiting(act, intent):
    events, messages = run(act, tracker("不用改了", intent, [SHOWN, user("不用改了", intent)], SUMMARY))
    assert "确认提交" in messages[0]["text"] and "哪一项需要修改" not in messages[0]["text"]
    got = slots_set(events)
    assert got.get("awaiting_confirmation") is True and "phone" not in got and "ticket_type" not in got


def test_said_again_it_is_said_otherwise_then_a_person_takes_over(monkeypatch):
    monkeypatch.setattr(handoff, "post_handoff", lambda *a, **k: {"id": 1})
    first = [SHOWN, user("不需要", "deny")]
    _, said = run(acts.ActionAskWhatToCorrect(), tracker("不需要", "deny", first, SUMMARY))
    second = first + [{"event": "bot", "text": said[0]["text"]}, user("不需要", "deny")]
    _, again = run(acts.ActionAskWhatToCorrect(), tracker("不需要", "deny", second, SUMMARY))
    assert again[0]["text"] != said[0]["text"] and "确认提交" in again[0]["text"]
    third = second + [{"event": "bot", "text": again[0]["text"]}, user("不需要", "deny")]
    events, last = run(acts.ActionAskWhatToCorrect(), tracker("不需要", "deny", third, SUMMARY))
    assert handoff.HANDED_OVER in last[0]["text"]


@pytest.mark.parametrize("text", ["从头再来吧", "都重来", "算了 重新开始"])
def test_starting_over_at_the_summary_clears_and_asks_from_the_start(text):
    events, messages = run(acts.ActionCancel(), tracker(text, "cancel", [SHOWN, user(text, "cancel")], SUMMARY))
    assert messages[0]["text"].startswith(dialogue.STARTED_OVER)
    got = slots_set(events)
    assert got["phone"] is None and got["merchant_name"] is None and got["ticket_type"] == "complaint"
    assert any(e.get("event") == "followup" and e.get("name") == "complaint_form" for e in events)


def test_starting_over_inside_the_form_is_no_answer():
    t = tracker("全部重新填", "inform", [{"event": "active_loop", "name": "report_form"}, user("全部重新填")],
                {"requested_slot": "phone", "ticket_type": "report", "merchant_name": "鑫旺建材"},
                active_loop="report_form")
    events, messages = run(forms.ValidateReportForm(), t)
    got = slots_set(events)
    assert messages[0]["text"].startswith(dialogue.STARTED_OVER) and got["merchant_name"] is None
    assert got["ticket_type"] == "report"


def test_a_field_said_again_is_a_correction_not_a_start_over():
    assert not dialogue.starts_over("电话重新填一下") and not dialogue.starts_over("重新登记地址")


HANDED = {"event": "bot", "text": handoff.handoff_message(True)}


@pytest.mark.parametrize("act, text, intent", [
    (acts.ActionCancel(), "继续吧", "cancel"),
    (acts.ActionOutOfScope(), "还是你来帮我登记吧", "out_of_scope"),
    (acts.ActionInformWithoutContext(), "不等人工了", "inform"),
])
def test_after_a_hand_over_the_registration_is_taken_up_again(act, text, intent, monkeypatch):
    monkeypatch.setattr(handoff, "post_handoff", lambda *a, **k: {"id": 1})
    slots = {"ticket_type": "complaint", "problem": "买的热水器漏水", "merchant_name": "好家电器",
             "handoff_requested": True}
    said = [user("转人工", "human_handoff"), HANDED, user(text, intent)]
    events, messages = run(act, tracker(text, intent, said, slots))
    assert "接着登记" in messages[0]["text"] and "人工坐席" not in messages[0]["text"]
    assert any(e.get("event") == "followup" and e.get("name") == "complaint_form" for e in events)
    assert "merchant_name" not in slots_set(events)  # what was told is kept


def test_with_no_registration_handed_over_continuing_opens_nothing(monkeypatch):
    monkeypatch.setattr(handoff, "post_handoff", lambda *a, **k: {"id": 1})
    events, messages = run(acts.ActionCancel(), tracker("继续", "cancel", [user("继续", "cancel")], {}))
    assert not any(e.get("event") == "followup" for e in events)


def test_taken_up_again_while_the_details_were_asked_the_account_told_stands(monkeypatch):
    monkeypatch.setattr(handoff, "post_handoff", lambda *a, **k: {"id": 1})
    events = [user("我要投诉", "file_complaint"), user("买的电暖器不热了"),
              {"event": "bot", "text": forms.DETAILS_QUESTION},
              user("转人工", "human_handoff"), HANDED, user("继续", "affirm")]
    got, _ = run(acts.ActionInformWithoutContext(), tracker("继续", "affirm", events, {"ticket_type": "complaint"}))
    assert slots_set(got)["problem"] == "买的电暖器不热了"


def test_the_form_does_not_read_the_start_over_words_again_when_it_reopens():
    events = [{"event": "active_loop", "name": "complaint_form"}, user("从头来"),
              {"event": "bot", "text": f"{dialogue.STARTED_OVER}投诉，刚才填的信息都已清空。"},
              {"event": "active_loop", "name": None}, {"event": "action", "name": "complaint_form"}]
    t = tracker("从头来", "inform", events, {"ticket_type": "complaint"}, active_loop="complaint_form")
    got, messages = run(forms.ValidateComplaintForm(), t)
    assert got == [] and messages == []
