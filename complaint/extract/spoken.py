"""What people say around an answer, whatever the field: a sound before it ("嗯", "呃，"), a particle,
marks, an emoji or a sticker after it ("啊", "！！", "～", "😊", "[微笑]"), thanks at the end ("谢谢"),
letters typed full-width ("ＫＦＣ"). `answer_core` leaves the answer itself, so that every shape of
the same answer gives the same value (bench/bench_answer_shapes.py measures it).
"""
from __future__ import annotations

import re
import unicodedata

from complaint.extract.text import clean, plain

# Sounds said before an answer. 嗯 呃 哦 噢 start no word: taken off however they are joined; the
# others ("额度", "哎呀", "啊") only before a pause.
_SOUND_FIRST = re.compile(r"^(?:(?:嗯+|呃+|哦+|噢+|喔+)[\s，,。.、…~～]*"
                          r"|(?:额+|哎+|唉+|诶+|欸+|啊+|emm+|em+|hmm+|那个|就是说|然后)"
                          r"(?:[\s，,。.、…~～]+|(?=嗯|呃|哦|噢|额|啊|哎)))+",
                          re.IGNORECASE)
# Thanks and courtesies at the end: "谢谢", "谢谢啦", "麻烦了", "辛苦了"
_THANKS_LAST = r"(?:谢谢(?:你们?|您)?|多谢|感谢|谢了|麻烦(?:你们?|您)?了|辛苦(?:你们?|您)?了)(?:啦|了|哈|啊|呀)?"
# A particle at the end ("啊", "哈", "哦"); 吧 not after the kinds of place it ends ("网吧", "酒吧", "氧吧")
# (one particle, not a doubled one: "娃哈哈" keeps its 哈)
_PARTICLE_LAST = ("(?:" + "|".join(f"(?<!{p}){p}" for p in "啊呀哈哦噢啦嘛咯喔")
                  + r"|(?<![网酒氧水书陶清茶话贴迪琴K吧])吧)")
# A WeChat sticker as typed ("[微笑]", "[捂脸]") or a kaomoji-like mark
_STICKER = r"\[[\u4e00-\u9fa5A-Za-z]{1,4}\]"
_MARKS = r"[\s，,。.、！!～~…·♪♥❤☆★]"
_TRAILING = re.compile(rf"(?:{_MARKS}|{_STICKER}|{_THANKS_LAST}|{_PARTICLE_LAST})+$")


def _no_symbols(text: str) -> str:
    """Emoji and other pictographs (Unicode symbols "So", their modifiers and joiners) taken out."""
    return "".join(c for c in text if unicodedata.category(c) not in ("So", "Sk", "Cs")
                   and c not in "\u200d\ufe0f\ufe0e\u20e3")


def half_width_letters(text: str) -> str:
    """Full-width Latin letters and signs typed on a Chinese keyboard as ASCII ("ＫＦＣ" -> "KFC")."""
    return "".join(chr(ord(c) - 0xFEE0) if "\uff21" <= c <= "\uff3a" or "\uff41" <= c <= "\uff5a"
                   or c in "＆＃＠＇" else c for c in text)


def answer_core(text: str | None) -> str:
    """The answer without the sounds, particles, marks, emoji and thanks said around it:
    "嗯 国美电器（万达店）～😊" -> "国美电器(万达店)", "柯志明，谢谢！" -> "柯志明". What is all sound
    ("嗯嗯") is kept as said."""
    return _around_taken_off(half_width_letters(_no_symbols(clean(text))).strip())


def answer_as_said(text: str | None) -> str:
    """`answer_core` in the consumer's own marks (their full-width commas kept inside it; letters made ASCII):
    "嗯 能退就退，不能退就换🙏" -> "能退就退，不能退就换"."""
    return _around_taken_off(half_width_letters(_no_symbols(plain(text))).strip())


# "我上面说了", "刚才说过了啊": the consumer saying the answer was given before, said before or after it again
_SAID_BEFORE = (r"(?:我|不是)?(?:上面|前面|刚才|刚刚|刚|之前|一开始|开头)(?:都|就|已经)*(?:说|讲|提|写)(?:过|了)+"
                r"(?:的)?(?:啊|呀|嘛|呢|哈)?")
_SAID_BEFORE_FIRST = re.compile(rf"^{_SAID_BEFORE}[\s，,。.！!]+(?=\S{{2}})")
_SAID_BEFORE_LAST = re.compile(rf"(?<=\S{{2}})[\s，,。.！!]+{_SAID_BEFORE}$")


def _around_taken_off(raw: str) -> str:
    core = _SAID_BEFORE_LAST.sub("", _SAID_BEFORE_FIRST.sub("", raw))
    core = _SOUND_FIRST.sub("", core)
    previous = None
    while previous != core:
        previous = core
        core = _TRAILING.sub("", core).strip()
    return core or raw
