"""Online platforms (京东, 淘宝, 拼多多…): where a shop sells, not the shop itself.

A ticket keeps both: the platform (its own field) and the shop on it (the merchant's
name). "京东" alone says where, not who: it never stands as the merchant's name.
"""
from __future__ import annotations

import re

from complaint.extract.spoken import half_width_letters
from complaint.extract.text import ERR_EMPTY, ERR_FORMAT, Parsed, clean

# canonical name -> how people write it (aliases, pinyin, nicknames)
PLATFORMS: dict[str, str] = {
    "淘宝": r"淘宝|手淘|某宝|点淘|taobao",
    "天猫": r"天猫|tmall|猫超",
    "京东": r"(?<![北南])京东(?!方|路|街|大道|到家)|某东|狗东|京喜|(?<![A-Za-z0-9])jd(?![A-Za-z0-9])",
    "拼多多": r"拼多多|拼夕夕|某多多|多多买菜|(?<![A-Za-z0-9])pdd(?![A-Za-z0-9])",
    # ("dy" only where a purchase follows)
    "抖音": r"抖音|抖店|douyin|某音(?=上|里|直播|买|商城)|(?<![A-Za-z0-9])dy(?=\s*(?:上|里|买|直播|商城|小店))",
    "快手": r"快手(?!快脚)|某手(?=上|里|直播|买)",
    "美团": r"美团(?!优选)",
    "大众点评": r"大众点评|(?<![一个])点评(?=app|APP|App|网|上|里)",
    "饿了么": r"饿了么|饿了吗|饿了嘛",
    "携程": r"携程",
    "去哪儿": r"去哪儿|去哪网",
    "飞猪": r"飞猪",
    "同程": r"同程(?:旅行|艺龙)?|艺龙(?:旅行)?",
    "唯品会": r"唯品会",
    "闲鱼": r"闲鱼|咸鱼(?=上|里|app|APP|App|平台|网)",
    "转转": r"转转",
    "小红书": r"小红书|小红薯(?=上|里|app|APP|买|下单|种草|店)|(?<![A-Za-z0-9])xhs(?![A-Za-z0-9])",
    "得物": r"得物|毒(?:app|APP|App)",
    "苏宁易购": r"苏宁易购",
    "当当": r"当当网|当当(?!当)",
    "亚马逊": r"亚马逊|amazon",
    # (西安大路1688号 is an address; "1688" alone, or 1688元, is a sum: the platform is named where it sells)
    "1688": r"(?<![路街道巷号\d.])1688(?=网|平台|上|里|买|批发|进货|拿货|拍|下单|店|app|APP|\.com)|阿里巴巴",
    "盒马": r"盒马",
    "叮咚买菜": r"叮咚买菜|叮咚(?=app|APP|上买|上下单)",
    "淘特": r"淘特",
    "微店": r"微店",
    "有赞": r"有赞",
    "微信": r"微信小程序|微信商城|微信小店|微信群|朋友圈|微商",
    "视频号": r"(?:微信)?视频号",
    "哔哩哔哩": r"哔哩哔哩|b站|B站",
    "滴滴": r"滴滴(?!答|滴)",
    "货拉拉": r"货拉拉",
    "58同城": r"58同城|(?<![\d.])58(?=上|app|APP|平台)(?!到家)",
    "贝壳找房": r"贝壳找房|贝壳网|贝壳(?=上|app|APP|平台|租房|看房|找的|租的)",
    "途牛": r"途牛",
    "马蜂窝": r"马蜂窝",
    "猫眼": r"猫眼(?:电影|app|APP)?(?=上|里|买|订|购|的|$|\s|，)",
    "淘票票": r"淘票票",
    "大麦": r"大麦网|大麦app|大麦APP|大麦(?=上|里|买|抢|订)",
    "网易严选": r"网易严选",
    "考拉海购": r"考拉海购|网易考拉",
    "蘑菇街": r"蘑菇街",
    "聚美优品": r"聚美优品|聚美",
    "快团团": r"快团团",
    "安居客": r"安居客(?!栈)",  # (安居客栈: an inn's or agency's own name)
    "腾讯课堂": r"腾讯课堂",
    "网易云课堂": r"网易云课堂",
    "新氧": r"新氧",  # medical-beauty booking
    "更美": r"更美(?:app|APP)|更美(?=上|里)",
    "高德": r"高德打车|高德地图|高德(?=上|里|打的|叫的)",
    "花小猪": r"花小猪",
    # game-account and second-hand trading, grocery and delivery apps, travel tickets
    "交易猫": r"交易猫",
    "盼之": r"盼之(?:代售|app|APP|平台)?",
    "识货": r"识货(?=app|APP|上|里|买)",
    "京东到家": r"京东到家",
    "朴朴": r"朴朴(?:超市)?",
    "小象超市": r"小象超市",
    "美团优选": r"美团优选",
    "兴盛优选": r"兴盛优选",
    "多点": r"多点(?=app|APP|上|里|买)",
    "孔夫子旧书网": r"孔夫子旧书网|孔网",
    "铁路12306": r"铁路12306|(?<![\d.])12306(?=\s*(?:上|里|app|APP|网|买|订|抢|购))",
    "航旅纵横": r"航旅纵横",
    # second-hand luxury goods, checked and resold
    "红布林": r"红布林",
    # cars, new and used: listed, compared and sold through dealers there
    "懂车帝": r"懂车帝",
    "汽车之家": r"汽车之家",
    "易车": r"易车网|(?<!容)易车(?=app|APP|App|上|里|平台|网)",
    "瓜子二手车": r"瓜子二手车|瓜子(?=app|APP|App|平台|上(?:买|卖|看|挂|的车|找))",
    "人人车": r"人人车",
    "优信二手车": r"优信二手车|优信(?=app|APP|上买|上的车|平台)",
    # homes rented or bought, services at home
    "自如": r"自如(?=app|APP|App|上|里|平台|租|的房|管家|寓)|自如友家|自如寓",
    "赶集网": r"赶集网|赶集(?=app|APP|上)",
    # ride-hailing, couriers in town, bikes
    "曹操出行": r"曹操出行|曹操专车|曹操打车",
    "T3出行": r"T3出行|T3打车|(?<![A-Za-z0-9])T3(?=\s*(?:上|app|APP|叫|打的|约的|平台))",
    "哈啰": r"哈啰|哈罗(?=单车|出行|打车|顺风车|app|APP)|哈喽(?=单车|出行|打车|顺风车)",
    "嘀嗒出行": r"嘀嗒出行|嘀嗒(?:顺风车|打车)",
    "首汽约车": r"首汽约车",
    "闪送": r"闪送",
    "快狗打车": r"快狗打车",
    "途虎养车": r"途虎养车|途虎(?=app|APP|上|里|平台|工场店)",
    # second-hand books and clothes, checked and resold
    "多抓鱼": r"多抓鱼",
    # group buying
    "群接龙": r"群接龙",
    "淘菜菜": r"淘菜菜",
    # tickets of shows and concerts, homes
    "秀动": r"秀动(?=app|APP|App|上|里|买|抢|平台)",
    "纷玩岛": r"纷玩岛",
    "房天下": r"房天下",
    # livestreams and videos
    "斗鱼": r"斗鱼(?=直播|app|APP|上|里)",
    "虎牙": r"虎牙(?=直播|app|APP|上|里)",
    # courses, knowledge and fitness apps
    "作业帮": r"作业帮",
    "猿辅导": r"猿辅导",
    "高途": r"高途(?:课堂|app|APP)?(?=上|里|报|买|的课|课|app|APP|平台|$|\s|，)",
    "学而思网校": r"学而思网校|学而思(?:app|APP)",
    "网易有道": r"网易有道|有道(?:精品课|词典|app|APP)",
    "得到": r"得到(?:app|APP|App)|得到(?=上(?:买|订|报))",
    "喜马拉雅": r"喜马拉雅(?=app|APP|App|FM|fm|会员|上|里)",
    "知乎": r"知乎",
    "樊登读书": r"樊登读书|帆书",
    "小鹅通": r"小鹅通",
    "千聊": r"千聊",
    "荔枝微课": r"荔枝微课",
    "Keep": r"(?<![A-Za-z])keep(?![A-Za-z]|住|不住)",
}
ONLINE_PLATFORMS = tuple(PLATFORMS)
# Platforms that mostly sell on their own account: their name is also the seller's.
RETAILERS = ("苏宁易购", "唯品会", "当当", "盒马", "叮咚买菜", "亚马逊", "网易严选", "滴滴", "货拉拉", "途牛",
             # (a home let, a car serviced, a ride, an errand, a course sold by the company behind the app)
             "自如", "途虎养车", "曹操出行", "T3出行", "哈啰", "嘀嗒出行", "首汽约车", "闪送", "快狗打车", "瓜子二手车",
             "人人车", "优信二手车", "多抓鱼",
             "作业帮", "猿辅导", "高途", "学而思网校", "网易有道", "得到", "樊登读书", "Keep")
