"""A shop told by its kind only: introduced with 一个/一家 in everyday words, pointed at (有家店), or its kind
followed by what it did (a report's account sent while the name was asked). No name: the name is asked."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("text", [
    "想举报一个考证培训机构",
    "实名举报一家美甲店",
    "我要反映一个洗车店",
])
def test_introduced_by_its_kind_is_no_name(text):
    assert ex.find_merchant(text) is None


@pytest.mark.parametrize("text,name", [
    ("在一家老王火锅店吃饭 吃出头发", "老王火锅店"),
    ("投诉一家星巴克咖啡店", None),  # (a brand: left as it was read before)
])
def test_a_name_after_the_article_stays(text, name):
    if name:
        assert ex.find_merchant(text) == name
    else:
        assert ex.find_merchant(text) != "咖啡店"


@pytest.mark.parametrize("text", [
    "物流网点私自拆包裹",
    "商场专柜虚标原价",
    "网吧接待未成年人上网",
    "小区超市卖过期面包",
    "步行街里有家店",
])
def test_kind_and_what_it_did_is_no_name(text):
    assert ex.normalise_merchant(text).value is None


@pytest.mark.parametrize("text,name", [
    ("申通快递 城南网点", "申通快递（城南网点）"),
    ("明月羽绒专柜", "明月羽绒专柜"),
    ("星河电竞酒店", "星河电竞酒店"),
])
def test_a_name_given_after_is_read(text, name):
    assert ex.normalise_merchant(text).value == name
