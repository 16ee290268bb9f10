"""Two kinds of name reading. Asked for the phone, a consumer says yes before the digits ("那留吧", "行 记这个",
"可以的 号码是"): those words are no name. And where two names are said (a parent's and the caller's), the one the
consumer asks to put on the ticket (after 写/登记/填/用 … 的名字) is the name, the other is left out."""
import pytest

from complaint import extract as ex

PHONE = "15867023419"


@pytest.mark.parametrize("said", [
    f"那留吧 {PHONE}", f"那就留 {PHONE}", f"那好，{PHONE}", f"那登记吧{PHONE}", f"行 记这个 {PHONE}",
    f"可以的 号码是{PHONE}", f"没问题 {PHONE}", f"OK {PHONE}", f"那你记一下 {PHONE}", f"那给你 {PHONE}",
    f"那打这个吧 {PHONE}", f"那就 {PHONE}",
])
def test_yes_said_before_the_phone_is_no_name(said):
    assert ex.find_name(said) is None
    assert ex.normalise_name(said).value is None
    assert "complainant_name" not in ex.extract_all(said)
    assert ex.normalise_phone(said).value == PHONE


@pytest.mark.parametrize("said, name", [(f"那英 {PHONE}", "那英"), (f"成龙 {PHONE}", "成龙"),
                                        (f"{PHONE} 何丽", "何丽"), (f"好 我叫邓川 {PHONE}", "邓川")])
def test_a_name_beside_the_phone_is_still_a_name(said, name):
    assert ex.find_name(said) == name


@pytest.mark.parametrize("said, name", [
    ("写我妈 孙丽华 我是她女儿周敏", "孙丽华"),
    ("登记我爸的名字 叫郑建平 我叫郑涛", "郑建平"),
    ("填我老伴的名字何秀云 我是她老伴老刘", "何秀云"),
    ("我叫韩磊 用我爸的名字韩德明", "韩德明"),
    ("名字写我儿子的 叫唐宇航 我是他妈妈", "唐宇航"),
    ("写我外婆 罗桂英", "罗桂英"),
    ("登记成我爱人的 他叫彭志刚", "彭志刚"),
])
def test_the_name_asked_to_be_put_down_is_taken(said, name):
    assert ex.normalise_name(said).value == name
    assert ex.find_name(said) == name


@pytest.mark.parametrize("said, name", [
    ("我叫冯磊 我妈叫朱秀珍 写我就行", "冯磊"),
    ("用我自己的 我叫宋佳怡 我奶奶叫宋玉芝", "宋佳怡"),
    ("就写我的名字吧 曹阳", "曹阳"),
    ("填我 我是车主 潘越", "潘越"),
])
def test_the_callers_own_name_when_they_ask_for_it(said, name):
    assert ex.normalise_name(said).value == name


@pytest.mark.parametrize("said", ["不要记我信息", "别写我名字", "留我的电话吧"])
def test_words_of_writing_that_name_no_one(said):
    assert ex.find_name(said) is None


@pytest.mark.parametrize("said", ["那留吧 0816-2233445", "那好 0755 86543210", "行 记这个 028-86001234转12"])
def test_yes_said_before_a_landline_is_no_name(said):
    assert ex.normalise_name(said).value is None
    assert ex.find_name(said) is None
