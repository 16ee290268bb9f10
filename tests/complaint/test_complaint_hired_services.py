"""Services named by the trade they are in, as consumers tell of them (issue 16): one hired by
the verb that hired it ("找的阿强开锁", "叫的蓝天家政", "请了好帮手保洁"), and one whose trade ends
in the verb that follows it ("在王师傅家电维修修的空调", "在老刘洗车洗的车"); who was asked
for help ("找的朋友") or a kind of service ("叫了个外卖", "请了个月嫂") is no name."""
from __future__ import annotations

import pytest

from complaint import extract as ex


@pytest.mark.parametrize("text, name", [
    ("找的飞毛腿开锁 开个锁要六百", "飞毛腿开锁"),
    ("叫的安心家政 阿姨把地板划了", "安心家政"),
    ("请了个巧手保洁 擦玻璃摔了花瓶", "巧手保洁"),
    ("上个月约的小蚂蚁搬家 箱子丢了两个", "小蚂蚁搬家"),
    ("找了一家顺心搬家公司", "顺心搬家公司"),
])
def test_a_service_hired(text, name):
    assert ex.find_merchant(text) == name


@pytest.mark.parametrize("text, name", [
    ("在李师傅家电维修修的洗衣机", "李师傅家电维修"),
    ("在阿龙洗车洗的车 划了一道", "阿龙洗车"),
    ("在佳佳美甲做的指甲", "佳佳美甲"),
])
def test_a_trade_that_ends_in_the_verb(text, name):
    assert ex.find_merchant(text) == name


@pytest.mark.parametrize("text", [
    "找的朋友帮忙看的", "叫了个外卖 结果是馊的", "请了个月嫂 不会带孩子", "在4S店修车修了三次", "找了好久才找到",
])
def test_no_name_hired(text):
    assert ex.find_merchant(text) is None
