"""Shared pieces of every extractor: the result type, error codes, text cleaning."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import NamedTuple
from zoneinfo import ZoneInfo

from complaint.script import to_simplified

CHINA = ZoneInfo("Asia/Shanghai")

ERR_EMPTY = "empty"
ERR_FORMAT = "format"
ERR_FUTURE = "future"
ERR_TOO_OLD = "too_old"
ERR_RANGE = "range"
ERR_PARTIAL = "partial"
ERR_LATER = "later"  # the consumer goes to look the value up ("我去翻一下订单"): no value yet, none wrong


class Parsed(NamedTuple):
    value: str | None
    error: str | None = None


def today_in_china() -> dt.date:
    return dt.datetime.now(CHINA).date()


# ---------------------------------------------------------------- text helpers

_FULLWIDTH = str.maketrans(
    "０１２３４５６７８９＋－－（）：，．　",
    "0123456789+--():,. ",
)


# Control characters (Unicode Cc except tab, line feed, carriage return) and lone
# surrogates: never part of what someone said, and the backend refuses them.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def plain(text: str | None) -> str:
    """The text as said (own punctuation kept): NFC, no control characters, stripped, in simplified
    characters ("麥片裡有蟲" -> "麦片里有虫", complaint.script): every reader's patterns are written in them.
    A value copied from the text that must stay as written (a name) is given back by script.as_written."""
    return to_simplified(CONTROL.sub("", unicodedata.normalize("NFC", text or ""))).strip()


def clean(text: str | None) -> str:
    """Full-width digits and punctuation to ASCII, outer whitespace stripped."""
    return plain(text).translate(_FULLWIDTH).strip()



# ---------------------------------------------------------------- common words

_WORD_TAGS: dict[str, str] | None = None
_WORD_FREQ: dict[str, int] = {}


def common_word(word: str, min_freq: int = 50) -> str | None:
    """The part of speech of `word` when it is one everyday word of the Chinese dictionary
    (jieba's, frequency at least `min_freq`): "高跟鞋" n, "老家" n, "随便" d, "成都" ns; None for
    what the dictionary does not hold as one common word (most names: "王小明", "喜茶")."""
    tags = _dictionary()
    if (_WORD_FREQ.get(word) or 0) < min_freq:
        return None
    return tags.get(word)


def tagged_words(text: str) -> list[tuple[str, str]]:
    """`text` cut into words with their parts of speech by jieba's tagger, on the dictionary
    common_word reads ("筋膜枪丢" -> [("筋膜枪", "n"), ("丢", "v")]); [] without it."""
    if not _dictionary():
        return []
    import jieba.posseg
    return [(w.word, w.flag) for w in jieba.posseg.cut(text)]


def _dictionary() -> dict[str, str]:
    """jieba's word -> part-of-speech table, loaded once, quietly ({} without jieba)."""
    global _WORD_TAGS, _WORD_FREQ
    if _WORD_TAGS is None:
        try:
            import logging

            import jieba
            import jieba.posseg
            jieba.setLogLevel(logging.WARNING)
            jieba.dt.check_initialized()
            _WORD_TAGS, _WORD_FREQ = jieba.posseg.dt.word_tag_tab, jieba.dt.FREQ
        except Exception:  # noqa: BLE001 - without the dictionary no word is known to be common
            _WORD_TAGS = {}
    return _WORD_TAGS
