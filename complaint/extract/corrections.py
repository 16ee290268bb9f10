"""A value corrected while it is said, one rule for every field.

"上周六 哦不 上周日", "两千三 不是 两千五", "冰箱 哦不是 洗衣机", "链家？不是 叫…" (a value asked
back and denied). A reader of one value (a date, a sum) also takes a hedge as settled
("11号还是12号来着 应该是12号", "三百来块 具体是286"); the dialogue and the console, which read
a whole answer, split only where the consumer took something back, so the words before a
hedge ("刚看了小票 具体是五百六十八") still count.
"""
from __future__ import annotations

import re
from collections.abc import Callable

_START = r"(?:^|[，,。；;！!\s]+|(?<=[?？]))(?:哦|噢|啊|呃|额|嗯)?"
# ("5月20 不对5月21号": 不对 then the new value at once; 不是 then a value says what it is not)
_TAKEN_BACK = (r"(?:(?:(?:不对(?!劲)|不是)+|说错了|搞错了|记错了|打错了|写错了|口误|更正一下|纠正一下|"
               r"(?<=[哦噢啊呃额])不|(?<=[哦噢])(?=是))(?=[，,。；;！!?？\s]|是|应该|其实)"
               r"|不对(?=[\d零〇一二两三四五六七八九十上前昨去大]))"
               r"[，,。；;！!\s]*(?:应该|其实)?(?:是)?")
_HEDGE = r"(?:应该|其实|准确说|确切说|具体)是"
TAKEN_BACK = re.compile(rf"{_START}{_TAKEN_BACK}\s*")
CORRECTION = re.compile(rf"{_START}(?:{_TAKEN_BACK}|{_HEDGE})\s*")


def after_correction(raw: str, says: Callable[[str], bool] = lambda part: bool(part.strip()),
                     pattern: re.Pattern[str] = CORRECTION) -> str:
    """The words after the last correction that still say a value (`says`; by default
    anything at all), else all of them."""
    parts = pattern.split(raw)
    for part in reversed(parts[1:]):
        if says(part):
            return part.strip()
    return raw
