"""The sum already given, corrected while another question waits: a new sum said with a slip ("说错了 是…"),
the old one named as the wrong one ("三百八是我看错了"), or the total said plainly ("一共…"), changes the
amount, is said back, and the waiting question comes again; a sum that pays for something else, a day, or
words that tell more change nothing."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import datetime as dt

import pytest

from actions import dialogue, forms
from tests.actions.test_actions_forms import asked, run, slots_set, tracker

TODAY = dt.date(2026, 12, 7)
HELD = {"ticket_type": "complaint", "problem": "买的电饭煲用了一周内胆就掉涂层", "product": "电饭煲",
        "merchant_name": "万家福超市", "merchant_address": "湖南省长沙市岳麓区麓山南路12号",
        "purchase_date": "2026-11-02", "amount": "380.00"}


def _held(requested):
    return {k: v for k, v in HELD.items() if k != requested}


@pytest.mark.parametrize("requested, text, value", [
    ("demand", "说错了 是四百二 三百八是我看错了", "420.00"),
    ("complainant_name", "三百八是我记错了 应该是四百六", "460.00"),
    ("demand", "不对 是二百九十九", "299.00"),
    ("phone", "一共是五百一十八块", "518.00"),
    ("demand", "总共花了四百三", "430.00"),
])
def test_a_sum_alone_for_the_amount_given_is_the_new_amount(requested, text, value):
    assert dialogue.corrects_earlier(text, requested, _held(requested), "complaint_form", TODAY) == ("amount", value)


@pytest.mark.parametrize("requested, text", [
    ("demand", "退我三百八"),                     # the demand, with the sum held
    ("demand", "一共两个锅 退一个"),               # a count, and the demand
    ("complainant_name", "不对 是十一月五号买的"),   # a day, not a sum
    ("demand", "说错了 是四百 不是三百五"),          # the wrong sum named is not the one held: unclear
    ("demand", "一共三百八"),                      # the same sum again: no change
])
def test_no_new_sum_from_other_words(requested, text):
    got = dialogue.corrects_earlier(text, requested, _held(requested), "complaint_form", TODAY)
    assert got is None or got[0] != "amount"


@pytest.mark.parametrize("requested, text, shown", [
    ("demand", "哦 说错了 是四百二 三百八是我看错了", "420"),
    ("complainant_name", "一共是五百一十八", "518"),
])
def test_the_form_changes_the_sum_says_so_and_asks_again(requested, text, shown):
    t = tracker(text, slots=dict(_held(requested), requested_slot=requested), active_loop="complaint_form",
                events=asked(requested, [text]))
    events, messages = run(forms.ValidateComplaintForm(), t)
    got = slots_set(events)
    assert got["amount"] == f"{shown}.00" and got.get(requested) is None
    said = " ".join(m.get("text") or "" for m in messages)
    assert forms.CHANGE_MADE.search(said) and shown in said and "如需修改" not in said
