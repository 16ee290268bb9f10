"""Messages about a report after or while it is filed (issue 16): a status question about an anonymous report
("匿名的那个 没留手机 能看进度吗") asks about the one filed, never opens a new report; the consumer hears that an
anonymous report is looked up in this chat by its number; and something added right after filing ("补充一下…")
starts no registration unasked: the consumer hears how to add to the ticket filed. Wordings of our own."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest
from actions_testlib import run, tracker, user

from actions import actions as acts
from actions import forms, intake

FILED = [user("我要匿名举报 网吧让未成年人上网", "file_report"), {"event": "active_loop", "name": "report_form"},
         {"event": "active_loop", "name": None},
         {"event": "slot", "name": "ticket_no", "value": "JB20261207-123456"}]


@pytest.mark.parametrize("said", ["匿名的那个举报 没留手机 能看进度吗", "我刚匿名举报的 现在到哪一步了",
                                  "实名举报的那个有结果了吗"])
def test_a_status_question_about_a_report_asks_to_file_nothing(said):
    assert intake.asks_to_file(said) is None


@pytest.mark.parametrize("said", ["补充一下 那个网吧晚上还卖烟给学生", "对了 他们老板还说有人罩着"])
def test_an_addition_after_filing_starts_nothing(said):
    got, messages = run(acts.ActionStartFiling(), tracker(said, "file_report", FILED + [user(said, "file_report")],
                                                           slots={"ticket_type": "report"}))
    assert "JB20261207-123456" in messages[0]["text"]
    assert not any(e.get("event") == "followup" and e.get("name") in ("report_form", "complaint_form") for e in got)


def test_an_addition_with_no_ticket_filed_is_not_answered_so():
    said = "补充一下 那个网吧晚上还卖烟给学生"
    t = tracker(said, "out_of_scope", [user(said, "out_of_scope")])
    assert acts.added_after_filing(acts.CollectingDispatcher(), t, said) is None


def test_a_new_registration_since_forgets_the_ticket():
    events = FILED + [{"event": "active_loop", "name": "complaint_form"}]
    assert acts._just_filed(tracker("x", "inform", events)) is None


@pytest.mark.parametrize("said", ["我这个是匿名的 没留电话 以后怎么查进度", "不留电话的话进度在哪看"])
def test_an_anonymous_reporter_hears_how_to_follow_it(said):
    t = tracker(said, "check_status", [user(said, "check_status")], slots={"ticket_type": "report"},
                active_loop="report_form")
    reply = forms.status_reply(t, said)
    assert "匿名举报不留电话也能查进度" in reply and "这次对话" in reply
