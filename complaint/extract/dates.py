"""Purchase dates, absolute or relative ("2月6号", "上周三", "去年11月"), to ISO."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from complaint.extract.corrections import after_correction
from complaint.extract.numbers import parse_number
from complaint.extract.spoken import answer_core
from complaint.extract.text import (ERR_EMPTY, ERR_FORMAT, ERR_FUTURE, ERR_PARTIAL, ERR_TOO_OLD, Parsed, clean,
                                    today_in_china)


# The earliest purchase date a ticket takes (the backend checks the same bound).
EARLIEST = dt.date(1990, 1, 1)

_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 5,
             "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6}
_SMALL = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})"
_YEAR_WORDS = {"今年": 0, "去年": -1, "前年": -2, "大前年": -3}
# A year said by its number, four digits or the last two ("2024年", "24年"; a two-digit one only
# where a month or a holiday follows it, not "用了10年")
_YEAR_NUMBER = r"(?<!\d)(?:\d{4}|\d{2})\s*年"
# Years back from this one: "两年前", "3年前" ("两年前的双十一")
_YEARS_AGO = rf"(?:{_SMALL}|两)\s*年(?:以前|之前|前)"


def _year(said: str, today: dt.date) -> int:
    """The year a year word or number names: 今年, 去年, 前年, 大前年, "2024年", "24年", "两年前"."""
    if said in _YEAR_WORDS:
        return today.year + _YEAR_WORDS[said]
    ago = re.fullmatch(rf"({_SMALL}|两)\s*年(?:以前|之前|前)\s*的?", said)
    if ago:
        return today.year - (_small(ago.group(1)) or 0)
    digits = re.match(r"\d+", said)
    year = int(digits.group(0)) if digits else today.year
    return year + 2000 if year < 100 else year


def _small(text: str) -> int | None:
    n = parse_number(text)
    return int(n) if n is not None and n == int(n) else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# "出发前三天", "开学三天前": days before an event, not before today
_NOT_AFTER_EVENT = "".join(f"(?<!{w})" for w in (
    "出发", "到期", "开学", "开业", "结婚", "婚礼", "入住", "退房", "交房", "发货", "上课", "开课", "手术", "考试",
    "搬家", "活动", "生日", "过年", "截止", "结束", "开始", "比赛", "演出", "起飞", "到店", "旅游", "出行", "预产",
    "开园", "开演"))
_DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "去年的今天", "前年这个时候": this day of a year before (not today)
    ("year_today", re.compile(r"(大前年|前年|去年)\s*(?:的)?\s*(?:今天|今日|这一天|这天|同一天)")),
    ("ymd", re.compile(r"(?<!\d)(\d{4}|\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?")),
    # "今年三月份 3月8号": after 份 or a pause the day needs its 号; "今年3月5" does without
    ("cn_ymd", re.compile(rf"(大前年|前年|去年|今年|{_YEAR_NUMBER})\s*({_SMALL})\s*月"
                          rf"(?:(?:份)?\s*(?:({_SMALL})\s*[日号])|({_SMALL})(?![\d月]))?")),
    ("ym", re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月(?:份)?")),
    ("last_month_day", re.compile(rf"(上上|上)个?月\s*(?:({_SMALL})\s*[日号])?")),
    ("this_month_day", re.compile(rf"(?:这|本)个?月\s*({_SMALL})\s*[日号]")),
    ("month_part", re.compile(rf"(?<![\d.年])({_SMALL})\s*月(?:份)?\s*(?:的)?"
                              r"(上旬|中旬|下旬|月初|初|月中|中间|月底|底|月末|末)")),
    ("md", re.compile(rf"(?<![\d.])({_SMALL})\s*月\s*({_SMALL})\s*[日号]?(?![\d])")),
    # (一 of a word after it is no Monday: "这周一直这样", "星期一样")
    ("week", re.compile(r"(上上|上|这|本)?\s*(?:个)?(?:周|星期|礼拜)\s*"
                        r"(一(?![直样共般定切些向律概])|[二三四五六日天末1-7])")),
    ("days_ago", re.compile(rf"{_NOT_AFTER_EVENT}({_SMALL}|几|两)\s*(?:天|日)\s*(?:以前|之前|前)")),
    ("days_ago", re.compile(rf"{_NOT_AFTER_EVENT}前(两|三)天")),  # "前两天在超市买的": two or three days ago
    ("weeks_ago", re.compile(rf"({_SMALL})\s*(?:个)?(?:星期|周|礼拜)\s*(?:以前|之前|前)")),
    # "我刚才说的" speaks of this conversation, not of the purchase
    # "今天能提交吗", "今天有人联系吗": today spoken of for the complaint itself, not for the purchase
    ("relative", re.compile(r"(大前天|前天|昨天|昨日|昨晚|"
                            r"(?:今天|今日)(?!\s*(?:能不能|能否|能|可以|可不可以|就能|会不会|"
                            r"提交|处理|受理|联系|回复|回电|有人|给我回|之内|以内|内))|今早|今晚|"
                            r"(?:刚才|刚刚)(?![^，,。\s]{0,3}?(?:说|讲|提|问|告诉|发给|写)))")),
    # a shopping festival or a holiday of fixed date ("双十一", "去年618", "国庆节")
    ("festival", re.compile(rf"(大前年|前年|去年|今年|{_YEAR_NUMBER}|{_YEARS_AGO}\s*的?)?\s*"
                            r"(双十一|双11|双十二|双12|双旦|元旦|情人节|妇女节|三八节|"
                            # "去年十一", "2024年十一": with its year, 十一 is the National Day (not 十一月)
                            r"(?<=年)十一(?![月号日点多几个块元毛斤\d一二三四五六七八九十])|"
                            # (not a price said with 块 and a weight: "四块五一斤")
                            r"(?<![块元毛])五一(?![斤两个块元毛])|劳动节|(?<![块元毛零〇一二三四五六七八九幺两十百])六一(?![斤两个块元毛零〇一二三四五六七八九幺])|儿童节|"
                            # 国庆 in a name ("张国庆") is no holiday: said alone, or after 年/在/是…
                            r"(?:(?<![\u4e00-\u9fff])|(?<=[年在是的过到从前]))国庆节?|国庆节|十一长假|十一假期|十一黄金周|平安夜|圣诞节?|"
                            r"(?<!\d)(?:618|六一八)(?=活动|大促|年中|的时候|期间|那天|当天|买|抢|下单))"
                            # "去年双十一前" pins no day; "五一大道", "国庆路" are places
                            r"(?!\s*(?:以前|之前|前|以后|之后|后))(?![路街道巷村场区号楼店]|大道|大街|广场|小区|[东西南北中]路)")),
    ("months_ago", re.compile(rf"(半|{_SMALL}|几)\s*个(?:多)?\s*月\s*(?:以前|之前|前)|(半)年\s*(?:以前|之前|前)")),
    # not a house or stall number ("西郊路20号", "3号楼", "B区12号"): a day says no road, block or building
    # (nor one typed after a space: "阜通东大街 6号"; nor a building's: "二号办公楼", "3号馆", "5号厅")
    ("day_only", re.compile(rf"(?<![\d月.路街巷弄道村组栋幢楼室院区])(?<![路街巷弄道村组栋幢楼室院区] )"
                            rf"(?<![路街巷弄道村组栋幢楼室院区]  )({_SMALL})\s*[号]"
                            r"(?!码|楼|院|门|铺|摊|档|柜|窗|店|线|车|办公|大厦|写字|公寓|商场|广场|馆|厅|库|仓|厂|台|位|房|"
                            r"间|座|单元|栋|幢|展|桌|床|摊位|地块|口)")),
]
_MD = dict(_DATE_PATTERNS)["md"]
# A month and day written with a dot or a slash ("11.20", "12/4"), said as the whole answer
_DOTTED = re.compile(r"(1[0-2]|0?[1-9])\s*[./]\s*(3[01]|[12]\d|0?[1-9])\s*(?:号|日)?(?:买的|下单的?|那天|的)?")
_FESTIVALS = {"双十一": (11, 11), "双11": (11, 11), "双十二": (12, 12), "双12": (12, 12), "双旦": (1, 1),
              "元旦": (1, 1), "情人节": (2, 14), "妇女节": (3, 8), "三八节": (3, 8), "五一": (5, 1),
              "劳动节": (5, 1), "六一": (6, 1), "儿童节": (6, 1), "国庆": (10, 1), "国庆节": (10, 1),
              "十一": (10, 1), "十一长假": (10, 1), "十一假期": (10, 1), "十一黄金周": (10, 1), "平安夜": (12, 24),
              "圣诞": (12, 25),
              "圣诞节": (12, 25), "618": (6, 18), "六一八": (6, 18)}
# The National Day holiday, a week long (国庆, 十一长假, 十一黄金周): said alone it names no day of it
_HOLIDAY_WEEK = re.compile(r"国庆节?|十一(?:长假|假期|黄金周)?")
# A part of a month said instead of a day ("上个月中旬", "去年11月底"): the day it stands for.
_PART_OF_MONTH = re.compile(r"\s*(?:的)?(上旬|中旬|下旬|月初|初|月中|中间|月底|底|月末|末)")


# A month said, then its day after a pause or a hedge: "今年3月 好像是26号", "上个月 应该是15号吧"
_HEDGED_DAY = re.compile(rf"\s*(?:份)?\s*[，,]?\s*(?:(?:对|嗯|哦|就)[，,\s]*)?"
                         rf"(?:好像|应该|大概|大约|可能|记得|差不多|估计|貌似|我记得)?(?:是)?"
                         rf"\s*({_SMALL})\s*[日号](?!码)")


def _day_after(kind: str, m: re.Match[str], raw: str, end: int) -> int | None:
    """The day said after a month that named none ("今年3月 好像是26号"): its number, or None."""
    if kind not in ("cn_ymd", "ym", "last_month_day") or _day_said(kind, m):
        return None
    day = _HEDGED_DAY.match(raw, end)
    return _small(day.group(1)) if day else None


def _after_correction(raw: str) -> str:
    """A date corrected while said ("上周六 哦不 上周日", "卡是去年十二月办的 不对 是今年一月"): the words
    after the last correction that still name a date, else all of them."""
    after = after_correction(raw, lambda part: any(p.search(part) for _, p in _DATE_PATTERNS))
    return day_of_the_month_said(raw, after)


def day_of_the_month_said(raw: str, after: str) -> str:
    """`after`, the words settled by a correction or a hedge, with the month said before them when
    they name only a day ("今年3月 应该是26号", "3月5号 不对 是6号": 3月26号, 3月6号)."""
    if after == raw or not re.fullmatch(rf"\s*{_SMALL}\s*[日号][吧吗啊呀哦]?", after):
        return after
    before = raw[:raw.rfind(after)]
    for kind, pattern in _DATE_PATTERNS:
        m = pattern.search(before)
        if m:
            first, second = m.group(1), (m.group(2) if kind in ("cn_ymd", "ym", "ymd") else "")
            month = {"cn_ymd": f"{first}{second}月", "ym": f"{first}年{second}月", "ymd": f"{first}年{second}月",
                     "last_month_day": f"{first}个月", "md": f"{first}月"}.get(kind)
            if kind == "festival":  # "国庆 三号 不对 是二号": the holiday's month (with its year, if one was said)
                month = f"{first or ''}{_FESTIVALS[m.group(2)][0]}月"
            return f"{month}{after.strip()}" if month else after
    return after


def lunar_to_solar(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a lunar one (the ordinary month, never the leap one), by the lunardate
    package; day 0 is the month's last day (除夕 is 腊月's last, the 29th or the 30th, and 腊月三十 in a
    year whose 腊月 has 29 days is that day); None past the month's end or outside 1900-2099."""
    from lunardate import LunarDate  # (imported here: only lunar dates need it)

    if not 1 <= month <= 12:
        return None
    days = (30, 29) if day == 0 or (month == 12 and day == 30) else (day,)
    for candidate in days:
        try:
            return LunarDate(year, month, candidate).to_solar_date()
        except ValueError:
            continue
    return None


