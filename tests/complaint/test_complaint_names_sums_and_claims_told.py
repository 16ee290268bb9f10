"""Values said the way people say them when asked: a sum remembered again ("…哦 是…"), a platform that is
only where a seller goes by a name or seeks customers, a retailer named then pointed at by its short
name, a Latin name with a Chinese word after it, a vehicle known by its plate, and a multiple of the
price claimed (which brings the price back too)."""
from __future__ import annotations

import pytest

from complaint import extract as ex


@pytest.mark.parametrize("said, total", [
    ("花了七百二 哦 是七百六", "760.00"),
    ("交了一千五 噢是一千八", "1800.00"),
    ("付了三百 呃 不对 是三百五", "350.00"),
])
def test_a_sum_remembered_again_is_the_sum(said, total):
    assert ex.find_amount(said) == total
    assert ex.normalise_amount(said).value == total


@pytest.mark.parametrize("said", [
    "没招牌 小红书上叫 晓晓私房烘焙",
    "她在朋友圈招揽客人 在家里给人纹眉",
    "后来在朋友圈看到他又换了个名字招生",
    "快手上的昵称叫 阿强二手车",
])
def test_where_a_seller_is_known_or_seeks_customers_is_no_platform_it_sold_on(said):
    assert ex.find_platform(said) is None


@pytest.mark.parametrize("said, platform", [
    ("朋友圈买的减肥茶", "微信"),
    ("饿了么上叫的外卖", "饿了么"),
    ("在小红书上下单的 店名叫 晓晓烘焙", "小红书"),
])
def test_a_platform_bought_on_is_still_read(said, platform):
    assert ex.find_platform(said) == platform


@pytest.mark.parametrize("said, name", [
    ("苏宁易购 就是银泰二楼那家苏宁", "苏宁易购"),
    ("苏宁易购 中山路那个苏宁 上个月买的", "苏宁易购"),
])
def test_a_retailer_named_then_pointed_at_by_its_short_name_is_the_seller(said, name):
    assert ex.normalise_merchant(said).value == name
    assert ex.find_platform(said) is None  # one of its stores, no platform between


@pytest.mark.parametrize("said, name", [
    ("Happy English 英语中心", "Happy English 英语中心"),
    ("Blue Ocean 潜水俱乐部", "Blue Ocean 潜水俱乐部"),
    ("华润万家 中山路店", "华润万家（中山路店）"),     # a branch after a space is still a branch
])
def test_a_latin_name_is_never_cut_inside_a_word(said, name):
    assert ex.normalise_merchant(said).value == name


@pytest.mark.parametrize("said, plate", [
    ("的士 车牌粤B·D5678", "粤B·D5678"),
    ("一辆网约车 车牌号川A12345", "川A12345"),
    ("黑车司机 鲁C-8K888", "鲁C-8K888"),
])
def test_a_vehicle_is_known_by_its_plate(said, plate):
    assert ex.normalise_merchant(said).value == plate


@pytest.mark.parametrize("said, demands", [
    ("按食品安全法要十倍赔偿", ["退款", "十倍赔偿"]),
    ("要求三倍赔偿", ["退款", "三倍赔偿"]),
    ("退货 再赔三倍", ["退货", "三倍赔偿"]),          # the goods go back: the money with them, said
    ("三倍赔偿就行 东西我留着", ["三倍赔偿"]),        # the consumer keeps the goods and the price
])
def test_a_multiple_of_the_price_claimed_brings_the_price_back(said, demands):
    assert ex.find_demands(said) == demands


@pytest.mark.parametrize("said, name", [
    ("快手直播间 雅诗兰黛的 不是官方的 是 好物严选馆", "好物严选馆"),
    ("京东上 小米的 不是自营 是 星辰数码专营店", "星辰数码专营店"),
    ("不是国美 是苏宁易购", "苏宁易购"),
])
def test_the_shop_it_is_said_after_the_one_it_is_not(said, name):
    assert ex.normalise_merchant(said).value == name


@pytest.mark.parametrize("said", [
    "举报宁波鄞州区市中路上的一家药店",       # 市中路, 市心路, 市府路: streets, no city "鄞州区市"
    "曝光杭州萧山区市心路那家美容院",
    "绍兴越城区市府路有家店卖假酒",
])
def test_a_street_named_with_shi_after_a_district_is_no_city(said):
    assert ex.find_address(said) is None  # (the form asks where, and the consumer says it whole)


@pytest.mark.parametrize("said, where", [
    ("在青岛市市南区 上周六去吃的 一共三百八", "青岛市市南区"),
    ("旅行社在合肥市蜀山区 去年十月报的团 交了六千", "合肥市蜀山区"),
    ("南京市鼓楼区 中山北路 88号", "南京市鼓楼区中山北路88号"),   # pieces of a place are still joined
])
def test_the_address_stops_where_the_sentence_goes_on(said, where):
    assert ex.normalise_address(said).value == where


@pytest.mark.parametrize("said, demands", [
    ("给补漆 再赔点钱", ["维修", "赔偿"]),      # the work that makes it good, said bare
    ("补个胎就行", ["维修"]),
    ("帮我喷漆", ["维修"]),
])
def test_the_work_that_makes_it_good_is_a_repair(said, demands):
    assert ex.find_demands(said) == demands


@pytest.mark.parametrize("said", [
    "你们会先找商家谈还是直接罚款",
    "你们先调解还是先查处",
    "是你们处罚还是工商处罚",
])
def test_which_of_two_the_bureau_will_do_is_asked_not_demanded(said):
    assert ex.normalise_demand(said).value is None


@pytest.mark.parametrize("said, where", [
    ("上海市浦东新区世纪大道8号 国金中心 T2", "上海市浦东新区世纪大道8号 国金中心 T2"),   # a tower is still where
    ("杭州市西湖区文三路90号 圆通文三网点", "杭州市西湖区文三路90号 圆通文三网点"),      # so is a branch
    ("广州市天河区体育西路 移动营业厅", "广州市天河区体育西路 移动营业厅"),
])
def test_a_building_or_a_branch_after_the_street_is_kept(said, where):
    assert ex.normalise_address(said).value.replace(" ", "") == where.replace(" ", "")
