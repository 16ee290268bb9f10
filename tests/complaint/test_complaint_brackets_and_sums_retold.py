"""A bracket left alone by a cut, a sentence typed before a shop with a space (no branch), funeral shops
as a kind, a sum taken back and said again at once, and sums named by what they paid for."""
import pytest

from complaint import extract as ex
from complaint.extract.merchant import _tidy_merchant


@pytest.mark.parametrize("cut, name", [
    ("福寿殡仪服务)", "福寿殡仪服务"),
    ("大润发(江北店", "大润发"),
    ("大润发(江北店)", "大润发（江北店）"),
])
def test_a_bracket_without_its_pair_is_no_part_of_the_name(cut, name):
    assert _tidy_merchant(cut) == name


@pytest.mark.parametrize("text", ["我要实名投诉 菜场旁边的寿衣店", "想举报一下 车站对面的殡葬店",
                                  "曝光一下 医院后门的花圈店"])
def test_a_sentence_then_a_shop_by_its_place_is_no_branch(text):
    found = ex.find_merchant(text)
    assert found is None or ("(" not in found and "（" not in found and "）" not in found)


@pytest.mark.parametrize("said", ["殡葬店", "那家殡仪馆", "寿衣店"])
def test_funeral_shops_are_a_kind(said):
    assert ex.normalise_merchant(said).value is None


@pytest.mark.parametrize("text, amount", [
    ("一共花了六百五 不对 是六百八", "680.00"),
    ("付了1200块 说错了 1250", "1250.00"),
    ("交了三千 哦不 三千二", "3200.00"),
])
def test_a_sum_taken_back_and_said_again(text, amount):
    assert ex.find_amount(text) == amount


@pytest.mark.parametrize("text, amount", [
    ("房费是三百六", "360.00"),
    ("餐费一共四百二", "420.00"),
    ("停车费是八十", "80.00"),
])
def test_a_sum_named_by_what_it_paid_for(text, amount):
    assert ex.find_amount(text) == amount


@pytest.mark.parametrize("text, shop", [
    ("在天河城L2的小米之家买的", "小米之家"),
    ("在万达广场4F的海澜之家买的", "海澜之家"),
    ("在大悦城B1的屈臣氏买的", "屈臣氏"),
])
def test_a_shop_on_a_malls_floor_written_as_letters(text, shop):
    assert ex.find_merchant(text) == shop
