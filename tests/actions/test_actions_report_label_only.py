"""A report whose account is only a label of wrongdoing ("卖假货", "药店卖过期药") is asked once what was seen
(what was sold, how it was found, when), and the answer goes with the label; "不清楚" keeps the label as
told. A report that tells what happened is not asked again."""
import pytest

from actions import forms
from tests.actions.test_actions_forms import asked, run, slots_set, tracker

REPORT = {"ticket_type": "report", "merchant_name": "兴隆便利店", "merchant_address": "沈阳市和平区南京街8号"}


@pytest.mark.parametrize("label", ["卖三无产品", "这家超市卖过期面包", "药房卖假药"])
def test_a_label_answer_is_asked_what_was_seen(label):
    t = tracker(label, slots=dict(REPORT, requested_slot="problem"), active_loop="report_form",
                events=asked("problem", [label], form="report_form"))
    events, messages = run(forms.ValidateReportForm(), t)
    assert forms.REPORT_DETAILS_QUESTION in messages[-1]["text"]
    assert "problem" not in slots_set(events) or slots_set(events)["problem"] is None


def test_the_answer_goes_with_the_label():
    events = asked("problem", ["卖三无产品"], form="report_form")[:-2] + [
        {"event": "bot", "text": forms.REPORT_DETAILS_QUESTION},
        *asked("problem", ["货架上的电热毯没有厂名厂址，也没有合格证，上周去买东西看到的"], form="report_form")[1:]]
    t = tracker("货架上的电热毯没有厂名厂址，也没有合格证，上周去买东西看到的",
                slots=dict(REPORT, requested_slot="problem"), active_loop="report_form", events=events)
    got, _ = run(forms.ValidateReportForm(), t)
    problem = slots_set(got)["problem"]
    assert problem.startswith("卖三无产品") and "合格证" in problem


def test_nothing_more_to_tell_keeps_the_label():
    events = asked("problem", ["药房卖假药"], form="report_form")[:-2] + [
        {"event": "bot", "text": forms.REPORT_DETAILS_QUESTION},
        *asked("problem", ["别的不清楚"], form="report_form")[1:]]
    t = tracker("别的不清楚", slots=dict(REPORT, requested_slot="problem"), active_loop="report_form", events=events)
    got, _ = run(forms.ValidateReportForm(), t)
    assert slots_set(got)["problem"] == "药房卖假药"


def test_an_account_of_what_was_seen_is_taken_at_once():
    said = "店里卖的奶粉生产日期被改过，我上周三买的时候发现标签下面还有一层旧日期"
    t = tracker(said, slots=dict(REPORT, requested_slot="problem"), active_loop="report_form",
                events=asked("problem", [said], form="report_form"))
    got, messages = run(forms.ValidateReportForm(), t)
    assert slots_set(got)["problem"] and not any(forms.REPORT_DETAILS_QUESTION in m.get("text", "") for m in messages)


def test_a_label_at_the_opening_is_asked_about_when_the_account_comes_up():
    events = [{"event": "user", "text": "举报 五金店卖假冒插座", "parse_data": {"intent": {"name": "file_report"}}},
              {"event": "action", "name": "utter_start_report"}, {"event": "active_loop", "name": "report_form"},
              {"event": "slot", "name": "requested_slot", "value": "problem"}]
    t = tracker("", slots=dict(REPORT, requested_slot="problem"), active_loop="report_form", events=events)
    _, messages = run(forms.ActionAskReportProblem(), t)
    said = messages[0]["text"]
    assert said.startswith("您刚才说“五金店卖假冒插座”") and forms.REPORT_DETAILS_QUESTION in said


def test_a_bare_request_to_report_is_asked_the_usual_question():
    events = [{"event": "user", "text": "我要举报", "parse_data": {"intent": {"name": "file_report"}}},
              {"event": "action", "name": "utter_start_report"}, {"event": "active_loop", "name": "report_form"}]
    t = tracker("", slots=dict(REPORT, requested_slot="problem"), active_loop="report_form", events=events)
    _, messages = run(forms.ActionAskReportProblem(), t)
    assert messages[0].get("response") == "utter_ask_report_form_problem"
