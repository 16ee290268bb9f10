"""The merchant's name: after 在/去/从, named (商家叫…), or by its suffix (…旗舰店, …超市)."""
from __future__ import annotations

import re

from complaint.extract.address import find_address
from complaint.extract.dates import _SMALL
from complaint.extract.platform import ONLINE_PLATFORMS
from complaint.extract.text import ERR_EMPTY, ERR_FORMAT, ERR_PARTIAL, Parsed, clean


MERCHANT_SUFFIXES = (
    "有限责任公司", "有限公司", "股份公司", "公司", "旗舰店", "专卖店", "专营店", "体验店", "直营店",
    "4S店", "4s店", "家电城", "电器城", "数码城", "购物中心", "商场", "百货", "超市", "便利店",
    "商店", "商行", "商城", "门市部", "经营部", "营业厅", "药房", "药店", "大药房", "餐厅", "饭店",
    "酒店", "宾馆", "酒楼", "火锅店", "美容院", "理发店", "健身房", "培训中心", "培训学校", "驾校",
    "影城", "电影院", "网吧", "物业", "中介", "银行", "手机店", "家具城", "建材城", "市场",
    "店", "厂", "馆", "院", "行", "城", "坊", "铺",
)

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

