"""Where it was bought corrected at the summary in words that read as the address ("是天猫上买的
不是拼多多"): the online shop's place and its platform change together (issue 16)."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")  # no knowledge-base warm-up thread in unit tests

import pytest

from actions import actions as acts
from actions_testlib import run, slots_set, tracker

HELD = {"merchant_address": "网店（拼多多）", "platform": "拼多多", "merchant_name": "某某旗舰店",
        "awaiting_confirmation": True}


@pytest.mark.parametrize("said, platform", [
    ("是天猫上买的 不是拼多多", "天猫"),
    ("不是拼多多 在京东下的单", "京东"),
    ("地址不对 是抖音上的店", "抖音"),
])
def test_the_platform_follows_an_online_place_corrected(said, platform):
    events, _ = run(acts.ActionCorrectField(), tracker(said, "correct", [], slots=dict(HELD)))
    changed = slots_set(events)
    assert changed.get("platform", HELD["platform"]) == platform
    assert platform in str(changed.get("merchant_address", f"网店（{platform}）"))


def test_a_street_address_corrected_leaves_the_platform():
    held = dict(HELD, merchant_address="杭州市西湖区文三路100号", platform=None)
    events, _ = run(acts.ActionCorrectField(), tracker("地址写错了 是文三路200号", "correct", [], slots=held))
    assert "platform" not in slots_set(events)


# What the value is not ends at a pause; the words after it are the new value
@pytest.mark.parametrize("said, field, value", [
    ("不是三千 三千二", "amount", "3200.00"),
    ("不是张丽 张莉", "complainant_name", "张莉"),
    ("不是拼多多 京东买的", "platform", "京东"),
])
def test_what_it_is_not_ends_at_a_pause(said, field, value):
    from actions import dialogue
    held = {"amount": "3000.00", "complainant_name": "张丽", "platform": "拼多多"}
    assert dialogue.correction(said, filled=held) == (field, value)
