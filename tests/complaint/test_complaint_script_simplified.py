"""complaint/script.py: traditional characters (Hong Kong, Macau, Taiwan) and written
Cantonese are read as simplified Mandarin; simplified text, Latin letters and digits stay
as they were. Sentences written for these tests."""
import pytest

from complaint.script import as_written, cantonese_to_mandarin, has_traditional, to_simplified


@pytest.mark.parametrize("written, read", [
    ("我要投訴這家餐廳", "我要投诉这家餐厅"),
    ("買的電飯鍋用了三天就壞了", "买的电饭锅用了三天就坏了"),
    ("上禮拜五在專櫃買的", "上礼拜五在专柜买的"),
    ("希望退貨並賠償損失", "希望退货并赔偿损失"),
    ("裏面的衞生紙受潮", "里面的卫生纸受潮"),  # Hong Kong variants 裏 衞
])
def test_traditional_characters_are_read_simplified(written, read):
    assert to_simplified(written) == read


@pytest.mark.parametrize("written, read", [
    ("看著帳單才發現多收錢", "看着帐单才发现多收钱"),  # the Taiwan variant 著
    ("查詢一下投訴進度", "查询一下投诉进度"),  # characters only: 查詢 is no 查找
    ("佢哋唔肯退錢", "他们不肯退钱"),  # Cantonese function words
    ("我琴日喺商場買咗對鞋", "我昨天在商场买了对鞋"),
    ("點解咁貴", "为什么这么贵"),
    ("個手袋三百蚊", "个手袋三百元"),
    ("我係澳門人 呢個同佢冇關係", "我是澳门人 这个同他没有关系"),  # 係 as 是, not in 關係
])
def test_taiwan_and_hong_kong_words_are_read_as_mandarin(written, read):
    assert to_simplified(written) == read


@pytest.mark.parametrize("text", [
    "我要投诉一家奶茶店，饮料里有异物",
    "重点解决一下退款的问题",  # 点解 inside 重点解决 is no Cantonese 为什么
    "唔，我想想 大概是上周三",  # the Mandarin interjection 唔
    "他们系统一直显示关系不对",
    "用了一周效果不显著，著名品牌也这样",  # 著 is simplified too
    "",
])
def test_simplified_text_is_unchanged(text):
    assert to_simplified(text) == text
    assert not has_traditional(text)


@pytest.mark.parametrize("written, read", [
    ("iPhone 16 Pro 256GB 退貨", "iPhone 16 Pro 256GB 退货"),
    ("電話 0852-2345 6789，訂單號 TB20261130A", "电话 0852-2345 6789，订单号 TB20261130A"),
    ("花了 ¥1,299.50 元", "花了 ¥1,299.50 元"),
    ("在淘寶買的小米手環，發票號碼 12345678", "在淘宝买的小米手环，发票号码 12345678"),  # mixed
])
def test_latin_letters_digits_and_mixed_text_keep_their_letters_and_numbers(written, read):
    assert to_simplified(written) == read


def test_cantonese_words_in_simplified_characters_are_read_as_mandarin():
    assert to_simplified("佢话唔退钱") == "他话不退钱"
    assert cantonese_to_mandarin("几多钱") == "多少钱"
    assert to_simplified("嗰間舖頭") == "那间铺头" and to_simplified("嗰间铺头") == "那间铺头"
    assert to_simplified(None) == ""


@pytest.mark.parametrize("value, written, kept", [
    ("邓淑仪", "我叫鄧淑儀", "鄧淑儀"),  # a name is kept as the consumer wrote it
    ("陈家乐", "免貴姓陳 陳家樂", "陳家樂"),
    ("王芳", "王芳", "王芳"),  # already simplified
    ("退款", "我想退錢", "退款"),  # composed by a reader, not in the message: as it was
    (None, "陳先生", None),
])
def test_a_value_read_from_the_simplified_text_is_found_as_written(value, written, kept):
    assert as_written(value, written) == kept
