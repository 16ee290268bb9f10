"""A retailer whose stores carry its name (苏宁易购), named alone as the seller (issue 16): the
seller is named, not where it was bought, so no platform and no online shop is assumed (the
shop's address is asked); said with its app or website, it is the platform. "<platform>上下单的"
names the platform, the verb is no shop."""
from __future__ import annotations

import pytest

from complaint import extract as ex
from complaint.extract.platform import find_platform, online_shop


@pytest.mark.parametrize("text", ["苏宁易购", "是苏宁易购的", "就是苏宁易购"])
def test_the_chain_named_alone_is_no_platform(text):
    assert find_platform(text) is None
    assert online_shop(text, find_platform(text)) is None
    assert ex.normalise_merchant(text).value == "苏宁易购"


@pytest.mark.parametrize("text", ["苏宁易购app上买的", "在苏宁易购网上商城下的单", "苏宁易购小程序买的"])
def test_the_chain_s_app_is_the_platform(text):
    assert find_platform(text) == "苏宁易购"


@pytest.mark.parametrize("text", ["苏宁易购（河西店）", "苏宁易购 河西店"])
def test_the_chain_s_branch_is_no_platform(text):
    assert find_platform(text) is None


@pytest.mark.parametrize("text, platform", [
    ("苏宁易购上下单的", "苏宁易购"), ("拼多多上拍的", "拼多多"), ("京东上下的单", "京东"),
])
def test_the_ordering_verb_is_no_shop(text, platform):
    assert find_platform(text) == platform
    assert ex.normalise_merchant(text).value is None
