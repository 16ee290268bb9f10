"""Deterministic extraction and normalisation of complaint fields from Chinese text.

Pure functions (no rasa_sdk import, no I/O), shared by the Rasa form validation
actions and the hotline agent console. These rules, not an NLU entity tagger, are what
makes a rich opening such as "我2月6号在宜宾鑫源家电城花3999买的电视自燃了" fill every
field it contains.

Every ``normalise_*`` function returns a ``Parsed(value, error)``: ``value`` is the
canonical form (ISO date, decimal string, digits-only phone) or None with ``error``
naming the problem (an ``ERR_*`` code, turned into a friendly re-ask by the caller).
Every ``find_*`` function searches free text and returns the canonical value or None.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import NamedTuple
from zoneinfo import ZoneInfo

CHINA = ZoneInfo("Asia/Shanghai")

ERR_EMPTY = "empty"
ERR_FORMAT = "format"
ERR_FUTURE = "future"
ERR_TOO_OLD = "too_old"
ERR_RANGE = "range"
ERR_PARTIAL = "partial"


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


def clean(text: str | None) -> str:
    """Full-width digits and punctuation to ASCII, outer whitespace stripped."""
    return (text or "").translate(_FULLWIDTH).strip()


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
NUMBER = rf"[\d{_NUM_CHARS}](?:[\d,{_NUM_CHARS}]|\.\d)*"


def parse_number(text: str) -> Decimal | None:
    """Arabic, Chinese or mixed numerals to a Decimal.

    Handles the colloquial elision of the last unit: 两千八 = 2800, 一万二 = 12000,
    三百五 = 350 (but 一百零五 = 105 and 十五 = 15).
    """
    text = clean(text).replace(",", "")
    if not text:
        return None
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


# ---------------------------------------------------------------- phone

_MOBILE = re.compile(r"(?<![\d])(?:\+?86[\s-]*)?(1[3-9]\d(?:[\s-]*\d){8})(?![\d])")
_LANDLINE = re.compile(
    r"(?<![\d])(?:\(?(0\d{2,3})\)?[\s-]*)(\d{3,4}[\s-]?\d{4})(?:\s*(?:转|-|ext\.?)\s*(\d{1,5}))?(?![\d])"
)


def _digits_from_spoken(text: str) -> str:
    """幺三九… read out digit by digit (voice or typed) to arabic digits."""
    if re.search(r"[十百千万]", text):
        return text
    return "".join(str(_CN_DIGITS[c]) if c in _CN_DIGITS else c for c in text)


def find_phone(text: str) -> str | None:
    text = _digits_from_spoken(clean(text))
    m = _MOBILE.search(text)
    if m:
        return re.sub(r"\D", "", m.group(1))
    m = _LANDLINE.search(text)
    if m:
        number = m.group(1) + "-" + re.sub(r"\D", "", m.group(2))
        return number + (f"-{m.group(3)}" if m.group(3) else "")
    return None


def normalise_phone(text: str | None) -> Parsed:
    """A mainland mobile (11 digits, spaces and dashes allowed) or a landline with area code."""
    raw = clean(text)
    if not raw:
        return Parsed(None, ERR_EMPTY)
    found = find_phone(raw)
    if found:
        return Parsed(found)
    return Parsed(None, ERR_FORMAT)


# ---------------------------------------------------------------- dates

_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 5,
             "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6}
_SMALL = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})"
_YEAR_WORDS = {"今年": 0, "去年": -1, "前年": -2, "大前年": -3}


def _small(text: str) -> int | None:
    n = parse_number(text)
    return int(n) if n is not None and n == int(n) else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("ymd", re.compile(r"(?<!\d)(\d{4}|\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?")),
    ("cn_ymd", re.compile(rf"(大前年|前年|去年|今年)\s*({_SMALL})\s*月(?:份)?\s*(?:({_SMALL})\s*[日号]?)?")),
    ("ym", re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月(?:份)?")),
    ("last_month_day", re.compile(rf"(上上|上)个?月\s*(?:({_SMALL})\s*[日号])?")),
    ("this_month_day", re.compile(rf"(?:这|本)个?月\s*({_SMALL})\s*[日号]")),
    ("md", re.compile(rf"(?<![\d.])({_SMALL})\s*月\s*({_SMALL})\s*[日号]?(?![\d])")),
    ("week", re.compile(r"(上上|上|这|本)?\s*(?:个)?(?:周|星期|礼拜)\s*([一二三四五六日天末1-7])")),
    ("days_ago", re.compile(rf"({_SMALL}|几|两)\s*(?:天|日)\s*(?:以前|之前|前)")),
    ("days_ago", re.compile(r"前(两|三)天")),  # "前两天在超市买的": two or three days ago
    ("weeks_ago", re.compile(rf"({_SMALL})\s*(?:个)?(?:星期|周|礼拜)\s*(?:以前|之前|前)")),
    ("relative", re.compile(r"(大前天|前天|昨天|昨日|昨晚|今天|今日|今早|今晚|刚才|刚刚)")),
    ("day_only", re.compile(rf"(?<![\d月.])({_SMALL})\s*[号](?!码)")),
]


def _match_date(kind: str, m: re.Match[str], today: dt.date) -> tuple[dt.date | None, bool]:
    """(date, explicit_year): explicit_year says a future date is an error, not last year."""
    g = m.groups()
    if kind == "ymd":
        year = int(g[0]) + (2000 if len(g[0]) == 2 else 0)
        return _safe_date(year, int(g[1]), int(g[2])), True
    if kind == "cn_ymd":
        month, day = _small(g[1]), _small(g[2]) if g[2] else 1
        if month is None or day is None:
            return None, True
        return _safe_date(today.year + _YEAR_WORDS[g[0]], month, day), True
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
        if not g[0] and date > today:  # a bare 周三 means the most recent one
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
    if kind == "day_only":
        day = _small(g[0])
        if not day:
            return None, False
        date = _safe_date(today.year, today.month, day)
        if date is None or date > today:  # "6号" after the 6th of this month: last month
            year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
            date = _safe_date(year, month, day)
        return date, True
    raise ValueError(kind)


def normalise_date(text: str | None, today: dt.date | None = None) -> Parsed:
    """An absolute or relative purchase date to ISO; never in the future."""
    today = today or today_in_china()
    raw = clean(text)
    if not raw:
        return Parsed(None, ERR_EMPTY)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        date = _safe_date(*map(int, raw.split("-")))
        explicit = True
    elif re.search(r"明天|后天|明年|下周|下个?月|下星期|下礼拜", raw):
        return Parsed(None, ERR_FUTURE)
    else:
        date, explicit = None, True
        for kind, pattern in _DATE_PATTERNS:
            m = pattern.search(raw)
            if m:
                date, explicit = _match_date(kind, m, today)
                break
        else:
            if re.search(r"(今年|去年|前年|上个?月|上周|上星期|年初|年底|月初|月底)", raw):
                return Parsed(None, ERR_PARTIAL)
            return Parsed(None, ERR_FORMAT)
    if date is None:
        return Parsed(None, ERR_FORMAT)
    if date > today:
        if explicit:
            return Parsed(None, ERR_FUTURE)
        date = _safe_date(date.year - 1, date.month, date.day)  # "12月20号" said in February
        if date is None:
            return Parsed(None, ERR_FORMAT)
    if date < dt.date(1980, 1, 1):
        return Parsed(None, ERR_TOO_OLD)
    return Parsed(date.isoformat())


def find_date(text: str, today: dt.date | None = None) -> str | None:
    """A date mentioned in free text; day-only mentions ("6号") need a date context."""
    raw = clean(text)
    for kind, pattern in _DATE_PATTERNS:
        if kind == "day_only" and not re.search(r"(买|购|下单|订|付|充|办)", raw):
            continue
        m = pattern.search(raw)
        if m:
            parsed = normalise_date(m.group(0), today)
            return parsed.value
    return None


# ---------------------------------------------------------------- money

_UNIT = rf"(?:万元|万块|元钱|元|块钱|块|圆|rmb|RMB|万(?![\d{_NUM_CHARS}]))"
_MONEY_AFTER_VERB = re.compile(
    rf"(?:花了|花费了?|花|付了|付款|付|支付了?|交了|充值了?|充了|一共|总共|共计|共|合计|"
    rf"价格是?|价钱是?|售价|标价|金额是?|价值|单价|原价|现价|[￥¥])\s*(?:人民币)?\s*"
    rf"({NUMBER})\s*({_UNIT})?(?!\s*[个天年月日号周次台部件辆套份瓶盒箱斤克双张小分秒岁%])"
)
_MONEY_WITH_UNIT = re.compile(rf"({NUMBER})\s*({_UNIT})(?:\s*({NUMBER})\s*(?:毛|角)?)?")


def _amount(number: str, unit: str | None, cents: str | None = None) -> Decimal | None:
    value = parse_number(number)
    if value is None:
        return None
    if unit and unit.startswith("万") and not re.search(r"[万亿]", number):
        value *= 10_000
    if cents and unit in ("块", "元") and len(cents) == 1:
        jiao = parse_number(cents)
        if jiao is not None and jiao < 10:
            value += jiao / 10  # 三块五 = 3.5
    return value


def _money_string(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.01")))


def normalise_amount(text: str | None) -> Parsed:
    """Digits or Chinese numerals (两千八百元, 3.9万, ￥3,999) to a decimal string."""
    raw = clean(text).replace("，", ",")
    if not raw:
        return Parsed(None, ERR_EMPTY)
    value: Decimal | None = None
    m = _MONEY_WITH_UNIT.search(raw) or _MONEY_AFTER_VERB.search(raw)
    if m:
        value = _amount(*m.groups()) if len(m.groups()) == 3 else _amount(*m.groups())
    else:
        m = re.search(NUMBER, raw)
        if m and not re.search(r"\d+\s*[-/月]\s*\d+", raw):
            value = parse_number(m.group())
    if value is None:
        return Parsed(None, ERR_FORMAT)
    try:
        if value <= 0 or value > Decimal("100000000"):
            return Parsed(None, ERR_RANGE)
        return Parsed(_money_string(value))
    except InvalidOperation:
        return Parsed(None, ERR_FORMAT)


def find_amount(text: str) -> str | None:
    """A sum of money in free text: needs a currency unit or a paying verb before it."""
    raw = clean(text)
    # a phone, an order number or a date must not read as money
    raw = _MOBILE.sub(" ", raw)
    raw = re.sub(r"(?:订单|单号|交易号|流水号)[号编]?[是为:\s]*[A-Za-z0-9\-_]*", " ", raw)
    for pattern in (_MONEY_WITH_UNIT, _MONEY_AFTER_VERB):
        for m in pattern.finditer(raw):
            before = raw[max(0, m.start() - 1):m.start()]
            if before.isdigit():
                continue
            value = _amount(*m.groups()) if pattern is _MONEY_WITH_UNIT else _amount(m.group(1), m.group(2))
            if value is not None and 0 < value <= Decimal("100000000"):
                return _money_string(value)
    return None


def format_amount(value: str | None) -> str:
    """'3999.00' -> '3,999 元' for the consumer."""
    if not value:
        return ""
    amount = Decimal(value)
    text = f"{amount:,.2f}".rstrip("0").rstrip(".")
    return f"{text} 元"


# ---------------------------------------------------------------- merchant, product, address

MERCHANT_SUFFIXES = (
    "有限责任公司", "有限公司", "股份公司", "公司", "旗舰店", "专卖店", "专营店", "体验店", "直营店",
    "4S店", "4s店", "家电城", "电器城", "数码城", "购物中心", "商场", "百货", "超市", "便利店",
    "商店", "商行", "商城", "门市部", "经营部", "营业厅", "药房", "药店", "大药房", "餐厅", "饭店",
    "酒店", "宾馆", "酒楼", "火锅店", "美容院", "理发店", "健身房", "培训中心", "培训学校", "驾校",
    "影城", "电影院", "网吧", "物业", "中介", "银行", "手机店", "家具城", "建材城", "市场",
    "店", "厂", "馆", "院", "行", "城", "坊", "铺",
)
ONLINE_PLATFORMS = (
    "京东", "淘宝", "天猫", "拼多多", "抖音", "快手", "美团", "饿了么", "唯品会", "苏宁易购",
    "小红书", "闲鱼", "携程", "去哪儿", "飞猪", "得物", "亚马逊", "当当", "微信小程序", "直播间",
)
_ONLINE_HINT = re.compile("|".join(ONLINE_PLATFORMS) + r"|网店|网购|网上|线上|直播|小程序|APP|app|App")

_BUY_VERBS = r"(?:花了?|用了?|以|买|购买|购|下单|下的单|订|定|办理?|充值?|消费|吃饭|吃|住|报名|租|修|洗|做|交|付)"
_MERCHANT_AFTER_AT = re.compile(
    rf"(?:在|去(?!年)|到|从|于)\s*([\u4e00-\u9fa5A-Za-z0-9（）()·\-]{{2,30}}?)\s*"
    rf"(?:上|里|那里|那儿|这家店|那家店|店里|的店)?\s*(?:{_BUY_VERBS})"
)
_MERCHANT_NAMED = re.compile(
    r"(?:商家|店家|卖家|店铺|店名|商户|公司|经营者|被投诉方|被举报方|对方)(?:名字|名称)?\s*(?:是|叫|为|:)\s*"
    r"([\u4e00-\u9fa5A-Za-z0-9（）()·\-]{2,40})"
)
_MERCHANT_BY_SUFFIX = re.compile(
    r"([\u4e00-\u9fa5A-Za-z0-9·]{2,20}?(?:" + "|".join(MERCHANT_SUFFIXES[:-7]) + r"))"
)
_LEADING_NOISE = re.compile(
    r"^(?:我|我们|我家|刚|刚刚|之前|前几天|上次|就|是|有一家|有家|有个|有一个|一家|一个|那家|这家|叫|个|家|"
    r"楼下|附近|隔壁|对面|门口|街上|小区|路边|旁边)+")
_UNKNOWN_NAME = re.compile(r"不知道|不清楚|忘了|记不得|不记得|没注意|没看|没名字|没有名字|叫不出")
# What is a kind of shop, not the name of one: "有家药店", "楼下超市", "健身房".
_GENERIC_MERCHANT = re.compile(
    r"^(?:小|大|一|某|那|这|那个|这个|网上的?|线上的?|街边的?|路边的?)?(?:"
    + "|".join(map(re.escape, sorted(MERCHANT_SUFFIXES, key=len, reverse=True)))
    + r"|网店|小店|门店|店铺|餐馆|饭馆|小卖部|培训机构|机构|健身中心|游泳馆|美发店|卖家|商家|老板)$")
_DATE_PREFIX = re.compile(
    rf"^(?:\d{{4}}年)?(?:{_SMALL}月)?(?:{_SMALL}[日号])?(?:今天|昨天|前天|上周.|上个?月)?"
)


def _tidy_merchant(name: str) -> str | None:
    name = _DATE_PREFIX.sub("", name.strip(" ，,。.：:"))
    name = re.sub(r"^.*?(?:投诉|举报|反映)(?:一下|一家|的是|的)?", "", name) or name
    name = re.sub(r"(?:上面|上|里面|里|那里|那儿|这里|的)$", "", name)
    previous = None
    while previous != name:  # "就在小区门口那家药店": every leading filler word
        previous = name
        name = re.sub(r"^(?:在|去|到)", "", _LEADING_NOISE.sub("", name))
    if len(name) < 2 or re.fullmatch(r"[\d.]+", name):
        return None
    if name in ("商家", "店家", "卖家", "那家店", "这家店", "网上", "线上", "店里", "那里", "这里", "家里"):
        return None
    if _GENERIC_MERCHANT.fullmatch(name) or _UNKNOWN_NAME.search(name):
        return None
    return name


_MERCHANT_CALLED = re.compile(r"叫\s*([\u4e00-\u9fa5A-Za-z0-9（）()·\-]{2,30}?)\s*的(?:店|网店|商家|公司|店铺|小店|旗舰店|专卖店|超市)")
_ADDRESS_THEN_NAME = re.compile(r"^.*(?:市|区|县|镇|路|街|道|巷|号|楼)的")


def find_merchant(text: str) -> str | None:
    raw = clean(text)
    for pattern in (_MERCHANT_CALLED, _MERCHANT_NAMED, _MERCHANT_AFTER_AT):
        m = pattern.search(raw)
        if m:
            # "重庆市…8号的星光电器城": the address is its own field
            name = _tidy_merchant(_ADDRESS_THEN_NAME.sub("", m.group(1)))
            if name:
                return name
    m = _MERCHANT_BY_SUFFIX.search(raw)
    if m:
        return _tidy_merchant(m.group(1))
    for platform in ONLINE_PLATFORMS:
        if platform in raw:
            return platform
    return None


MERCHANT_KIND = re.compile("|".join(map(re.escape, MERCHANT_SUFFIXES)) + r"|网店|小卖部|机构|老板")


def normalise_merchant(text: str | None) -> Parsed:
    """A shop's own name; a kind of shop ("楼下超市") or "不知道" is ERR_PARTIAL (see describe_merchant)."""
    raw = clean(text)
    if not raw:
        return Parsed(None, ERR_EMPTY)
    if _UNKNOWN_NAME.search(raw) and len(raw) < 12:
        return Parsed(None, ERR_PARTIAL)
    found = find_merchant(raw)
    if found:
        return Parsed(found)
    name = _without_address(raw)
    name = re.sub(r"^(?:商家|店家|卖家|店名|名字|名称)?(?:是|叫|为)?", "", name).strip(" ，,。.：:")
    tidy = _tidy_merchant(name) if name else None
    if not tidy and (_UNKNOWN_NAME.search(raw) or MERCHANT_KIND.search(raw)):
        return Parsed(None, ERR_PARTIAL)  # a description of the shop, not its name
    if not tidy or len(tidy) > 60:
        return Parsed(None, ERR_FORMAT)
    return Parsed(tidy)


