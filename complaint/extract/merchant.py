"""The merchant's name: after 在/去/从, named (商家叫…), or by its suffix (…旗舰店, …超市)."""
from __future__ import annotations

import re

from complaint.extract.address import find_address
from complaint.extract.dates import _SMALL
from complaint.extract.platform import PLATFORMS, is_platform, platform_spans
from complaint.extract.text import ERR_EMPTY, ERR_FORMAT, ERR_PARTIAL, Parsed, clean


MERCHANT_SUFFIXES = (
    "有限责任公司", "有限公司", "股份公司", "公司", "旗舰店", "专卖店", "专营店", "体验店", "直营店",
    "4S店", "4s店", "家电城", "电器城", "数码城", "购物中心", "商场", "百货", "超市", "便利店",
    "商店", "商行", "商城", "门市部", "经营部", "营业厅", "药房", "药店", "大药房", "餐厅", "饭店",
    "酒店", "宾馆", "酒楼", "火锅店", "美容院", "理发店", "健身房", "培训中心", "培训学校", "驾校",
    "影城", "电影院", "网吧", "物业", "中介", "银行", "手机店", "家具城", "建材城", "市场",
    "店", "厂", "馆", "院", "行", "城", "坊", "铺",
)

# What a shop's name is made of: Chinese, Latin letters and digits ("ABC100便利店", "H&M",
# "7-11"), a branch in brackets ("星光健身(万达店)"; clean() made full-width ones ASCII),
# and a space between Latin words, held as NBSP while matching ("Apple Store").
_NAME = r"[\u4e00-\u9fa5A-Za-z0-9()·&'+.\-\u00a0]"
_NAME_PLAIN = r"[\u4e00-\u9fa5A-Za-z0-9·&'+\-\u00a0]"
_BRANCH = r"\([^()]{1,16}\)"
_BUY_VERBS = (r"(?:花了?|用了?|以|买|购买|团购|购|下单|下的单|订|定|办理?|充值?|消费|吃饭|吃|住|报名|报的|报了|"
              r"租|修|洗|做|交|付)")
_MERCHANT_AFTER_AT = re.compile(
    rf"(?:在|去(?!年)|到|从|于)\s*({_NAME}{{2,40}}?)\s*"
    rf"(?:上|里|那里|那儿|这家店|那家店|店里|的店)?\s*(?:{_BUY_VERBS})"
)
_MERCHANT_NAMED = re.compile(
    r"(?:(?:商家|店家|卖家|店铺|店名|商户|公司|经营者|被投诉方|被举报方|对方)(?:的)?(?:名字|名称)?\s*(?:是|叫|为|:)"
    r"|(?:店|网店|小店|代购|微商|主播|直播间|账号|公众号)(?:名)?\s*叫)\s*"
    rf"({_NAME}{{2,40}})"
)
_MERCHANT_BY_SUFFIX = re.compile(
    rf"({_NAME_PLAIN}{{2,20}}?(?:" + "|".join(MERCHANT_SUFFIXES[:-7]) + rf")(?:{_BRANCH})?)"
)
# "星光健身（万达店）办的卡": a name with its branch, whatever the name's own suffix
_MERCHANT_WITH_BRANCH = re.compile(
    rf"({_NAME_PLAIN}{{2,24}}{_BRANCH})"
)
# Kinds of shop: "洗衣店", "那家水果店", "楼下的奶茶店" describe a shop, they do not name it.
_CATEGORY = (
    "发型|造型|形象|洗衣|干洗|洗车|修车|汽修|维修|理发|美发|美甲|美容|按摩|足浴|推拿|奶茶|咖啡|水果|蛋糕|面包|烘焙|甜品|烧烤|火锅|"
    "小吃|快餐|早餐|面馆|饭|菜|肉|粮油|生鲜|海鲜|熟食|卤菜|烟酒|烟|酒|茶叶|茶|服装|女装|男装|童装|内衣|鞋|眼镜|"
    "手机|电脑|数码|家电|电器|五金|建材|家具|装修|药|宠物|花|母婴|文具|书|玩具|珠宝|黄金|金|化妆品|杂货|副食|"
    "便利|超市|健身|游泳|瑜伽|舞蹈|培训|教育|早教|英语|网吧|KTV|酒吧|民宿|旅馆|宾馆|酒店|打印|快递|中介|房产|"
    "租车|二手车|汽车|电动车|自行车|摩托车|驾校|诊所|口腔|牙科|医美|整形|体检|月子|家政|保洁|搬家|开锁|网店|实体"
)
_GENERIC_KIND = re.compile(
    rf"^(?:一|小|大|某|这|那|哪)?(?:家|个)?(?:的)?(?:{_CATEGORY}){{1,2}}(?:"
    + "|".join(map(re.escape, sorted(MERCHANT_SUFFIXES, key=len, reverse=True)))
    + r"|馆|铺|摊|档|部|中心|机构|门店|店铺)?$")