def _lunar_year_of(day: dt.date) -> int:
    from lunardate import LunarDate

    try:
        return LunarDate.from_solar_date(day.year, day.month, day.day).year
    except ValueError:
        return day.year


_CN_UNITS = "一二三四五六七八九"
_LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12}
_LUNAR_DAY = rf"(初[{_CN_UNITS}十]|十[{_CN_UNITS}]|二十[{_CN_UNITS}]?|廿[{_CN_UNITS}]|三十|十五|[12]?\d|30)"
# 农历八月十五, 正月初六, 腊月二十, 大年初二, 三月初三 (a month said with 初 and a day is a lunar one)
_LUNAR_DATE = re.compile(
    rf"(?:农历|阴历|老历)\s*(?:的)?\s*(十[一二]|[一二三四五六七八九十正冬腊]|1[0-2]|[1-9])\s*月\s*(?:份)?\s*(?:的)?{_LUNAR_DAY}?"
    rf"|([正冬腊])月\s*(?:的)?{_LUNAR_DAY}?(?![\d十])"
    rf"|(十[一二]|[二三四五六七八九十])月(初[{_CN_UNITS}十])"
    rf"|大年(初[{_CN_UNITS}十]|三十)")
# Feasts of the lunar calendar, and the lunar day they fall on (0: the month's last day)
# (除夕 of a year said is the eve of that year's new year: "2024年除夕" is the night before 2024's 春节)
_LUNAR_FEASTS = {"春节": (1, 1), "大年初一": (1, 1), "除夕": (0, 0), "年三十": (0, 0), "元宵": (1, 15),
                 "龙抬头": (2, 2), "端午": (5, 5), "七夕": (7, 7), "中元": (7, 15), "中秋": (8, 15), "重阳": (9, 9),
                 "腊八": (12, 8), "小年": (12, 23)}