def _without_address(raw: str) -> str:
    """The first clause that is not the address ("小区门口那家药店，成都市…5号" -> "小区门口那家药店")."""
    address = find_address(raw)
    parts = [p.strip() for p in re.split(r"[，,。；;！!]", raw.replace(address, "") if address else raw)]
    return next((p for p in parts if p), "")


def describe_merchant(text: str | None) -> str | None:
    """When the consumer cannot name the shop: their description, marked so staff see it
    ("不知道叫啥，就在小区门口那家药店" -> "名称不详（就在小区门口那家药店）")."""
    raw = clean(text)
    address = find_address(raw)
    if address:
        raw = raw.replace(address, "").strip(" ，,。.：:")
    rest = re.sub(r"^(?:我|也|真|真的|确实|实在|是)*(?:不知道|不清楚|忘了|记不得|不记得|没注意|没看|叫不出)(?:了)?"
                  r"(?:店名|名字|叫啥|叫什么|什么名字|它叫什么|名称)?(?:了|啊|呀)?[，,。.\s]*", "", raw)
    rest = rest.strip(" ，,。.：:")
    if len(rest) < 2 or _UNKNOWN_NAME.fullmatch(rest):
        return None
    return f"名称不详（{rest[:80]}）"


PRODUCTS = (
    # longer names first so 电视机 wins over 电视
    "笔记本电脑", "平板电脑", "电动自行车", "电动车", "扫地机器人", "空气净化器", "净水器", "热水器",
    "洗碗机", "油烟机", "抽油烟机", "燃气灶", "电磁炉", "电饭煲", "电压力锅", "微波炉", "电烤箱", "烤箱",
    "电冰箱", "冰箱", "冰柜", "洗衣机", "烘干机", "空调", "电视机", "电视", "投影仪", "音响", "耳机",
    "手机", "电脑", "平板", "手表", "智能手表", "手环", "相机", "游戏机", "充电宝", "路由器", "打印机",
    "吹风机", "剃须刀", "电风扇", "风扇", "取暖器", "加湿器", "吸尘器", "按摩椅", "跑步机",
    "汽车", "新车", "二手车", "摩托车", "自行车", "轮胎", "电瓶",
    "羽绒服", "衣服", "外套", "裤子", "裙子", "鞋子", "运动鞋", "皮鞋", "鞋", "包包", "皮包", "包",
    "化妆品", "面霜", "口红", "护肤品", "洗发水", "保健品", "药品", "药", "奶粉", "尿不湿",
    "食品", "月饼", "蛋糕", "零食", "牛奶", "酸奶", "饮料", "白酒", "红酒", "酒", "茶叶", "大米",
    "食用油", "猪肉", "牛肉", "水果", "海鲜", "外卖", "快递", "方便面", "罐头",
    "家具", "沙发", "床垫", "床", "衣柜", "桌子", "椅子", "门窗", "地板", "瓷砖", "装修",
    "眼镜", "首饰", "黄金", "金项链", "项链", "戒指", "手镯", "玩具", "童装", "宠物", "狗粮",
    "健身卡", "会员卡", "预付卡", "美容卡", "课程", "培训课", "机票", "火车票", "门票", "酒店房间",
    "宽带", "话费", "流量套餐", "套餐", "保险", "手机卡",
)
_PRODUCT_WORDS = "|".join(map(re.escape, PRODUCTS))
_MEASURE = r"(?:一|两|几|\d+)?(?:台|部|个|件|双|辆|套|张|瓶|盒|箱|份|只|条|块|袋|斤|桶|支|把|副|款)"
_PRODUCT_AFTER_BUY = re.compile(
    rf"(?:买的|买了|购买的|购买了|购买|买|订的|订了|入手的|入手了|网购的|网购了|下单的|下单了|充的|办的|办了)\s*"
    rf"(?:{_MEASURE})?\s*([\u4e00-\u9fa5A-Za-z0-9]{{0,10}}?(?:{_PRODUCT_WORDS}))"
)
_PRODUCT_ANY = re.compile(rf"((?:{_PRODUCT_WORDS}))")


