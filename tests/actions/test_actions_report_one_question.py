"""The report form's vague re-ask is the one question of its turn: after "请再具体说说商家是怎么做的…" the
form's own problem question is not said as well (issue 16: two questions in a row)."""
from pathlib import Path

import pytest
import yaml

from actions import dialogue, forms
from tests.actions.test_actions_forms import run, tracker

DOMAIN = yaml.safe_load((Path(__file__).resolve().parents[2] / "bot" / "domain" / "complaint.yml").read_text("utf-8"))


def _report_waiting_for_problem(answer):
    return [{"event": "active_loop", "name": "report_form"},
            {"event": "slot", "name": "requested_slot", "value": "problem"},
            {"event": "bot", "text": "请说说这家商家有哪些违法违规行为"},
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": answer, "parse_data": {"intent": {"name": "inform"}}},
            {"event": "action", "name": "report_form"}]


def texts(messages):
    return [m.get("text") or m.get("response") for m in messages]


@pytest.mark.parametrize("said", ["那家药店有问题", "这个饭馆卖的东西有毛病", "那家网吧出问题了"])
def test_a_vague_report_gets_the_details_question_once_and_the_form_question_not_after_it(said):
    assert dialogue.vague_account(said)
    events = _report_waiting_for_problem(said)
    got, messages = run(forms.ValidateReportForm(),
                        tracker(said, slots={"requested_slot": "problem"}, active_loop="report_form", events=events))
    assert texts(messages)[-1] == forms.REPORT_DETAILS_QUESTION
    # Rasa then runs the form's ask action for the problem: it stays silent this turn
    after = events + [{"event": "bot", "text": t} for t in texts(messages)]
    assert run(forms.ActionAskReportProblem(), tracker(said, events=after))[1] == []


def test_the_report_question_is_asked_when_nothing_was_asked_this_turn():
    fresh = [{"event": "user", "text": "我要举报", "parse_data": {"intent": {"name": "file_report"}}},
             {"event": "action", "name": "utter_start_report"},
             {"event": "bot", "text": "好的，我来帮您登记举报。您可以选择匿名举报。"}]
    assert [m.get("response") for m in run(forms.ActionAskReportProblem(), tracker("我要举报", events=fresh))[1]] \
        == ["utter_ask_report_form_problem"]
    # the details question said a turn before, answered since: the form's question is asked again
    earlier = fresh + [{"event": "bot", "text": forms.REPORT_DETAILS_QUESTION},
                       {"event": "user", "text": "嗯"}]
    assert run(forms.ActionAskReportProblem(), tracker("嗯", events=earlier))[1][0]["response"] \
        == "utter_ask_report_form_problem"


def test_rasa_asks_the_reports_problem_through_the_action():
    # Rasa's form looks for action_ask_<form>_<slot> before utter_ask_<form>_<slot>
    assert "action_ask_report_form_problem" in DOMAIN["actions"]
    assert forms.ActionAskReportProblem().name() == "action_ask_report_form_problem"
    assert "utter_ask_report_form_problem" in DOMAIN["responses"]