# (not a thing named for the feast: 腊八粥, 中秋月饼, 端午粽子, 元宵 as a food; nor "端午前", "中秋以后")
_LUNAR_FEAST = re.compile(r"(春节|大年初一|除夕|年三十|元宵节?|龙抬头|端午节?|七夕节?|中元节|中秋节?|重阳节?|腊八节?|"
                          r"小年)"
                          r"(?!粥|蒜|醋|粽|月饼|礼|汤圆|糕|套|晚会|档|快乐|轻)")
# "端午节前后", "春节期间", "中秋以后": near the feast, no day of it
_NEAR_FEAST = re.compile(r"\s*(?:以前|之前|以后|之后|前|后|期间|假期|那几天|那段|左右|附近|这段)")
_YEAR_SAID = re.compile(r"(大前年|前年|去年|今年)|(?<!\d)(20\d{2}|\d{2})\s*年")


def _lunar_day(word: str | None) -> int | None:
    if not word:
        return None
    word = word.replace("初", "").replace("廿", "二十")
    return _small(word)


def _lunar_month(word: str) -> int | None:
    return _LUNAR_MONTHS.get(word) or _small(word)


def lunar_date(raw: str, today: dt.date) -> tuple[dt.date | None, bool] | None:
    """A date said by the lunar calendar ("去年腊月二十", "今年正月初六", "端午节那天"): (the Gregorian date,
    whether a year was said), the last one said that names a day; (None, …) for a lunar month with no
    day ("腊月间"); None when no lunar date is said. The year words count lunar years (said in December
    2026, 去年腊月 is the twelfth month of lunar 2025, in early 2026); with none, the latest that is past."""
    found: list[tuple[int, int, int | None]] = []  # (position, month, day)
    for m in _LUNAR_DATE.finditer(raw):
        if m.group(1):
            month, day = _lunar_month(m.group(1)), _lunar_day(m.group(2))
        elif m.group(3):
            month, day = _LUNAR_MONTHS[m.group(3)], _lunar_day(m.group(4))
        elif m.group(5):
            month, day = _small(m.group(5)), _lunar_day(m.group(6))
        else:
            month, day = (0, 0) if m.group(7) == "三十" else (1, _lunar_day(m.group(7)))
        if month is not None:
            found.append((m.start(), month, None if day is not None and _NEAR_FEAST.match(raw, m.end()) else day))
    for m in _LUNAR_FEAST.finditer(raw):
        month, day = _LUNAR_FEASTS.get(m.group(1)) or _LUNAR_FEASTS[m.group(1).rstrip("节")]
        found.append((m.start(), month, None if _NEAR_FEAST.match(raw, m.end()) else day))
    if not found:
        return None
    pinned = [f for f in found if f[2] is not None]
    if not pinned:
        return None, True
    at, month, day = max(pinned)
    years = [y for y in _YEAR_SAID.finditer(raw) if y.start() <= at]
    current = _lunar_year_of(today)
    def solar(year: int) -> dt.date | None:
        if month == 0:  # 除夕: the eve of the year's new year
            first = lunar_to_solar(year, 1, 1)
            return first - dt.timedelta(days=1) if first else None
        return lunar_to_solar(year, month, day) if day is not None else None
    if years:
        y = years[-1]
        return solar(current + _YEAR_WORDS[y.group(1)] if y.group(1) else _year(y.group(2), today)), True
    date = solar(current)
    if date is None or date > today:
        date = solar(current - 1)
    return date, False


