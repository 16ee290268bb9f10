"""Two kinds from the twentieth round's writer (wordings our own):
- at the summary, words that accept with an urging to go ahead ("对 尽快处理啊", "行 交上去吧") file the ticket once,
  whatever intent the words were read as (a no, a change);
- asked for the phone or the name, "电话也不要了" withholds that item: the registration is not called off."""
from types import SimpleNamespace

import pytest
from rasa_sdk.events import FollowupAction

from actions import actions as acts
from actions import filing
from actions import summary_turn as st
from actions_testlib import run, tracker, user

from tests.actions.test_actions_summary_thanks_and_goodbye import SLOTS


@pytest.fixture
def filed(monkeypatch):
    sent = []
    monkeypatch.setattr(filing, "file_ticket", lambda payload, key: sent.append(key) or SimpleNamespace(
        ticket_no="TS20261208-000031", ticket={}, queued=False))
    return sent


@pytest.mark.parametrize("said", ["对 尽快处理啊", "可以 交上去吧", "行 就这么办", "好的 抓紧处理", "嗯 帮忙处理一下"])
def test_accepting_with_a_go_ahead_is_accepting(said):
    assert st.kind_of(said) == "accept"


@pytest.mark.parametrize("action, intent", [(acts.ActionAskWhatToCorrect(), "deny"),
                                            (acts.ActionCorrectField(), "inform")])
def test_a_go_ahead_read_as_a_no_or_a_change_files_the_ticket_once(filed, action, intent):
    said = "是的 赶紧给办了"
    events, messages = run(action, tracker(said, intent, [user(said, intent)], slots=SLOTS))
    assert len(filed) == 1
    assert "TS20261208-000031" in " ".join(m.get("text") or "" for m in messages)


@pytest.mark.parametrize("said", ["不对", "处理", "快点", "我要改一下"])
def test_no_go_ahead_without_words_that_accept_or_ask_to_go_on(said):
    assert st.kind_of(said) != "accept"


@pytest.mark.parametrize("said, asked", [("电话也不要了", "phone"), ("名字就不需要了", "complainant_name"),
                                         ("手机号也不用了", "phone")])
def test_an_item_withheld_when_asked_is_no_cancel_the_form_reads_it(said, asked):
    slots = {"ticket_type": "report", "merchant_name": "某某足浴店", "requested_slot": asked}
    events, messages = run(acts.ActionCancel(), tracker(said, "cancel", [user(said, "cancel")], slots=slots,
                                                         active_loop="report_form"))
    assert events == [FollowupAction("report_form")] and messages == []


def test_calling_the_registration_off_still_cancels_it():
    said = "不举报了 电话也不要了"
    slots = {"ticket_type": "report", "requested_slot": "phone"}
    events, messages = run(acts.ActionCancel(), tracker(said, "cancel", [user(said, "cancel")], slots=slots,
                                                         active_loop="report_form"))
    assert any(e.get("event") == "active_loop" and e.get("name") is None for e in events)