# "在健身房办的卡", "充了张卡": a prepaid card, named after the kind of shop when it is said.
_CARD = re.compile(r"(?:办|充|买|开|续)(?:了|的|过)?(?:一张|张|个|次)?(?:会员|储值|预付|充值|年|月|次)?卡(?![车片通])")
_CARD_KINDS = (("健身", "健身卡"), ("游泳", "游泳卡"), ("瑜伽", "瑜伽卡"), ("美容", "美容卡"), ("美发", "美发卡"),
               ("理发", "美发卡"), ("洗车", "洗车卡"), ("洗衣", "洗衣卡"), ("超市", "超市购物卡"))


def find_product(text: str) -> str | None:
    raw = clean(text)
    m = _PRODUCT_AFTER_BUY.search(raw)
    if m:
        return re.sub(rf"^(?:{_MEASURE})", "", m.group(1)) or m.group(1)
    m = _PRODUCT_ANY.search(raw)
    if m:
        return m.group(1)
    if _CARD.search(raw):
        return next((card for word, card in _CARD_KINDS if word in raw), "会员卡（预付卡）")
    return None


def normalise_product(text: str | None) -> Parsed:
    raw = clean(text)
    if not raw:
        return Parsed(None, ERR_EMPTY)
    found = find_product(raw)
    if found:
        return Parsed(found)
    if _MERCHANT_BY_SUFFIX.fullmatch(raw) and not re.search(r"服务|项目|课|卡|票", raw):
        return Parsed(None, ERR_FORMAT)  # "星光健身房": the shop, not what was bought
    name = re.sub(r"^(?:买的是|买的|是|买了|商品是|产品是|服务是)", "", raw)
    name = re.sub(rf"^{_MEASURE}", "", name).strip(" ，,。.：:")
    if len(name) < 1 or len(name) > 60 or re.fullmatch(r"[\d.]+", name):
        return Parsed(None, ERR_FORMAT)
    # an answer to something else: "是，我要投诉商家", "不知道", "你们管不管"
    if re.search(r"投诉|举报|维权|商家|店家|卖家|客服|你们|我要|我想|不知道|不清楚|怎么|为什么|吗$|[?？]", name) \
            or re.fullmatch(r"(?:是的?|对的?|好的?|嗯+|哦+|没有|有)[。.！!]*", name):
        return Parsed(None, ERR_FORMAT)
    return Parsed(name)