# A description rather than a name: "网上买的那家", "小区门口那个", "就是那边"
_DESCRIPTION = re.compile(r"那家|这家|哪家|那个|这个|那边|这边|网上|线上|门口|附近|楼下|隔壁|对面|旁边|路边|街上")
# What follows a platform's name in the name of its own shop: "京东自营", "天猫超市"
_PLATFORM_OWN = re.compile(r"官方.*|(?:自营|直营|超市|直播间|直播|旗舰店|商城|到家|优选|买菜|外卖|国际|全球购)")
_PLATFORM_PREFIX = re.compile(
    "^(?:" + "|".join(PLATFORMS.values()) + r")(?:网|商城|平台|app|APP|App)?(?:上面?|里面?)?(?:的|开的)?",
    re.IGNORECASE)
_LEADING_NOISE = re.compile(
    r"^(?:我们|我家|我|刚刚|刚|之前|前几天|上次|就|是|有一家|有家|有一个|有个|一家|一个|那家|这家|那个|这个|那间|这间|"
    r"叫|个|"
    r"楼下|附近|隔壁|对面|门口|街上|小区|路边|旁边)+")
_UNKNOWN_NAME = re.compile(r"不知道|不清楚|忘了|记不得|不记得|没注意|没看|没名字|没有名字|叫不出")
# What is a kind of shop, not the name of one: "有家药店", "楼下超市", "健身房".
_GENERIC_MERCHANT = re.compile(
    r"^(?:小|大|一|某|那|这|那个|这个|网上的?|线上的?|街边的?|路边的?)?(?:"
    + "|".join(map(re.escape, sorted(MERCHANT_SUFFIXES, key=len, reverse=True)))
    + r"|网店|小店|门店|店铺|餐馆|饭馆|小卖部|培训机构|机构|健身中心|游泳馆|美发店|卖家|商家|老板|店主|"
    r"主播|博主|网红|代购|"
    r"微商|客服|商贩|摊贩|小贩)$")
_DATE_PREFIX = re.compile(
    rf"^(?:\d{{4}}年)?(?:{_SMALL}月)?(?:{_SMALL}[日号])?(?:今天|昨天|前天|上周.|上个?月)?"
)


_SENTENCE = re.compile(r"说|让|只[让能给]|很远|还[说要]|就[说是]|把我|被|给我|我们?|你们?|他们|现在|结果|时候|合同|"
                       r"以后|之后|不[退给让管能卖]|没[有人]|了|是|要求|吗|呢|前一[周天月]|前几天|那天|当天")


def knows_no_name(text: str | None) -> bool:
    """The consumer says they do not know the shop's name ("不知道叫啥", "没注意店名")."""
    return bool(_UNKNOWN_NAME.search(clean(text)))


