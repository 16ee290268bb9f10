"""Impatience said with words that accept at the summary (issue 16, the eighteenth round): "就这样 别再问了",
"行了行了 快点" accept what was shown and file it once; impatience alone accepts nothing. Wordings of our own."""
from types import SimpleNamespace

import pytest

from actions import filing
from actions import summary_turn as st
from actions_testlib import run, tracker, user

from tests.actions.test_actions_summary_thanks_and_goodbye import SLOTS


@pytest.fixture
def filed(monkeypatch):
    sent = []
    monkeypatch.setattr(filing, "file_ticket", lambda payload, key: sent.append(key) or SimpleNamespace(
        ticket_no="TS20261207-000077", ticket={}, queued=False))
    return sent


@pytest.mark.parametrize("said", ["就这样吧 别再问了", "行了行了 快点", "可以 赶紧的", "都说了 没问题"])
def test_accepting_words_said_impatiently_file_the_ticket_once(filed, said):
    assert st.kind_of(said) == "accept"
    events, messages = run(st.ActionSummaryTurn(), tracker(said, "goodbye", [user(said, "goodbye")], slots=SLOTS))
    assert len(filed) == 1
    assert "TS20261207-000077" in " ".join(m.get("text") or "" for m in messages)


@pytest.mark.parametrize("said", ["别再问了", "快点", "说了多少遍了"])
def test_impatience_alone_accepts_nothing(said):
    assert st.kind_of(said) != "accept"
