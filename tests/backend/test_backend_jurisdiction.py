"""Jurisdiction: address -> division -> bureau (backend/jurisdiction.py, backend/bureaus.py)."""
from __future__ import annotations

import json
import subprocess
import sys

import cpca
import pytest

from backend import bureaus
from backend.jurisdiction import _parse, locate
from bench.bench_jurisdiction import load_rows


def test_cli_prints_the_documented_json():
    out = subprocess.run([sys.executable, "-m", "backend.jurisdiction", "四川省宜宾市翠屏区人民路88号", "--json"],
                         capture_output=True, text=True, check=True, timeout=120)
    assert json.loads(out.stdout) == {"province": "四川省", "city": "宜宾市", "district": "翠屏区",
                                      "adcode": "511502", "bureau": "宜宾市翠屏区市场监督管理局",
                                      "confident": True}


@pytest.mark.parametrize("address", ["万达广场3楼", "网上", "人民路88号", "", None, "北京路步行街"])
def test_vague_addresses_are_null_and_not_confident(address):
    result = locate(address)
    assert result.as_dict() == {"province": None, "city": None, "district": None, "adcode": None,
                                "bureau": None, "confident": False}
    assert result.note  # says what a person should ask


def test_city_only_goes_to_the_city_bureau_for_a_person_to_confirm():
    result = locate("宜宾万达广场3楼")
    assert (result.city, result.district, result.adcode, result.confident) == ("宜宾市", None, "511500", False)
    assert result.bureau == "宜宾市市场监督管理局"
    zone = locate("成都高新区天府大道北段1700号")
    assert (zone.city, zone.district, zone.confident) == ("成都市", None, False)
    assert "功能区" in zone.note


def test_same_district_name_in_several_cities_is_not_confident():
    result = locate("鼓楼区中山路")
    assert result.district == "鼓楼区" and result.city is None and not result.confident
    assert len(result.candidates) == 4
    guessed = locate("朝阳区三里屯路19号")
    assert guessed.adcode == "110105" and not guessed.confident and "吉林省长春市" in guessed.candidates
    assert locate("吉林省长春市朝阳区工农大路").adcode == "220104"


def test_abbreviated_county_with_two_readings_is_not_confident():
    result = locate("新疆伊宁")
    assert not result.confident and set(result.candidates) == {"伊宁市", "伊宁县"}


def test_current_names_and_cities_without_districts():
    assert locate("杭州市临平区南苑街道").adcode == "330113"  # set up in 2021
    assert locate("宜宾市叙州区").adcode == "511504"
    dongguan = locate("东莞市长安镇长青路")
    assert (dongguan.district, dongguan.adcode, dongguan.confident) == (None, "441900", True)
    xiantao = locate("湖北省仙桃市干河街道")
    assert (xiantao.adcode, xiantao.bureau) == ("429004", "仙桃市市场监督管理局")
    old = locate("福建省三明市梅列区")  # merged into 三元区 in 2021
    assert old.district == "三元区" and not old.confident


def test_old_names_and_glued_short_forms():
    for address, code, note in (("成都市双流县", "510116", "撤县设区"), ("杭州市萧山市", "330109", "撤市设区"),
                                ("宜宾县柏溪镇", "511504", "2018"), ("南京市下关区", "320106", "2013")):
        result = locate(address)
        assert (result.adcode, result.confident) == (code, False) and note in result.note, address
    assert locate("吉林长春朝阳区").adcode == "220104"  # not Beijing's
    assert locate("湖南湘潭县").adcode == "430321"  # the county, not the city
    assert locate("北京华联（宜宾店）宜宾市翠屏区长江大道").adcode == "511502"
    hong_kong = locate("香港铜锣湾")
    assert hong_kong.adcode is None and "港澳台" in hong_kong.note


def test_online_shop_rule():
    # no usable address: the platform operator's seat (第十二条)
    taobao = locate("网上", "淘宝")
    assert (taobao.adcode, taobao.basis, taobao.confident) == ("330110", "platform", True)
    assert locate("京东自营旗舰店").bureau == "北京市大兴区市场监督管理局"
    # the shop's own county-level address wins over the platform
    shop = locate("浙江省义乌市稠城街道", "淘宝")
    assert (shop.adcode, shop.basis) == ("330782", "address")
    # online without a known platform: nothing to go on
    assert locate("抖快团购小程序").confident is False


def test_merchant_name_is_read_when_the_address_says_nothing():
    result = locate("万达广场3楼", None, "宜宾市翠屏区老王手机店")
    assert result.adcode == "511502" and result.basis == "merchant_name" and not result.confident


def test_parser_shortcut_matches_cpca_transform():
    """_parse calls cpca's per-record functions instead of transform(); same answers."""
    rows = [r["address"] for r in load_rows() if r.get("address")][:80]
    frame = cpca.transform(rows, open_warning=False).to_dict("records")
    for address, expected in zip(rows, frame):
        got = _parse(address)
        assert (got["province"], got["city"], got["district"], got["status"]) == (
            expected["省"], expected["市"], expected["区"], expected["识别状态"]), address


def test_bureaus_are_generated_with_parents_and_scopes():
    table = bureaus.all_bureaus()
    assert len(table) > 3000
    assert table["511502"].parent == "511500" and table["511500"].parent == "510000"
    assert table["110105"].parent == "110000"  # municipalities: no city level
    assert table["429004"].parent == "420000"  # county-level city under the province
    assert table["330782"].name == "义乌市市场监督管理局"
    assert table["500229"].name == "重庆市城口县市场监督管理局"
    assert bureaus.covers("510000", "511502") and bureaus.covers("511500", "511502")
    assert not bureaus.covers("511502", "511503") and not bureaus.covers("511500", "510104")
    assert bureaus.covers(None, "511502") and not bureaus.covers("511502", None)
    assert [b.code for b in bureaus.chain("511502")] == ["511502", "511500", "510000"]
