"""Where in a mall, market or street a shop is, said beside its name in the answer to "which
shop?" (issue 16): a floor, a zone, a stall or unit number ("万达广场3楼 312号 小美美甲",
"农贸市场 A区 23号摊 老李猪肉", "银泰城 负一层 鲜果时光"): the name is the shop, not the place."""
from __future__ import annotations

import pytest

from complaint import extract as ex


@pytest.mark.parametrize("text, name", [
    ("万达广场3楼 312号 小美美甲", "小美美甲"),
    ("万达广场 3楼 小美美甲", "小美美甲"),
    ("银泰城 负一层 鲜果时光", "鲜果时光"),
    ("步行街B区18号铺 潮人服饰", "潮人服饰"),
    ("3楼312 晴天眼镜", "晴天眼镜"),
    ("农贸市场 A区 23号摊 老李猪肉", "老李猪肉"),
    ("吾悦广场 2F 星光童装", "星光童装"),
])
def test_the_place_before_the_name(text, name):
    assert ex.normalise_merchant(text).value == name


@pytest.mark.parametrize("text, name", [
    ("晴天眼镜 万达广场3楼312号", "晴天眼镜"),
    ("国美电器 2楼", "国美电器"),
    ("潮人服饰 B区18号", "潮人服饰"),
])
def test_the_place_after_the_name(text, name):
    assert ex.normalise_merchant(text).value == name


@pytest.mark.parametrize("text, name", [
    ("7-11", "7-11"),  # a name of digits is a name
    ("万达广场", "万达广场"),
])
def test_a_name_alone_is_kept(text, name):
    assert ex.normalise_merchant(text).value == name


@pytest.mark.parametrize("text", [
    "金鹰购物中心 5楼的 一家美甲店",
    "万象城 三楼那家 奶茶店",
    "步行街 B区的 一个卖鞋的",
])
def test_a_place_in_a_mall_and_a_kind_is_no_name(text):
    # only where it is and what kind of shop: no name (the mall is not the shop)
    assert ex.normalise_merchant(text).value is None