_ADDRESS = re.compile(
    r"([\u4e00-\u9fa5]{2,8}(?:省|自治区|市)[\u4e00-\u9fa5A-Za-z0-9\-]{0,40}"
    r"(?:区|县|镇|乡|街道|路|街|道|巷|弄|村|号|大厦|广场|商场|楼|室|层)"
    r"[\u4e00-\u9fa5A-Za-z0-9\-]{0,30}?(?:号|楼|室|层|铺|门面|大厦|广场|商场|市场)?)"
)
_ADDRESS_NAMED = re.compile(r"(?:地址|地点|位置|位于|开在)\s*(?:是|在|为|:)?\s*([^，,。；;！!？?]{4,80})")


_ADDRESS_MARKERS = re.compile(
    r"省|市|区|县|镇|乡|街|路|道|巷|弄|胡同|村|组|号|栋|幢|楼|层|室|铺|大厦|广场|商场|商城|中心|市场|小区|花园|"
    r"附近|旁边|对面|门口|隔壁|楼下|路口")


def find_address(text: str) -> str | None:
    raw = clean(text)
    m = _ADDRESS_NAMED.search(raw) or _ADDRESS.search(raw)
    if not m:
        return None
    # "…3月1日在重庆市…": keep what follows the last 在/于
    return re.sub(r"^.*?(?:在|于|位于)(?=[\u4e00-\u9fa5]{2,8}(?:省|自治区|市))", "", m.group(1)).strip()


