"""Kinds of answers new consumers gave (issue 16), through the form's reading of a message
(actions/dialogue.py), each with wordings of our own."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")  # no knowledge-base warm-up thread in unit tests

import pytest

from actions import dialogue


def fill(text, requested=None, filled=None, form="complaint_form", intent="inform"):
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": []}
    return dialogue.fill_from_message(message, form, requested, dict(filled or {}))


# A digit of the phone corrected by its place, the digits said as words
@pytest.mark.parametrize("said, phone", [
    ("电话最后一位是八 不是九", "13104556788"),
    ("尾号是幺二三四", "13104551234"),
    ("手机号后两位应该是七七", "13104556777"),
    ("电话最后一位是0", "13104556780"),
])
def test_a_phone_corrected_by_its_last_digits_in_words(said, phone):
    assert dialogue.correction(said, filled={"phone": "13104556789"}) == ("phone", phone)


# A city or district said in passing is not where the shop is: the address is asked
@pytest.mark.parametrize("text", ["康辉旅行社 在郑州市二七区", "顺风家政 在成都市武侯区",
                                  "实名举报广西柳州市城中区的阿婆粉店 卖过期的"])
def test_a_district_said_in_passing_leaves_the_address_to_ask(text):
    values, _ = fill(text, "merchant_name" if "举报" not in text else None,
                     form="complaint_form" if "举报" not in text else "report_form",
                     intent="inform" if "举报" not in text else "file_report")
    assert "merchant_address" not in values


def test_a_district_given_as_the_address_is_taken():
    values, _ = fill("郑州市二七区", "merchant_address")
    assert values["merchant_address"] == "郑州市二七区"


def test_a_street_said_in_passing_is_the_address():
    values, _ = fill("康辉旅行社 在郑州市二七区大学路18号", "merchant_name")
    assert values["merchant_address"] == "郑州市二七区大学路18号"


# A name asked back and denied, then the name: the name after
@pytest.mark.parametrize("text, shop", [("链家？不是 叫安居客栈房产中介", "安居客栈房产中介"),
                                        ("国美？不是，是苏宁易购（新街口店）", "苏宁易购（新街口店）")])
def test_a_shop_asked_back_and_denied_is_the_one_after(text, shop):
    values, error = fill(text, "merchant_name", form="report_form")
    assert error is None and values["merchant_name"] == shop


# A sum of 1688 said as what was paid is no platform
def test_a_sum_is_not_the_1688_platform():
    values, _ = fill("1688", "amount")
    assert values == {"amount": "1688.00"}


# A fact read as a wish for a person inside the form: noted, and the form asks its question again at
# once (with nothing after it, Rasa's default reply "没有完全理解" followed)
@pytest.mark.parametrize("said", ["而且打电话一直占线", "商家电话根本打不通", "打了十几次电话没人接"])
def test_a_fact_read_as_a_wish_for_a_person_goes_back_to_the_form(said, monkeypatch):
    from actions import actions as acts
    from actions import handoff
    from actions_testlib import run, tracker
    monkeypatch.setattr(handoff, "post_handoff", lambda *a, **k: None)
    asked = tracker(said, "human_handoff", [], active_loop="complaint_form",
                    slots={"requested_slot": "merchant_address", "problem": "快递不送上门"})
    events, messages = run(acts.ActionHandoff(), asked)
    assert [e["name"] for e in events if e["event"] == "followup"] == ["complaint_form"]
    assert messages[0]["text"].endswith("我们接着登记。")


# An answer that is wholly the value asked for states nothing else ("国庆" in a name is no date)
@pytest.mark.parametrize("answer, requested", [("钟国庆", "complainant_name"), ("王建国", "complainant_name"),
                                               ("元旦超市", "merchant_name")])
def test_an_answer_wholly_the_value_asked_restates_nothing(answer, requested):
    message = {"text": answer, "intent": {"name": "inform"}}
    filled = {"purchase_date": "2026-12-05", "merchant_name": "永辉超市", "complainant_name": "李明"}
    assert dialogue.restated(message, "complaint_form", filled, requested=requested) == {}


def test_an_answer_that_says_more_still_restates_it():
    message = {"text": "李明 我是上周五买的", "intent": {"name": "inform"}}
    changed = dialogue.restated(message, "complaint_form", {"purchase_date": "2026-12-05"},
                                requested="complainant_name")
    assert set(changed) == {"purchase_date"}