def _tidy_merchant(name: str) -> str | None:
    name = _DATE_PREFIX.sub("", name.strip(" ，,。.：:\u00a0"))
    # "淘宝上的优衣库旗舰店": the shop on the platform (the platform is its own field)
    prefix = _PLATFORM_PREFIX.match(name)
    on_platform = name[prefix.end():] if prefix else name
    # "京东自营", "天猫超市" are the platform's own shops; "拼多多上的旗舰店" is some shop on it
    if prefix and len(on_platform) >= 2 and (re.search(r"上|里|的", prefix.group(0))
                                            or not _PLATFORM_OWN.fullmatch(on_platform)):
        name = on_platform
    # "携程订的酒店", "网上买的那家": what follows "<verb>的" is the shop, if anything
    name = re.split(r"(?:买|订|定|办|点|充|租|住|吃|约|报)(?:的|了)", name)[-1]
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
    if _GENERIC_MERCHANT.fullmatch(name) or _UNKNOWN_NAME.search(name) or _GENERIC_KIND.fullmatch(name):
        return None
    if re.search(r"(?:那|这|哪)(?:家|个|边|里)$", name) or is_platform(name) \
            or re.fullmatch(r"(?:他|她|它|你|我)们?|对方|人家|一下", name) \
            or re.search(r"问题|情况|事情?$|行为$", name):
        return None  # "网上买的那家", "京东": where, not who
    # words of a sentence, not of a name: "不退钱只让转到很远的分店", "结婚前一周说酒店"
    if _SENTENCE.search(re.sub(r"\(.*?\)", "", name)):
        return None
    # "<where>的<kind>": "三亚的酒店", "很远的分店" say where a kind of shop is
    if "的" in name and (_GENERIC_KIND.fullmatch(name.rsplit("的", 1)[1]) or
                        _GENERIC_MERCHANT.fullmatch(name.rsplit("的", 1)[1])):
        return None
    # a remark in brackets is no branch: "云南六日游（合同说不进购物店）"
    branch = re.search(r"\(([^()]*)\)", name)
    if branch and re.search(r"说|不|没|了|是|要|让|给|住|买", branch.group(1)):
        return None
    # one canonical form: Chinese brackets around a branch, however it was typed
    return name.replace("\u00a0", " ").replace("(", "（").replace(")", "）")


_MERCHANT_CALLED = re.compile(
    rf"叫\s*({_NAME}{{2,30}}?)\s*的(?:店|网店|商家|公司|店铺|小店|旗舰店|专卖店|超市|直播间|账号|公众号|小程序|工作室|摊位?)")
# "投诉星光健身房乱收费": the one complained about, named right after 投诉/举报 (last resort,
# and only when it reads as a shop's name: after 投诉 comes as often what was bought)
_MERCHANT_COMPLAINED = re.compile(
    rf"(?:投诉|举报)(?:一下|一家|下)?\s*({_NAME}{{2,20}}?)(?=乱|不|卖|虚假|欺诈|多收|强制|拒绝|没|拖|跑路|倒闭|关门|，|,|。|$|\s)")
_ADDRESS_THEN_NAME = re.compile(r"^.*(?:市|区|县|镇|路|街|道|巷|号|楼)的")


_SPACED_BRANCH = re.compile(
    r"(?<![\s，,。])([\u4e00-\u9fa5A-Za-z0-9]{2,20}) +"
    r"([\u4e00-\u9fa5A-Za-z0-9]{1,8}?(?:分店|分公司|营业厅|门店|校区|店))"
    r"(?=$|[\s，,。；;！!])")


def _prepared(text: str | None) -> str:
    """clean(), with the spaces between Latin words held as NBSP ("Apple Store") and a
    branch typed after a space put in brackets ("华润万家 桂林路店" -> 华润万家(桂林路店))."""
    raw = re.sub(r"(?<=[A-Za-z0-9&.]) +(?=[A-Za-z0-9&])", "\u00a0", clean(text))
    return _SPACED_BRANCH.sub(lambda m: m.group(0) if _GENERIC_KIND.fullmatch(m.group(2)) or m.group(1).endswith("的")
                              else f"{m.group(1)}({m.group(2)})", raw)


