"""Phone numbers: mainland mobiles and landlines with area code (and extension); numbers in Hong Kong,
Macau and Taiwan with their country code.

One rule for every service: the dialogue reads a number with `find_phone` /
`normalise_phone` ("0831-2345678-123" shown to the consumer), and the backend stores
and compares `phone_key` of whatever it is sent ("08312345678-123"), built from the
same patterns, so any number the dialogue accepts is one the backend accepts.
"""
from __future__ import annotations

import re

from complaint.extract.numbers import _CN_DIGITS
from complaint.extract.text import ERR_EMPTY, ERR_FORMAT, Parsed, clean


_MOBILE = re.compile(r"(?<![\d])(?:(?:\+|00)?86[\s-]*)?(1[3-9]\d(?:[\s-]*\d){8})(?![\d])")
_LANDLINE = re.compile(
    # the local number as people group it: "2345678", "2345 678", "5821-663", "8765 4321" (7 or 8 digits)
    r"(?<![\d])(?:\(?(0\d{2,3})\)?[\s-]*)(\d{3,4}[\s-]?\d{3,4})(?:\s*(?:转|-|ext\.?)\s*(\d{1,5}))?(?![\d])"
)


# A number in Hong Kong, Macau or Taiwan, said with its country code ("+853 6612 3408", "00852-9123 4567",
# "+886 0912 345 678"): stored as "+" and its digits (Hong Kong and Macau: eight; Taiwan: eight or nine, the
# trunk 0 dropped)
_OVERSEAS = re.compile(r"(?<![\d+])(?:\+|00)\s*\(?(852|853|886)\)?[\s-]*(?:\(0\)|0)?"
                       r"((?:\d[\s-]*){7,8}\d)(?![\d])")
_OVERSEAS_DIGITS = {"852": (8,), "853": (8,), "886": (8, 9)}


def _overseas(m: re.Match | None) -> str | None:
    if not m:
        return None
    digits = re.sub(r"\D", "", m.group(2))
    return f"+{m.group(1)}{digits}" if len(digits) in _OVERSEAS_DIGITS[m.group(1)] and digits[0] != "0" else None


def _landline(m: re.Match | None) -> re.Match | None:
    """A match whose local number has 7 or 8 digits (3 + 3 is no number)."""
    return m if m and 7 <= len(re.sub(r"\D", "", m.group(2))) <= 8 else None


# Dashes people type between the parts of a number with a Chinese keyboard ("0532—8587 6543", "0532–85876543",
# "0532——85876543"): the hyphen they mean
_DASHES = re.compile(r"(?<=\d)\s*[\u2010-\u2015\u2212\u2500\u30fc]{1,2}\s*(?=\d)")


def _dashes(text: str) -> str:
    return _DASHES.sub("-", text)


def _digits_from_spoken(text: str) -> str:
    """幺三九… read out digit by digit (voice or typed) to arabic digits."""
    if re.search(r"[十百千万]", text):
        return text
    return "".join(str(_CN_DIGITS[c]) if c in _CN_DIGITS else c for c in text)


def find_phone(text: str) -> str | None:
    text = _dashes(_digits_from_spoken(clean(text)))
    overseas = next((o for o in map(_overseas, _OVERSEAS.finditer(text)) if o), None)
    if overseas:
        return overseas
    m = _MOBILE.search(text)
    if m:
        return re.sub(r"\D", "", m.group(1))
    m = next((m for m in map(_landline, _LANDLINE.finditer(text)) if m), None)
    if m:
        number = m.group(1) + "-" + re.sub(r"\D", "", m.group(2))
        return number + (f"-{m.group(3)}" if m.group(3) else "")
    return None


def normalise_phone(text: str | None) -> Parsed:
    """A mainland mobile (11 digits, spaces and dashes allowed), a landline with area code, or a number in Hong
    Kong, Macau or Taiwan with its country code (+852, +853, +886)."""
    raw = clean(text)
    if not raw:
        return Parsed(None, ERR_EMPTY)
    found = find_phone(raw)
    if found:
        return Parsed(found)
    return Parsed(None, ERR_FORMAT)



def phone_key(value: str | None) -> str | None:
    """The stored form of a whole value that is one phone number, else None: a mobile's
    11 digits, a landline's area code and number as digits, "-" and the extension
    ("+86 138-0013-8000" -> "13800138000", "0831-2345678转123" -> "08312345678-123")."""
    raw = _dashes(clean(value))
    overseas = _overseas(_OVERSEAS.fullmatch(raw))
    if overseas:
        return overseas
    m = _MOBILE.fullmatch(raw)
    if m:
        return re.sub(r"\D", "", m.group(1))
    m = _landline(_LANDLINE.fullmatch(raw))
    if m:
        return m.group(1) + re.sub(r"\D", "", m.group(2)) + (f"-{m.group(3)}" if m.group(3) else "")
    return None
