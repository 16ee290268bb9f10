"""Demands said in everyday words (complaint/extract/demand.py): an account asked for, "or else",
a service to be done at once, a fee lowered, something redone for free, what was asked for done."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("text, wanted", [
    ("退钱 还得给我个说法", {"退款", "赔礼道歉"}),
    ("要他们给个交代", {"赔礼道歉"}),
    ("先道个歉 再讨个说法", {"赔礼道歉"}),
    ("给我换一双 要不就退钱", {"换货", "退款"}),
    ("修好 不然退货", {"维修", "退货"}),
    ("赶紧把快递送过来", {"继续履行"}),
    ("尽快来电 电费得减", {"继续履行", "退款"}),
    ("管理费应该减半", {"退款"}),
    ("免费帮我重新弄好", {"继续履行"}),
    ("免费给我去掉", {"继续履行"}),
    ("号码给我转过去 违约金不交", {"继续履行"}),
    ("赶紧给装上 拖了两个月了", {"继续履行"}),
    ("尽快安装 耽误的要补偿", {"继续履行", "赔偿"}),
])
def test_everyday_demands(text, wanted):
    assert wanted <= set(ex.find_demands(text))


@pytest.mark.parametrize("text", ["他们的说法是正常现象", "这是免费的", "商家不给退", "要不要退我也不知道",
                                  "给我转人工"])
def test_words_that_ask_for_nothing(text):
    assert not ex.find_demands(text)


def test_an_account_asked_for_keeps_the_consumers_words():
    assert ex.normalise_demand("给我个说法").value == "赔礼道歉（给我个说法）"
