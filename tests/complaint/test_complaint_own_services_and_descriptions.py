"""Issue 16, kinds 1 and 3 (extraction side). A company's own membership or app said as the seller names the
company as it is called ("腾讯视频VIP" is 腾讯视频, not 腾讯); a description of who sold or worked ("一个网红饼店",
"找的装修队", "货拉拉上叫的搬家师傅") is no name of its own: the name is asked (ERR_PARTIAL); a brand's counter
inside a store is the brand at that store. All wordings are our own."""
import pytest

from complaint import extract as ex
from complaint.extract.merchant import own_service_seller


@pytest.mark.parametrize("said, seller", [
    ("腾讯视频VIP", "腾讯视频"),
    ("百度网盘超级会员", "百度网盘"),
    ("网易云音乐的会员", "网易云音乐"),
    ("芒果TV年卡", "芒果TV"),
    ("优酷黄金会员 连续包月", "优酷"),
    ("美团外卖会员", "美团"),
])
def test_a_companys_own_membership_names_the_company_as_called(said, seller):
    assert own_service_seller(said) == seller
    assert ex.normalise_merchant(said).value == seller


@pytest.mark.parametrize("said, seller", [("爱奇艺APP", "爱奇艺"), ("就是腾讯视频的app", "腾讯视频"),
                                          ("喜马拉雅app", "喜马拉雅")])
def test_a_companys_own_app_said_as_the_seller_is_the_company(said, seller):
    assert ex.normalise_merchant(said).value == seller


@pytest.mark.parametrize("said", ["游泳馆的会员", "理发店会员卡", "健身房年卡"])
def test_a_shops_membership_names_no_company_of_its_own(said):
    assert own_service_seller(said) is None


@pytest.mark.parametrize("said", [
    "小区门口一个网红蛋挞店",
    "一个无证小作坊",
    "找的施工队",
    "一个水电师傅",
    "58同城上找的保洁阿姨",
    "货拉拉上叫的拉货师傅",
])
def test_a_description_of_who_sold_or_worked_is_asked_for_its_name(said):
    assert ex.normalise_merchant(said) == ex.Parsed(None, ex.ERR_PARTIAL)


@pytest.mark.parametrize("said, name", [
    ("叫宏达装修队", "宏达装修队"),
    ("昵称修电脑小哥", "修电脑小哥"),
    ("他们队叫顺风搬家", "顺风搬家"),
    ("老陈装修队", "老陈装修队"),
])
def test_a_crew_called_by_its_own_name_keeps_it(said, name):
    assert ex.normalise_merchant(said).value == name


def test_a_description_in_an_opening_is_not_taken_for_the_shop():
    assert "merchant_name" not in ex.extract_all("举报 一个网红烤串店在居民楼里熏烤 油烟很大")


@pytest.mark.parametrize("said, name", [("安踏 万象城里的专柜", "安踏（万象城）"),
                                        ("周大福 百货大楼里面的专柜", "周大福（百货大楼）")])
def test_a_brands_counter_inside_a_store_is_the_brand_at_that_store(said, name):
    assert ex.normalise_merchant(said).value == name