def _whole(raw: str, start: int, end: int) -> tuple[int, int]:
    """A match's span grown to whole platform names it cuts ("在苏宁易购买" is 苏宁易购 + 买)
    and to a branch in brackets right after it."""
    for s0, e0 in platform_spans(raw):
        if s0 < end < e0:
            end = e0
    m = re.match(_BRANCH, raw[end:]) or re.match(r"[\u4e00-\u9fa5]{0,3}(?:厅|部|馆|中心|分店)(?=$|[\s，,。；;！!(])",
                                                    raw[end:]) \
        or re.match(r"(?:(?!的|那|这|家|买|在)[\u4e00-\u9fa5]){2,6}?(?:分店|店|营业厅|门店|校区)",  # 永辉超市万象城店
                    raw[end:])
    if m:
        end += m.end()
    return start, end


def find_merchant(text: str) -> str | None:
    """The shop's own name in free text; a platform alone or a kind of shop is no name.

    A name said as one ("商家叫…") wins; otherwise one that reads as a shop's name (…酒店,
    …旗舰店) beats a bare word after 在 ("在南京住的全季酒店" is 全季酒店, not 南京)."""
    raw = _prepared(text)
    plain = None
    for pattern in (_MERCHANT_CALLED, _MERCHANT_NAMED, _MERCHANT_AFTER_AT, _MERCHANT_WITH_BRANCH,
                    _MERCHANT_BY_SUFFIX, _MERCHANT_COMPLAINED):
        for m in pattern.finditer(raw):
            start, end = _whole(raw, *m.span(1))
            # "重庆市…8号的星光电器城": the address is its own field
            name = _tidy_merchant(_ADDRESS_THEN_NAME.sub("", raw[start:end]))
            if name and (pattern in (_MERCHANT_CALLED, _MERCHANT_NAMED) or MERCHANT_KIND.search(name)):
                return name
            if pattern is not _MERCHANT_COMPLAINED:  # "投诉美的空调", "投诉 相机": mostly what, not who
                plain = plain or name
    return plain


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
    tidy = None
    for clause in _clauses(_prepared(raw)):  # "抖音主播 老李严选好物": the clause that is a name
        if _UNKNOWN_NAME.search(clause):
            break  # "不知道店名，就在小区门口": a description follows, not a name
        tidy = _answer_name(clause)
        if tidy:
            break
    if not tidy and (_UNKNOWN_NAME.search(raw) or MERCHANT_KIND.search(raw) or _DESCRIPTION.search(raw)
                     or platform_spans(raw) or _GENERIC_KIND.search(raw)):
        return Parsed(None, ERR_PARTIAL)  # a description of the shop (or where it sells), not its name
    if not tidy or len(tidy) > 60:
        return Parsed(None, ERR_FORMAT)
    return Parsed(tidy)


def _answer_name(clause: str) -> str | None:
    """A clause of an answer to "which shop?" read as the shop's name, or None."""
    name = re.sub(r"^(?:商家|店家|卖家|店名|店铺|店|名字|名称)?(?:的)?(?:名字|名称)?(?:是|叫|为)?", "", clause)
    name = re.sub(r"^(?:就是|是|就|叫|那个|这个)+", "", name.strip(" ，,。.：:"))
    name = re.sub(r"(?:啊|呀|吧|呢|哦|嘛|啦)+$", "", name)
    tidy = _tidy_merchant(name) if name else None
    # a sentence, not a name: "我想退货退款", "你们管不管"
    if tidy and (re.search(r"我|你|想|要|吗|呢|了|是|有|没|坏|假货|退货|退款|换货|赔|怎么|什么|为什么|[?？]", tidy)
                 or _DESCRIPTION.search(tidy)):
        return None
    from complaint.extract.product import PRODUCTS  # (product reads this module's suffixes)
    if tidy in PRODUCTS:
        return None  # "衣服": what was bought, not where
    return tidy


def _clauses(raw: str) -> list[str]:
    """The answer's clauses without the address: split at punctuation and at the spaces
    people type between phrases ("万家乐热水器专卖 就在建材市场里面")."""
    address = find_address(raw)
    text = raw.replace(address, "，") if address else raw
    return [p.strip() for p in re.split(r"[，,。；;！!\s]+", text) if p.strip()]


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