def normalise_address(text: str | None) -> Parsed:
    raw = clean(text)
    if not raw:
        return Parsed(None, ERR_EMPTY)
    found = find_address(raw)
    if _ONLINE_HINT.search(raw) and len(raw) <= 20 and not found:
        return Parsed("网络店铺：" + raw if "网" not in raw[:2] else raw)
    if re.fullmatch(r"(?:不知道|不清楚|忘了|不记得了?|记不清了?)[。.！!]*", raw):
        return Parsed(None, ERR_PARTIAL)
    if found:
        # the whole clause the address starts: "北京市大兴区京东总部" keeps its last part
        clause = re.split(r"[，,。；;！!？?]", raw[raw.find(found):])[0].strip()
        address = clause if clause.startswith(found) else found
    else:
        address = re.sub(r"^(?:地址|在|是|位于)+", "", raw).strip(" ，,。.：:")
    if len(address) < 4 or not _ADDRESS_MARKERS.search(address):
        return Parsed(None, ERR_FORMAT)
    return Parsed(address[:200])


# ---------------------------------------------------------------- demand, order, name, problem

DEMANDS = {
    "退货": r"退货|退掉|退回去|退了吧|把.{0,6}退了|全退",
    "换货": r"换货|换一[台个部件双]|换个新|换新|换台|调换|更换",
    "维修": r"维修|修好|修一下|修理|保修|修复|返修",
    "退款": r"退款|退钱|把钱退|退费|返还.{0,4}钱|退.{0,4}钱|钱退|退押金|退还",
    "赔偿": r"赔偿|赔钱|赔付|补偿|三倍|3倍|十倍|10倍|退一赔三|假一赔|赔.{0,3}损失|精神损失",
}
DEMAND_CHOICES = tuple(DEMANDS)


