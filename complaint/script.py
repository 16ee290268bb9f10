"""Traditional characters and written Cantonese read as simplified Mandarin.

Consumers from Hong Kong, Macau and Taiwan (and visitors) write 麥片裡面有蟲, 上個月二十八號,
退錢. Every rule downstream (the NLU's examples, the value readers' patterns and tables)
is written in simplified characters, so a message is read in its simplified form:
`to_simplified` is called once at the entrance (the Rasa component
bot/nlu/simplified.py, first in config.yml's pipeline, so the intent classifier and
`tracker.latest_message["text"]` see the simplified text) and by whatever reads an
earlier message from the event log, whose "text" keeps what the consumer wrote.

The conversion is OpenCC's (the PyPI package `opencc`, Apache-2.0, dictionaries inside):
characters with the Taiwan variants (tw2s: 看著 -> 看着), then the Hong Kong variants (hk2s:
衞 -> 卫). Characters only, not regional words: OpenCC's Taiwan phrase table (tw2sp) also
turns 查詢 into 查找 and 品質 into 质量, words the readers look for as 查询, 质量. A message with
no traditional character is returned as it was (apart from the Cantonese words below), so
simplified text is never re-read.

Written Cantonese: OpenCC changes characters, not words, so 佢哋唔肯退錢 stays 佢哋唔肯退钱.
A short table turns the Cantonese function words that no Mandarin sentence uses (咗 佢 嘅
冇 喺 哋 嘢 啲 嗰 咁 琴日 …) into Mandarin; it runs only on a message that has one of them or
a traditional character, so the Mandarin interjection 唔 is never touched; 点解 (为什么) is
read so outside 重点解决, 一点解释.
係 (Cantonese 是; in Mandarin only in 關係, 聯係, 係數 …) is read as 是 outside those words.
"""
from __future__ import annotations

import re
from functools import lru_cache

# Cantonese-only characters: one of them marks a message as written Cantonese.
_CANTONESE_MARK = re.compile(r"[咗佢嘅冇喺哋嘢啲嗰𠮶睇嚟搵揾攞畀乜咩]|琴日|寻日|尋日|听日|聽日|而家")

# 係 is Cantonese 是 except in the Mandarin words written with it (關係 聯係 維係 係數 係統 …).
_HAI = re.compile(r"(?<![關关聯联維维派體体世干幹])係(?![數数統统列])")

# Cantonese words -> Mandarin, in simplified characters (the longest first where one contains another;
# OpenCC writes 嗰 as 𠮶).
_CANTONESE_WORDS: tuple[tuple[str, str], ...] = (
    ("佢哋", "他们"), ("我哋", "我们"), ("你哋", "你们"), ("哋", "们"),
    ("唔该", "麻烦"), ("唔使", "不用"), ("唔好", "不要"), ("系咪", "是不是"), ("是咪", "是不是"),
    ("乜嘢", "什么"), ("咩嘢", "什么"), ("嘢", "东西"),
    ("点样", "怎么样"), ("点算", "怎么办"), ("咁样", "这样"), ("咁", "这么"),
    ("边度", "哪里"), ("边个", "哪个"), ("呢度", "这里"), ("呢个", "这个"), ("嗰度", "那里"), ("嗰个", "那个"),
    ("嗰", "那"), ("𠮶个", "那个"), ("𠮶度", "那里"), ("𠮶", "那"), ("边间", "哪间"),
    ("几多钱", "多少钱"), ("几多", "多少"),
    ("琴日", "昨天"), ("寻日", "昨天"), ("听日", "明天"), ("而家", "现在"),
    ("佢", "他"), ("咗", "了"), ("嘅", "的"), ("冇", "没有"), ("唔", "不"), ("喺", "在"),
    ("啲", "些"), ("睇", "看"), ("嚟", "来"), ("搵", "找"), ("揾", "找"), ("攞", "拿"), ("畀", "给"),
    ("乜", "什么"), ("咩", "什么"),
)
_CANTONESE = re.compile("|".join(re.escape(word) for word, _ in _CANTONESE_WORDS))
_MANDARIN = dict(_CANTONESE_WORDS)
# 点解 is Cantonese 为什么, but not in 重点解决, 一点解释
_WHY = re.compile(r"(?<![重要一有难])点解(?![决释答读])")
# 蚊 is Cantonese 元 after an amount (五十蚊, 200蚊)
_MOSQUITO_DOLLAR = re.compile(r"(?<=[0-9零一二两三四五六七八九十百千万])蚊")


@lru_cache(maxsize=1)
def _converters() -> tuple:
    import opencc  # the PyPI package `opencc` (OpenCC 1.x, dictionaries in the wheel)

    return opencc.OpenCC("tw2s"), opencc.OpenCC("hk2s")


def has_traditional(text: str) -> bool:
    """Whether the text has a character that simplified Chinese writes otherwise."""
    # Hong Kong's table alone: the Taiwan one also reads the 著 of a simplified 显著 as 着
    return bool(text) and _converters()[1].convert(text) != text


def _characters(text: str) -> str:
    taiwan, hong_kong = _converters()
    return hong_kong.convert(taiwan.convert(text))


def cantonese_to_mandarin(text: str) -> str:
    """The Cantonese function words of a (simplified) message in Mandarin: 佢哋唔肯退钱 -> 他们不肯退钱."""
    text = _CANTONESE.sub(lambda m: _MANDARIN[m.group(0)], _WHY.sub("为什么", text))
    return _MOSQUITO_DOLLAR.sub("元", text)


def to_simplified(text: str | None) -> str:
    """The message in simplified Mandarin characters; Latin letters, digits, punctuation and
    already simplified text are kept as they are."""
    if not text:
        return text or ""
    traditional = has_traditional(text)
    if traditional:
        text = _characters(_HAI.sub("是", text))
    if traditional or _CANTONESE_MARK.search(text):
        text = cantonese_to_mandarin(text)
    return text


def as_written(value: str | None, written: str | None) -> str | None:
    """`value`, read from the simplified form of `written`, in the characters the consumer
    wrote: a person's name is theirs as written (鄧淑儀 read as 邓淑仪 is stored 鄧淑儀).
    The value itself when it is not found in `written` (it was composed, not copied)."""
    if not value or not written or value in written:
        return value
    size = len(value)
    for length in sorted(range(max(1, size - 2), size + 3), key=lambda n: abs(n - size)):
        for start in range(0, len(written) - length + 1):
            piece = written[start:start + length]
            if to_simplified(piece) == value:
                return piece
    return value
