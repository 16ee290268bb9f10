"""The shop's address typed in pieces with spaces, as people do on a phone (issue 16): a street,
then a building, an estate, a landmark or a floor ("…路 某某大厦 5楼", "…区 某某小区 3栋",
"…路 体育馆对面"); the city said last; a hedged floor. The pieces are one address, kept whole
(not only the piece with most address words). An online seller that says where its own
company is has that place as its address."""
from __future__ import annotations

import pytest

from complaint import extract as ex


@pytest.mark.parametrize("text, address", [
    # a building or mall, then its floor
    ("广州天河区 体育西路 天河城 B1", "广州天河区体育西路天河城B1"),
    ("成都高新区 天府三街 环球中心 2楼", "成都高新区天府三街环球中心2楼"),
    ("佛山南海区 桂城 千灯湖 万达广场 3F", "佛山南海区桂城千灯湖万达广场3F"),
    ("苏州姑苏区 观前街 人民商场 负一楼", "苏州姑苏区观前街人民商场负一楼"),
    ("宁波鄞州区 天童南路 印象城MALL 三楼", "宁波鄞州区天童南路印象城MALL三楼"),
    # an estate and its building
    ("无锡滨湖区 蠡湖大道 金色家园 12幢", "无锡滨湖区蠡湖大道金色家园12幢"),
    ("厦门思明区 莲前东路 瑞景新村 6号楼 一楼", "厦门思明区莲前东路瑞景新村6号楼一楼"),
    # a landmark said beside the street
    ("济南历下区 泉城路 泉城广场对面", "济南历下区泉城路泉城广场对面"),
    ("西宁城西区 五四大街 省体育馆旁边", "西宁城西区五四大街省体育馆旁边"),
    ("合肥蜀山区 长江西路 大铺头菜市场 东门", "合肥蜀山区长江西路大铺头菜市场东门"),
    # old towns, villages and markets
    ("丽江古城 五一街 文治巷", "丽江古城五一街文治巷"),
    ("保定清苑区 东闾乡 北王力村 村口", "保定清苑区东闾乡北王力村村口"),
    ("太原小店区 坞城路 农贸市场 23号摊位", "太原小店区坞城路农贸市场23号摊位"),
])
def test_an_address_in_pieces_is_kept_whole(text, address):
    assert ex.normalise_address(text).value == address


@pytest.mark.parametrize("text, address", [
    ("万达广场3楼 南宁市青秀区", "南宁市青秀区万达广场3楼"),
    ("银泰百货 五楼 宁波市海曙区", "宁波市海曙区银泰百货五楼"),
    ("幸福里小区 8号楼 底商 贵阳市云岩区", "贵阳市云岩区幸福里小区8号楼底商"),
])
def test_the_city_said_last_goes_first(text, address):
    assert ex.normalise_address(text).value == address


@pytest.mark.parametrize("text, address", [
    ("武汉洪山区 光谷步行街 好像是负二楼", "武汉洪山区光谷步行街负二楼"),
    ("长春朝阳区 红旗街 万达 应该是4楼", "长春朝阳区红旗街万达4楼"),
    ("成都锦江区 春熙路 大概在7层", "成都锦江区春熙路7层"),
])
def test_a_hedged_floor_is_part_of_it(text, address):
    assert ex.normalise_address(text).value == address


@pytest.mark.parametrize("text, kept", [
    # a sentence among the pieces is no piece of the address: the address part is kept alone
    ("福州鼓楼区 东街口 我在那买的", "福州鼓楼区"),
    ("北京朝阳区 具体不记得了", "北京朝阳区"),
])
def test_a_sentence_is_not_joined(text, kept):
    assert ex.normalise_address(text).value == kept


@pytest.mark.parametrize("text, address", [
    ("线上上课的 机构在成都市武侯区", "成都市武侯区"),
    ("网上报的班 他们公司在北京朝阳区", "北京朝阳区"),
    ("线上买的课 总部位于深圳南山区科技园", "深圳南山区科技园"),
    ("网上下的单 实体店在温州鹿城区", "温州鹿城区"),
])
def test_an_online_seller_s_own_place(text, address):
    assert ex.normalise_address(text).value == address


@pytest.mark.parametrize("text, address", [
    ("淘宝上", "网店（淘宝）"),  # a platform's shop: the platform is where it is
    ("抖音直播间买的", "网店（抖音）"),
])
def test_a_platform_shop_is_still_where_it_sells(text, address):
    assert ex.normalise_address(text).value == address