def _match_date(kind: str, m: re.Match[str], today: dt.date) -> tuple[dt.date | None, bool]:
    """(date, explicit_year): explicit_year says a future date is an error, not last year."""
    g = m.groups()
    if kind == "ymd":
        year = int(g[0]) + (2000 if len(g[0]) == 2 else 0)
        return _safe_date(year, int(g[1]), int(g[2])), True
    if kind == "year_today":
        year = _year(g[0], today)
        return _safe_date(year, today.month, today.day) or _safe_date(year, today.month, today.day - 1), True
    if kind == "cn_ymd":
        said = g[2] or g[3]
        month, day = _small(g[1]), _small(said) if said else 1
        if month is None or day is None:
            return None, True
        year = _year(g[0].rstrip("年 "), today) if g[0][0].isdigit() else _year(g[0], today)  # "2025年十一月五号"
        return _safe_date(year, month, day), True
    if kind == "ym":
        return _safe_date(int(g[0]), int(g[1]), 1), True
    if kind == "last_month_day":
        back = 2 if g[0] == "上上" else 1
        year, month = today.year, today.month - back
        while month < 1:
            year, month = year - 1, month + 12
        day = _small(g[1]) if g[1] else 1
        return (_safe_date(year, month, day) if day else None), True
    if kind == "this_month_day":
        day = _small(g[0])
        return (_safe_date(today.year, today.month, day) if day else None), True
    if kind == "md":
        month, day = _small(g[0]), _small(g[1])
        if month is None or day is None:
            return None, False
        return _safe_date(today.year, month, day), False
    if kind == "week":
        weekday = _WEEKDAYS[g[1]]
        monday = today - dt.timedelta(days=today.weekday())
        weeks_back = {"上上": 2, "上": 1}.get(g[0] or "", 0)
        date = monday - dt.timedelta(weeks=weeks_back) + dt.timedelta(days=weekday)
        if g[0] in (None, "", "这", "本") and date > today:
            # a bare 周三, or 这周三 said on a Monday: a purchase is past, so the most recent one
            date -= dt.timedelta(weeks=1)
        return date, True
    if kind == "days_ago":
        n = 3 if g[0] == "几" else _small(g[0])
        return (today - dt.timedelta(days=n) if n is not None else None), True
    if kind == "weeks_ago":
        n = _small(g[0])
        return (today - dt.timedelta(weeks=n) if n is not None else None), True
    if kind == "relative":
        back = {"大前天": 3, "前天": 2, "昨天": 1, "昨日": 1, "昨晚": 1}.get(g[0], 0)
        return today - dt.timedelta(days=back), True
    if kind == "month_part":
        month = _small(g[0])
        day = {"上旬": 5, "中旬": 15, "月中": 15, "中间": 15, "下旬": 25, "月初": 1, "初": 1}.get(g[1], 28)
        if month is None or not 1 <= month <= 12:
            return None, False
        if day == 28:
            day = calendar.monthrange(today.year, month)[1]
        return _safe_date(today.year, month, day), False
    if kind == "festival":
        month, day = _FESTIVALS[g[1]]
        if g[0]:  # "去年双十一", "2024年国庆节", "两年前的双十一": that year's
            said = g[0].rstrip("年 ") if re.fullmatch(r"\d+\s*年\s*", g[0]) else g[0]
            return _safe_date(_year(said, today), month, day), True
        return _safe_date(today.year, month, day), False
    if kind == "months_ago":
        if g[1] or g[0] == "半":
            return today - dt.timedelta(days=182 if g[1] else 15), True
        n = 2 if g[0] == "几" else _small(g[0])
        if n is None:
            return None, True
        year, month = today.year, today.month - n
        while month < 1:
            year, month = year - 1, month + 12
        return _safe_date(year, month, min(today.day, calendar.monthrange(year, month)[1])), True
    if kind == "day_only":
        day = _small(g[0])
        if not day:
            return None, False
        found = _safe_date(today.year, today.month, day)
        if found is None or found > today:  # "6号" after the 6th of this month: last month
            year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
            found = _safe_date(year, month, day)
        return found, True
    raise ValueError(kind)


def _day_said(kind: str, m: re.Match[str]) -> bool:
    """Whether a year-and-month match also names the day."""
    if kind == "cn_ymd":
        return bool(m.group(3) or m.group(4))
    return kind == "last_month_day" and bool(m.group(2))


def _part_of_month(kind: str, m: re.Match[str], raw: str, date: dt.date | None) -> dt.date | None:
    """A month said with no day but with a part of it: 上旬 the 5th, 中旬 the 15th, 下旬 the 25th,
    月底 the last day (月初 stays the 1st)."""
    if date is None or kind not in ("cn_ymd", "ym", "last_month_day") or _day_said(kind, m):
        return date
    part = _PART_OF_MONTH.match(raw, m.end())
    if not part:
        return date
    day = {"上旬": 5, "中旬": 15, "月中": 15, "中间": 15, "下旬": 25}.get(part.group(1))
    if day is None and part.group(1) in ("月底", "底", "月末", "末"):
        day = calendar.monthrange(date.year, date.month)[1]
    return date.replace(day=day) if day else date


# A buying word said beside a bare day ("6号买的"); not inside a noun of a place ("购物中心", "办公楼")
_BUY_FOR_DAY = re.compile(r"买|购(?!物中心|物广场|物城|物公园|物街|物商场)|下单|订|付|充|办(?!公)")
# What was done on the day of the purchase: bought, ordered, signed up, paid
_BOUGHT_ON = re.compile(r"买|购|下单|下的单|订|定的|报的?名|报的|报了(?!警|案|修)|付|交的?钱|交了|充|办|签|拍的|拍下")
_CLAUSE = re.compile(r"[\s，,。；;]+")
# What was done on another day: the trip, the stay, the delivery, the use
_USED_ON = re.compile(r"出发|入住|住的|退房|到的|到货|收到|送到|安装|装的|上课|开课|提车|交房|发货|寄到|用的|去的|开始|"
                      r"起飞|演出|结束|到期")


def _purchase_clause(raw: str) -> str:
    """Of several dates, the one said with the buying ("十月二号出发 九月二十号报的名": the 20th of
    September); `raw` itself when one date is said or the words do not tell which."""
    dated = [c for c in _CLAUSE.split(raw) if c and any(p.search(c) for _, p in _DATE_PATTERNS)]
    bought = [c for c in dated if _BOUGHT_ON.search(c)]
    used = [c for c in dated if c not in bought and _USED_ON.search(c)]
    return bought[0] if len(bought) == 1 and used else raw


# A 的 between the parts of a date ("上个月的10号", "8月份的十六号", "2025年的11月1号"): said, no part of it
_OF_BETWEEN = re.compile(r"(?<=[年月])份?\s*的\s*(?=(?:\d|[一二两三四五六七八九十])+\s*(?:[号日月]|$))|"
                         r"(?<=月)份(?=(?:\d|[一二两三四五六七八九十])+[号日])|"
                         r"(?<=年)的|(?<=月)份?的(?=[\s，,。]|$)")
# A day guessed, not said ("二十几号", "10几号", "20多号"): no day (the exact one may follow: "…，好像是8月25号")
_ROUGH_DAY = re.compile(r"(?:[一二三]?十|[123]0?)(?:几|多)(?:号|日)(?:吧|左右|前后|那样)?")