# Retailers one mostly walks into (their app aside): "在盒马买的" is one of their shops
STORES_FIRST = ("盒马",)
# Retailers whose stores carry their name: named alone ("苏宁易购", "是苏宁易购的"), the seller is
# named, not where it was bought (the shop's address is asked; "网上买的" then says online)
STORES_TOO = ("苏宁易购",)
# Travel platforms: a flight, a train ticket or a package tour bought there is sold by the platform or an agency
# on it; the booking is the online shop (a room or a scenic spot booked there is a place: IN_PERSON asks where)
TRAVEL_PLATFORMS = ("携程", "去哪儿", "飞猪", "同程", "途牛", "马蜂窝", "铁路12306", "航旅纵横")
# Platforms where a consumer buys from a shop that has no door to walk in: the online shop
# is where it sells (no street address to ask). The others (美团, 大众点评…) sell
# meals, rooms and tickets of places one goes to, whose address is asked.
ONLINE_SHOPS = ("淘宝", "天猫", "京东", "拼多多", "抖音", "快手", "唯品会", "闲鱼", "转转", "小红书", "得物",
                "苏宁易购", "当当", "亚马逊", "1688", "淘特", "微店", "有赞", "微信", "视频号", "哔哩哔哩",
                "网易严选", "考拉海购", "蘑菇街", "聚美优品", "快团团", "红布林", "多抓鱼", "群接龙", "作业帮",
                "猿辅导", "高途", "学而思网校", "网易有道", "得到", "喜马拉雅", "知乎", "樊登读书", "小鹅通", "千聊",
                "荔枝微课", "淘菜菜") + TRAVEL_PLATFORMS
