"""The dialogue's own extractors and validators (`complaint/`), as the console calls
them: the same rules and the same field registry the Rasa form uses, so a field the
console fills is the field the bot would have filled."""
from __future__ import annotations

import re
from datetime import date

from complaint import extract as _x
from complaint import fields


def missing() -> list[str]:
    """Parts the console runs without (none since the rules live in `complaint/`)."""
    return []


def normalise(field: str, raw, today: date) -> tuple[object, str | None]:
    """(canonical value, None) or (None, message for the agent)."""
    if raw is None or str(raw).strip() == "":
        return None, "空值"
    if field not in fields.FIELDS or field == "order_no":  # an order number is taken as said
        return str(raw).strip(), None
    parsed = fields.normalise(field, str(raw), today)
    if parsed.error:
        return None, fields.agent_message(field, parsed.error)
    return parsed.value, None


def problem_clauses(text: str, is_question) -> str | None:
    """The parts of a later line that add to the caller's account: not their questions,
    not their demands."""
    kept = [clause for clause in re.split(r"[，。！？,.!?；;]", text)
            if clause.strip() and not is_question(clause) and _x.find_problem(clause)
            and "demand" not in _x.extract_all(clause)]
    return "，".join(kept) or None


def extract(text: str, today: date) -> dict[str, str]:
    """Fields one caller line states, in canonical form; what the caller corrected while
    speaking ("上周三 不对 是上周四") wins over what they said first."""
    stated = _x.extract_all(text, today)
    corrected = _x.self_corrected(text)
    if corrected != text:
        stated.update(_x.extract_all(corrected, today))
    return stated
