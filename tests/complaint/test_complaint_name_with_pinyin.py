"""A Chinese name given with its pinyin beside it (issue 16): "Lin Yue 林悦" was stored whole; the pinyin only
spells the name. A foreign name with its transliteration is still kept whole."""
from complaint.extract import normalise_name


def test_pinyin_first_then_the_characters():
    assert normalise_name("Chen Jing 陈静").value == "陈静"


def test_characters_first_then_the_pinyin():
    assert normalise_name("周航 Zhou Hang").value == "周航"


def test_pinyin_run_together_with_the_characters_in_brackets():
    assert normalise_name("我叫WangLei（王磊）").value == "王磊"


def test_a_foreign_name_and_its_transliteration_kept_whole():
    assert normalise_name("Sophie Martin 苏菲").value == "Sophie Martin 苏菲"


def test_an_english_given_name_beside_a_chinese_name_kept_as_said():
    assert normalise_name("Kevin 刘凯").value == "Kevin 刘凯"
