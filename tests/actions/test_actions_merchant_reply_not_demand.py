"""What the merchant said, offered or refused, told in the story, is no demand of the consumer's."""
import pytest

from actions import dialogue


def _read(text, requested=None):
    filled = {} if requested == "problem" else {"problem": "出了问题"}
    values, _ = dialogue.fill_from_message({"text": text, "intent": {"name": "inform"}}, "complaint_form",
                                           requested, filled)
    return values.get("demand")


@pytest.mark.parametrize("requested", [None, "problem", "merchant_address"])
@pytest.mark.parametrize("story", [
    "店长说这个只能给换一件，不给退",
    "售后回复说顶多帮我免费修一次",
    "老板娘说要退钱就得扣两百，爱退不退",
])
def test_the_merchants_offer_or_refusal_is_no_demand(story, requested):
    assert _read(story, requested) is None


@pytest.mark.parametrize("story, demand", [
    ("客服说只能补偿十块钱，我要求全额退款", "退款"),
    ("店员说可以换 我要退货", "退货"),
    ("我想要赔偿，他们说最多换一个", "赔偿"),
])
def test_the_consumers_own_demand_beside_it_is_kept(story, demand):
    assert demand in (_read(story) or "")
