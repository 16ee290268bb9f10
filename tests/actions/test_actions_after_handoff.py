"""After a hand-over, what the consumer says is for the person who has the conversation: they are told it was
passed on (not asked "登记投诉、举报，还是查询"), the person's transcript is brought up to date; a new
registration, a ticket or a cancellation ends that."""
import pytest
from actions_testlib import run, tracker, user

from actions import actions as acts
from actions import handoff

HANDED = {"event": "bot", "text": handoff.handoff_message(True)}
GAVE_UP = {"event": "bot", "text": handoff.handoff_message(True, gave_up=True)}


@pytest.fixture
def posts(monkeypatch):
    posted = []
    monkeypatch.setattr(handoff, "post_handoff", lambda t, reason, channel: posted.append(reason) or {"id": 1})
    return posted


@pytest.mark.parametrize("said", ["对了，那家店在人民路上", "13688889999", "他们家收据我也拍了"])
def test_words_after_a_hand_over_go_to_the_person(said, posts):
    events = [user("转人工", "human_handoff"), HANDED, user(said)]
    _, messages = run(acts.ActionInformWithoutContext(), tracker(said, "inform", events, {"handoff_requested": True}))
    assert "请问您是想登记" not in messages[0].get("text", "") and "人工坐席" in messages[0]["text"]
    assert posts == ["human_handoff"]


def test_the_note_is_shorter_the_second_time(posts):
    events = [user("转人工", "human_handoff"), GAVE_UP, user("喂"), {"event": "bot", "text": handoff.WAITING_NOTE},
              user("还在吗")]
    asked = tracker("还在吗", "nlu_fallback", events, {"handoff_requested": True})
    _, messages = run(acts.ActionLowConfidence(), asked)
    assert messages[0]["text"] == handoff.WAITING_NOTE_AGAIN
    assert posts == ["gave_up"]


@pytest.mark.parametrize("since", [{"event": "active_loop", "name": "complaint_form"},
                                   {"event": "slot", "name": "ticket_no", "value": "TS20261206-000001"},
                                   {"event": "action", "name": "action_cancel"}])
def test_a_new_registration_or_its_end_leaves_the_hand_over_behind(since, posts):
    events = [HANDED, since, {"event": "active_loop", "name": None}, user("13912345678")]
    _, messages = run(acts.ActionInformWithoutContext(), tracker("13912345678", "inform", events))
    assert messages[0].get("response") == "utter_inform_without_context"
    assert posts == []


def test_a_person_not_reached_is_said(monkeypatch):
    monkeypatch.setattr(handoff, "post_handoff", lambda *a, **k: None)
    events = [HANDED, user("好的我等着")]
    _, messages = run(acts.ActionInformWithoutContext(), tracker("好的我等着", "inform", events))
    assert "12315热线" in messages[0]["text"]
