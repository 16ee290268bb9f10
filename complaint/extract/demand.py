"""The consumer's demand: 退货 / 换货 / 维修 / 退款 / 赔偿, or their own words."""
from __future__ import annotations

import re

from complaint.extract.dates import find_date
from complaint.extract.numbers import parse_number
from complaint.extract.phone import find_phone
from complaint.extract.text import ERR_EMPTY, ERR_FORMAT, Parsed, clean
from complaint.extract.text import plain as as_said


DEMANDS = {
    "退货": r"退货|退掉|退回去|退了吧|把.{0,6}退了|全退",
    "换货": r"换货|换一[台个部件双]|换个新|换新|换台|调换|更换",
    "维修": r"维修|修好|修一下|修理|保修|修复|返修",
    "退款": r"退款|退钱|把钱退|退费|返还.{0,4}钱|退.{0,4}钱|钱退|退押金|退还|退一赔|退余额|退差价",
    "赔偿": r"赔偿|赔钱|赔付|补偿|(?:赔(?:偿|我|给我)?)?[一二两三四五六七八九十双\d]{1,2}倍"
            r"|退一赔[一二三四五六七八九十\d]|假一赔[一二三四五六七八九十\d]?|"
            r"赔[一二三四五六七八九十\d]倍|赔.{0,3}损失|精神损失",
}
DEMAND_CHOICES = tuple(DEMANDS)
# Said with the demands above, an apology is asked for too ("再道个歉", "赔礼道歉").
APOLOGY = "赔礼道歉"
_APOLOGY = r"道歉|赔礼|道个歉|赔个不是"
# The multiple a compensation claim names ("退一赔三", "十倍赔偿", "赔3倍"): the case
# officer needs it, so 赔偿 is stored as "三倍赔偿".
_MULTIPLE = re.compile(r"(?:退|假|买|卖)一赔([一二两三四五六七八九十\d]{1,2})|"
                       r"([一二两三四五六七八九十双\d]{1,2})倍(?:的)?(?:赔偿|赔付|赔|索赔|价款|罚)?|"
                       r"赔(?:偿|我|给我)?([一二两三四五六七八九十双\d]{1,2})倍")
_DIGITS = dict(zip("123456789", "一两三四五六七八九"), **{"10": "十", "2": "两"})


def _multiple(raw: str) -> str | None:
    m = _MULTIPLE.search(raw)
    if not m:
        return None
    n = next(g for g in m.groups() if g)
    return _DIGITS.get(n, n) if n.isdigit() else n


def find_demands(text: str) -> list[str]:
    raw = clean(text)
    found = [name for name, pattern in DEMANDS.items() if re.search(pattern, raw)]
    times = _multiple(raw) if "赔偿" in found else None
    if times:
        found[found.index("赔偿")] = f"{times}倍赔偿"
    if re.search(_APOLOGY, raw) and not re.search(r"(?:不|没|没有|拒绝)(?:肯|愿意?|给我)?(?:道歉|赔礼)", raw):
        found.append(APOLOGY)
    return found


def _pattern(name: str) -> str:
    return _APOLOGY if name == APOLOGY else DEMANDS["赔偿" if name.endswith("倍赔偿") else name]


def normalise_demand(text: str | None) -> Parsed:
    """退货 / 换货 / 维修 / 退款 / 赔偿 (several joined by 、), else the consumer's own words."""
    raw = clean(text)
    if not raw:
        return Parsed(None, ERR_EMPTY)
    found = find_demands(raw)
    if found:
        # keep details such as 三倍赔偿 when the consumer said more than the keyword
        # "退货并赔偿" says nothing beyond the keywords; "三倍赔偿并道歉" does
        # every keyword at once, the later kinds first ("退一赔十" is 赔偿's whole, not 退款's 退一赔)
        rest = re.sub("|".join(f"(?:{_pattern(name)})" for name in reversed(found)), "", raw)
        rest = re.sub(r"按(?:照)?(?:国家)?(?:规定|法律|法规|消法|消费者权益保护法|食品安全法|法)(?:来|的)?|依法|"
                      r"嘛|呀|啊|呢|再|我们|我|要求|想要|希望|需要|请求|申请|要|想|并且|并|和|及|或者|或|还要|同时|加上|然后|"
                      r"、|,|，|。|\.|！|!|\s|就行|就可以|吧|了|新的|新|的", "", rest)
        plain = not rest
        said = as_said(text)
        return Parsed("、".join(found) if plain else f"{'、'.join(found)}（{said}）")
    one_word = {"换": "换货", "修": "维修", "赔": "赔偿"}  # a button-short answer: "换"
    if raw.strip("。.！!吧啊") in one_word:
        return Parsed(one_word[raw.strip("。.！!吧啊")])
    if len(raw) < 2 or re.fullmatch(r"(?:不知道|没有|随便|都行|嗯+|哦+|好的?)[。.！!]*", raw):
        return Parsed(None, ERR_FORMAT)
    # an amount, a phone or a date answers another question ("两万三" is what was paid)
    bare = re.sub(r"[元块钱左右大概约多]", "", raw)
    if parse_number(bare) is not None or find_phone(raw) or find_date(raw):
        return Parsed(None, ERR_FORMAT)
    # a question ("这算欺诈吧 能赔几倍") or a name ("我叫林小峰") is no demand: asked again
    if re.search(r"吗|[?？]|能不能|可不可以|是不是|算不算|怎么|几倍|多少|合法|能投诉|我叫|我的名字|我姓|免贵|叫我|"
                 r"名字叫|姓名", raw):
        return Parsed(None, ERR_FORMAT)
    return Parsed(raw[:300])

