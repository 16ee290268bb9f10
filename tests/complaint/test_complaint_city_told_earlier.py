"""The shop's address said from its district, its city told earlier in the same message (issue 16):
"住在齐齐哈尔市建华区 … 店地址是建华区…" stored the address without its city; a clerk writes the city."""
from complaint.extract import find_address


def test_city_told_where_the_family_lives_then_the_shops_district():
    text = "我爸住在绵阳市涪城区，那家保健品店骗了他。店的地址是涪城区临园路18号，你们管管"
    assert find_address(text, landmark=True) == "绵阳市涪城区临园路18号"


def test_city_told_in_a_story_then_the_shop_named_with_its_street():
    text = "我们一家在洛阳市西工区住了十年。商家位于西工区中州路和王城大道交叉口"
    assert find_address(text, landmark=True) == "洛阳市西工区中州路和王城大道交叉口"


def test_a_county_said_again_with_its_city_before():
    text = "老家是赣州市于都县的，店开在于都县长征大道66号"
    assert find_address(text, landmark=True) == "赣州市于都县长征大道66号"


def test_no_city_told_leaves_the_district_as_said():
    assert find_address("店地址是鼓楼区中山北路9号", landmark=True) == "鼓楼区中山北路9号"


def test_another_district_told_earlier_adds_nothing():
    text = "我住在南京市玄武区，商家地址是秦淮区中华路20号"
    assert find_address(text, landmark=True) == "秦淮区中华路20号"
