"""The seller's place for a phone service with no shop visited (issue 16): "没去营业厅 就是手机号扣的
号码是南京的" stored '手机号扣的' as the address; the line's home city is the place a clerk writes, and how
the fee was taken alone is no place (asked again)."""
from complaint.extract import normalise_address


def test_the_numbers_home_city_after_saying_no_shop_was_visited():
    assert normalise_address("没去过营业厅 话费里直接扣的 我这号码是武汉的").value == "武汉"


def test_the_home_city_said_as_归属地():
    assert normalise_address("号码归属地是长沙").value == "长沙"


def test_the_home_city_of_a_broadband_line():
    assert normalise_address("宽带装在家里的 卡是合肥的").value == "合肥"


def test_how_the_fee_was_taken_alone_is_no_place():
    parsed = normalise_address("就是手机号上扣的")
    assert parsed.value is None and parsed.error == "partial"


def test_a_street_said_beside_the_home_city_still_wins():
    assert normalise_address("归属地是哈尔滨 营业厅在南岗区果戈里大街300号").value == "南岗区果戈里大街300号"
