"""Corrections at the summary that restate a part of a value: the phone's first or last digits,
the part of an address or a shop's name that was wrong."""
import pytest

from actions import dialogue

HELD = {"phone": "13688421570", "merchant_address": "湖南省岳阳市岳阳楼区东茅岭路16号",
        "merchant_name": "金凤凰珠宝城东店", "complainant_name": "赵一鸣", "product": "金项链"}


@pytest.mark.parametrize("text,phone", [
    ("手机号后面四位是1507", "13688421507"),
    ("后面两位应该是75 不是70", "13688421575"),
    ("号码是139开头的 不是136", "13988421570"),
    ("电话前三位是158", "15888421570"),
    ("开头是137", "13788421570"),
])
def test_phone_part_restated(text, phone):
    assert dialogue.correction(text, None, HELD) == ("phone", phone)


@pytest.mark.parametrize("text,address", [
    ("是岳阳区 不是岳阳楼区", "湖南省岳阳市岳阳区东茅岭路16号"),
    ("地址不是东茅岭路 是东茅林路", "湖南省岳阳市岳阳楼区东茅林路16号"),
    ("路名是东茅林路不是东茅岭路 岳阳楼那边", "湖南省岳阳市岳阳楼区东茅林路16号"),
])
def test_address_part_replaced(text, address):
    field, value = dialogue.correction(text, None, HELD)
    assert field == "merchant_address"
    assert value == address


@pytest.mark.parametrize("text,held,expected", [
    ("不对 珠宝是金风凰珠宝", "金凤凰珠宝城东店", "金风凰珠宝城东店"),
    ("那个超市是华润万家超市 不是华闰", "华闰万家超市", "华润万家超市"),
    ("广场是万达广场 万是一万的万", "万答广场美食城", "万达广场美食城"),
])
def test_part_named_and_said_whole(text, held, expected):
    field, value = dialogue.correction(text, None, dict(HELD, merchant_name=held))
    assert (field, value) == ("merchant_name", expected)


def test_whole_value_not_matching_keeps_old_reading():
    assert dialogue.correction("商家不是金凤凰，是周大福", None, HELD)[0] == "merchant_name"
    assert dialogue.correction("电话写错了，是13912345679", None, HELD) == ("phone", "13912345679")
