"""A shop named in a story ends where its name does: with its branch in brackets ("必胜客（人民广场店）吃饭" is no
name), after where it stands ("成都春熙路的李宁（春熙路店）"), and where its quotes do ("订了厦门鼓浪屿“海风小筑民宿”的
房间"); a company's "（中国）有限公司" goes on as its name."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("said, shop", [
    ("上周六在必胜客（人民广场店）吃饭 披萨是凉的", "必胜客（人民广场店）"),
    ("前天在肯德基（火车站店）点餐 等了一个小时", "肯德基（火车站店）"),
    ("10月3日在成都春熙路的李宁（春熙路店）买了双跑鞋 穿一周开胶", "李宁（春熙路店）"),
    ("在重庆解放碑的屈臣氏（解放碑店）买的面膜过敏了", "屈臣氏（解放碑店）"),
])
def test_a_shop_with_its_branch_in_brackets_ends_with_them(said, shop):
    assert ex.find_merchant(said, strict=True) == shop


@pytest.mark.parametrize("said, shop", [
    ("我在飞猪上订了厦门鼓浪屿“海风小筑民宿”两晚的房间 到了说没房", "海风小筑民宿"),
    ("在朝阳区的“动感地带健身会所”办了张年卡 现在关门了", "动感地带健身会所"),
])
def test_a_shop_named_in_quotes_starts_and_ends_with_them(said, shop):
    assert ex.find_merchant(said, strict=True) == shop


def test_a_company_with_a_country_in_brackets_keeps_the_rest_of_its_name():
    assert ex.find_merchant("在宜家家居（中国）有限公司买的柜子", strict=True) == "宜家家居（中国）有限公司"


@pytest.mark.parametrize("said", ["我当时就说“你们这是黑店”", "在小王的店（万达店）买的"])
def test_words_quoted_or_whose_shop_are_not_cut_into_a_name(said):
    found = ex.find_merchant(said, strict=True)
    assert found != "你们这是黑店" and found != "店（万达店）"


def test_a_brand_that_ends_in_de_is_not_cut_as_a_place():
    assert ex.normalise_merchant("宁乡县美的专卖店（花明路店）").value == "宁乡县美的专卖店（花明路店）"
