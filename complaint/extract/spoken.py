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
# ("刚才不是说了吗 …", "我都说了 …")
_SAID_BEFORE = (r"(?:(?:我|不是)?(?:上面|前面|刚才|刚刚|刚|之前|一开始|开头)(?:都|就|已经|不是)*"
                r"(?:说|讲|提|写)(?:过|了)+|(?:我|俺)?(?:都|早就|早都|不是)(?:已经)?(?:说|讲|告诉你)过?了)"
                r"(?:的)?(?:吗|啊|呀|嘛|呢|哈)?")
_SAID_BEFORE_FIRST = re.compile(rf"^{_SAID_BEFORE}[\s，,。.！!]+(?=\S{{2}})")
_SAID_BEFORE_LAST = re.compile(rf"(?<=\S{{2}})[\s，,。.！!]+{_SAID_BEFORE}$")


def _said_before_off(raw: str) -> str:
    return _SAID_BEFORE_LAST.sub("", _SAID_BEFORE_FIRST.sub("", raw))


def without_said_before(text: str | None) -> str:
    """The words without "我刚才说了" said before or after the value again ("刚才不是说了吗 黄焖鸡外卖")."""
    raw = clean(text or "")
    return _said_before_off(raw) or raw


# Urging said as a clause of its own before or after the answer: "能不能快点 少儿编程课", "退款 赶紧的", "有完没完 王芳"
_URGING = (r"(?:你们?)?(?:能不能|可不可以|能否|麻烦)?(?:快点儿?|快一点|搞快点|赶紧(?:点|的)?|麻利点|抓紧(?:点|时间)?)"
           r"(?:吧|啊|呀|行不行|好不好|可以吗|行吗)?|有完没完(?:了|啊)?|烦(?:死)?了|问(?:那么|这么)?多干(?:嘛|什么|啥)|"
           r"怎么(?:又|还)(?:在)?问|别问了|急死了?")
_URGING_FIRST = re.compile(rf"^(?:{_URGING})[\s，,。.!！?？~～]+(?=\S{{2}})")
_URGING_LAST = re.compile(rf"(?<=\S{{2}})[\s，,。.!！?？~～]+(?:{_URGING})[\s，,。.!！?？~～]*$")


def _around_taken_off(raw: str) -> str:
    core = _said_before_off(raw)
    core = _URGING_LAST.sub("", _URGING_FIRST.sub("", core)) or core
    core = _SOUND_FIRST.sub("", core)
    previous = None
    while previous != core:
        previous = core
        core = _TRAILING.sub("", core).strip()
    return core or raw


# Going to look the value up, said instead of it: "我去翻一下订单", "等一下 我看看小票", "型号我得看看说明书",
# "号码我找找", "我问下一起去的朋友" (a look verb said tentatively: doubled, or with 一下/下)
# (not the bureau asked to look into the business: "你们查一下他们", "查查这家店")
_LOOK_UP = re.compile(r"(?!.*(?:你们|帮|他们|她们|这家|那家|商家|店家|他家|老板))"
                      r"(?:(?:[\u4e00-\u9fa5]{1,4}?)?(?:等我|我|俺|让我)?(?:得|要|先|再|马上|这就)?(?:去|回去|回家)?"
                      r"(?:翻|找|查|看|问|瞅)(?:一下子?|下|翻|找|查|看|问|瞅)[\u4e00-\u9fa5]{0,8}"
                      r"|[\u4e00-\u9fa5]{0,4}我(?:找找|翻翻|查查|看看|问问))")
_WAIT = re.compile(r"(?:你)?(?:等一下|等下|稍等(?:一下)?|等等|等会儿?|等一会儿?)")
_WHAT_IT_WAS = "叫啥|叫什么|是啥|是什么|是多少|多少钱|是哪天|哪天"
_NOT_AT_HAND = re.compile(rf"[\u4e00-\u9fa5]{{0,4}}?(?:(?:不记得了?|忘了|记不清了?|记不[太大]清了?|不[太大]记得了?|"
                          rf"没注意|"
                          rf"想不起来了?)"
                          rf"(?:{_WHAT_IT_WAS})?|{_WHAT_IT_WAS})(?:来着)?")


# A value the consumer is not sure of, said as a guess: "大概一千多吧", "好像是上个月", "两千左右", "差不多十号"
_GUESS = re.compile(r"[\u4e00-\u9fa5\d]{0,3}?(?:大概|大约|差不多|好像|可能|估计|应该是|约莫|约)[\u4e00-\u9fa5\d]{1,10}"
                    r"|[\u4e00-\u9fa5\d]{1,10}(?:左右|上下|来块|多块|多)(?:吧|吧好像)?")


def goes_to_look(text: str | None) -> bool:
    """Whether the answer only says the consumer is going to look the value up (or wait a moment), giving none:
    every clause a look-up, a wait or not having it at hand, at least one of them a look-up or a wait; a guess said
    before a look-up is no value either ("不记得了 大概一千多吧 我查一下": the value looked up comes next)."""
    clauses = [c for c in re.split(r"[\s，,。.、…!！~～]+", clean(text or "")) if c]
    looking = [bool(_LOOK_UP.fullmatch(c) or _WAIT.fullmatch(c)) for c in clauses]
    guessed = [i < len(clauses) - 1 and looking[-1] and bool(_GUESS.fullmatch(c)) for i, c in enumerate(clauses)]
    return any(looking) and all(look or guess or _NOT_AT_HAND.fullmatch(c)
                                for look, guess, c in zip(looking, guessed, clauses))


# Words of filling in or of impatience said before a value ("那先填 …", "又问 …", "说了多少遍了 …")
_FILLING_FIRST = re.compile(r"^(?:(?:说了多少遍了?|都说了|又问了?|问了又问|那?(?:先|就)填(?:上|个)?)[\s，,。!！]*)+"
                            r"(?=\S{2})")
# Where the consumer read the value or who told it, said before it ("发票上盖的章是…", "照片上招牌是…", "朋友说叫…")
_SOURCE_FIRST = re.compile(
    r"^(?:[\u4e00-\u9fa5]{0,4}?(?:发票|小票|收据|订单|照片|招牌|门头|合同|截图|聊天记录|包装|单子|付款记录|账单|说明书|"
    r"保修卡|盒子|标签)上?面?的?(?:盖的章|章|写的|印的|显示的?|名字|店名)?(?:是|叫|写着)|"
    r"(?:朋友|他们|她|他|老公|老婆|我妈|我爸|儿子|女儿|同事)说(?:是|叫))[\s:：]*(?=\S{2})")


def filling_taken_off(text: str) -> str:
    """A value without the words of filling in or of impatience said before it ("那先填 云茶世家" -> "云茶世家")."""
    return _FILLING_FIRST.sub("", text)


def how_it_came_taken_off(text: str) -> str:
    """A value without how the consumer came by it, said before it: "说明书上是网约车" -> "网约车", "朋友说叫海鲜大排档"
    -> "海鲜大排档", "那先填 云茶世家" -> "云茶世家" (for names and things; a problem keeps every word)."""
    return _SOURCE_FIRST.sub("", filling_taken_off(text))
