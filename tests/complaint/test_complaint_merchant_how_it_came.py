"""The shop's name said with how the consumer came by it (issue 16): read from a receipt or a photo ("收据上印的是…",
"门头照片上写着…"), told by someone ("我老公说叫…"), said with words of filling in or of impatience ("那就填 …",
"说了多少遍了 …"); "某" for one the consumer cannot name ("某营业厅"); a live room in brackets after the shop; and a
person's name with how to address them, which is no shop. Wordings of our own."""
import pytest

from complaint.extract.merchant import find_merchant, normalise_merchant


@pytest.mark.parametrize("said, shop", [
    ("收据上印的是福满楼酒家", "福满楼酒家"),
    ("门头照片上写着佳美口腔", "佳美口腔"),
    ("我老公说叫鑫源汽修", "鑫源汽修"),
    ("付款记录上显示的是优品汇数码", "优品汇数码"),
])
def test_where_the_name_was_read_is_not_the_name(said, shop):
    assert normalise_merchant(said).value == shop


@pytest.mark.parametrize("said, shop", [("那就填 金鼎足浴", "金鼎足浴"), ("都说了 新丰家具城", "新丰家具城"),
                                        ("又问 又问 宏达驾校", "宏达驾校")])
def test_filling_in_or_impatience_said_first_is_not_the_name(said, shop):
    assert normalise_merchant(said).value == shop


@pytest.mark.parametrize("said, shop", [("中国移动某营业厅", "中国移动营业厅"), ("申通快递某网点", "申通快递网点"),
                                        ("百花市场某摊位", "百花市场摊位")])
def test_some_one_of_them_drops_the_some(said, shop):
    assert normalise_merchant(said).value == shop


@pytest.mark.parametrize("said, shop", [("翡翠源头直销（抖音直播间）", "翡翠源头直销"),
                                        ("小雅服饰（快手直播上）", "小雅服饰")])
def test_a_live_room_in_brackets_is_no_branch(said, shop):
    assert normalise_merchant(said).value == shop


@pytest.mark.parametrize("said", ["郑凯（郑先生）", "唐雪梅(唐女士)", "孙德胜（老孙）"])
def test_a_person_addressed_is_no_shop(said):
    assert normalise_merchant(said).value is None
    assert find_merchant("好累 " + said) is None


@pytest.mark.parametrize("said, shop", [("他们说是瑞丰生物科技的", "瑞丰生物科技"), ("他说是百川电器的", "百川电器"),
                                        ("她说是美联健康管理的", "美联健康管理")])
def test_what_they_said_they_are_is_still_read(said, shop):
    # whose words the name is in does not hide it (a fall of the first version of the preface above)
    assert normalise_merchant(said).value == shop


@pytest.mark.parametrize("said, shop", [("他们说是瑞丰生物科技的", "瑞丰生物科技"), ("那就填 金鼎足浴", "金鼎足浴"),
                                        ("收据上印的是福满楼酒家", "福满楼酒家")])
def test_the_form_reads_the_shop_as_the_reader_does(said, shop):
    # the form's normaliser leaves the preface to the shop's reader (stripping it first had hidden "他们说是…的")
    from complaint import fields
    assert fields.normalise("merchant_name", said).value == shop
