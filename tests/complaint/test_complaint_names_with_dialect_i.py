"""Names told with the first person of the north and of dialects (issue 16): "俺叫田桂香" was refused at the name
question and then stored whole. 俺, 咱 (and 偶, typed at a clause's start) said of oneself before 叫, 是, 姓 or 名字
introduce the name as 我 does."""
import pytest

from complaint.extract import extract_all, find_name, normalise_name


@pytest.mark.parametrize("said, name", [
    ("俺叫常秀兰", "常秀兰"),
    ("俺是常秀兰", "常秀兰"),
    ("俺就叫牛二娃", "牛二娃"),
    ("俺的名字是宋玉梅", "宋玉梅"),
    ("咱叫马国庆", "马国庆"),
    ("咱姓马 叫马国庆", "马国庆"),
    ("偶叫钱多多", "钱多多"),
])
def test_the_name_at_the_name_question(said, name):
    assert normalise_name(said).value == name


def test_the_name_said_in_an_opening():
    said = "俺是武占山 在镇上农资店买的化肥是假的"
    assert find_name(said) == "武占山"
    assert extract_all("俺叫韩翠花 电话13812340000")["complainant_name"] == "韩翠花"


def test_the_name_after_other_words():
    assert find_name("同志你好 俺姓贾 叫贾春生 想反映个事") == "贾春生"


def test_words_that_only_contain_the_characters_name_no_one():
    assert normalise_name("俺们村里的").value is None
    assert find_name("偶尔买的面包发霉了") is None
    assert find_name("咱是老百姓 买的种子不发芽") is None
