"""A seller known by what people call them, then told to have no sign (issue 16): what they are called by
is the name ("卖鱼的刘姐 没挂牌子"); a kind of shop with no sign stays a description for staff."""
from __future__ import annotations

import pytest

from complaint import extract as ex


@pytest.mark.parametrize("said, name", [("卖鱼的刘姐 没挂牌子 在菜场东头", "卖鱼的刘姐"),
                                        ("老周烧饼铺 没有招牌的", "老周烧饼铺"),
                                        ("卖菜的王婶，没有店名，第三个摊位", "卖菜的王婶")])
def test_what_the_seller_is_called_by_is_the_name(said, name):
    assert ex.normalise_merchant(said).value == name


@pytest.mark.parametrize("said", ["巷子里的理发店 没有招牌", "一家小作坊 没挂牌子", "摆摊的 没名字"])
def test_a_kind_of_shop_with_no_sign_stays_a_description(said):
    assert ex.normalise_merchant(said).value.startswith("名称不详（")
