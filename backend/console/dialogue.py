"""The dialogue's own extractors and validators (`actions/extraction.py`), as the console
calls them: the same rules the Rasa form uses, so a field the console fills is the field
the bot would have filled."""
from __future__ import annotations

import re
from datetime import date

try:
    from actions import extraction as _x
except ImportError:  # the action package is not on the path: the console says so
    _x = None

# The extractor's error codes -> what the agent reads beside the field.
MESSAGES = {
    "phone": {"format": "电话号码格式不对：手机号11位，座机要带区号", "empty": "没有号码"},
    "purchase_date": {"future": "日期在今天之后，请核实", "too_old": "日期太早，请核实",
                      "partial": "只说了大概时间，请问具体哪天", "format": "没听出具体日期"},
    "amount": {"range": "金额不在合理范围内，请核实", "format": "没听出金额"},
    "complainant_name": {"partial": "只说了姓，请问全名", "format": "不像是姓名，请核实"},
    "merchant_name": {"partial": "来电人不清楚商家名称", "format": "没听出商家名称"},
    "merchant_address": {"partial": "来电人不清楚地址", "format": "地址不完整"},
    "demand": {"format": "诉求不明确"},
    "problem": {"format": "问题描述太短"},
    "product": {"format": "没听出商品或服务"},
}


def missing() -> list[str]:
    return [] if _x is not None else ["actions.extraction"]


def _normalisers() -> dict:
    return {
        "phone": _x.normalise_phone, "purchase_date": _x.normalise_date, "amount": _x.normalise_amount,
        "merchant_name": _x.normalise_merchant, "merchant_address": _x.normalise_address,
        "product": _x.normalise_product, "demand": _x.normalise_demand,
        "complainant_name": _x.normalise_name, "problem": _x.normalise_problem,
    }


def normalise(field: str, raw, today: date) -> tuple[object, str | None]:
    """(canonical value, None) or (None, message for the agent)."""
    if raw is None or str(raw).strip() == "":
        return None, "空值"
    if _x is None or field == "order_no":
        return str(raw).strip(), None
    function = _normalisers().get(field)
    if function is None:
        return str(raw).strip(), None
    parsed = function(str(raw), today) if field == "purchase_date" else function(str(raw))
    if parsed.error:
        return None, MESSAGES.get(field, {}).get(parsed.error, f"未通过校验（{parsed.error}）")
    return parsed.value, None


def problem_clauses(text: str, is_question) -> str | None:
    """The parts of a later line that add to the caller's account: not their questions,
    not their demands."""
    if _x is None:
        return None
    kept = [clause for clause in re.split(r"[，。！？,.!?；;]", text)
            if clause.strip() and not is_question(clause) and _x.find_problem(clause)
            and "demand" not in _x.extract_all(clause)]
    return "，".join(kept) or None


def extract(text: str, today: date) -> dict[str, str]:
    """Fields one caller line states, in canonical form."""
    if _x is None:
        return {}
    return _x.extract_all(text, today)
