"""In a story, words that are not what was bought: the seller who did something (团长, 店叫…), how the thing
was got (秒杀的, 换的), a rented home's furniture, and what follows a clause ending 是…买的."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("text", [
    "团购的团长卷钱跑了 东西一直没到",
    "接龙团购的群主不见了 钱也不退",
    "网上订的 店叫 悦来客栈 到了说没房",
    "小程序上订的 名字叫 湖畔小筑 临时加价",
])
def test_the_seller_told_after_the_buying_is_no_thing(text):
    assert ex.find_story_product(text) is None


@pytest.mark.parametrize("text,thing", [
    ("直播间抢的耳机 一直不发货", "耳机"),
    ("以旧换新换的洗衣机漏水", "洗衣机"),
    ("拼团团的电饭煲 用了两天就坏了", "电饭煲"),
])
def test_how_the_thing_was_got_is_no_part_of_its_name(text, thing):
    assert ex.find_story_product(text) == thing


@pytest.mark.parametrize("text", [
    "正常退租 房东说床垫有印子 押金不退",
    "长租公寓到期 说衣柜门坏了 扣了两千押金",
    "租房合同到期 中介说空调遥控器丢了要赔",
])
def test_a_rented_homes_furniture_is_not_what_was_bought(text):
    assert ex.find_story_product(text) is None


@pytest.mark.parametrize("text", [
    "房子是我买的 电力公司都同意了 物业不给装",
    "车位是自己买的 供电局批了 物业卡着不办",
])
def test_a_clause_ending_in_bought_says_nothing_of_the_next(text):
    assert ex.find_story_product(text) is None


def test_a_thing_bought_is_still_found():
    assert ex.find_story_product("我买的冰箱不制冷") == "冰箱"
    assert ex.find_story_product("上周买的 电视开不了机") == "电视"


@pytest.mark.parametrize("text", [
    "上个月订的 要求按原价给我",
    "国庆前买的 希望尽快处理",
    "网上下单的 必须给个说法",
])
def test_a_demand_said_after_the_buying_is_no_thing(text):
    assert ex.find_story_product(text) is None
    assert ex.find_product(text) is None