# Bought through a platform and used in a place: "团购的", "到店", "入住"
IN_PERSON = re.compile(r"团购|到店|门店|店里|店内|堂食|入住|住的|线下|实体店|现场|上门|去店|去了店|进店|柜台|专柜|"
                       r"民宿|酒店|宾馆|旅馆|客栈|住宿|景区|景点|门票|度假村|农家乐|温泉|乐园|前台|房间|客房|标间|大床房|双床房|"
                       r"房费|找的|约的")
# What is booked on a travel platform and sold there, not used at a place of the seller's: a ticket, a tour
_TRAVEL_BOOKED = re.compile(r"票|航班|航空|飞机|高铁|火车|动车|班车|大巴|船|跟团|报团|参团|旅行团|旅游团|团费|"
                            r"[几日天]游|自由行|行程|签证|包车|接送机|出境|出国")
# Seen on a platform, bought elsewhere: "在抖音刷到广告"
# (or where the seller seeks customers: "在朋友圈招揽客人", "在朋友圈看见他换了个名字继续招人")
# (or what the platform did besides selling: checked the goods, "得物鉴定不通过", "拿去得物验了"; showed the seller's
# work, "朋友圈发的案例图")
_SEEN_ONLY = re.compile(r"刷到|广告|种草|招揽|拉客|招人|招生|揽客|鉴定|验货|验了|验出|查验|案例|发的图|晒的")
# The platform's own lines of business, its name said right before them ("京东电器", "天猫优品", "京东生鲜",
# "京东大药房"); one with a store after it ("京东电器超级体验店", "京东家电专卖店") is a shop to walk into, no platform
_PLATFORM_LINE = re.compile(r"电器|家电|生鲜|便利店|便利|优品|超级体验|体验店|大药房|药房|健康|图书|母婴|家装|养车|"
                            r"汽车")
_OWN_STORE = re.compile(rf"(?:{_PLATFORM_LINE.pattern})[^，,。\s上里的]{{0,6}}(?:店|专柜|柜台|卖场|馆)")
# Cars are looked at, priced and booked for a drive on their apps, and bought at a dealer's ("在懂车帝上看的车 去店里
# 买的"): looked at there is no buying there
_LOOKED_AT_ONLY = ("懂车帝", "汽车之家", "易车")
_LOOKED = re.compile(r"看的|看中|看上|看好|看到|刷到|询(?:了|的)?价|问(?:了|的)?价|比价|查价|留了?电话|留的电话|留资|"
                     r"(?:预约|约)?试驾|对比")
