"""The thing bought, told in parts at the product question: its make or model said apart before the kind
("小米13 手机", "华为 平板"), its brand said after it ("电饭煲 苏泊尔的", "吹风机 牌子是戴森", "按摩椅 是一个叫
荣康的牌子"), a part that says of what kind it is ("大米 十斤的 东北的"); and urging said as a clause of its own
("能不能快点", "赶紧的") is no part of any answer."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("answer, thing", [
    ("小米13 手机", "小米13手机"), ("华为 平板", "华为平板"), ("vivo X100 手机", "vivo X100手机"),
])
def test_the_make_said_apart_before_the_kind_is_joined_to_it(answer, thing):
    assert ex.normalise_product(answer).value == thing


@pytest.mark.parametrize("answer, thing", [
    ("电饭煲 苏泊尔的", "苏泊尔电饭煲"), ("吹风机 牌子是戴森", "戴森吹风机"),
    ("按摩椅 是一个叫荣康的牌子", "荣康按摩椅"), ("刚买的那台洗碗机 方太的", "方太洗碗机"),
])
def test_the_brand_said_after_the_thing_goes_before_it(answer, thing):
    assert ex.normalise_product(answer).value == thing


@pytest.mark.parametrize("answer, thing", [("大米 十斤的 东北的", "大米"), ("冰箱 对开门的", "冰箱"),
                                           ("热水器 燃气的", "热水器")])
def test_a_part_that_says_of_what_kind_is_no_part_of_the_name(answer, thing):
    assert ex.normalise_product(answer).value == thing


@pytest.mark.parametrize("answer, field, value", [
    ("能不能快点 儿童学习桌", "product", "儿童学习桌"), ("赶紧的 退货退款", "demand", "退货"),
    ("有完没完 孙晓梅", "complainant_name", "孙晓梅"), ("你们快点吧，13912345678", "phone", "13912345678"),
    ("优品生活馆 麻烦快点", "merchant_name", "优品生活馆"),
])
def test_urging_said_apart_is_no_part_of_the_answer(answer, field, value):
    normalise = {"product": ex.normalise_product, "demand": ex.normalise_demand, "complainant_name": ex.normalise_name,
                 "phone": ex.normalise_phone, "merchant_name": ex.normalise_merchant}[field]
    found = normalise(answer).value
    assert found and found.startswith(value) and "快" not in found and "完" not in found
