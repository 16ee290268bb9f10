"""A character spelt out to correct or give a value (issue 16): the usual surname spellings ("弓长张", "耳东陈"),
or a word that holds the character ("枫叶的枫", "晓是春晓的晓"). At the summary they change the name held, its
surname, or the homophone written in an address or a shop's name; at the name question a name spelt character by
character is the name. Wordings of our own."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import dialogue

HELD = {"complainant_name": "程丽华", "merchant_address": "宜兴市丁蜀镇西街18号", "merchant_name": "金凤园酒楼"}


@pytest.mark.parametrize("said, name", [("名字不对 是立早章", "章丽华"), ("姓名写错了，应该是口天吴", "吴丽华"),
                                        ("名字错了 是耳东陈 美丽的丽 中华的华", "陈丽华")])
def test_a_spelt_surname_or_name_corrects_the_name(said, name):
    assert dialogue.correction(said, filled=HELD) == ("complainant_name", name)


def test_characters_spelt_that_are_held_already_change_nothing():
    assert dialogue.correction("名字不对吧 是禾口程 丽是美丽的丽", filled=HELD) == ("complainant_name", "程丽华")


@pytest.mark.parametrize("said, field, value", [
    ("地址错了 是宜星 星星的星", "merchant_address", "宜星市丁蜀镇西街18号"),
    ("店名不对 是金枫园 枫叶的枫", "merchant_name", "金枫园酒楼"),
])
def test_a_homophone_is_replaced_by_the_word_spelt(said, field, value):
    got = dialogue.correction(said, filled=HELD)
    assert got[0] == field and got[1] in (value, value.removesuffix("酒楼"))


@pytest.mark.parametrize("said, name", [("弓长张 海洋的海 波浪的波", "张海波"), ("木子李，红色的红", "李红")])
def test_a_name_spelt_at_the_name_question_is_the_name(said, name):
    message = {"text": said, "intent": {"name": "inform"}, "entities": []}
    got, _ = dialogue.fill_from_message(message, "complaint_form", "complainant_name", {})
    assert got == {"complainant_name": name}


def test_a_spelling_said_with_the_value_is_no_part_of_it():
    assert dialogue.without_spelling("马鞍山 鞍是马鞍的鞍") == "马鞍山"
    assert dialogue.without_spelling("我的名字的字") == "我的名字的字"  # nothing else says 字: no spelling of it
