"""One rule for a value corrected while it is said (complaint.extract.corrections): the
dialogue's answer reader, the console and the date and sum readers split an answer at the
same words, and a demand word alone is never an account of what went wrong."""
from __future__ import annotations

import datetime as dt

import pytest

from complaint import extract as ex
from complaint.extract.corrections import after_correction

TODAY = dt.date(2026, 3, 15)


@pytest.mark.parametrize("said, kept", [
    ("海尔冰箱 哦不是 海尔冰柜", "海尔冰柜"),
    ("电话是13811112222 不对 13811112223", "13811112223"),
    ("我叫赵敏 说错了 赵民", "赵民"),
    ("国美？不是 是苏宁易购", "苏宁易购"),            # a value asked back and denied
    ("微波炉，不是，烤箱", "烤箱"),                   # bare 不是 between two values
    ("上个礼拜五 哦是礼拜六", "礼拜六"),
    ("十二号 不对不对 十三号", "十三号"),              # the denial said twice
    ("刘洋 不是不是 刘阳", "刘阳"),
])
def test_the_value_said_last_is_kept(said, kept):
    assert ex.self_corrected(said) == kept


@pytest.mark.parametrize("said", [
    "不是官方店 是它家的专卖店叫优品数码",   # 不是 leading a description, not a correction
    "店名具体叫什么我记不清了",              # 具体 without a pause before it
    "质量不对劲",                            # 不对劲 is a complaint, not a correction
    "翻了发票 具体是六百二",                 # a hedge: the words before it still count
])
def test_no_correction_leaves_the_answer_whole(said):
    assert ex.self_corrected(said) == said


def test_dates_and_sums_read_the_same_split():
    # a date and a sum each take the last part that still says one
    assert ex.normalise_date("三月二号 哦不 三月三号", TODAY).value == "2026-03-03"
    assert ex.normalise_amount("两千一 不是 两千四").value == "2400.00"
    assert ex.normalise_amount("大概五百吧 具体是468").value == "468.00"    # a hedge settled
    assert ex.normalise_date("十号还是十一号来着，应该是十一号", TODAY).value == "2026-03-11"
    # the last part says no sum: the sum before the correction is the one meant
    assert after_correction("花了三百 不对 是在网上付的", lambda part: any(c.isdigit() for c in part)) \
        == "花了三百 不对 是在网上付的"


@pytest.mark.parametrize("said, trouble", [
    ("退货退款", False),
    ("赔钱 再道个歉", False),
    ("要求维修", False),
    ("商家不维修", True),          # refused, it is what went wrong
    ("到现在也没有退款", True),
    ("一直没赔偿", True),
    ("用了两天就坏了 想退货", True),
])
def test_a_demand_alone_is_no_account(said, trouble):
    assert ex.names_trouble(said) is trouble
    assert (ex.find_problem(said) is not None) is trouble
