"""Online platforms (京东, 淘宝, 拼多多…): where a shop sells, not the shop itself.

A ticket keeps both: the platform (its own field) and the shop on it (the merchant's
name). "京东" alone says where, not who: it never stands as the merchant's name.
"""
from __future__ import annotations

import re

from complaint.extract.text import ERR_EMPTY, ERR_FORMAT, Parsed, clean

# canonical name -> how people write it (aliases, pinyin, nicknames)
PLATFORMS: dict[str, str] = {
    "淘宝": r"淘宝|手淘|taobao",
    "天猫": r"天猫|tmall",
    "京东": r"(?<![北南])京东(?!方|路|街|大道)|(?<![A-Za-z0-9])jd(?![A-Za-z0-9])",
    "拼多多": r"拼多多|拼夕夕|(?<![A-Za-z0-9])pdd(?![A-Za-z0-9])",
    "抖音": r"抖音|抖店|douyin",
    "快手": r"快手(?!快脚)",
    "美团": r"美团",
    "大众点评": r"大众点评",
    "饿了么": r"饿了么|饿了吗|饿了嘛",
    "携程": r"携程",
    "去哪儿": r"去哪儿|去哪网",
    "飞猪": r"飞猪",
    "同程": r"同程",
    "唯品会": r"唯品会",
    "闲鱼": r"闲鱼",
    "转转": r"转转",
    "小红书": r"小红书",
    "得物": r"得物",
    "苏宁易购": r"苏宁易购",
    "当当": r"当当网|当当(?!当)",
    "亚马逊": r"亚马逊|amazon",
    "1688": r"1688|阿里巴巴",
    "盒马": r"盒马",
    "叮咚买菜": r"叮咚买菜",
    "淘特": r"淘特",
    "微店": r"微店",
    "有赞": r"有赞",
    "微信": r"微信小程序|微信商城|微信群|朋友圈|微商",
    "视频号": r"视频号",
    "哔哩哔哩": r"哔哩哔哩|b站|B站",
}
ONLINE_PLATFORMS = tuple(PLATFORMS)
# Platforms that mostly sell on their own account: their name is also the seller's.
RETAILERS = ("苏宁易购", "唯品会", "当当", "盒马", "叮咚买菜", "亚马逊")
_PLATFORM = re.compile("|".join(f"(?P<p{i}>{aliases})" for i, aliases in enumerate(PLATFORMS.values())),
                       re.IGNORECASE)
_ONLINE_HINT = re.compile(_PLATFORM.pattern + r"|网店|网购|网上|线上|直播|小程序|APP|app|App", re.IGNORECASE)


def _platform_of(m: re.Match[str]) -> str:
    """The canonical platform of a _PLATFORM match: its one matching group is p<index>."""
    assert m.lastgroup is not None  # every alternative of _PLATFORM is a named group
    return ONLINE_PLATFORMS[int(m.lastgroup[1:])]


def find_platform(text: str | None) -> str | None:
    """The first platform the text names, by its canonical name ("拼夕夕上买的" -> "拼多多")."""
    m = _PLATFORM.search(clean(text))
    if not m:
        return None
    return _platform_of(m)


def platform_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a platform (to tell the shop's own name from it)."""
    return [m.span() for m in _PLATFORM.finditer(text)]


def is_platform(name: str) -> bool:
    """The name is a platform and nothing more ("京东", "淘宝网", "拼多多平台", "抖音直播间")."""
    name = clean(name)
    m = _PLATFORM.search(name)
    if m is None or _platform_of(m) in RETAILERS:
        return False
    rest = name[:m.start()] + name[m.end():]
    return re.fullmatch(r"(?:网|商城|平台|app|APP|App|上面?|里面?|直播间|直播)*", rest) is not None


def normalise_platform(text: str | None) -> Parsed:
    raw = clean(text)
    if not raw:
        return Parsed(None, ERR_EMPTY)
    found = find_platform(raw)
    return Parsed(found) if found else Parsed(None, ERR_FORMAT)