# One day or another, then the one it was ("3号还是4号，应该是3号"): the day settled on
# (an aside while the consumer looks it up may come between: "5号还是6号 我看看收据 6号")
_EITHER_DAY = re.compile(rf"{_SMALL}[号日](?:还是|或者|或){_SMALL}[号日][吧啊]?[，,\s]*(?:对|嗯|哦)?[，,\s]*"
                         r"(?:(?:我|等我|等下|等一下|稍等)?(?:看看|看一下|看下|查查|查一下|翻翻|翻一下|找找|想想)"
                         r"[^，,。；;\s\d号日]{0,6}[，,。\s]+)?"
                         rf"(?:应该|好像|大概|我记得|记得|就)?(?:是)?(?={_SMALL}[号日])")


# A year said digit by digit in characters ("二零二五年", "二〇二四年"): its number
_CN_YEAR = re.compile(r"(?<![零〇一二两三四五六七八九十百千万])([零〇一二三四五六七八九]{4})(?=\s*年)")
# ... or by its last two digits, before a month ("二四年十一月十一号"; "三五年" alone is three to five years)
_CN_SHORT_YEAR = re.compile(r"(?<![零〇一二两三四五六七八九十百千万])([零〇一二三四五六七八九]{2})(?=\s*年\s*的?\s*"
                            r"(?:[一二三四五六七八九十\d]{1,3}\s*月|双十一|双十二|国庆|春节|元旦|五一|618))")


_WEEKDAY_CONFIRMED = re.compile(r"(?<=[号日])[，,\s]*(?:那天|当天|那一天)(?:正好|刚好|应该)?是?"
                                r"(?:周|星期|礼拜)[一二三四五六日天末]")


# Last month, then a day in words with no 号 ("上个月二十三", "上上个月十五吧"): only a day of ten or more, said at
# the clause's end (a count or a sum would have its word after it: "上个月十五块", "上个月十二次")
_LAST_MONTH_BARE_DAY = re.compile(r"((?:上上|上)个?月\s*(?:二?十[一二三四五六七八九]?|三十一?))"
                                  r"(?=$|[\s，,。！!？?]|吧|的时候|那天)")


def _as_dated(raw: str) -> str:
    """The date's words without 的 between its parts, without a day only guessed at, and with the day
    settled on where two were said; a year in characters as its number."""
    # "十一月二十一号 那天是周六": the weekday said to confirm the day, no date of its own
    raw = _WEEKDAY_CONFIRMED.sub("", raw)
    raw = _CN_YEAR.sub(lambda m: str(parse_number(m.group(1))), raw)  # (read digit by digit: 二零二五 -> 2025)
    raw = _CN_SHORT_YEAR.sub(lambda m: f"{parse_number(m.group(1)):02.0f}", raw)  # (二四年三月 -> 24年三月)
    raw = _EITHER_WEEKDAY.sub(lambda m: f"{m.group(1) or ''}周{m.group(3)}", raw)  # "上周五 还是周六 周六中午"
    raw = _WEEK_THEN_DAY.sub(lambda m: m.group(1), raw)  # "上周 周二吧": the weekday of the week said first
    raw = _LAST_MONTH_BARE_DAY.sub(r"\1号", raw)  # "上个月二十三": the day, said without 号
    return _latest_of_several(_EITHER_DAY.sub("", _OF_BETWEEN.sub("", _ROUGH_DAY.sub("", raw))))


# One weekday or another, then the one it was ("上周五 还是周六 周六中午", "礼拜二还是礼拜三 应该礼拜三"): the day
# settled on, in the week said first
_EITHER_WEEKDAY = re.compile(r"(上上|上|这|本)?\s*(?:个)?(?:周|星期|礼拜)([一二三四五六日天])[，,\s]*(?:还是|或者|或)"
                             r"\s*(?:周|星期|礼拜)?([一二三四五六日天])(?:来着)?[吧啊]?[，,\s]*(?:对|嗯|哦)?[，,\s]*"
                             r"(?:应该|好像|大概|我记得|记得|就)?(?:是)?\s*(?:周|星期|礼拜)\3")


# A week said alone, then its day after a pause ("上周 周二吧", "上个礼拜，好像是礼拜四"): one date, in that week
# (read apart, the bare weekday would be the latest one, this week's where it has passed)
_WEEK_THEN_DAY = re.compile(r"(上上|上|这|本)\s*(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天末1-7])"
                            r"[，,\s]*(?:吧|啊|呢|嘛)?[，,\s]*(?:应该|好像|大概|我记得|记得|就|具体)?(?:是)?\s*"
                            r"(?=(?:周|星期|礼拜)[一二三四五六日天末])")


# The last of several times, pointed to ("最近一次是前天", "最后一回是11月2号"): the day the ticket is about
# ... or the day a paper shows, said after a guess ("八月底 二十八还是二十九 发票上是八月二十九", "查了订单 是7月22号")
_LATEST = re.compile(r"(?:最近|最后|最新|上)(?:的)?一(?:次|回|趟)(?:是|在|就是|应该是|大概是)?"
                     r"|(?:发票|收据|小票|订单|合同|账单|付款记录|支付记录|聊天记录|记录)(?:上面?|里面?)?"
                     r"(?:写的|显示的?|印的|写着)?(?:是|为)?")


def _latest_of_several(raw: str) -> str:
    """The words from the last time said ("…10月5号第一次 最近一次是上周三": 上周三), or from the paper that shows
    the day, where a date follows it; else `raw`."""
    for m in reversed(list(_LATEST.finditer(raw))):
        rest = raw[m.end():].lstrip(" ，,:：")
        if any(p.match(rest) for _, p in _DATE_PATTERNS):  # (the date right after it, not another one further on)
            # a year said before it is the day's ("去年三月签的合同 三月十号": 去年三月十号, not this year's)
            years = list(_YEAR_IN.finditer(raw[:m.start()]))
            if years and not _YEAR_IN.search(rest) and re.match(rf"{_SMALL}\s*月", rest):
                rest = years[-1].group(0) + rest
            return rest
    return raw


