"""The shop's address said in a sentence when asked where it is (issue 16), often a county,
town or village without its city: "我在X县Y镇的超市买的奶粉" is X县Y镇; a village shop is a
landmark kept with it; what was bought there is no part of the address."""
from __future__ import annotations

import pytest

from complaint import extract as ex


@pytest.mark.parametrize("text, address", [
    ("我在沭阳县桑墟镇的超市买的酒", "沭阳县桑墟镇"),
    ("就在金牛区荷花池街道那家店里买的", "金牛区荷花池街道"),
    ("在南岸区弹子石老街的茶馆喝的茶", "南岸区弹子石老街"),
    ("我们在城关镇新华路的药店买的", "城关镇新华路"),
    ("是在宁乡县花明楼镇一家农家乐吃的饭", "宁乡县花明楼镇"),
])
def test_where_before_what_was_done(text, address):
    assert ex.normalise_address(text).value == address


@pytest.mark.parametrize("text, address", [
    ("在湖北荆州监利县朱河镇张湾村小卖部买的", "湖北荆州监利县朱河镇张湾村小卖部"),
    ("在沾化区冯家镇东村卫生室看的病", "沾化区冯家镇东村卫生室"),
    ("在永和乡西街菜市场买的肉", "永和乡西街菜市场"),
])
def test_a_village_shop_is_a_landmark_kept(text, address):
    assert ex.normalise_address(text).value == address


@pytest.mark.parametrize("text, address", [
    ("长寿区凤城街道桃花大道18号", "长寿区凤城街道桃花大道18号"),  # no sentence: as said
    ("营业厅在南岗区果戈里大街300号", "南岗区果戈里大街300号"),
])
def test_an_address_that_is_no_sentence(text, address):
    assert ex.normalise_address(text).value == address


@pytest.mark.parametrize("story, address", [
    # a crossing, a corner, a landmark or a stall number ends the place told in a story
    ("那家修车铺在合肥市蜀山区长江西路与潜山路交叉口，老板姓钱", "合肥市蜀山区长江西路与潜山路交叉口"),
    ("店开在兰州市城关区东岗西路与平凉路十字东南角 当时是晚上去的", "兰州市城关区东岗西路与平凉路十字东南角"),
    ("4S店在武汉市汉阳区四新大道汽车城 销售姓周", "武汉市汉阳区四新大道汽车城"),
    ("地址在金牛区荷花池街道 我是去年去的", "金牛区荷花池街道"),
    ("手机是在南宁市青秀区民族大道百盛二楼B2-17那个柜台买的", None),
    ("柜台在南宁市青秀区民族大道百盛2楼B2-17，卖手机的", "南宁市青秀区民族大道百盛2楼B2-17"),
])
def test_a_place_told_in_a_story_keeps_its_landmark(story, address):
    found = ex.extract_all(story).get("merchant_address")
    if address is None:  # the clause goes on with what happened: only the place up to its street is taken
        assert found and "那个柜台" not in found and "买的" not in found
    else:
        assert found == address


@pytest.mark.parametrize("said", ["名片上写着湖南省衡阳市衡南县云集镇菜市场", "就在广西南宁市兴宁区朝阳广场",
                                  "四川省绵阳市涪城区临园路汽车城"])
def test_a_place_answered_for_the_shops_name_is_no_name(said):
    # the landmark ends a place told in a story; answered for the shop's name, the place is no name (asked again)
    assert ex.normalise_merchant(said).value is None


@pytest.mark.parametrize("story, shop", [
    # the quotes around a name told in a story say where it ends
    ('在昆明找了一家搬家公司叫"快马搬家"运冰箱和床，到了冰箱门掉了', "快马搬家"),
    ("朋友推荐的一家店叫“丽人坊”做的美甲，第二天就掉了", "丽人坊"),
    ("找了一家开锁公司叫“安心开锁”上门 开完收了五百", "安心开锁"),
])
def test_a_quoted_name_in_a_story_ends_at_its_quotes(story, shop):
    assert ex.extract_all(story).get("merchant_name") == shop


@pytest.mark.parametrize("said", ["来伊份旗舰店", "来伊份（万达店）", "来一份手工面馆"])
def test_a_shop_whose_name_starts_with_lai_keeps_it(said):
    # 来 is a word of going somewhere only before 到/这/那 ("来这家店买的"); it starts names of its own
    assert ex.normalise_merchant(said).value == said
