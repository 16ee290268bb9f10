"""How a place is told is no part of where it is (an explorer's kind, the twentieth round; wordings our own):
"地址写…就行", "…区具体在…", "…路那边" keep the place only; words that begin with those characters stay."""
import pytest

from complaint import fields


@pytest.mark.parametrize("said, place", [
    ("地址写成都市锦江区春熙路就行", "成都市锦江区春熙路"),
    ("长沙市岳麓区具体在麓山南路", "长沙市岳麓区麓山南路"),
    ("合肥市蜀山区长江西路那边", "合肥市蜀山区长江西路"),
    ("填武汉市江汉区解放大道就可以", "武汉市江汉区解放大道"),
])
def test_how_the_place_is_told_is_left_out(said, place):
    assert fields.normalise("merchant_address", said).value == place


def test_words_that_begin_like_the_telling_stay():
    assert "写字楼" in fields.normalise("merchant_address", "杭州市西湖区文三路写字楼3楼").value
    assert fields.normalise("merchant_address", "记者站旁边 广州市天河区体育西路").value.endswith("体育西路")