# (a day said after its month without 号: "七月二十")
_DAY_IN = re.compile(rf"{_SMALL}\s*[号日](?!楼|线|码)|(?<=月){_SMALL}(?![\d月号日])")
_MONTH_IN = re.compile(rf"上上个?月|上个?月|这个?月|本月|{_SMALL}\s*月")
_YEAR_IN = re.compile(rf"大前年|前年|去年|今年|{_YEAR_NUMBER}")


def _settled(raw: str) -> str:
    """A rough date, then the exact day after a pause ("上个月初，上个月三号", "大概11月，3号", "去年的4月，好像是
    4月9号"): the day said, with the month and year of the rough one where it leaves them out."""
    clauses = [c for c in re.split(r"[，,；;。\s]+", raw) if c]
    year_after = re.fullmatch(rf"(?:是|应该是|好像是)?({_YEAR_IN.pattern})(?:的|吧|啊|买的|的事)?", clauses[-1]) \
        if len(clauses) == 2 else None
    if year_after and _DAY_IN.search(clauses[0]) and _MONTH_IN.search(clauses[0]) and not _YEAR_IN.search(clauses[0]):
        return year_after.group(1) + clauses[0]  # "10月6号 去年的": the day, in the year said after it
    last = next((i for i in range(len(clauses) - 1, 0, -1) if _DAY_IN.search(clauses[i])), None)
    if last is None or any(_DAY_IN.search(c) and c != clauses[last] for c in clauses[:last]):
        return raw  # one clause, or days in both ("11月3号买的，12月1号坏的"): as said
    said, before = clauses[last], "".join(clauses[:last])
    # ("…2025年9月办的 写9月5号": the day to put down)
    # ("去年十月份 具体是10月6号", "准确地说是…": the exact day, said as such)
    said = re.sub(r"^(?:对|嗯|哦|就|应该|好像|大概|大约|可能|我记得|记得|差不多|估计|貌似|写|填|记|登记|"
                  r"(?:具体|准确|确切|精确)(?:地|的)?(?:说|来说|日期|时间|日子|哪天)?)*"
                  r"(?:是|在|成)?", "", said) or said
    months = list(_MONTH_IN.finditer(before))
    if not _MONTH_IN.search(said):
        if not months:
            return raw
        said = months[-1].group(0) + said
    years = list(_YEAR_IN.finditer(before))
    if years and not _YEAR_IN.search(said) and not re.match(r"上|这|本", said) \
            and not _another_day_named(clauses[:last + 1], years[-1].group(0)):
        said = years[-1].group(0) + said
    return said


# The day of something else pointed to ("写申请转网那天", "就填退款那天"): a day of another event than the one
# a year was said of before it
_ANOTHER_DAY = re.compile(r"[\u4e00-\u9fa5]{2,}(?:的)?(?:那天|当天|那一天|的时候)")


def _another_day_named(clauses: list[str], year: str) -> bool:
    """A year said alone in its clause (no month: "合约说是前年办的"), then a clause that points to the day of
    another event before the day is said ("…要不写申请转网那天 十一月十八"): the year is not that day's."""
    at = next(i for i in range(len(clauses) - 1, -1, -1) if year in clauses[i])
    if _MONTH_IN.search(clauses[at]) or re.search(r"春|夏|秋|冬|年初|年底|年中|年末", clauses[at]):
        return False
    return any(_ANOTHER_DAY.search(c) for c in clauses[at + 1:])


# A date, then the same day said another way after 就是 ("这周六，就是昨天"): the second saying is the one meant
_RESTATED = re.compile(r"(.+?)[，,\s]*(?:也|那|那就|那也)?就是(?:说)?[，,\s]*(.+)")


def _date_kind(said: str) -> str | None:
    return next((kind for kind, pattern in _DATE_PATTERNS if pattern.search(said)), None)


def _restated(said: str, first_at_most: int = 40) -> str:
    """Of a day said twice with 就是 between, the one that names it best: a weekday ("周六") yields to the day
    said otherwise ("昨天", "12月5号"), whichever came first; else the second saying."""
    m = _RESTATED.fullmatch(said)
    if not m or len(m.group(1)) > first_at_most:
        return said
    first, second = _date_kind(m.group(1)), _date_kind(m.group(2))
    if first is None or second is None:
        return said
    return m.group(1) if second == "week" and first != "week" else m.group(2)