def find_demands(text: str) -> list[str]:
    raw = clean(text)
    return [name for name, pattern in DEMANDS.items() if re.search(pattern, raw)]


def normalise_demand(text: str | None) -> Parsed:
    """退货 / 换货 / 维修 / 退款 / 赔偿 (several joined by 、), else the consumer's own words."""
    raw = clean(text)
    if not raw:
        return Parsed(None, ERR_EMPTY)
    found = find_demands(raw)
    if found:
        # keep details such as 三倍赔偿 when the consumer said more than the keyword
        # "退货并赔偿" says nothing beyond the keywords; "三倍赔偿并道歉" does
        rest = raw
        for name in found:
            rest = re.sub(DEMANDS[name], "", rest)
        rest = re.sub(r"我们|我|要求|想要|希望|需要|请求|申请|要|想|并且|并|和|及|或者|或|还要|同时|加上|然后|、|,|，|。|\.|！|!|\s|就行|就可以|吧|了|新的|新|的", "", rest)
        plain = not rest
        said = (text or "").strip()
        return Parsed("、".join(found) if plain else f"{'、'.join(found)}（{said}）")
    if len(raw) < 2 or re.fullmatch(r"(?:不知道|没有|随便|都行|嗯+|哦+|好的?)[。.！!]*", raw):
        return Parsed(None, ERR_FORMAT)
    # an amount, a phone or a date answers another question ("两万三" is what was paid)
    bare = re.sub(r"[元块钱左右大概约多]", "", raw)
    if parse_number(bare) is not None or find_phone(raw) or find_date(raw):
        return Parsed(None, ERR_FORMAT)
    return Parsed(raw[:300])


_ORDER_NO = re.compile(r"(?:订单号|订单编号|单号|订单|交易号|流水号)\s*(?:是|为|:)?\s*([A-Za-z0-9\-_]{6,40})")


def find_order_no(text: str) -> str | None:
    m = _ORDER_NO.search(clean(text))
    return m.group(1) if m else None


_TICKET_NO = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{1,6}[-_]?\d[\d\-]{5,30}|\d{12,30})(?![A-Za-z0-9])")


def find_ticket_no(text: str) -> str | None:
    """A ticket number (letters then digits, or a long digit string), never a phone."""
    raw = clean(text).upper()
    for m in _TICKET_NO.finditer(raw):
        candidate = m.group(1)
        if _MOBILE.fullmatch(candidate):
            continue
        return candidate
    return None


