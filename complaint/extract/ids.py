"""Order numbers and ticket numbers (never a phone number)."""
from __future__ import annotations

import re

from complaint.extract.phone import _MOBILE
from complaint.extract.text import clean


_ORDER_NO = re.compile(r"(?:订单号|订单编号|单号|订单|交易号|流水号)\s*(?:是|为|:)?\s*([A-Za-z0-9\-_]{6,40})")


def find_order_no(text: str) -> str | None:
    m = _ORDER_NO.search(clean(text))
    return m.group(1) if m else None


_TICKET_NO = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{1,6}[-_]?\d[\d\-]{5,30}|\d{12,30})(?![A-Za-z0-9])")


def find_ticket_no(text: str) -> str | None:
    """A ticket number (letters then digits, or a long digit string), never a phone."""
    raw = clean(text).upper()
    for m in _TICKET_NO.finditer(raw):
        candidate = m.group(1)
        if _MOBILE.fullmatch(candidate):
            continue
        return candidate
    return None

