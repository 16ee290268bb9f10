"""Numbers as people write them: arabic, Chinese or mixed ("3.9万", "两千八", "二零二六")."""
from __future__ import annotations

import re
from decimal import Decimal

from complaint.extract.text import clean


_CN_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "幺": 1, "二": 2, "两": 2, "贰": 2,
    "三": 3, "叁": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6,
    "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
_CN_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000}
_NUM_CHARS = "".join(_CN_DIGITS) + "".join(_CN_SMALL_UNITS) + "".join(_CN_BIG_UNITS)
# A number as people write it: arabic, Chinese, or mixed ("3.9万", "1万2千", "两千八").
# Flat on purpose: each step reads one character class, so a long run of digits with no
# unit after it fails in linear time (the nested (\d[\d,]*)* form took seconds on 24 nines).
# A comma is a thousands separator only before three digits ("3,999"), never between two numbers said in a row
# ("BCD-520，4999元": a model number, then the price; read as one they made 5,204,999).
NUMBER = rf"[\d{_NUM_CHARS}](?:[\d{_NUM_CHARS}]|,(?=\d{{3}}(?!\d))|\.\d)*"


_RANGE = re.compile(r"([一二两三四五六七八九])([二两三四五六七八九])(?=[十百千万亿])|"
                    r"(?<=[十百千万])([一二两三四五六七八九])([二两三四五六七八九])$")


def _lower_end(m: re.Match[str]) -> str:
    low, high = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return low if _CN_DIGITS[high] > _CN_DIGITS[low] else m.group(0)


def parse_number(text: str) -> Decimal | None:
    """Arabic, Chinese or mixed numerals to a Decimal.

    Handles the colloquial elision of the last unit: 两千八 = 2800, 一万二 = 12000,
    三百五 = 350 (but 一百零五 = 105 and 十五 = 15).
    """
    text = clean(text).replace(",", "")
    if not text:
        return None
    # "七八百", "两三千", "三千五六": a range said, its lower end (as "两千多" is 2000)
    text = _RANGE.sub(_lower_end, text)
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return Decimal(text)
    if len(text) > 1 and all(c in _CN_DIGITS for c in text):  # 二零二六: read digit by digit
        return Decimal("".join(str(_CN_DIGITS[c]) for c in text))
    total = Decimal(0)      # completed 万/亿 sections
    section = Decimal(0)    # the part below the current 万
    number: Decimal | None = None
    last_unit = 0           # the unit just applied, for the colloquial elision
    zero_seen = False
    i = 0
    while i < len(text):
        ch = text[i]
        m = re.match(r"\d+(?:\.\d+)?", text[i:])
        if m:
            number = Decimal(m.group())
            i += len(m.group())
            continue
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
            if digit == 0:
                zero_seen = True
                number = None
            else:
                # consecutive digits without units read as a digit string: 二零二五
                number = Decimal(digit) if number is None else number * 10 + digit
        elif ch in _CN_SMALL_UNITS:
            unit = _CN_SMALL_UNITS[ch]
            section += (number if number is not None else 1) * unit
            number, last_unit, zero_seen = None, unit, False
        elif ch in _CN_BIG_UNITS:
            unit = _CN_BIG_UNITS[ch]
            section += number if number is not None else 0
            if section == 0:
                section = Decimal(1)
            total = (total + section) * unit if unit > 10_000 else total + section * unit
            section, number, last_unit, zero_seen = Decimal(0), None, unit, False
        else:
            return None
        i += 1
    if number is not None:
        if last_unit >= 10 and not zero_seen and number < 10 and number == int(number):
            number = number * last_unit / 10  # 两千八: the 8 means 800
        section += number
    return total + section