def normalise_date(text: str | None, today: dt.date | None = None) -> Parsed:
    """An absolute or relative purchase date to ISO; never in the future."""
    today = today or today_in_china()
    said = answer_core(text)  # ("嗯，11.3！", "12.4谢谢": the date said)
    said = _restated(said)  # "这周六，就是昨天", "上周五 也就是11月27号": the day said again, plainly
    raw = _purchase_clause(_after_correction(_settled(_as_dated(said))))
    if not raw:
        return Parsed(None, ERR_PARTIAL if said else ERR_EMPTY)  # ("二十几号": no day said)
    if re.fullmatch(rf"(?:(大前年|前年|去年|今年|{_YEAR_NUMBER})\s*)?(?:618|六一八)(?:活动|大促)?", raw):
        raw = raw + "当天"  # "618" said as the date: the shopping festival
    # "11.20", "那个大概11/27": month and day, the whole answer (a filler or a hedge before it)
    dotted = _DOTTED.fullmatch(re.sub(r"^(?:那个|就是|大概|大约|差不多|好像|应该是|是)+\s*|\s*左右$", "", raw))
    lunar = lunar_date(raw, today)
    if lunar is not None and lunar[0] is None:
        return Parsed(None, ERR_PARTIAL)  # "去年腊月间", "端午节前后": the lunar month or the feast, no day
    if lunar is not None:
        date, explicit = lunar[0], True
    elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        date = _safe_date(*map(int, raw.split("-")))
        explicit = True
    elif dotted:  # "11.20", "12/4": month and day, the whole answer
        date, explicit = _safe_date(today.year, int(dotted.group(1)), int(dotted.group(2))), False
    elif re.search(r"明天|后天|明年|下周|下个?月|下星期|下礼拜", raw):
        return Parsed(None, ERR_FUTURE)
    else:
        date, explicit = None, True
        for kind, pattern in _DATE_PATTERNS:
            m = pattern.search(raw)
            if m and kind == "week" and not m.group(1):
                # "星期二 上周二", "礼拜五，上个礼拜五": a bare weekday said again with its week, the week said
                m = next((w for w in pattern.finditer(raw, m.end())
                          if w.group(1) and _WEEKDAYS[w.group(2)] == _WEEKDAYS[m.group(2)]), m)
            if m:
                date, explicit = _match_date(kind, m, today)
                date = _part_of_month(kind, m, raw, date)
                later = _MD.search(raw, m.end()) if kind in ("cn_ymd", "ym", "last_month_day") \
                    and not _day_said(kind, m) else None
                if date and later and _small(later.group(1)) == date.month and _small(later.group(2)):
                    # "今年三月份 3月8号": the month, then the day said in full
                    date = _safe_date(date.year, date.month, _small(later.group(2)) or 1) or date
                elif date and _day_after(kind, m, raw, m.end()):
                    # "今年3月 好像是26号": the month, then its day after a hedge
                    date = _safe_date(date.year, date.month, _day_after(kind, m, raw, m.end()) or 1) or date
                exact = _MD.search(raw, m.end()) if kind == "month_part" else None
                if date and exact and _small(exact.group(1)) == date.month and _small(exact.group(2)):
                    # "大概十一月初 11月3号": a part of the month, then the day it was
                    date = _safe_date(date.year, date.month, _small(exact.group(2)) or 1) or date
                break
        else:
            month = _bare_month(said, raw)
            if month is not None:
                # "5月份", "大概8月份买的": the month alone, read as "今年5月" is (its first day; which day is asked)
                date, explicit = _safe_date(today.year, month, 1), False
            # "前几天", "前阵子", "11月二十几号": near a date, not one: asked to say the day
            elif re.search(rf"(今年|去年|前年|上个?月|上周|上星期|年初|年底|月初|月底|前几天|几天前|前阵子|前段时间|"
                           rf"(?:{_SMALL}|几|两|半)\s*年(?:多)?\s*(?:以前|之前|前)|"
                           # (a year alone, "2024年", "二零二四年": a date said too roughly, as 去年 is)
                           rf"(?<!\d)(?:19|20)\d{{2}}\s*年|[一二〇零]{{2}}[零〇一二三四五六七八九]{{2}}\s*年|"
                           # (a month with more said than a month alone: "11月份那次")
                           rf"最近|{_SMALL}\s*月份?(?!\s*[\d一二三四五六七八九十两廿卅号日]))", raw):
                return Parsed(None, ERR_PARTIAL)
            else:
                return Parsed(None, ERR_FORMAT)
    if date is None:
        return Parsed(None, ERR_FORMAT)
    if date > today:
        if explicit:
            return Parsed(None, ERR_FUTURE)
        date = _safe_date(date.year - 1, date.month, date.day)  # "12月20号" said in February
        if date is None:
            return Parsed(None, ERR_FORMAT)
    if date < EARLIEST:
        return Parsed(None, ERR_TOO_OLD)
    return Parsed(date.isoformat())


# A month said alone ("5月份", "大概8月份买的", "11月份陆续充的"): the month, and around it only hedges and the
# buying (no day, no year, no other time)
_BARE_MONTH = re.compile(rf"(?<![\d.年])({_SMALL})\s*月份?(?!\s*[\d一二三四五六七八九十两廿卅号日])")
_AROUND_A_MONTH = re.compile(r"(?:大概|大约|差不多|好像|应该|可能|估计|记得|我记得|印象中|就|是|在|从|自|打|我|俺|咱|"
                             # (the season said with its month: "开春三月份买的", "入冬十一月份")
                             r"开春|春天|夏天|秋天|冬天|入春|入夏|入秋|入冬|开年|年后|过完年|"
                             r"那会儿?|那时候?|的时候|时候|"
                             r"左右|前后|买的|办的|订的|交的|付的|充的|报的|下的单|下单的|开始|起|陆陆续续|陆续|断断续续|一直|扣的|扣费|扣|买|办|订|充|交|付|"
                             r"报名|下单|付款|交钱|钱|的|了|吧|啊|呀|哦|嗯|那个|[\s，,。.!！~～])*")


def _bare_month(said: str, raw: str) -> int | None:
    """The month of an answer that names only a month (see _BARE_MONTH); None when a day was guessed at
    ("5月二十几号") or anything else is said."""
    if _ROUGH_DAY.search(said):
        return None
    months = list(_BARE_MONTH.finditer(raw))
    if len(months) != 1:
        return None
    rest = raw[:months[0].start()] + raw[months[0].end():]
    month = _small(months[0].group(1))
    return month if month and 1 <= month <= 12 and _AROUND_A_MONTH.fullmatch(rest) else None


def _clause_at(raw: str, at: int) -> str:
    """The clause (between pauses) that holds position `at`."""
    start = max(raw.rfind(c, 0, at) for c in " ，,。；;！!？?") + 1
    ends = [i for i in (raw.find(c, at) for c in " ，,。；;！!？?") if i >= 0]
    return raw[start:min(ends) if ends else len(raw)]


_DAY_OF_THE_EVENT = re.compile(r"\s*(?:出发|起飞|开演|开场)?的(?:机票|票|航班|飞机|火车|高铁|动车|车票|船票|门票|"
                               r"演唱会|演出|场次|电影|比赛|球赛)")


# A phone or order number read out digit by digit ("一三八零五五一二三四五"): no date ("五一") is in it
_SPOKEN_DIGITS = re.compile(r"[零〇○洞幺一二两三四五六七八九]{7,}")


