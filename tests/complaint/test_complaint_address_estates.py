"""An address typed in pieces keeps every piece: a housing estate or an industrial park named without a
street marker ("碧水龙庭", "城南物流园", "锦绣家园"), a remark before it ("他上门的"), and a city said by
its bare name before its district ("成都 武侯区") stay where they were said."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("said, address", [
    ("浙江省嘉兴市 南湖区 东栅街道 科创产业园", "浙江省嘉兴市南湖区东栅街道科创产业园"),
    ("是上门服务的 合肥蜀山区 南七 锦绣家园", "合肥蜀山区南七锦绣家园"),
    ("西安市雁塔区 电子城 紫薇苑", "西安市雁塔区电子城紫薇苑"),
])
def test_an_estate_or_a_park_typed_as_a_piece_is_kept(said, address):
    assert ex.normalise_address(said).value == address


@pytest.mark.parametrize("said, address", [("重庆 渝中区 解放碑", "重庆渝中区解放碑"),
                                           ("长沙 岳麓区 麓谷大道", "长沙岳麓区麓谷大道"),
                                           ("步步高广场 二楼 湘潭市岳塘区", "湘潭市岳塘区步步高广场二楼")])
def test_a_bare_city_before_its_district_stays_first(said, address):
    assert ex.normalise_address(said).value == address
