"""An address said with the words around it (all wordings our own): an app named with how it was bought online
is the online shop's place without those words; the seller's own place said beside the platform is the
address; "具体地址不知道" and words said while looking it up are no part of it; an autonomous prefecture keeps
its province; "…那" after a street is a pointer."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("said, place", [
    ("网上的，喜马拉雅App里开的", "网店（喜马拉雅）"),
    ("网上买的 猫眼电影app", "网店（猫眼电影）"),
    ("线上的，华为应用商店", "网店（华为应用商店）"),
    ("网上订的，同程旅行APP", "网店（同程旅行）"),
])
def test_an_app_named_with_how_it_was_bought(said, place):
    assert ex.normalise_address(said).value == place


@pytest.mark.parametrize("said, place", [
    ("饿了么上点的，店在鼓楼万象城", "鼓楼万象城"),
    ("美团外卖点的 店在洪山区光谷步行街", "洪山区光谷步行街"),
    ("飞猪上订的，旅行社在桂林，具体地址不知道", "桂林"),
])
def test_the_sellers_own_place_beside_the_platform(said, place):
    assert ex.normalise_address(said).value == place


@pytest.mark.parametrize("said, place", [
    ("杭州拱墅区具体地址不知道", "杭州拱墅区"),
    ("成都锦江区 门牌记不清了", "成都锦江区"),
    ("郑州金水区二手车城，具体门牌在发票上，我翻翻……金水区东风路18号", "郑州金水区东风路18号"),
])
def test_what_the_consumer_does_not_know_is_no_part_of_it(said, place):
    assert ex.normalise_address(said).value == place


def test_only_not_knowing_with_a_story_is_no_address():
    assert ex.normalise_address("具体地址不知道，我在那边一个营业厅办的卡").value is None


@pytest.mark.parametrize("said, place", [
    ("云南西双版纳傣族自治州景洪市宣慰大道12号", "云南西双版纳傣族自治州景洪市宣慰大道12号"),
    ("四川凉山彝族自治州西昌市航天大道3号", "四川凉山彝族自治州西昌市航天大道3号"),
    ("湖南湘西土家族苗族自治州吉首市人民路8号", "湖南湘西土家族苗族自治州吉首市人民路8号"),
])
def test_an_autonomous_prefecture_keeps_its_province(said, place):
    assert ex.normalise_address(said).value == place


@pytest.mark.parametrize("said, place", [("我是从杭州西湖区文三路那个网点寄的", "杭州西湖区文三路"),
                                         ("碑林区东大街步行街那", "碑林区东大街步行街"),
                                         ("雁塔区小寨十字那边", "雁塔区小寨十字")])
def test_where_said_in_a_sentence_or_pointed_at(said, place):
    assert ex.normalise_address(said).value == place
