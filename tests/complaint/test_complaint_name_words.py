"""The complainant's name as people give it, and what is clearly no name (issue 16): an
everyday word said at the name question ("高跟鞋", "随便") is asked again kindly; compound
surnames, names of several parts, the surname said first, the caller's relation to someone,
a character spelt by a word that holds it, a given name said before the whole name."""
from __future__ import annotations

import pytest

from complaint import extract as ex
from complaint import fields


@pytest.mark.parametrize("answer", ["高跟鞋", "随便", "不知道", "牛仔裤", "方向盘", "石头", "左边", "简单",
                                    "余额", "黄金手镯", "江湖", "我是她儿子"])
def test_an_everyday_word_is_no_name(answer):
    assert ex.normalise_name(answer).value is None


def test_the_reask_for_what_is_no_name_is_kind_and_offers_anonymity():
    text = fields.reask("complainant_name", ex.normalise_name("高跟鞋").error)
    assert "不是姓名" in text and "张三" in text and "匿名" in text


@pytest.mark.parametrize("answer, name", [
    ("我姓王叫王小明", "王小明"), ("免贵姓李 李梅", "李梅"), ("我姓上官 上官婉儿", "上官婉儿"),
    ("姓欧阳，叫欧阳娜娜", "欧阳娜娜"), ("司马光明", "司马光明"), ("买买提·艾力", "买买提·艾力"),
    ("迪丽热巴·迪力木拉提", "迪丽热巴·迪力木拉提"),
    ("马建国", "马建国"), ("高峰", "高峰"), ("白雪", "白雪"),
    ("我是他女儿 陈思雨", "陈思雨"),            # who the caller is to someone, then the name
    ("梅花的梅 梅若雪", "梅若雪"),              # a character spelt by a word that holds it
    ("是柳树的柳 柳青青", "柳青青"),
    ("晓燕 周晓燕", "周晓燕"),                  # the given name said first, then the whole name
    ("我叫文静", "文静"),                       # a name that is also a word, vouched for by 我叫
])
def test_names_as_people_give_them(answer, name):
    assert ex.normalise_name(answer).value == name


def test_common_names_are_not_taken_for_words():
    surnames, given = "王李张刘陈杨黄赵吴徐孙马朱胡郭何高林罗郑梁谢宋唐", ["伟", "芳", "秀英", "建国", "志强", "海燕",
                                                                            "子涵", "浩然", "雪梅", "家豪", "立新"]
    names = [s + g for s in surnames for g in given]
    assert [n for n in names if ex.normalise_name(n).value != n] == []


@pytest.mark.parametrize("answer, name", [
    ("嗯 赵丽娟", "赵丽娟"), ("哦 我叫孙明", "孙明"), ("好的 钱学森", "钱学森"),   # a sound or a yes first
    ("叫我小吴 吴建平", "吴建平"), ("王女士 王秀英", "王秀英"),                  # a nickname or title, then the name
])
def test_a_sound_before_the_name_or_a_nickname_with_it_leaves_the_whole_name(answer, name):
    assert ex.normalise_name(answer).value == name
