"""A digression the bot answered (a law question, a status question: "…我们接着登记") is no answer the
consumer failed to give: it does not use up an ask of the question waiting, so a wrong-shaped answer
after it at the last open question is asked again, not handed to a person (issue 16). The loop guard
still holds: without a digression the second ask is the last, and only one digression a run is free."""
from rasa_sdk.events import ActiveLoop

from actions import forms
from tests.actions.test_actions_forms import FULL_COMPLAINT, asked, run, slots_set, tracker

LAW_ANSWER = [{"event": "action", "name": "action_answer_law"},
              {"event": "bot", "text": "经营者有欺诈行为的，消费者可以要求增加赔偿……"},
              {"event": "bot", "text": "我们接着登记刚才的信息。"}]
STATUS_ANSWER = [{"event": "action", "name": "action_status_digression"},
                 {"event": "bot", "text": "查询进度需要受理编号和登记时留的电话。\n我们接着登记刚才的信息。"}]


def _after(slot, first, answer, form="complaint_form"):
    """`slot` asked; `first` (answered as a digression by `answer`), then the message being validated."""
    events = asked(slot, [first], form=form)[:-2] + answer
    return events + asked(slot, [first, "x"], form=form)[-7:-2] + [
        {"event": "slot", "name": "requested_slot", "value": slot}, {"event": "action", "name": form}]


def test_a_law_or_status_question_answered_does_not_count_as_an_ask():
    for answer in (LAW_ANSWER, STATUS_ANSWER):
        assert forms.times_asked(_after("phone", "这种情况能三倍赔偿吗？", answer), "phone") == 1
    # a reply the form gave itself (a re-ask) is no digression: both count
    assert forms.times_asked(asked("phone", ["1391", "139"]), "phone") == 2


def test_a_wrong_shape_after_a_law_answer_at_the_last_question_is_asked_again_not_handed_over():
    slots = dict(FULL_COMPLAINT, phone=None, requested_slot="phone")
    events = _after("phone", "这种情况能要求三倍赔偿吗？", LAW_ANSWER)
    got, messages = run(forms.ValidateComplaintForm(),
                        tracker("1391234567", slots=slots, active_loop="complaint_form", events=events))
    assert ActiveLoop(None) not in got
    assert slots_set(got)["phone"] is None and "handoff_requested" not in slots_set(got)
    assert messages and "号码" in messages[0]["text"]
    # the report's last question the same
    slots = dict(FULL_COMPLAINT, ticket_type="report", anonymous=False, phone=None, requested_slot="phone")
    events = _after("phone", "我上次投诉的进度怎么查？", STATUS_ANSWER, form="report_form")
    got, messages = run(forms.ValidateReportForm(),
                        tracker("12345", slots=slots, active_loop="report_form", events=events))
    assert ActiveLoop(None) not in got and slots_set(got)["phone"] is None


def test_only_the_first_digression_of_a_run_is_free_and_the_guard_still_stops(backend_down):
    # two digressions in a run: the first is no longer free, so the question is not asked a third time
    two = _after("phone", "能三倍赔偿吗？", LAW_ANSWER)[:-2] + STATUS_ANSWER
    assert forms.times_asked(two, "phone") == 2
    # two wrong shapes after the one digression: the second ends the asking (here, a person takes over)
    slots = dict(FULL_COMPLAINT, phone=None, requested_slot="phone")
    events = _after("phone", "能三倍赔偿吗？", LAW_ANSWER)[:-2] + asked("phone", ["1391", "139"])[-7:]
    got, _ = run(forms.ValidateComplaintForm(), tracker("139", slots=slots, active_loop="complaint_form",
                                                        events=events))
    assert forms.times_asked(events, "phone") == 2
    assert ActiveLoop(None) in got
