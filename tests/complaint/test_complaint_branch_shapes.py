"""Which of a chain's shops, said after its name with a space (issue 16): pointed at by where it
is ("永辉超市 红旗路那家", "… 万达广场的") keeps the shop's own name (a carrier's 营业厅 is named by its
place); a dealer's own shop named by its kind after the brand ("一汽大众 华通4S店") is one name, not a
branch; words of a story typed with spaces ("我在后厨干活 投诉我们店") are no shop and branch."""
from __future__ import annotations

import pytest

from complaint import extract as ex


@pytest.mark.parametrize("text, name", [
    ("沃尔玛 建设路那家", "沃尔玛"),
    ("肯德基 火车站那个", "肯德基"),
    ("大润发 万达广场的", "大润发"),
    ("屈臣氏 步行街这家", "屈臣氏"),
    ("喜茶 太古里那个店", "喜茶"),
    ("九牧卫浴专卖 宾王路那家", "九牧卫浴专卖"),
])
def test_a_shop_pointed_at_by_where_it_is_keeps_its_own_name(text, name):
    # which of its shops is told by where it is (the address says so); a branch named after the place
    # ("建设路店") would be a name the shop never gave
    assert ex.normalise_merchant(text).value == name


@pytest.mark.parametrize("text, name", [("沃尔玛 建设路店", "沃尔玛（建设路店）"),
                                        ("喜茶（太古里店）", "喜茶（太古里店）")])
def test_a_branch_named_as_such_is_kept(text, name):
    assert ex.normalise_merchant(text).value == name


@pytest.mark.parametrize("text, name", [
    ("移动营业厅 人民路那个", "中国移动（人民路营业厅）"),
    ("电信营业厅 城南那家", "中国电信（城南营业厅）"),
    ("联通营业厅 火车站那家", "中国联通（火车站营业厅）"),
])
def test_a_carrier_s_branch_is_its_shop(text, name):
    assert ex.normalise_merchant(text).value == name


@pytest.mark.parametrize("text", ["超市 红旗路那家", "我们 小区门口那家", "药店 人民路那个"])
def test_no_shop_s_own_name_before_the_place(text):
    assert ex.normalise_merchant(text).value is None


@pytest.mark.parametrize("text, name", [
    ("丽人医美诊所 柳州城中区的", "丽人医美诊所"),
    ("好又多超市 贵阳南明区那家", "好又多超市"),
    ("蓝天驾校 济南历城区的 去年报的名", "蓝天驾校"),
])
def test_a_city_or_district_is_where_not_a_branch(text, name):
    assert ex.normalise_merchant(text).value == name


@pytest.mark.parametrize("text, name", [
    ("一汽大众 华通4S店", "一汽大众华通4S店"),
    ("上汽通用 众和4s店", "上汽通用众和4s店"),
    ("比亚迪 鑫龙4S店", "比亚迪鑫龙4S店"),
    ("海尔 城北特约维修店", "海尔城北特约维修店"),
])
def test_a_dealer_after_the_brand_is_one_name(text, name):
    assert ex.normalise_merchant(text).value == name


@pytest.mark.parametrize("text, name", [
    ("华润万家 解放路店", "华润万家（解放路店）"),  # a branch stays one
    ("中国移动 渝北营业厅", "中国移动（渝北营业厅）"),
])
def test_a_branch_by_its_own_name_stays_one(text, name):
    assert ex.normalise_merchant(text).value == name


@pytest.mark.parametrize("text", [
    "我在后厨干活 投诉我们店 卫生太差",
    "我是这里的员工 举报他们店 偷税",
    "我之前在那上班 你们管管这家店",
])
def test_a_story_typed_with_spaces_is_no_branch(text):
    found = ex.find_merchant(text)
    assert found is None or "）" not in found


@pytest.mark.parametrize("text, name", [
    ("拼多多上一家叫 百姓好物 的店", "百姓好物"),
    ("淘宝上有家叫 花间集 的店铺", "花间集"),
    ("一家叫 老王 的烧烤店", "老王"),
])
def test_a_name_typed_between_spaces_before_its_kind(text, name):
    assert ex.normalise_merchant(text).value == name