# The name the seller goes by there: "朋友圈叫小美工作室", "视频号上的昵称叫…" (where it is known, not where it sold)
_GOES_BY = re.compile(r"\s*(?:上|里)?(?:的)?(?:名字|昵称|账号|名称)?(?:叫|是叫)(?![的了过车])")
_BOUGHT_THERE = re.compile(r"买|购|下单|下的单|拍|付款|支付|订|团|充|点的|点了|抢")
# "京东物流", "京东白条": the company's other business, not the platform a shop sells on
_PLATFORM = re.compile("|".join(f"(?P<p{i}>(?:{aliases})(?!物流|快递|快运|金融|白条|支付|钱包))"
                                for i, aliases in enumerate(PLATFORMS.values())), re.IGNORECASE)
_ONLINE_HINT = re.compile(_PLATFORM.pattern + r"|网店|网购|网上|线上|直播|小程序|微信|公众号"
                          r"|(?<![A-Za-z])app(?![A-Za-z])", re.IGNORECASE)  # ("Apple Store" is no app)


def _platform_of(m: re.Match[str]) -> str:
    """The canonical platform of a _PLATFORM match: its one matching group is p<index>."""
    assert m.lastgroup is not None  # every alternative of _PLATFORM is a named group
    return ONLINE_PLATFORMS[int(m.lastgroup[1:])]


def find_platform(text: str | None) -> str | None:
    """The first platform the text names as where it was bought, by its canonical name
    ("拼夕夕上买的" -> "拼多多"); one where an advert was only seen ("在抖音刷到广告，去店里办的卡")
    is not where it was bought."""
    raw = half_width_letters(clean(text))  # ("大麦ａｐｐ" typed full-width)
    for m in _PLATFORM.finditer(raw):
        if _platform_of(m) in RETAILERS and (
                re.match(r"\s*(?:\(|[^，,。\s上里的]{0,6}(?:店|专柜|柜台|卖场))", raw[m.end():])
                or (_platform_of(m) in STORES_FIRST
                    and not re.match(r"\s*(?:上|里|app|APP|App|网|线上|商城|小程序|官网|平台)", raw[m.end():]))
                or (_platform_of(m) in STORES_TOO and re.fullmatch(r"(?:是|就是)?\s*(?:在)?", raw[:m.start()])
                    and re.fullmatch(r"\s*(?:的|那家|家的)?\s*[。.！!]?", raw[m.end():]))
                # ("苏宁易购 就是万达三楼那个苏宁": one of its stores, pointed at where it is)
                or (_platform_of(m) in STORES_TOO
                    and not re.search(r"网上|线上|app|APP|App|官网|小程序|上买|上下单", raw)
                    and re.search(r"[一二三四五六七八九十\d]楼|负一|门店|店里|商场|广场|(?:那个|那家|这家)", raw))):
            continue  # "苏宁易购（新街口店）", "在盒马买的": the retailer's own shop sold it, no platform between
        if _OWN_STORE.match(raw, m.end()):
            continue  # "在京东电器超级体验店买的": one of the platform's own stores
        clause = re.split(r"[，,。；;！!？?\s]", raw[m.end():], maxsplit=1)[0]
        before = re.split(r"[，,。；;！!？?\s]", raw[:m.start()])[-1]
        if (_SEEN_ONLY.search(before + clause) or _GOES_BY.match(raw, m.end())
                or (_platform_of(m) in _LOOKED_AT_ONLY and _LOOKED.search(before + clause))) \
                and not _BOUGHT_THERE.search(before + clause):
            continue
        return _platform_of(m)
    return None


def online_shop(text: str | None, platform: str | None) -> str | None:
    """Where an online shop is, for its address: "网店（拼多多）", when the purchase was made in
    a shop on that platform and not used in a place ("美团上团购的自助餐" has a restaurant's address)."""
    if not platform or platform not in ONLINE_SHOPS or IN_PERSON.search(clean(text)):
        return None
    if platform in TRAVEL_PLATFORMS and not _TRAVEL_BOOKED.search(clean(text)):
        return None  # "我要投诉携程": a room as likely as a flight; what was booked is not told yet
    return f"网店（{platform}）"


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


def is_retailer(name: str) -> bool:
    """The name is a platform that sells on its own account ("苏宁易购", "滴滴"): the seller itself."""
    m = _PLATFORM.search(clean(name))
    return m is not None and _platform_of(m) in RETAILERS


def normalise_platform(text: str | None) -> Parsed:
    raw = clean(text)
    if not raw:
        return Parsed(None, ERR_EMPTY)
    found = find_platform(raw)
    return Parsed(found) if found else Parsed(None, ERR_FORMAT)