_NAME_INTRO = re.compile(r"(?:我叫|我的名字是|名字是|名字叫|姓名是?|姓名:|本人|我是)\s*([\u4e00-\u9fa5·]{2,8}|[A-Za-z][A-Za-z .]{1,40})")
_NAME_STOP = re.compile(
    r"(不知道|不想|不方便|保密|匿名|不告诉|没有|投诉|举报|商家|电话|手机|号码|你好|您好|谢谢|是的|对的|好的|可以)"
)
# Words no personal name contains: what a consumer says when answering another question
# ("退钱", "两万三", "星光健身房", "上周三") or a kind of thing.
_NOT_A_NAME = re.compile(
    r"\d|(?<=.)[两百千万亿]|[元块]$|退钱|退款|退货|退费|换货|换新|维修|修好|修理|赔偿|赔钱|补偿|"
    r"公司|超市|商场|商城|[店厂馆院城房铺行]$|"
    r"昨天|今天|明天|前天|上周|下周|星期|礼拜|周[一二三四五六日末]|[一二三四五六七八九十]月|[日号]$|"
    r"[的了吗呢吧啊嘛呀哦]|什么|怎么|为啥|哪|不|没|别|请|帮|算了|知道"
)
# The common surnames (百家姓 and the most frequent others): a two-to-four character
# answer that does not start with one is more likely a word than a name.
COMPOUND_SURNAMES = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
    "轩辕", "令狐", "钟离", "端木", "独孤", "南宫", "西门", "呼延", "百里", "东郭", "澹台", "公冶", "太史",
    "申屠", "闻人", "万俟", "赫连", "第五", "拓跋", "段干", "司空", "淳于", "单于", "濮阳", "鲜于", "闾丘",
)
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    "苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练"
    "廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿"
    "鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
)
_TITLE = r"(?:先生|女士|小姐|老师|阿姨|师傅|大爷|大妈|同学)"


def find_name(text: str) -> str | None:
    m = _NAME_INTRO.search(clean(text))
    if not m:
        return None
    name = re.split(r"[，,。\s]|电话|手机|号码|联系", m.group(1))[0]
    parsed = normalise_name("我叫" + name)
    return parsed.value


def _has_surname(name: str) -> bool:
    return name[:2] in COMPOUND_SURNAMES or name[0] in SURNAMES


def normalise_name(text: str | None) -> Parsed:
    """A person's name: 张三, 欧阳娜娜, 李女士, 买买提·艾力 or a Latin name.

    A bare answer must look like a name (a common surname, two to four characters);
    "我叫…" / "姓名…" vouches for an uncommon one. Answers to other questions
    ("退钱", "两万三", "星光健身房") are not names.
    """
    raw = clean(text)
    raw = _MOBILE.sub("", raw)
    introduced = bool(re.match(r"^(?:我叫|我的名字是|名字是|名字叫|姓名是?|姓名:|本人|我是|叫我|免贵姓|我姓)", raw))
    raw = re.sub(r"^(?:我叫|我的名字是|名字是|名字叫|姓名是?|姓名:|本人|我是|叫我|免贵姓|我姓)", "", raw).strip(" ，,。.：:")
    raw = re.split(r"[，,。]|电话|手机|号码", raw)[0].strip()
    if not raw:
        return Parsed(None, ERR_EMPTY)
    if _NAME_STOP.search(raw):
        return Parsed(None, ERR_FORMAT)
    if re.fullmatch(r"[A-Za-z][A-Za-z .'-]{1,40}", raw):
        return Parsed(raw)
    if re.fullmatch(r"[\u4e00-\u9fa5]", raw) or re.fullmatch(r"姓[\u4e00-\u9fa5]{1,2}", raw):
        return Parsed(None, ERR_PARTIAL)  # only a surname
    if re.fullmatch(r"[\u4e00-\u9fa5]{2,12}·[\u4e00-\u9fa5·]{2,20}", raw):
        return Parsed(raw)  # 买买提·艾力: names of several parts
    if not re.fullmatch(r"[\u4e00-\u9fa5]{2,5}", raw):
        return Parsed(None, ERR_FORMAT)
    person = re.sub(_TITLE + "$", "", raw)
    if len(person) == 1 and person in SURNAMES and person != raw:
        return Parsed(raw)  # 李女士
    if len(person) < 2 or len(person) > 4 or _NOT_A_NAME.search(person):
        return Parsed(None, ERR_FORMAT)
    if not _has_surname(person) and not introduced:
        return Parsed(None, ERR_FORMAT)
    return Parsed(raw)


PROBLEM_WORDS = re.compile(
    r"坏|故障|毛病|问题|自燃|起火|着火|冒烟|爆炸|炸了|漏水|漏电|漏油|漏气|不制冷|不制热|不工作|开不了机|开不开|"
    r"黑屏|花屏|死机|卡顿|发烫|异响|噪音|裂|破损|碎了|变质|过期|发霉|异物|虫|假货|假的|仿冒|山寨|翻新|"
    r"以次充好|缺斤少两|缺斤短两|不退|不给退|不给换|拒绝|不给|不予|不发货|没发货|不到货|虚假|欺诈|骗|"
    r"乱收费|多收|多扣|强制|捆绑|霸王条款|跑路|关门|倒闭|不履行|延误|售后|不管|不处理|没人管|推脱|推诿|"
    r"失灵|掉色|褪色|起球|开胶|断了|过敏|拉肚子|腹泻|中毒|受伤|烫伤|不一致|不符|货不对板|刷单|涨价|"
    r"价格欺诈|不开发票|卫生|老鼠|蟑螂|无证|无照|地沟油|假药|非法|违法|违规|偷税|虚标|不足量|三无|不能用|用不了|没法用|停电|停水|退款|赔偿|维修|态度|辱骂|打人|扣押金|不退押金|"
    r"没上完|上不了|没收到|不见了|丢了|少了|没给|不到账|没退|倒闭|关了|停业|停课"
)
_FILLER = re.compile(
    r"^(?:(?:喂|你好|您好|在吗|哈喽|同志|工作人员)[，,。！!～~\s]*)*"
    r"(?:(?:我要|我想|我需要|我来|想|要|帮我)?(?:投诉|举报|反映)(?:一下|一个|个)?(?:商家|一家店|问题|情况|事情?)?[，,。！!：:\s]*)?")


