"""A name said with how the consumer likes to be addressed (issue 16): "刘芳 叫我刘姐就行", "郑凯（郑先生）",
"叫我老孙吧 孙德胜", and a name of several parts typed with another dot ("阿依古丽•吐尔逊"). The name is the whole
name; the word of address is not part of it, and never makes the answer unreadable (such answers were asked
again until the conversation went to a person). Wordings of our own."""
import pytest

from complaint.extract.name import find_name, normalise_name


@pytest.mark.parametrize("said, name", [
    ("刘芳 叫我刘姐就行", "刘芳"),
    ("叫我胡哥就行 胡振华", "胡振华"),
    ("蒋丽萍，喊我蒋阿姨就好", "蒋丽萍"),
    ("邹志强 邹工", "邹志强"),
])
def test_a_name_with_a_word_of_address_is_the_name(said, name):
    assert normalise_name(said).value == name


@pytest.mark.parametrize("said, name", [
    ("郑凯（郑先生）", "郑凯"),
    ("唐雪梅(唐女士)", "唐雪梅"),
    ("累死了 孙德胜（老孙）", "孙德胜"),
])
def test_how_to_address_in_brackets_is_not_part_of_the_name(said, name):
    assert normalise_name(said).value == name


@pytest.mark.parametrize("said, name", [
    ("阿依古丽•吐尔逊", "阿依古丽·吐尔逊"),
    ("买合木提・艾力", "买合木提·艾力"),
    ("热依拉.阿不都", "热依拉·阿不都"),
])
def test_any_dot_between_the_parts_of_a_name_is_its_middle_dot(said, name):
    assert normalise_name(said).value == name


@pytest.mark.parametrize("said", ["刘姐", "叫我胡哥就行", "国美电器（万达店）"])
def test_what_stays_as_it_was(said):
    # a word of address alone is still what the consumer wants written; a shop with its branch is no name
    expected = {"刘姐": "刘姐", "叫我胡哥就行": "胡哥"}.get(said)
    assert normalise_name(said).value == expected


@pytest.mark.parametrize("said", ["我是退休工人 想投诉一家药店", "我是外卖骑手，被一家店坑了",
                                  "本人小区业主 要反映物业的事", "我是司机 投诉加油站"])
def test_who_the_consumer_is_is_no_name(said):
    # "我是…" says who the consumer is as often as their name: a role or words with no surname are no name
    assert find_name(said) is None


@pytest.mark.parametrize("said, name", [("我是周老师 想问下", "周老师"), ("我是邱海燕 要投诉", "邱海燕"),
                                        ("我是次仁央宗", "次仁央宗")])
def test_a_name_after_i_am_is_still_read(said, name):
    assert find_name(said) == name


@pytest.mark.parametrize("said", ["那先填 13912340000", "先写这个吧 15011112222", "那就填 18600001111"])
def test_words_said_with_the_phone_are_no_name(said):
    assert find_name(said) is None
