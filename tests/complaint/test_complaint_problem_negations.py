"""Trouble words said not to apply, or inside an idiom, are no trouble (complaint/extract/problem.py)."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("text", [
    "日子我也说不准", "拿不准是哪一天", "东西倒是没问题", "质量没什么问题", "用着没毛病", "屏幕没坏",
    "牛奶没有过期", "鞋子不是假货", "不管怎么样先登记吧", "他家卫生间在二楼", "服务态度很好", "钱花了不少了",
    "一直没问题", "这个我不理解",
])
def test_negated_or_idiomatic_trouble_words_name_no_trouble(text):
    assert not ex.names_trouble(text)
    assert ex.find_problem(text) is None


@pytest.mark.parametrize("text", [
    "菜市场的秤不准 每斤少二两", "收到就有问题", "出了什么问题也不管", "面包过期了还在卖", "买到假货了",
    "店里很不卫生", "客服态度好差", "一直没发货", "称重少了半斤", "他们说不管", "衣服洗坏了",
])
def test_the_same_words_said_plainly_still_name_trouble(text):
    assert ex.names_trouble(text)


def test_an_account_that_says_what_is_fine_and_what_is_wrong_is_still_an_account():
    said = "质量倒是没问题 就是商家不给开发票"
    assert ex.names_trouble(said) and ex.find_problem(said)


@pytest.mark.parametrize("text", ["举报那家营业厅办卡不实名", "这个网吧上网没实名登记", "快递点寄件不实名"])
def test_a_business_that_registers_no_real_name_says_nothing_of_the_reporters_choice(text):
    assert ex.find_anonymous(text) is None and not ex.wants_anonymity(text)


@pytest.mark.parametrize("text, anonymous", [("我不想实名", True), ("就不实名了吧", True), ("实名举报", False)])
def test_the_reporters_own_choice_is_still_read(text, anonymous):
    assert ex.find_anonymous(text) is anonymous