def find_problem(text: str) -> str | None:
    """The consumer's own account, when the message describes what went wrong."""
    raw = clean(text)
    if not PROBLEM_WORDS.search(raw):
        return None
    account = _FILLER.sub("", (text or "").strip()).strip()  # the consumer's own punctuation
    return account if len(account) >= 3 else None


_VAGUE = re.compile(r"差|烂|不好|不行|不灵|不满意|不对劲|不正常|欺骗|忽悠|坑|气人|太过分|没用|毛病")


def normalise_problem(text: str | None) -> Parsed:
    """The consumer's account; a short answer that names no product and no trouble
    ("那个啥，就是那个嘛") is asked again."""
    raw = _FILLER.sub("", (text or "").strip()).strip()
    if not raw:
        return Parsed(None, ERR_EMPTY)
    if len(raw) < 12 and not (PROBLEM_WORDS.search(raw) or _VAGUE.search(raw) or find_product(raw)
                              or MERCHANT_KIND.search(raw)):
        return Parsed(None, ERR_FORMAT)
    if len(raw) < (3 if PROBLEM_WORDS.search(raw) else 4) or re.fullmatch(r"(?:不知道|没有|随便|嗯+|哦+|好的?|是的|对)[。.！!]*", raw):
        return Parsed(None, ERR_FORMAT)
    return Parsed(raw[:2000])


_ANONYMOUS_YES = re.compile(r"匿名|不留名|不要留名|不想留名|不透露|保密|不实名")
_ANONYMOUS_NO = re.compile(r"实名|留名|可以留|不用匿名|不需要匿名|不匿名")


def find_anonymous(text: str) -> bool | None:
    raw = clean(text)
    if _ANONYMOUS_NO.search(raw) and not re.search(r"不想留名|不要留名|不留名", raw):
        return False
    if _ANONYMOUS_YES.search(raw):
        return True
    return None


_NOT_CONSUMPTION = re.compile(
    r"工资|欠薪|薪水|奖金|提成|劳动合同|社保|公积金|工伤|辞退|开除|裁员|加班费|赔偿金.{0,4}公司|入职|离职|"
    r"借钱|借了我|借款|欠款不还|欠我钱|欠我的钱|民间借贷|担保|还钱|离婚|抚养|探视|遗产|继承|赡养|家暴|"
    r"邻居|楼上|楼道|房东和我|个人房东|租客|合伙|投资亏|股票|炒股|基金|币圈|虚拟币|彩票|赌|同事|"
    r"冒充|诈骗|骗子|被骗|刷单|车祸|撞了|剐蹭|交警|供应商|学校.{0,4}处分"
)


def is_not_consumption(text: str) -> bool:
    """Disputes 12315 does not handle (labour, private loans, family, neighbours…)."""
    return bool(_NOT_CONSUMPTION.search(clean(text)))


EVIDENCE_KINDS = ("发票", "小票", "收据", "购物凭证", "聊天记录", "截图", "照片", "视频", "录音", "合同",
                  "保修卡", "检测报告", "订单记录", "付款记录", "转账记录")
_NO_EVIDENCE = re.compile(r"(?:没有|没|无|丢了|找不到)(?:留|保存|保留|开)?(?:任何)?(?:" + "|".join(EVIDENCE_KINDS) + ")")


def find_evidence(text: str) -> str | None:
    """The kinds of proof the consumer says they hold ("有发票和聊天记录" -> "发票、聊天记录")."""
    raw = _NO_EVIDENCE.sub("", clean(text))
    kinds = [k for k in EVIDENCE_KINDS if k in raw]
    return "、".join(kinds) if kinds and re.search(r"有|留|保存|保留|拍了|录了|开了", raw) else None


def extract_all(text: str, today: dt.date | None = None) -> dict[str, str]:
    """Every complaint field one message states, in canonical form (only those found)."""
    found: dict[str, str | None] = {
        "phone": find_phone(text),
        "purchase_date": find_date(text, today),
        "amount": find_amount(text),
        "merchant_name": find_merchant(text),
        "merchant_address": find_address(text),
        "product": find_product(text),
        "order_no": find_order_no(text),
        "complainant_name": find_name(text),
        "problem": find_problem(text),
        "evidence": find_evidence(text),
    }
    demands = find_demands(text)
    if demands and re.search(r"要求|希望|想要|我要|请求|诉求|必须|应该|给我", clean(text)):
        found["demand"] = "、".join(demands)
    return {k: v for k, v in found.items() if v}
