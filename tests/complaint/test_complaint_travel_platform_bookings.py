"""Issue 16, kind 2 (extraction side). A flight, a train ticket or a package tour booked on a travel platform
(携程, 去哪儿, 飞猪, 同程, 途牛…) was sold by the platform or an agency on it: the booking is the online shop, so
its place is the platform and no street address is asked. A room, a homestay or a scenic spot booked there is
a place one goes to: its address is still asked. All wordings are our own."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("said, place", [
    ("在携程上订的往返机票 航班取消了不给全退", "网店（携程）"),
    ("途牛报的云南六日跟团游 行程缩水", "网店（途牛）"),
    ("飞猪买的高铁票 退票扣了一半手续费", "网店（飞猪）"),
    ("去哪儿上订的机票 改签收了三百", "网店（去哪儿）"),
    ("同程旅行上买的船票", "网店（同程）"),
])
def test_a_ticket_or_tour_booked_on_a_travel_platform_is_sold_online(said, place):
    assert ex.online_shop(said, ex.find_platform(said)) == place


@pytest.mark.parametrize("said", [
    "携程上订的民宿 到了跟图片不一样",
    "飞猪订的度假村 泳池关了",
    "去哪儿订的宾馆 前台说没有房间了",
    "途牛上买的景区门票 去了不让进",
])
def test_a_place_booked_on_a_travel_platform_keeps_its_own_address(said):
    assert ex.online_shop(said, ex.find_platform(said)) is None


def test_a_platform_that_sells_meals_and_rooms_is_not_an_online_shop_by_itself():
    assert ex.online_shop("美团上买的代金券", "美团") is None


@pytest.mark.parametrize("said", ["我要投诉携程", "飞猪上订的", "投诉去哪儿 客服不处理"])
def test_a_travel_platform_named_before_what_was_booked_is_told_asks_nothing_yet(said):
    # a room is as likely as a flight: the place is left to the address question
    assert ex.online_shop(said, ex.find_platform(said)) is None
