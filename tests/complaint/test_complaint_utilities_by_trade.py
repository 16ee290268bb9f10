"""A utility is the one of its town: named by its trade, with or without its place ("供暖公司", "镇供水公司",
"区燃气公司", "电力局"), it is the merchant's name (where it is is asked next); a trade with many businesses
("物业公司", "快递公司", "装修公司") still asks which."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("answer", ["供暖公司", "镇供水公司", "区燃气公司", "电力局", "市水务集团", "煤气公司"])
def test_a_utility_named_by_its_trade_is_the_name(answer):
    assert ex.normalise_merchant(answer).value == answer


@pytest.mark.parametrize("answer", ["物业公司", "快递公司", "装修公司"])
def test_a_trade_of_many_businesses_still_asks_which(answer):
    assert ex.normalise_merchant(answer).value is None
