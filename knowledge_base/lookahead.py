"""Patterns that require several things to be told anywhere in a question, searched in linear time.

Many cues are written as a conjunction of lookaheads, `(?=.*(?:A))(?=.*(?:B))`: A and B both
somewhere in the question, in either order. `re.search` tries such a pattern at every position
of the text and each lookahead's `.*` runs to the end of the line before backing off, so one
search costs the square of the question's length: a few hundred microseconds for a short
question, tens of milliseconds for a story pasted in full (a 1,200-character story took 120 ms
for one pattern).

Where such a pattern matches at all, it matches at the start of the line it matches in (each
`.*` may cover everything from there; with re.S, at the start of the text): a position further
on can only see less. So `compile` returns, for a pattern made of such lookaheads alone, a
pattern whose `search` tries only the starts of lines, which finds the same match (same span,
same groups) in linear time. Every other pattern is returned as `re.compile` gives it.
"""
from __future__ import annotations

import re
from typing import cast
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]


def _is_conjunction(pattern: str, flags: int) -> bool:
    """Whether the pattern is nothing but lookaheads that each start with `.*` (or `.*?`)."""
    try:
        parsed = _p.parse(pattern, flags)
    except re.error:
        return False
    items = list(parsed)
    if not items:
        return False
    for op, av in items:
        if op is not _c.ASSERT:
            return False
        direction, sub = av
        body = list(sub)
        if direction != 1 or not body or body[0][0] not in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            return False
        low, high, repeated = body[0][1]
        if low != 0 or high != _c.MAXREPEAT or list(repeated) != [(_c.ANY, None)]:
            return False
    return True


class Conjunction:
    """A compiled conjunction of lookaheads (module docstring): `search` tries the starts of
    lines only; every other method and attribute is the compiled pattern's own."""

    __slots__ = ("compiled", "_dotall")

    def __init__(self, compiled: re.Pattern):
        self.compiled = compiled
        self._dotall = bool(compiled.flags & re.S)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else min(endpos, len(text))
        while True:
            # pos and the starts of the lines after it: the only places it can first match
            found = self.compiled.match(text, pos, end)
            if found is not None or self._dotall:
                return found
            pos = text.find("\n", pos, end) + 1
            if pos == 0:
                return None

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"Conjunction({self.compiled!r})"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's stand-in
    """re.compile, with a linear-time `search` for a conjunction of lookaheads (a Conjunction,
    which answers for a compiled pattern wherever one is used)."""
    compiled = re.compile(pattern, flags)
    return cast("re.Pattern[str]", Conjunction(compiled)) if _is_conjunction(pattern, flags) else compiled
