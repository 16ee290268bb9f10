"""A short answer to the product question names the service bought, even when it holds a demand
word ("物业维修", "换屏", "燃气管更换"): the demand is asked later, not taken from it."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")  # no knowledge-base warm-up thread in unit tests

import pytest

from actions import dialogue


def fill(text, requested, filled=None):
    message = {"text": text, "intent": {"name": "inform", "confidence": 0.99}, "entities": []}
    return dialogue.fill_from_message(message, "complaint_form", requested, dict(filled or {}))


@pytest.mark.parametrize("said", ["小区物业维修", "换屏", "燃气管更换", "空调维修", "家电退换"])
def test_a_service_named_at_the_product_question_is_no_demand(said):
    values, _ = fill(said, "product")
    assert "demand" not in values
    assert values.get("product")


@pytest.mark.parametrize("said, demand", [("3月8号 我要退货退款", "退货、退款"), ("按规定退一赔三", "退款、三倍赔偿")])
def test_a_demand_said_at_another_question_is_still_kept(said, demand):
    values, _ = fill(said, "purchase_date")
    assert values.get("demand", "").startswith(demand)
