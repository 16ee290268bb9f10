"""A field the ticket can go without (the date, the sum, the address of a complaint) that the
consumer cannot tell is left blank and the form goes on: never a reason to hand over."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import dialogue, forms
from tests.actions.test_actions_forms import FULL_COMPLAINT, asked, run, slots_set, tracker


def test_the_optional_fields_of_a_complaint():
    assert forms.optional_slots("complaint_form") == {"product", "merchant_address", "purchase_date", "amount"}
    assert "merchant_address" not in forms.optional_slots("report_form")


def test_a_blank_optional_field_is_answered_and_a_blank_required_one_is_not():
    slots = dict(FULL_COMPLAINT, purchase_date="", demand="")
    assert forms.unanswered("complaint_form", slots) == ["demand"]


def test_not_remembering_the_date_gets_a_hint_first():
    t = tracker("不记得了", slots=dict(FULL_COMPLAINT, purchase_date=None, requested_slot="purchase_date"),
                active_loop="complaint_form", events=asked("purchase_date", ["不记得了"]))
    events, messages = run(forms.ValidateComplaintForm(), t)
    assert slots_set(events)["purchase_date"] is None
    assert "记不清也没关系" in messages[0]["text"] and "不记得了" in messages[0]["text"]


def test_the_date_still_not_told_at_the_end_is_left_blank_not_handed_over():
    # asked twice, set aside, the others answered, asked again: blank, and the form completes
    events = (asked("purchase_date", ["不记得了", "真想不起来"]) + asked("amount", ["两千"])[1:]
              + asked("purchase_date", ["忘了"])[1:])
    slots = dict(FULL_COMPLAINT, purchase_date=None, requested_slot="purchase_date")
    t = tracker("忘了", slots=slots, active_loop="complaint_form", events=events)
    got_events, messages = run(forms.ValidateComplaintForm(), t)
    got = slots_set(got_events)
    assert got["purchase_date"] == ""
    assert got.get("handoff_requested") is None and "人工" not in " ".join(m.get("text") or "" for m in messages)
    assert "购买日期先不填" in messages[0]["text"]
    assert not any(e.get("event") == "active_loop" and e.get("name") is None for e in got_events)


def test_the_last_question_left_is_left_blank_when_it_is_optional():
    # nothing else to ask: asked twice is enough
    slots = dict(FULL_COMPLAINT, amount=None, requested_slot="amount")
    t = tracker("真不记得了", slots=slots, active_loop="complaint_form",
                events=asked("amount", ["不知道", "真不记得了"]))
    got = slots_set(run(forms.ValidateComplaintForm(), t)[0])
    assert got["amount"] == "" and got.get("handoff_requested") is None


def test_not_remembering_twice_leaves_it_blank_as_the_hint_promised():
    slots = dict(FULL_COMPLAINT, purchase_date=None, amount=None, requested_slot="purchase_date")
    t = tracker("不记得了", slots=slots, active_loop="complaint_form",
                events=asked("purchase_date", ["记不清了", "不记得了"]))
    got = slots_set(run(forms.ValidateComplaintForm(), t)[0])
    assert got["purchase_date"] == "" and got.get("requested_slot") != "purchase_date"


def test_a_blank_sum_files_at_the_summary(monkeypatch):
    from actions import actions as acts
    from actions import filing
    sent = {}

    def file_ticket(payload, key):
        sent.update(payload)
        return {"ticket_no": "TS20261205-000001", "queued": False}

    monkeypatch.setattr(filing, "file_ticket", file_ticket)
    t = tracker("确认", intent="affirm", slots=dict(FULL_COMPLAINT, amount="", awaiting_confirmation=True,
                                                   submission_id="s1"))
    events, messages = run(acts.ActionSubmitTicket(), t)
    assert "还缺少" not in " ".join(m.get("text") or "" for m in messages)
    assert sent and sent["amount"] is None


def test_a_named_report_still_needs_its_name():
    assert {"complainant_name", "phone"}.isdisjoint(forms.optional_slots("report_form"))


def test_a_month_said_for_the_date_is_asked_which_day_once():
    slots = dict(FULL_COMPLAINT, purchase_date=None, requested_slot="purchase_date")
    t = tracker("今年三月份", slots=slots, active_loop="complaint_form", events=asked("purchase_date", ["今年三月份"]))
    events, messages = run(forms.ValidateComplaintForm(), t)
    assert slots_set(events)["purchase_date"] is None
    assert len(messages) == 1 and "3月几号" in messages[0]["text"]
    # the day then said is taken; "不记得了" keeps the month said before
    t = tracker("3月8号", slots=slots, active_loop="complaint_form",
                events=asked("purchase_date", ["今年三月份", "3月8号"]))
    assert slots_set(run(forms.ValidateComplaintForm(), t)[0])["purchase_date"].endswith("-03-08")
    t = tracker("不记得了", slots=slots, active_loop="complaint_form",
                events=asked("purchase_date", ["今年三月份", "不记得了"]))
    assert slots_set(run(forms.ValidateComplaintForm(), t)[0])["purchase_date"].endswith("-03-01")


def test_a_month_in_the_story_is_no_purchase_date():
    from actions import dialogue
    story = "上个月在京东买了个科沃斯的扫地机器人 用了二十来天就开始原地打转"
    message = {"text": story, "intent": {"name": "file_complaint"}}
    got, _ = dialogue.fill_from_message(message, "complaint_form", None, {})
    assert "purchase_date" not in got


def test_a_name_said_twice_with_more_words_takes_the_part_that_is_a_name():
    for said, name in (("马福林 是我爸办的 我是他儿子", "马福林"), ("孩子他爸 黄国栋", "黄国栋")):
        t = tracker(said, slots={"requested_slot": "complainant_name", "problem": "坏了"},
                    active_loop="complaint_form", events=asked("complainant_name", [said, said]))
        got = slots_set(run(forms.ValidateComplaintForm(), t)[0])
        assert got["complainant_name"] == name and got.get("handoff_requested") is None


def test_a_name_said_for_a_relative_twice_is_taken():
    from actions import dialogue
    assert dialogue.as_given("complainant_name", "我妈叫马桂芳") == "马桂芳"
    assert dialogue.as_given("complainant_name", "我妈") is None


def test_a_problem_that_only_says_it_broke_is_asked_once_what_happened():
    t = tracker("耳机坏了", slots={"requested_slot": "problem"}, active_loop="complaint_form",
                events=asked("problem", ["耳机坏了"]))
    events, messages = run(forms.ValidateComplaintForm(), t)
    assert slots_set(events).get("problem") is None and "具体" in messages[-1]["text"]
    # what was kept is said first, the question last (where the consumer looks for it)
    assert [m["text"] for m in messages[:-1]] == ["好的，已记下商品或服务：耳机。"]
    t = tracker("左耳没声音了 右耳正常", slots={"requested_slot": "problem"}, active_loop="complaint_form",
                events=asked("problem", ["耳机坏了", "左耳没声音了 右耳正常"]))
    got = slots_set(run(forms.ValidateComplaintForm(), t)[0])
    assert got["problem"] == "耳机坏了：左耳没声音了 右耳正常"
    # said vague twice: taken as said
    t = tracker("就是坏了", slots={"requested_slot": "problem"}, active_loop="complaint_form",
                events=asked("problem", ["耳机坏了", "就是坏了"]))
    assert slots_set(run(forms.ValidateComplaintForm(), t)[0])["problem"]


@pytest.mark.parametrize("said", ["那不写了 电话可以留", "名字算了 手机号留着", "不填了 号码给你"])
def test_the_name_withheld_with_the_phone_kept_is_no_name_as_given(said):
    # the clause about the phone is no name the surname table did not know
    assert dialogue.as_given("complainant_name", said) is None
