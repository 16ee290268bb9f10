"""Names read the first time they are said: surnames of the 百家姓 and of today's registers the list lacked (傅, 洪,
萧, 丘, 代, 占, 庹, 拓, 郗, 蒯, 鄂, 贝…), a given name that begins like a weekday (周一然), 俺叫 as 我叫, a Mongolian or
Tibetan name of the usual parts (乌云…, 拉毛·措), the name said again with its surname ("李娜 我姓李叫李娜") and the
name introduced after a Latin nickname ("Coco 我叫 陈可"); everyday words that begin with such a surname stay words."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("answer", ["傅晓峰", "洪丽娟", "萧逸凡", "丘振华", "代俊杰", "占春燕", "庹建新", "拓海燕",
                                    "郗文轩", "蒯志强", "鄂红梅", "贝晓宁", "周一然", "乌云格日勒", "央金·措"])
def test_names_of_every_register_are_read_the_first_time(answer):
    assert ex.normalise_name(answer).value == answer


@pytest.mark.parametrize("answer", ["代购", "代理", "占用", "拓展", "周一", "周一下午"])
def test_everyday_words_that_begin_with_such_a_surname_are_no_names(answer):
    assert ex.normalise_name(answer).value is None


@pytest.mark.parametrize("answer, name", [("俺叫何桂兰", "何桂兰"), ("俺就叫马福贵", "马福贵"),
                                          ("王敏 我姓王叫王敏", "王敏"), ("Coco 我叫 陈可", "陈可"),
                                          ("Jason 中文名字是 罗杰", "罗杰")])
def test_the_name_said_with_its_words(answer, name):
    assert ex.normalise_name(answer).value == name


def test_a_latin_name_with_its_chinese_one_stays_whole():
    assert ex.normalise_name("Pierre Dubois 皮埃尔").value == "Pierre Dubois 皮埃尔"
