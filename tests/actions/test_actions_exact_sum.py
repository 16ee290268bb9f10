"""A sum said to be the exact one ("我找到收据了 准确是…"), told while another question waits,
replaces the rough one held; the question asked is asked again, nothing else is taken from it."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")  # no knowledge-base warm-up thread in unit tests

import pytest

from actions import dialogue, forms
from tests.actions.actions_testlib import run, slots_set, tracker, user


def fill(text, requested, filled):
    message = {"text": text, "intent": {"name": "inform", "confidence": 0.99}, "entities": []}
    return dialogue.fill_from_message(message, "complaint_form", requested, dict(filled))


@pytest.mark.parametrize("said, held, amount", [
    ("我找到收据了 准确是三千二百八", "3000.00", "3280.00"),
    ("翻了下账单 是二百四十八块", "200.00", "248.00"),
    ("刚看了小票 具体是五百六十八", "500.00", "568.00"),
])
def test_an_exact_sum_replaces_the_rough_one(said, held, amount):
    values, error = fill(said, "demand", {"amount": held})
    assert values.get("amount") == amount
    assert not values.get("demand") and error


def test_the_same_sum_again_changes_nothing():
    values, _ = fill("收据上就是三千", "demand", {"amount": "3000.00"})
    assert "amount" not in values


def test_a_sum_without_a_word_saying_it_is_exact_is_only_pointed_out():
    values, _ = fill("修不好就退三百", "demand", {"amount": "3000.00"})
    assert values.get("amount") is None


def test_the_form_keeps_it_says_so_and_asks_the_demand_again():
    said = "我找到收据了 准确是三千二百八"
    t = tracker(said, "inform", [user(said)], slots={"requested_slot": "demand", "amount": "3000.00",
                                                     "failed_attempts": 0}, active_loop="complaint_form")
    events, messages = run(forms.ValidateComplaintForm(), t)
    got = slots_set(events)
    assert got["amount"] == "3280.00" and got.get("demand") is None
    assert "3,280" in messages[0]["text"]