def find_date(text: str, today: dt.date | None = None) -> str | None:
    """A date mentioned in free text; day-only mentions ("6号") need a date context."""
    dated = _as_dated(_SPOKEN_DIGITS.sub(lambda m: " " * len(m.group()), clean(text)))
    dated = _restated(dated, 12)  # "这周六，就是昨天": the day said again, plainly
    settled = _settled(dated)
    if settled != dated and _only_a_date(settled):
        # "大概是去年秋天 九月几号记不得了 九月五号": the day settled on, in the year said before it
        return normalise_date(settled, today).value
    raw = _purchase_clause(_after_correction(dated))
    lunar = lunar_date(raw, today or today_in_china())
    if lunar is not None:  # "去年腊月二十买的", "端午节那天": by the lunar calendar
        return normalise_date(raw, today).value if lunar[0] else None
    for kind, pattern in _DATE_PATTERNS:
        if kind == "day_only" and not _BUY_FOR_DAY.search(raw):
            continue
        # "10月18号的机票", "周六的演出": the day of the journey or the show, not when it was bought
        m = next((x for x in pattern.finditer(raw) if not _DAY_OF_THE_EVENT.match(raw, x.end())), None)
        if m and _of_another_event(raw, m.start()):
            continue  # "办了两年的卡 今天去一看门关了": the day it was found out, not the day of the purchase
        if m and kind == "week" and not m.group(1) and not re.search(
                r"买|下单|订|付款|付了|支付|充|办|那天|当天|的时候|去|送", _clause_at(raw, m.start())):
            continue  # "团购券不能周末用": a day of the week in general, not when it was bought
        if m:
            part = _PART_OF_MONTH.match(raw, m.end())  # "上个月中旬"
            end = part.end() if part else m.end()
            gap = len(raw[end:]) - len(raw[end:].lstrip("份 \t\r\n\u3000，,"))
            later = _MD.match(raw, end + gap) or _same_month_later(kind, m, raw, end)
            if kind in ("cn_ymd", "ym", "last_month_day") and not _day_said(kind, m) and later:
                end = later.end()  # "今年三月份 3月8号"
            elif _day_after(kind, m, raw, end) and (hedged := _HEDGED_DAY.match(raw, end)):
                end = hedged.end()  # "今年3月 好像是26号"
            exact = _MD.search(raw, m.end(), m.end() + 12) if kind == "month_part" else None
            if exact and _small(exact.group(1)) == _small(m.group(1)):
                end = exact.end()  # "大概十一月初 11月3号"
            parsed = normalise_date(raw[m.start():end], today)
            return parsed.value
    month = _month_bought_in(raw)  # "大概5月份办的": the month alone, said with the buying
    return normalise_date(month, today).value if month else None


def _month_bought_in(raw: str) -> str | None:
    """The clause of a story that says only the month of the buying ("…，大概5月份办的，…"), or None."""
    for clause in _CLAUSE.split(raw):
        months = list(_BARE_MONTH.finditer(clause))
        if len(months) != 1 or _ROUGH_DAY.search(clause) or _bare_month(months[0].group(0), months[0].group(0)) is None:
            continue
        rest = clause[:months[0].start()] + clause[months[0].end():]
        # the buying said after the month, and no other number or time in the clause ("冰箱是三月份买的")
        if _BOUGHT_ON.search(clause, months[0].end()) \
                and not re.search(r"\d|[一二两三四五六七八九十]|年|号|日|周|星期|礼拜", rest):
            return months[0].group(0)
    return None



# What was found out or went wrong on a day, told apart from the buying
_FOUND_ON = re.compile(r"一看|发现|才知道|关门|门关|关了|坏了|联系不上|打不通|不见了|跑路|倒闭|停业|出事|爆了|烧了")
_BARE_WORDS = re.compile(r"[\s，,。吧啊呀哦嘛呢的了是就在那天当天时候左右买购办报名交付钱下单订"
                         r"应该好像大概大约我记得差不多]*")


def _of_another_event(raw: str, at: int) -> bool:
    """The date at `at` is said of something found out or gone wrong ("今天去一看门关了"), in a clause
    that buys nothing, while the buying is told in another clause that names no date."""
    clause = _clause_at(raw, at)
    if _BOUGHT_ON.search(clause) or not (_FOUND_ON.search(clause) or _USED_ON.search(clause)):
        return False
    others = [c for c in _CLAUSE.split(raw) if c and c != clause]
    return any(_BOUGHT_ON.search(c) and not any(p.search(c) for _, p in _DATE_PATTERNS) for c in others)


def _only_a_date(said: str) -> bool:
    """`said` is a date and nothing else (a hedge, 买的, 那天 at most)."""
    rest = said
    for _, pattern in _DATE_PATTERNS:
        rest = pattern.sub("", rest)
    return rest != said and bool(_BARE_WORDS.fullmatch(rest))


def _same_month_later(kind: str, m: re.Match[str], raw: str, end: int) -> re.Match[str] | None:
    """"今年一月交的物业费 一月十号": the month, a few words, then its day said in full."""
    later = _MD.search(raw, end, end + 12)
    if later is None or kind not in ("cn_ymd", "ym") or _day_said(kind, m):
        return None
    return later if _small(later.group(1)) == _small(m.group(2)) else None


def rough_date(text: str) -> str | None:
    """The month a date names when it names no day ("上个月", "今年三月份", "去年4月", "半个月前"):
    "M月" for the consumer, None when a day is said (or no date at all)."""
    raw = _after_correction(clean(text))
    for kind, pattern in _DATE_PATTERNS:
        if kind == "day_only" and not _BUY_FOR_DAY.search(raw):
            continue
        m = pattern.search(raw)
        if not m:
            continue
        part = _PART_OF_MONTH.match(raw, m.end())
        if part and part.group(1) not in ("初", "月初"):
            return None  # "上个月中旬": as near as the consumer can say
        if kind in ("ym", "cn_ymd", "last_month_day") and not _day_said(kind, m):
            if _MD.search(raw, m.end()) or _day_after(kind, m, raw, m.end()):
                return None  # "今年三月份 3月8号", "今年3月 好像是26号": the day follows
            parsed = normalise_date(m.group(0))
            return f"{int(parsed.value[5:7])}月" if parsed.value else None
        if kind == "months_ago":
            return "大概哪天"
        if kind == "festival" and _HOLIDAY_WEEK.fullmatch(m.group(2)) and not _MD.search(raw) \
                and not re.search(rf"{_SMALL}\s*(?:号|日(?!游|行|内|之内|以内|团|票))", raw[m.end():]) \
                and not re.match(r"\s*(?:那天|当天|那一天|当日|零点|晚上|早上|上午|下午|中午)", raw[m.end():]):
            return "10月"  # "国庆在景区…", "十一长假去的": a week of holiday, no day of it (which is asked)
        return None
    said = _month_bought_in(_as_dated(raw)) or _as_dated(raw)
    month = _bare_month(said, said)  # "5月份", "大概8月份买的": the month alone
    return f"{month}月" if month else None
