"""Merchant names (issue 16): the town said before a name with 的 is no part of it ("本地的苏宁" was
stored whole), and a trade's shop named 行 (车行, 琴行) is a shop's name, found in a sentence like any other
(before, the address after it was taken for the shop)."""
from complaint.extract import find_merchant, normalise_merchant


def test_local_said_before_a_chain_with_its_branch():
    assert find_merchant("上个月在本地的国美电器(人民路店)买了台空调") == "国美电器（人民路店）"


def test_county_town_said_before_a_supermarket():
    assert find_merchant("县城的华润万家超市卖过期牛奶") == "华润万家超市"


def test_city_said_before_a_mall_answered_alone():
    assert normalise_merchant("在市里的百盛商场买的").value == "百盛商场"


def test_car_dealer_named_before_its_address():
    text = "我要举报。顺达二手车行，在保定市竞秀区旧车交易市场，卖泡水车"
    assert find_merchant(text) == "顺达二手车行"
    assert find_merchant(text, strict=True) == "顺达二手车行"


def test_piano_shop_named_in_a_story():
    assert find_merchant("报了天籁琴行的钢琴课 老师换了好几个") == "天籁琴行"


def test_motorbike_dealer_before_what_it_sold():
    assert find_merchant("在隆盛摩托车行买的电动车 刹车不灵") == "隆盛摩托车行"


def test_the_kind_alone_is_still_no_name():
    assert find_merchant("那家车行把我的车刮了") is None
    assert normalise_merchant("二手车行").value is None
