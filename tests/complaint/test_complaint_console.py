"""The hotline console reads the same extraction as the dialogue (issue 16): what a caller
says fills the draft the same way, without Rasa."""
from __future__ import annotations

import datetime as dt

import pytest

from backend.console.fields import FieldExtractor

TODAY = dt.date(2026, 3, 15)


@pytest.mark.parametrize("line, expected", [
    ("东西是空气炸锅", {"product": "空气炸锅"}),
    ("商家叫美的官方旗舰店", {"merchant_name": "美的官方旗舰店"}),
    ("我想退货退款", {"demand": "退货、退款"}),
    ("买的小熊电热水壶，用了一次就漏水", {"product": "小熊电热水壶"}),
    ("在拼多多上一家叫优品汇的店买的", {"merchant_name": "优品汇", "platform": "拼多多"}),
    ("在京东买的", {"platform": "京东"}),
    ("星光健身（万达店）办的卡，老板跑路了", {"merchant_name": "星光健身（万达店）", "product": "健身卡"}),
    ("座机是0831-2345678转123", {"phone": "0831-2345678-123"}),
    ("电话是13912345678 不对 是13912345679", {"phone": "13912345679"}),     # corrected while speaking
])
def test_a_caller_line_fills_the_draft_like_the_dialogue(line, expected):
    found = {f.field: f.value for f in FieldExtractor(use_rasa=False).extract(line, today=TODAY) if f.valid}
    assert {k: found.get(k) for k in expected} == expected
    if "platform" in expected and "merchant_name" not in expected:
        assert "merchant_name" not in found  # the platform is not the shop
