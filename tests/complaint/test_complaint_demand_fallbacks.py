"""A second demand said as a condition or a fallback ("换一台，不然退钱", "先修，修不好就退", "要么退要么换",
"不给换就退"): the ticket carries both, in the order said, with the consumer's words kept (issue 16)."""
import pytest

from complaint.extract import find_demands, normalise_demand


@pytest.mark.parametrize("said, first, then", [
    ("不给换新的就全额退款", "换货", "退款"),            # the refusal is the condition: 换 is asked first
    ("不肯上门修的话就给我退钱", "维修", "退款"),
    ("不换的话那就只能退货了", "换货", "退货"),
    ("洗衣机先给我修好，修不好再退", "维修", "退货"),
    ("要么给我换一双，要么把钱退了", "换货", "退款"),
    ("补发一件，不然就赔偿", "继续履行", "赔偿"),
])
def test_a_demand_and_its_fallback_are_both_kept_in_order(said, first, then):
    found = find_demands(said)
    assert first in found and then in found
    assert found.index(first) < found.index(then)
    value = normalise_demand(said).value
    assert value.startswith(first) and then in value and said in value  # the consumer's words kept


@pytest.mark.parametrize("said", ["商家不给退", "他们拒绝换货", "店家不肯修 说是人为的"])
def test_a_refusal_told_without_a_fallback_is_still_no_demand(said):
    assert find_demands(said) == []


def test_a_refusal_then_what_the_merchant_did_is_no_condition():
    assert "换货" not in find_demands("商家不给换就退了一半钱")
