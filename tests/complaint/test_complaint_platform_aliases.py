"""Platforms by the nicknames and initials people type (issue 16): "dy" where a purchase follows,
"某音", "某手", "猫超" (天猫超市), "多多买菜", "咸鱼" for 闲鱼 where a platform is meant, "xhs",
"微信小店". The alias is the platform, never the shop's name. ("tb" is left out: it is said of
天猫 as often as of 淘宝, and a platform said first is kept.)"""
from __future__ import annotations

import pytest

from complaint import extract as ex
from complaint.extract.platform import find_platform


@pytest.mark.parametrize("text, platform", [
    ("dy上买的", "抖音"), ("DY直播间抢的", "抖音"), ("某音直播间买的", "抖音"),
    ("某手上买的", "快手"),
    ("猫超买的洗衣液", "天猫"),
    ("多多买菜下单的", "拼多多"),
    ("咸鱼上收的二手手机", "闲鱼"),
    ("xhs上买的", "小红书"),
    ("微信小店里买的", "微信"),
])
def test_a_nickname_is_the_platform(text, platform):
    assert find_platform(text) == platform


@pytest.mark.parametrize("text", [
    "买了个2TB的移动硬盘", "某手机店", "买的咸鱼发臭了", "dyson吹风机",
])
def test_what_only_looks_like_one(text):
    assert find_platform(text) is None


@pytest.mark.parametrize("text", ["在dy上买的", "在某手上买的衣服", "在某音上买的"])
def test_a_nickname_is_no_shop(text):
    assert ex.find_merchant(text) is None
    assert ex.normalise_merchant(text).value is None
