"""A value the consumer goes to look up (issue 16): "我去翻翻购物记录", "稍等 我看一下收据", "这个我得问问我爱人" is
no value, whatever the question (it was stored as the shop, the product or the name); the re-ask says there is no
hurry. A value said with where it was read ("包装盒上写的是…", "保修卡上是…") is the value. Asking the bureau to
look into the business is no looking up. Wordings of our own."""
import pytest

from complaint import fields
from complaint import extract as ex


@pytest.mark.parametrize("said", ["我去翻翻购物记录", "稍等 我看一下收据", "这个我得问问我爱人", "地址我找找",
                                  "忘了叫啥…等下我查一下"])
@pytest.mark.parametrize("field", ["merchant_name", "product", "merchant_address", "purchase_date", "amount"])
def test_going_to_look_it_up_is_no_value(said, field):
    parsed = fields.normalise(field, said)
    assert parsed.value is None and parsed.error == ex.ERR_LATER
    assert "不着急" in fields.reask(field, parsed.error)


@pytest.mark.parametrize("said", ["你们查一下这家店", "查查他们有没有执照", "我查了一下 发现是翻新机",
                                  "我看看 是11月18号", "不记得了 大概五百多", "热水器坏了 等一下"])
def test_what_is_not_going_to_look(said):
    assert not ex.goes_to_look(said)


@pytest.mark.parametrize("field, said, value", [
    ("product", "包装盒上写的是空气净化器", "空气净化器"),
    ("product", "保修卡上是电动牙刷", "电动牙刷"),
    ("merchant_name", "收据上印的是老街坊菜馆", "老街坊菜馆"),
])
def test_where_it_was_read_is_not_the_value(field, said, value):
    assert fields.normalise(field, said).value == value


def test_the_agent_is_told_the_caller_is_looking():
    assert fields.agent_message("product", ex.ERR_LATER) == "来电人正在查找，稍后再填"


@pytest.mark.parametrize("field", ["anonymous", "problem", "complainant_name"])
def test_a_choice_or_an_account_is_never_looked_up(field):
    # "等一下" to whether to stay anonymous is no value to look up: its own reader answers it
    assert fields.normalise(field, "等一下 我看看").error != ex.ERR_LATER
