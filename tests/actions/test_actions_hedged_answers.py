"""An answer hedged with a trailing 吧 ("应该是…吧") is the value asked, not a question."""
import datetime as dt

import pytest

from actions import dialogue

TODAY = dt.date(2026, 12, 6)


def _fill(text, slot):
    message = {"text": text, "intent": {"name": "inform"}, "entities": []}
    return dialogue.fill_from_message(message, "complaint_form", slot, {}, TODAY)


@pytest.mark.parametrize("text,slot,value", [
    ("就是火车站对面的老李小卖部吧", "merchant_name", "老李小卖部"),
    ("应该是国美电能家电专营店吧", "merchant_name", "国美电能家电专营店"),
    ("是步行街那家华联超市吧", "merchant_name", "华联超市"),
    ("就是那台空气炸锅吧", "product", "空气炸锅"),
])
def test_hedged_value_is_taken(text, slot, value):
    values, error = _fill(text, slot)
    assert error is None
    assert value in values[slot]
    assert not values[slot].endswith("吧")


@pytest.mark.parametrize("text", ["可以退吧", "能赔吧", "这个能换吧"])
def test_asking_whether_something_may_be_done_is_no_shop(text):
    assert dialogue.hedged_value("merchant_name", text, "complaint_form", TODAY) is None
    values, _ = _fill(text, "merchant_name")
    assert "merchant_name" not in values
