"""A fee said per month ("三百一个月") asked the sum is that sum, not a number of things: the months were
read as a count ("三百一个") and the answer refused as no sum at all."""
import datetime as dt

import pytest

from actions import dialogue

HELD = {"ticket_type": "complaint", "problem": "游泳馆装修停业三个月，月卡一直不给顺延", "product": "游泳月卡"}


@pytest.mark.parametrize("text, amount", [
    ("三百一个月", "300.00"),
    ("四百五一个月的", "450.00"),
    ("买了两个 一共一百六", "160.00"),  # a number of things is still no sum
])
def test_a_monthly_fee_is_read_as_the_sum(text, amount):
    message = {"text": text, "intent": {"name": "inform"}, "entities": []}
    values, error = dialogue.fill_from_message(message, "complaint_form", "amount", HELD, dt.date(2026, 12, 7))
    assert error is None and values["amount"] == amount
