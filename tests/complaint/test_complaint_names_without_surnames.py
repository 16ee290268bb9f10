"""Names with no Han surname, and a name whose surname the consumer confirms (all wordings our own): a Tibetan,
Uyghur, Kazakh or Mongolian name said alone at the name question is a name; "X，我姓X" vouches for X; words of
a sentence or a city that start like such a name are not names."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("said", ["达瓦", "次仁", "扎西", "吐尔逊", "其其格", "努尔"])
def test_a_name_of_a_people_without_surnames_said_alone(said):
    assert ex.normalise_name(said).value == said


@pytest.mark.parametrize("said, name", [("旦增卓玛", "旦增卓玛"), ("我叫阿布都", "阿布都"), ("买买提江", "买买提江"),
                                        ("尼玛，藏族的名字", "尼玛"), ("嗯 阿依古丽", "阿依古丽")])
def test_such_a_name_of_several_parts_or_introduced(said, name):
    assert ex.normalise_name(said).value == name


@pytest.mark.parametrize("said, name", [("我叫阿布都，电话13987654321", "阿布都"),
                                        ("本人洛桑 手机13600001111", "洛桑")])
def test_such_a_name_found_in_a_message(said, name):
    assert ex.find_name(said) == name


@pytest.mark.parametrize("said", ["阿布都退钱", "次仁三月份", "不知道", "退款", "淘宝"])
def test_words_of_another_answer_are_still_no_name(said):
    assert ex.normalise_name(said).value is None


@pytest.mark.parametrize("said, name", [("钱城，我姓钱", "钱城"), ("我姓万，万行", "万行"), ("罗城 姓罗", "罗城"),
                                        ("我叫江城", "江城")])
def test_a_name_with_its_surname_confirmed(said, name):
    assert ex.normalise_name(said).value == name


def test_a_surname_said_that_is_not_the_names_own_vouches_for_nothing():
    assert ex.normalise_name("钱城，我姓刘").value is None
