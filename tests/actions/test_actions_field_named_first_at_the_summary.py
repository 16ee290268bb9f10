"""A correction at the summary is about the field it opens on ("诉求写：按保价3000元全额赔偿" is the demand, though a
sum is in it), and "加上…"/"加一句…" said of the account adds to it instead of replacing it."""
import datetime as dt

import pytest

from actions import dialogue

TODAY = dt.date(2026, 12, 7)
HELD = {"problem": "寄的瓷器碎了，快递点不认", "product": "青花瓷瓶", "merchant_name": "中通快递（景德镇珠山网点）",
        "amount": "3000.00", "demand": "赔偿", "phone": "13912345678"}


@pytest.mark.parametrize("said, field, word", [
    ("诉求写：按保价3000元全额赔偿", "demand", "赔偿"),
    ("要求改成赔2800 再道歉", "demand", "道歉"),
    ("电话写错了 应该是13912345670 金额没问题", "phone", "13912345670"),
])
def test_the_field_a_correction_opens_on_is_the_one_changed(said, field, word):
    got = dialogue.correction(said, TODAY, dict(HELD))
    assert got[0] == field and word in str(got[1])


@pytest.mark.parametrize("said, added", [
    ("问题描述里加一句 快递员还说是我包装不好", "快递员还说是我包装不好"),
    ("问题描述改一下 加上网点一直不接电话", "网点一直不接电话"),
])
def test_adding_to_the_account_keeps_what_was_told(said, added):
    field, value = dialogue.correction(said, TODAY, dict(HELD))
    assert field == "problem" and value.startswith(HELD["problem"]) and added in value


def test_a_new_account_replaces_it_without_the_colon():
    field, value = dialogue.correction("问题描述不对，应该是：瓷瓶寄到就碎了，网点说保价不赔", TODAY, dict(HELD))
    assert field == "problem" and value.startswith("瓷瓶寄到就碎了")
