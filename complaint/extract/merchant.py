"""The merchant's name: after 在/去/从, named (商家叫…), or by its suffix (…旗舰店, …超市)."""
from __future__ import annotations

import re

from complaint.extract.address import find_address, units_only
from complaint.extract.brands import KNOWN_BRANDS, is_known_brand
from complaint.extract.dates import _SMALL, find_date
from complaint.extract.platform import _PLATFORM_LINE, PLATFORMS, is_platform, is_retailer, platform_spans
from complaint.extract.name import SURNAMES
from complaint.extract.spoken import answer_core, filling_taken_off, how_it_came_taken_off
from complaint.extract.text import ERR_EMPTY, ERR_FORMAT, ERR_PARTIAL, Parsed, clean, common_word, tagged_words


# one character ending a shop's name ("老王火锅店", "张记烧饼铺"): a kind of shop, too short to find one by
_SINGLE_SUFFIXES = ("店", "厂", "馆", "院", "行", "城", "坊", "铺", "摊")
MERCHANT_SUFFIXES = (
    "有限责任公司", "有限公司", "股份公司", "公司", "旗舰店", "专卖店", "专营店", "体验店", "直营店",
    "4S店", "4s店", "家电城", "电器城", "数码城", "购物中心", "商场", "百货", "超市", "便利店",
    "商店", "商行", "商城", "门市部", "经营部", "营业厅", "药房", "药店", "大药房", "餐厅", "饭店",
    "酒店", "宾馆", "酒楼", "火锅店", "美容院", "理发店", "健身房", "培训中心", "培训学校", "驾校",
    "影城", "电影院", "网吧", "物业", "中介", "银行", "手机店", "家具城", "建材城", "市场",
    "旅行社", "工作室", "会所", "俱乐部", "诊所", "医院", "学校", "摊位", "档口", "加油站", "大排档",
    # a trade's shop named 行 ("恒通二手车行", "雅音琴行"): the one character alone is too short to find one by
    "车行", "琴行", "电器行", "五金行", "眼镜行",
) + _SINGLE_SUFFIXES

# What a shop's name is made of: Chinese, Latin letters and digits ("ABC100便利店", "H&M",
# "7-11"), a branch in brackets ("星光健身(万达店)"; clean() made full-width ones ASCII),
# and a space between Latin words, held as NBSP while matching ("Apple Store").
_NAME = r"[\u4e00-\u9fa5A-Za-z0-9()·&'+.\-\u00a0\u2024]"
_NAME_PLAIN = r"[\u4e00-\u9fa5A-Za-z0-9·&'+\-\u00a0\u2024]"
_BRANCH = r"\([^()]{1,16}\)"
_BUY_VERBS = (r"(?:花了?|用了?|以|买|购买|团购|购|下单|下的单|订|定|办理?|充值?|消费|吃饭|吃|住|报名|报的|报了|"
              r"租|修|洗|做|交|付)")
_MERCHANT_AFTER_AT = re.compile(
    rf"(?:(?<![现存正实所自好])在|(?<![送拿带回出进过上下来失])去(?!年)|(?<![收看想遇找拿得达])到|从(?!来|小|前|头)|于)"
    rf"\s*({_NAME}{{2,40}}?)\s*"
    rf"(?:上|里|那里|那儿|这家店|那家店|店里|的店)?\s*(?:{_BUY_VERBS})"
)
_MERCHANT_NAMED = re.compile(
    r"(?:(?:商家|店家|卖家|店铺|店名|商户|公司|机构|经营者|被投诉方|被举报方|对方)(?:的)?(?:名字|名称)?\s*(?:就)?"
    r"(?:是(?!在)|叫|为|:)"
    r"|(?:小票|发票|收据|订单|付款记录)上面?(?:写的是|写着|写的|印的是|印着|显示的?是|显示)"
    # ("门头写的顺发电器", "招牌写放心肉": 上 and 的 go unsaid of a sign)
    r"|(?:招牌|门头|店招|牌子|牌匾)(?:上面?)?(?:写的是|写着|写的|写|印的是|印着|显示的?是|显示)"
    r"|(?:店|网店|小店|代购|微商|主播|直播间|账号|公众号|他们家|他家|她家|那家店?|这家店?|店铺|昵称|网名|用户名|"
    r"招牌|门头|店招|牌子|"
    r"[\u4e00-\u9fa5]{1,3}号)(?:名|名字)?\s*(?:就)?叫(?:做|作)?)\s*"
    rf"({_NAME}{{2,40}})"
)
# A price or a rule a sign shows ("一天二十", "每小时5元", "十块三个", "不退不换"): no name
_PRICE_WRITTEN = re.compile(r"^(?:一|每)(?:天|小时|次|晚|位|人|个|斤)|[一二两三四五六七八九十百千万\d]{2,}(?:块|元)?$|"
                            r"[一二两三四五六七八九十百千万\d]+(?:块|元)|^(?:不|概不|谢绝|禁止)")
# A receipt, an invoice or an order says many things (the model, the date, how clearly): what it is said to
# show is the shop's name only when it reads as one (a shop's kind at its end, a known chain, a branch)
_ON_A_SLIP = re.compile(r"(?:小票|发票|收据|订单|付款记录)")
_MERCHANT_BY_SUFFIX = re.compile(
    rf"({_NAME_PLAIN}{{2,20}}?(?:" + "|".join(MERCHANT_SUFFIXES[:-len(_SINGLE_SUFFIXES) + 1]) + rf")(?:{_BRANCH})?)"
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
    "租车|二手车|汽车|电动车|自行车|摩托车|驾校|诊所|口腔|牙科|医美|整形|体检|月子|家政|保洁|搬家|开锁|网店|实体|"
    "殡葬|殡仪|寿衣|"
    "修理|养生|养身|理疗|保健|门窗|旅行|旅游|留学|出国|代理|租房|房屋|燃气|自来水|供水|供电|电力|热力|供暖|物业|"
    "通讯|通信|宽带|保险|停车|婚纱|摄影|婚庆|影楼|培训班|托管|辅导|艺术|美术|音乐|钢琴|书法|跆拳道|武术|装饰|"
    "物流|速递|快运|回收|洗浴|足疗|采耳|纹身|纹绣|眼科|医疗|整容|月嫂|保姆|外卖|零食|母婴用品|特产|土特产|"
    "二手房|新房|房地产|婚介|婚姻|留学|劳务|职业|家教|橱柜|衣柜|定制|灯具|窗帘|卫浴|瓷砖|地板|涂料|"
    # play and leisure, what is eaten, small trades
    "剧本杀|密室逃脱|密室|桌游|电玩|电竞|轰趴|网咖|台球|桌球|棋牌|麻将|汗蒸|桑拿|洗脚|SPA|spa|"
    "农资|种子|化肥|农药|饲料|兽药|渔具|"
    "烤肉|烤鱼|串串|麻辣烫|米粉|米线|包子|饺子|水饺|馄饨|拉面|炸鸡|汉堡|披萨|寿司|日料|西餐|自助餐|自助|私房菜|"
    "小龙虾|卤味|酸菜鱼|冒菜|鸭脖|便当|盒饭|配钥匙|修鞋|裁缝|改衣|照相|冲印|复印|图文|托育|托班|午托|晚托|幼儿园"
)
_KINDS = ("|".join(map(re.escape, sorted(MERCHANT_SUFFIXES, key=len, reverse=True)))
          + r"|馆|铺|摊|档|部|屋|中心|机构|门店|店铺|网点|专柜")
_REGIONAL = (r"东北|西北|川|湘|粤|鲁|徽|闽|浙|苏|京|沪|港|台|新疆|云南|贵州|重庆|四川|湖南|广东|潮汕|江西|兰州|沙县|"
             r"港式|日式|韩式|泰式|西式|中式|法式|意式|美式|本地|外地|私人|个体|小型|大型|连锁|家庭|"
             # what a shop is like, not which ("网红餐厅", "高档酒店", "无证诊所")
             r"网红|高档|高端|平价|无证|黑心|新开的?|老牌|正规|路边|街边|社区|小区|网上|线上|二手")
_GENERIC_KIND = re.compile(
    rf"^(?:一|小|大|某|这|那|哪)?(?:家|个)?(?:的)?(?:{_REGIONAL})?(?:{_CATEGORY}){{1,2}}(?:(?:{_KINDS}){{1,2}})?$"
    rf"|^(?:一|小|大|某|这|那|哪)?(?:家|个)?(?:{_KINDS}){{2}}$"
    rf"|^(?:一|小|大|某|这|那|哪)?(?:家|个)?(?:的)?(?:{_REGIONAL})(?:的)?(?:{_KINDS})$")
# Tradesmen hired by what they do ("装修队", "搬家师傅", "施工队"): who they are, not a name of their own
_CREW = re.compile(rf"(?:{_CATEGORY}|施工|水电|油漆|泥瓦|拆除|安装|拉货|送货|跑腿|家电维修|空调维修)"
                   r"(?:队|师傅|工人|团队|小哥|小工|阿姨|大姐)")
# A shop by what it is like ("网红饼店", "无证小作坊", "路边烧饼摊"): a kind with a word of praise or blame, which
# a shop's own name does not start with
_QUALIFIED_KIND = re.compile(r"(?:网红|高档|高端|平价|无证|黑心|新开的?|老牌|正规|路边|街边|私人|个体|小型|大型|"
                             r"连锁)的?[\u4e00-\u9fa5]{1,3}?(?:小?作坊|店|铺|摊|馆|档)")
# What the consumer calls a shop in anger is no name: "就是骗子", "黑店", "一帮奸商"
_JUDGEMENT = re.compile(r"(?:那种|这种|就是)?(?:个|一个|一群|一帮|一伙|纯|大|纯纯的?|彻头彻尾的?)?"
                        r"(?:骗子|大骗子|黑店|奸商|黑心商家?|无良商家?|黑中介|流氓|强盗|土匪|坑货|坑人的|垃圾|骗局|诈骗犯?|"
                        r"无赖|人渣|吸血鬼|黑心肝|不要脸的)(?:们|公司|商家|店|一个)?")
# A description rather than a name: "网上买的那家", "小区门口那个", "就是那边"
_DESCRIPTION = re.compile(r"那家|这家|哪家|那个|这个|那边|这边|网上|线上|门口|附近|楼下|隔壁|对面|旁边|路边|街上")
# What follows a platform's name in the name of its own shop: "京东自营", "天猫超市"
_PLATFORM_OWN = re.compile(r"官方.*|(?:自营|直营|超市|直播间|直播|商城|到家|优选|买菜|外卖|国际|全球购|"
                           r"秒送|闪购|小时达)")  # ("京东秒送": its quick delivery, said alone)
_PLATFORM_PREFIX = re.compile(
    "^(?:" + "|".join(PLATFORMS.values()) + r")(?!物流|快递|快运|金融|白条|支付|钱包)"
    r"(?:网|商城|平台|app|APP|App)?(?:上面?|里面?)?(?:一家|一个|的|开的)?",
    re.IGNORECASE)
_LEADING_NOISE = re.compile(
    r"^(?:我们|我家|我|刚刚|刚|之前|前几天|上次|就|是|有一家|有家|有一个|有个|一家|一个|那家|这家|那个|这个|那间|这间|"
    r"叫|个|跟|找|什么|啥|"
    r"楼下|附近|隔壁|对面|门口|街上|小区|路边|旁边|那边|这边|里面|里|上面|的|"
    # which town, said before the name with 的: "本地的苏宁", "我们县城的国美", "老家的供销社"
    r"(?:本地|当地|老家|县城|县里|市里|城里|镇里)(?=的)|"
    # where, said before the kind of shop: "城中村便利店", "村口小卖部", "镇上超市"
    r"城中村|村口|村头|村里|镇上|乡里|路口|巷口|街口|菜市场里?|(?:农贸|集贸|农副产品)市场里?(?=[\u4e00-\u9fa5]{3})|"
    # a scenic spot or a station, said before the kind of shop: "景区商店", "景区里的餐厅", "高铁站便利店"
    r"景区(?:内(?!部))?|景点|服务区|火车站|高铁站|汽车站|码头)+")
_UNKNOWN_NAME = re.compile(r"不知道|不清楚|忘了|记不得|不记得|没注意|没看|没名字|没有名字|叫不出|"
                           r"不(?:太|大|是很)?确定|拿不准|说不准|说不好|记不清|想不起")
# What is a kind of shop, not the name of one: "有家药店", "楼下超市", "健身房".
_GENERIC_MERCHANT = re.compile(
    r"^(?:小|大|一|某|那|这|那个|这个|网上的?|线上的?|街边的?|路边的?)?(?:"
    + "|".join(map(re.escape, sorted(MERCHANT_SUFFIXES, key=len, reverse=True)))
    + r"|网店|小店|门店|店铺|餐馆|饭馆|小卖部|小卖店|小卖铺|小商铺|培训机构|机构|健身中心|游泳馆|美发店|"
    r"卖家|商家|老板|店主|"
    r"主播|博主|网红|代购|"
    r"微商|客服|商贩|摊贩|小贩|官网|官方网站|官方|厂家|厂商|售楼处|售楼部|直播间|小摊|路边摊|地摊|摊子)$")
_DATE_PREFIX = re.compile(
    rf"^(?:\d{{4}}年)?(?:{_SMALL}月)?(?:{_SMALL}[日号])?(?:今天|昨天|前天|上周.|上个?月)?"
    r"(?:去年|前年|今年|这个?月|本月|最近|前段时间|前阵子|上次|那次|当时|之前|以前)?"
)
# Where the shop is, said before it: "万达三楼那家乐刻健身", "菜市场里的刘记猪肉档"
_PLACE_BEFORE = re.compile(r"^[^，,。]{1,12}?(?:那家|这家|那间|这间|那个|这个)(?=[^，,。]{2,})"
                           r"|^[^，,。]{2,12}?(?:里面?|上面?|旁边|对面|门口|附近|楼下|楼上|边上|隔壁|那边|这边|"
                           # (a floor however it is written: "3楼", "负一层", "L3", "B1", "3F")
                           r"(?:负|地下)?[一二三四五六七八九十\d]+[楼层]|(?<![A-Za-z])[LBlb]\d{1,2}|\d{1,2}[Ff])"
                           r"(?:的|那家|一家)(?=[^，,。]{2,})")
# "安踏的专卖店": the brand's own shop, said with 的
_BRAND_STORE = re.compile(r"^([^的]{2,12})的((?:官方)?(?:专卖店|旗舰店|专营店|直营店|体验店|授权店|授权专卖店|"
                          r"营业厅|营业部))$")
# Hedges around a name ("好像是…", "应该叫…", "叫什么来着"): the name follows
_HEDGE = re.compile(r"(?:我记得|印象中|没记错的话|好像|貌似|似乎|大概|应该|估计)(?=是|叫|就是)|(?:叫)?(?:什么|啥)来着")
_WHERE_THEN_IN = re.compile(r"^(.*(?:" + "|".join(PLATFORMS.values()) + r"|场|街|路|城|楼|中心|店|网|区|镇|村|站))"
                            r"(?:上面|上|里面|里)$", re.IGNORECASE)
_QUOTES = re.compile(r"[“”\"「」『』《》【】‘’]")


_SENTENCE = re.compile(r"说|让|只[让能给]|很远|还[说要]|就[说是]|把我|被|给我|我们?|你们?|他们|现在|结果|时候|合同|"
                       r"以后|之后|不[退给让管能卖]|没[有人]|了|是|要求|吗|呢|前一[周天月]|前几天|那天|当天|想问|问问|"
                       r"偷偷|禁止|发布|强制|搭售|乱收|宰客|骗|[拉带领]到|[拉带领]去")
# Said of a name called one (商家叫…, …（万达店）): only these make it a sentence ("鱼你在一起" is a name)
_SENTENCE_NAMED = re.compile(r"说|让|了|吗|呢|要求|结果|时候|不[退给让管能卖]|没有")


# The shop has no name to give: "没有招牌", "没挂牌子", "无名小店", "没店名"
_NO_SIGN = re.compile(r"(?:没有?|无)(?:挂)?(?:招牌|牌子|牌匾|门头|店名)|无名")


def knows_no_name(text: str | None) -> bool:
    """The consumer says they do not know the shop's name ("不知道叫啥", "没注意店名"), or that
    it has none ("没有招牌的小诊所")."""
    raw = clean(text)
    return bool(_UNKNOWN_NAME.search(raw) or _NO_SIGN.search(raw))


# Who or what sold it, said of a seller with no name: "摆地摊的老头", "流动摊贩", "来小区搞讲座的公司"
_SELLER = re.compile(r"摊|贩|老头|老太|老板|大爷|大妈|阿姨|师傅|大叔|大哥|大姐|诊所|直播间|主播|网点|停车场|公司|"
                     r"团队|工作室|车队|的人|那伙人|那帮人|推销")
_ONLINE = re.compile(r"网店|网上|线上|app|APP|App|小程序|公众号|链接")
# A name given after all ("不知道全称 叫老王烧烤"): then it is no description
_CALLED_AFTER_ALL = re.compile(r"(?<!不知道)(?<!不清楚)(?<!不记得)(?<!记不得)(?<!忘了)叫(?!啥|什么|不出|不上)"
                               r"|名字是|店名是|写着|写的是|印着|(?:牌子|招牌|门头|牌匾)(?:上面?)?(?:写的|挂的|印的)?(?:是|叫|[:：])")


# A livestream room or online shop said as whose it is: "酒仙老李的直播间", "阿强的抖音小店"
_NAMED_ROOM = re.compile(r"([\u4e00-\u9fa5A-Za-z0-9]{2,12})的"
                         r"((?:抖音|快手|视频号)?(?:直播间|小店|橱窗)|抖音号|快手号|视频号)")
_POINTING_OWNER = re.compile(r"^(?:一个|一家|某|那|这|个|我|他|她|朋友|别人|网红|主播|博主|卖家|商家|老板)")


def _called_by(raw: str) -> str | None:
    """"卖猪肉的老孙 没有招牌 18号摊", "老孙猪肉摊 没有招牌": what the seller is called by, said first, then that
    no sign says it: the name (a kind of shop said first, "小区门口的水果店", is none)."""
    first = re.split(r"[\s，,。；;]+", raw.strip())[0]
    if first == raw.strip() or not _NO_SIGN.search(raw) or knows_no_name(first):
        return None
    return first if normalise_merchant(first).value == first else None


def described_merchant(text: str | None) -> str | None:
    """A seller with no name the consumer can give, told by who or what it is ("不知道叫啥，就一个摆地摊的老头",
    "没名字，开三轮车的流动摊贩", "没有招牌的小诊所"): the description staff will work from, marked
    "名称不详（…）"; None where a name is given after all, where the words say nothing of the seller,
    or of a shop online (its name is in the order)."""
    raw = clean(text)
    if not knows_no_name(raw) or _CALLED_AFTER_ALL.search(raw):
        return None  # ("无名小作坊 门口挂的牌子是 老秦凉皮": the sign's name is given after all)
    if _called_by(raw):
        return None
    description = describe_merchant(raw)
    if not description:
        return None
    body = description[len("名称不详（"):-1]
    if platform_spans(body) or _ONLINE.search(body):
        return None
    said = re.sub(r"店名|店铺名|名字|名称|招牌|牌子|门头", "", raw)  # ("不知道叫什么公司": the kind is said)
    return description if (MERCHANT_KIND.search(said) or _SELLER.search(said)) else None


def _off_platform(name: str) -> str | None:
    """The shop's name without the platform it sells on: "淘宝上的优衣库旗舰店" -> 优衣库旗舰店 (the
    platform is its own field); "京东自营", "天猫超市" are the platform's own shops, "苏宁易购（新街口店）",
    "滴滴出行" a platform that sells on its own account; None for "淘宝店", "飞猪上一个代理店"."""
    if not is_known_brand(name):  # ("美的" is a brand)
        name = re.sub(r"的$", "", name)  # "京东自营的"
    prefix = _PLATFORM_PREFIX.match(name)
    if prefix and not re.search(r"上|里|的", prefix.group(0)) and is_retailer(prefix.group(0)):
        prefix = None
    on_platform = name[prefix.end():] if prefix else name
    own = re.match(r"(自营|直营)的?(?=[\u4e00-\u9fa5A-Za-z]{2})", on_platform) if prefix else None
    if prefix and prefix.group(0) == name[:prefix.end()] and re.fullmatch(rf"(?:{'|'.join(PLATFORMS.values())})",
                                                                         prefix.group(0), re.IGNORECASE) \
            and _PLATFORM_LINE.match(on_platform):
        return name  # "京东电器超级体验店", "天猫优品电器体验店", "京东生鲜自营": its own line of shops, one name
    if prefix and own:  # "京东自营的格力官方旗舰店": the platform's own shop of that brand, the platform named with it
        platform = re.sub(r"(?:网|商城|平台|app|APP|App)?(?:上面?|里面?)?(?:一家|一个|的|开的)?$", "", prefix.group(0))
        return platform + own.group(1) + on_platform[own.end():]
    if prefix and (len(on_platform) < 2 or _GENERIC_KIND.fullmatch(on_platform)
                   or _GENERIC_MERCHANT.fullmatch(on_platform)) and not _PLATFORM_OWN.fullmatch(on_platform):
        return None  # "淘宝店", "拼多多上的店": a shop on the platform, not its name
    if prefix and len(on_platform) >= 2 and (re.search(r"上|里|的", prefix.group(0))
                                            or not _PLATFORM_OWN.fullmatch(on_platform)):
        return on_platform
    return name


def _tidy_merchant(name: str, named: bool = False, called: bool = False) -> str | None:
    """The name as found, without what surrounds it in the sentence; `named`: vouched for (called
    one or with its branch), so words of a sentence in it are its own; `called`: said after 叫 or
    店名是, so taken as said."""
    name = _DATE_PREFIX.sub("", name.strip(" ，,。.：:\u00a0"))
    # a bracket left without its pair by a cut ("殡葬店)", "(万达店"): no part of the name
    # (a remark cut in its bracket, "…五日游（合同说全程无购物店", leaves no name)
    if name.count("(") != name.count(")"):
        cut = re.search(r"\(([^()]*)$", name)
        if cut and re.search(r"说|不|没|了|是|要|让|给|住|买", cut.group(1)):
            return None
        name = re.sub(r"\)$", "", name) if name.count(")") > name.count("(") else re.sub(r"\([^()]*$", "", name)
        if len(name) < 2 or name.count("(") != name.count(")"):
            return None
    # "地接社叫彩云之南旅行社", "网点叫中通（西湖网点）": the name is what follows 叫
    after = re.search(r"叫(?:做|作)?(?!的|了)([^叫]{2,})$", name)  # ("货拉拉上叫的搬家师傅": hired, not called)
    if after:
        name, named, called = after.group(1), True, True
    on_its_own = _off_platform(name)
    if on_its_own is None:
        return None
    name = on_its_own
    # "携程订的酒店", "网上买的那家": what follows "<verb>的" is the shop, if anything
    name = re.split(r"(?:买|订|定|办|点|充|租|住|吃|约|报)(?:的|了)|叫(?:的|了)", name)[-1]
    name = re.sub(r"^.*?(?:投诉|举报|反映)(?:一下|一家|的是|的)?", "", name) or name
    name = re.sub(r"^.*?(?:名字|名称|店名)(?:就)?(?:是|叫|为)", "", name) or name  # "名字是ZARA（太古里店）"
    if not is_known_brand(name):  # ("美的" is a brand, not 美 said with 的)
        name = re.sub(r"(?:那里|那儿|这里|的|(?<=[\u4e00-\u9fa5]{2})那)$", "", name)
    # "我们小区门口的陈记家电": whose neighbourhood, said before where the shop is
    name = re.sub(r"^(?:我们|咱们|我家|俺们)(?=小区|村|镇|乡|楼下|单位|学校|这边|那边|附近|门口|街上|县城|菜市场)",
                  "", name)
    if re.match(r"(?:我|你|您|他|她|咱)(?!爱|家)", name) and not _SHOP_END.search(name) \
            and not re.search(r"[(（]", name):
        return None  # "告诉商家是我投诉的": the consumer or another person, never the shop's name
    # "淘宝上", "万达广场里": where, not part of the name ("幸福里" is a name)
    name = _WHERE_THEN_IN.sub(r"\1", name)
    previous = None if not called else name  # (a name called one is taken as said: "我爱我家小吃")
    while previous != name:  # "就在小区门口那家药店": every leading filler word
        previous = name
        # ("拿去金店一看": where it was taken; a bare 来 starts names: "来伊份", "来福士")
        name = re.sub(r"^(?:[拿送带寄搬开跑走回找](?:去|到|来)|去|到|来(?=[到这那])|在)", "",
                      _LEADING_NOISE.sub("", _DATE_PREFIX.sub("", name)))
        name = _PLACE_BEFORE.sub("", name)
    # "农贸市场陈记肉铺": the market a stall is in, said before the stall's own name (even a name called one)
    name = re.sub(r"^(?:农贸|集贸|农副产品|菜)市场里?(?=[\u4e00-\u9fa5]{2,8}(?:铺|摊|店|档|档口|行)(?:$|\())", "", name)
    on_its_own = _off_platform(name)
    if on_its_own is None:
        return None
    name = on_its_own
    # "报团的是中青旅（…）": who it was, said with 的是; "物业万科物业（…）": the kind, then the name of that kind
    name = re.sub(r"^[^()，,。]{1,8}?的(?:就)?是(?=[^()，,。]{2,})", "", name)
    # (a one-character kind first is the name's own: "城东电器城")
    # "房子去年十月交给一个装修公司", "城中村里面一个小家电店": the story or the place, then the kind of shop
    # pointed at by 一个 (a name of its own would be called one: "一个叫…的")
    if not called:
        name = re.sub(r"^[^()，,。]+?(?:一个|一家(?!人)|一间|有个|有家)(?=[^()，,。]{2,}$)", "", name)
    kind_first = re.match(rf"(?:{_KINDS}|商家|店家)(?<=..)(?=(.{{2,}}?)(?:{_KINDS})(?:\([^()]*\))?$)", name)
    if kind_first and len(name) - kind_first.end() >= 4:
        name = name[kind_first.end():]
    brand = _BRAND_STORE.match(name)
    if brand and not is_known_brand(brand.group(1)) and (
            (common_word(brand.group(1), 3) or "") == "ns" or _WHERE_END.search(brand.group(1))
            or _ordinary_place(brand.group(1))):
        return None  # "宁波的营业厅", "镇上的专卖店": where a shop of the kind is, not whose
    if brand:
        name = brand.group(1) + brand.group(2)
    if not called and (name.startswith("卖") or re.match(r"^[^，,。]{1,8}(?:卖|开)的", name)
                       or (re.match(r"(?:做|修|搞|弄|干|收|帮人)", name) and len(name) <= 6
                           and not _SHOP_END.search(name))):
        return None  # "卖烤红薯的小摊", "那个做橱柜的": what the shop sells or does, a description (describe_merchant)
    if re.fullmatch(r"(?:摊位|档口|铺位|柜台|门面|门牌)号?(?:是)?[\d一二三四五六七八九十]+号?"
                    r"|[\d一二三四五六七八九十]+号(?:摊位|档口|铺位|柜台|门面)?", name):
        return None  # "摊位23号": which stall, not whose
    if not called and re.match(r"[区县省旗](?!长)", name):
        return None  # "区坞城路农贸市场" of "…小店区坞城路农贸市场": a piece of an address, cut at a unit
    if _JUDGEMENT.fullmatch(name):
        return None  # "装修公司就是骗子": what the consumer thinks of it, not its name
    if len(name) < 2 or re.fullmatch(r"[\d.]+", name) \
            or (not called and re.search(r"(?:[上里买]|(?<![专特直])卖)$", name)) \
            or re.search(r"[一二三四五六七八九十百千万两\d]+(?:块|元|小时|分钟|个月|斤|公斤|次)", name):
        return None  # "安居客上": where it sells (a name ends so only when called one: "幸福里")
    if name in ("商家", "店家", "卖家", "那家店", "这家店", "网上", "线上", "店里", "那里", "这里", "家里") \
            or _CHANNEL.fullmatch(name):
        return None  # (a platform's sales channel, "百亿补贴", is where the offer was)
    if _GENERIC_MERCHANT.fullmatch(name) or _UNKNOWN_NAME.search(name) or _GENERIC_KIND.fullmatch(name) \
            or (not called and (_CREW.fullmatch(name) or _QUALIFIED_KIND.fullmatch(name))):
        return None
    if re.search(r"(?:那|这|哪)(?:家|个|边|里|间)(?:店|店铺|公司|铺子|商家|门店)?$", name) or is_platform(name) \
            or is_platform(name + "上") \
            or re.fullmatch(r"(?:他|她|它|你|我)们?|对方|人家|一下", name) \
            or re.search(r"问题|情况|事情?$|行为$", name):
        return None  # "网上买的那家", "京东": where, not who
    # words of a sentence, not of a name: "不退钱只让转到很远的分店", "结婚前一周说酒店"
    if (_SENTENCE_NAMED if named else _SENTENCE).search(re.sub(r"\(.*?\)", "", name)):
        return None
    # "<where>的<kind>": "三亚的酒店", "很远的分店" say where a kind of shop is
    if "的" in name and not called and len(name.rsplit("的", 1)[0]) >= 2 and (  # ("美的专卖店": a brand's 的)
            _GENERIC_KIND.fullmatch(name.rsplit("的", 1)[1]) or _GENERIC_MERCHANT.fullmatch(name.rsplit("的", 1)[1])):
        return None
    # a remark in brackets is no branch: "云南六日游（合同说不进购物店）"
    branch = re.search(r"\(([^()]*)\)", name)
    if branch and re.search(r"说|不|没|了|是|要|让|给|住|买", branch.group(1)):
        return None
    # "曹县青菏路格力专卖店", "郑州市花园路国美电器": the county or city before the street is where (the address)
    units = [i + 1 for i, c in enumerate(name) if c in "省市县区旗" and units_only(name[:i + 1])
             and re.match(r"[\u4e00-\u9fa5]{1,8}?(?:路|街|大道|巷)[\u4e00-\u9fa5A-Za-z0-9]{2,}", name[i + 1:])]
    if units and not called and (_SHOP_END.search(name) or _TRADE_END.search(name)):
        name = name[units[-1]:]
    # the carriers by their everyday names: "电信" is 中国电信, "移动营业厅（解放路营业厅）" 中国移动's branch
    name = re.sub(r"^(?:中国)?(移动|联通|电信)营业厅(?=\([^()]*营业厅\))", r"中国\1", name)
    name = re.sub(r"^(移动|联通|电信)(?=$|营业厅|公司|\()", r"中国\1", name)
    # one canonical form: Chinese brackets around a branch, however it was typed
    return name.replace("\u00a0", " ").replace("\u2024", ".").replace("(", "（").replace(")", "）")


# "叫甜蜜蜜的蛋糕店", "叫二驴的主播", "叫乐享生活的淘宝店": a name, then what kind of seller it is
_MERCHANT_CALLED = re.compile(
    rf"叫(?:做|作)?\s*({_NAME}{{2,30}}?)\s*的(?:" + "|".join(PLATFORMS.values()) + rf"|{_CATEGORY})*"
    r"(?:" + "|".join(map(re.escape, sorted(MERCHANT_SUFFIXES, key=len, reverse=True)))
    + r"|网店|商家|店铺|小店|直播间|账号|公众号|小程序|主播|卖家|博主|微商|代购|商贩|摊位?|档口?|机构|门店|"
    r"(?:小|网约车|外卖|团购|打车)?平台|会销团|推销团|旅行团|车队|团购群|微信群|群)"
    r"(?!子|儿|员|主|长|们)", re.IGNORECASE)
# "投诉星光健身房乱收费": the one complained about, named right after 投诉/举报 (last resort,
# and only when it reads as a shop's name: after 投诉 comes as often what was bought)
_MERCHANT_COMPLAINED = re.compile(
    rf"(?:投诉|举报)(?:一下|一家|下)?\s*({_NAME}{{2,20}}?)(?=乱|不|卖|虚假|欺诈|多收|强制|拒绝|没|拖|跑路|倒闭|关门|，|,|。|$|\s)")
_ADDRESS_THEN_NAME = re.compile(r"^.*(?:市|区|县|镇|路|街|道|巷|号|楼)的")


_SPACED_BRANCH = re.compile(
    r"(?<![\s，,。A-Za-z0-9])([\u4e00-\u9fa5A-Za-z0-9]{2,20}) +"  # (a Latin word is whole: "Easy Mandarin 汉语中心")
    # (no branch where the words introduce a shop: "您好 举报一家店", "你好 投诉一个店")
    r"((?!就|那|这)(?:(?!官方|旗舰|专卖|专营|自营|叫|是|在|一家|一个|一间|有家|举报|投诉|反映)[\u4e00-\u9fa5A-Za-z0-9]){1,8}?"
    r"(?:分店|分公司|分校|分部|营业厅|营业部|门店|校区|院区|网点|专柜|加油站|中心|项目|店))"
    r"(?=$|[\s，,。；;！!])")


# A name said with a hedge or as told by others, its kind at its end: "他们说是什么康乐健康科技有限公司", "好像叫什么
# 华联超市", "据说是叫啥鑫鑫家具城": the name follows (什么 there is "some", no question)
_HEDGED_NAME = re.compile(
    r"(?:(?:他们|她们|他|她|对方|人家|那人|来的人|商家|店家|老板|店员|客服|业务员|销售)?(?:自己)?(?:都)?"
    r"(?:说|自称|号称|讲|介绍说)(?:他们|自己)?|据说|听说|好像|貌似|似乎|大概|应该)?(?:是|叫|是叫)\s*(?:什么|啥)?\s*"
    rf"(?=(?:{_NAME_PLAIN}){{2,30}}?(?:{_KINDS})(?:\([^()]{{1,16}}\))?(?:的)?(?:$|[\s，,。；;！!]))")


def _prepared(text: str | None) -> str:
    """clean(), with the spaces between Latin words held as NBSP ("Apple Store") and a
    branch typed after a space put in brackets ("华润万家 桂林路店" -> 华润万家(桂林路店));
    quotes and hedges ("好像是", "叫什么来着", "他们说是什么") around a name left out."""
    raw = _HEDGE.sub("", _QUOTES.sub("", answer_core(text)))  # (no "嗯", "～", "谢谢" or emoji around it)
    raw = _HEDGED_NAME.sub(lambda m: "叫" if re.search(r"说|称|讲|什么|啥", m.group(0)) else m.group(0), raw)
    raw = re.sub(r"(?<=[我佢你])喺", "在", raw)  # Cantonese 喺 for 在: "我喺美容院整咗个纹眉"
    # "A.O.史密斯", "U.S.Polo": initials with their dots are part of the name (held as U+2024 while matching)
    raw = re.sub(r"(?<![A-Za-z0-9.])((?:[A-Za-z]\.){1,4})(?=[A-Za-z\u4e00-\u9fa5])",
                 lambda m: m.group(1).replace(".", "\u2024"), raw)
    raw = re.sub(r"(?<=[A-Za-z0-9&.]) +(?=[A-Za-z0-9&])", "\u00a0", raw)
    # "中石化加油站 叫城南加油站", "广汽丰田4S店 叫丰茂店": the shop, then which of its branches
    raw = re.sub(rf"(?:^|(?<=[\s，,。]))({_NAME_PLAIN}{{2,20}}?(?:{_KINDS}))\s*叫"
                 r"((?:(?!的|是|在)[\u4e00-\u9fa5A-Za-z0-9]){1,10}?(?:分店|分校|营业厅|门店|校区|院区|网点|加油站|店))"
                 r"(?=$|[\s，,。])", _branch_called, raw)
    raw = _BRANCH_POINTED.sub(_pointed_branch, raw)
    return _SPACED_BRANCH.sub(_spaced_branch, raw)


def _branch_called(m: re.Match[str]) -> str:
    """"中石化加油站 叫城南加油站" -> 中石化加油站(城南加油站); "景区小卖部 叫山顶商店", "那个小卖部 叫…": a kind of
    shop or one pointed at, then its own name (no chain's branch)."""
    first = m.group(1)
    kind = next((first[i:] for i in range(len(first) - 1) if _GENERIC_MERCHANT.fullmatch(first[i:])
                 or _GENERIC_KIND.fullmatch(first[i:])), None)
    stem = first[:-len(kind)] if kind else ""
    at_a_place = kind is not None and (kind == first or _ordinary_place(stem) or bool(_WHERE_END.search(stem))
                                       or (common_word(stem, 3) or "")[:1] in ("s", "f"))
    if at_a_place or _DESCRIPTION.search(first) or _tidy_merchant(first) is None:
        return f"{first} 叫{m.group(2)}"
    return f"{first}({m.group(2)})"


# "永辉超市 红旗路那家", "联通营业厅 解放路那个", "麦当劳 万达广场的": which of its shops, pointed at by where
_BRANCH_POINTED = re.compile(
    r"(?<![\s，,。])([\u4e00-\u9fa5A-Za-z0-9\u2024]{2,20}) +"
    r"((?:(?!那|这|的|就|在|是)[\u4e00-\u9fa5A-Za-z0-9]){1,8}?(?:路|街|道|巷|广场|城|中心|大厦|大楼|小区|镇|乡|村|区|县|"
    r"桥|口|站|门|湾|园|港|里|天地|万达|商场|市场|[东南西北]))(?:那家|那个|这家|这个|的)(?:店|门店|分店)?(?=$|[\s，,。；;！!])")


def _pointed_branch(m: re.Match[str]) -> str:
    name, place = m.group(1), m.group(2)
    if _SENTENCE.search(name + place) or _DESCRIPTION.search(place) or _ELSEWHERE.fullmatch(name) or units_only(place) \
            or _GENERIC_KIND.fullmatch(name) or _GENERIC_MERCHANT.fullmatch(name) \
            or (re.search(r"(?:广场|商场|市场|中心|天地|步行街|[街路巷])$", name) and not _SHOP_END.search(name)):
        # "我们 小区门口那家", "超市 红旗路那家": no shop's own name before it; "… 南宁江南区的": the city, no
        # branch; "步行街 B区的": a place in a place
        return m.group(0)
    if name.endswith("营业厅"):
        return f"{name[:-3]}({place}营业厅)"  # the carriers name their branches so: 中国联通（解放路营业厅）
    # "九牧卫浴专卖 宾王路那家", "菜鸟驿站 学校东门那个": which of its shops, told by where it is (the address
    # says so), not a branch's name: the shop's name as said (a name made of the place, "宾王路店", is none it gave)
    return name


# The kind that names a dealer's or workshop's own shop: "广汽丰田 恒信4S店" is one name, not a branch
_OWN_KIND_END = re.compile(r"(?:4[Ss]店|(?:特约|授权)?(?:维修|服务|售后)(?:店|站|中心)|专修店|快修店)$")


# Said after an online shop's name as if a branch: the platform's kind of shop, or the seller's rating on it
_NO_BRANCH = re.compile(r"(?:(?:" + "|".join(PLATFORMS.values()) + r")(?:上的?)?|网|网上|线上|皇冠|金冠|蓝冠|钻石|"
                        r"[一二三四五双]?(?:钻|冠|心)|个人|企业)(?:店|小店|店铺|网店)", re.IGNORECASE)


def _spaced_branch(m: re.Match[str]) -> str:
    """"华润万家 桂林路店" -> 华润万家(桂林路店); what only looks like it is left as typed."""
    name, branch = m.group(1), m.group(2)
    if _GENERIC_KIND.fullmatch(branch) or name.endswith("的") \
            or (_ELSEWHERE.fullmatch(name) and not is_retailer(name)) \
            or _CHANNEL.search(re.split(r"[\s，,。]", m.string[:m.end(1)])[-1]):
        # "淘宝直播 鲜果优选店": where, then the shop ("苏宁易购 新街口店": the retailer's own);
        # "天天特卖 家居好物店": the channel, then the shop
        return m.group(0)
    if _SENTENCE.search(branch) or re.search(r"我们|你们|他们|[我你](?:在|是|的|要|想|去|买|说)|投诉|举报|反映|曝光",
                                             name) \
            or re.search(r"(?:叫|是|为|名|写着|写的)$", name):
        # "我在里面打工 匿名举报我们店": a story typed with spaces ("我爱我家 高新店" is a name and its branch);
        # "招牌叫 乐乐便利店": the name after 叫
        return m.group(0)
    if re.search(r"那个|那家|这个|这家", branch) or _NO_BRANCH.fullmatch(branch):
        # "华润燃气 县里那个营业厅": one of its shops pointed at, not named; "…茶叶 淘宝店", "…优品 皇冠店": the
        # platform it sells on or its seller's rating there, no branch
        return name
    if _OWN_KIND_END.search(branch) or branch.startswith("的"):
        return name + branch  # ("叫 百姓好物 的店": the name, then what kind of shop it is)
    inside = re.fullmatch(r"(.{2,}?)(?:里面的?|里的|内的)(?:专柜|柜台|店|门店|分店)", branch)  # (not "太古里店")
    if inside:
        return f"{name}({inside.group(1)})"  # "百丽 大洋百货里的专柜": its counter in that store
    branch = re.sub(r"(?:那个|那家|这个|这家|的)(?=店$)", "", branch)  # "桂林路那个店": the 桂林路 shop
    return f"{name}({branch})"


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


# A service hired by the verb that hired it: "找的阿强开锁", "叫的蓝天家政", "请了好帮手保洁"
_MERCHANT_HIRED = re.compile(
    rf"(?:找的|叫的|请的|约的|喊的|找了|请了|叫了|约了)(?:一家|一个|个|家)?\s*({_NAME_PLAIN}{{2,20}}?)"
    r"(?=$|[\s，,。；;！!]|上门|来|过来|的人|师傅|的师傅|的阿姨"
    # (a company's name, then the work it was hired for: "找的…装饰工程有限公司装修", "请的…家政公司做保洁")
    r"|(?:(?<=公司)|(?<=工作室)|(?<=中心)|(?<=[店厂队]))(?:装修|施工|维修|安装|搬家|做|修|装|干|打扫|保洁|清洗))")


def _trade_then_verb(raw: str, start: int, end: int) -> int:
    """How many characters after a name found before a verb complete its trade, when the trade ends
    in that verb: "在王师傅家电维修修的空调" (…维修 + 修的), "在老刘洗车洗的车" (…洗车 + 洗的)."""
    if is_known_brand(raw[start:end]):
        return 0  # "在海底捞吃饭吃出头发": the brand, then what was done there
    for extra in (1, 2):
        if _TRADE_END.search(raw[start:end + extra]) and re.match(rf"\s*{_BUY_VERBS}", raw[end + extra:]):
            return extra
    return 0


# A name given in quotes after 叫/是/名 ("一家物流公司叫“顺通物流”"): the quotes say where it ends
_QUOTED_NAME = re.compile(r"[“\"「『]([^”\"」』]{2,30})[”\"」』]")
_CALLED_QUOTED = re.compile(r"(?:叫|叫做|名叫|名字是|店名是|是)\s*[“\"「『]([^”\"」』]{2,30})[”\"」』]")


def find_merchant(text: str, strict: bool = False) -> str | None:
    """The shop's own name in free text (see _find_merchant), never a word that only points at one."""
    name = _find_merchant(text, strict)
    quoted = _CALLED_QUOTED.search(clean(text))
    if name and quoted and quoted.group(1) in name and name != quoted.group(1):
        name = quoted.group(1)  # '一家物流公司叫"顺通物流"托运家具': the name ends where its quotes do
    else:
        # "订了桂林阳朔“漓江山水度假酒店”的房间": a shop's name in quotes starts and ends where they do (the place
        # said before it is where it is); one is the shop's name where no other was read
        shop = next((q.group(1) for q in _QUOTED_NAME.finditer(clean(text))
                     if (not name or q.group(1) in name) and name != q.group(1)
                     and (_SHOP_END.search(q.group(1)) or MERCHANT_KIND.search(q.group(1)[-3:])
                          or re.search(r"(?:民宿|客栈|旅馆|山庄|农家乐|度假村|乐园|景区)$", q.group(1)))
                     and not re.search(r"[你我他她它]|这是|那是|就是|不|没|了|吗|呢", q.group(1))
                     and not platform_spans(q.group(1))), None)
        name = shop or name
    if name:
        name = _branch_ends_it(name)
        # "购于健康生活馆（视频号直播上）": the shop, without the written "bought at" nor a remark on where it sells
        name = _WRITTEN_BOUGHT_AT.sub("", name)
        remark = _REMARK_IN_BRACKETS.search(name) or _platform_in_brackets(name) or _ADDRESS_IN_BRACKETS.search(name)
        if remark and len(name[:remark.start()].strip()) >= 2:
            name = name[:remark.start()].strip()
    if name and _APP_STORE.search(name):
        return None  # "手机应用商店下载的app": where the app came from, not who sold it
    if name and _SOME_SHOP_IN.search(name):
        return None  # "电脑城里有家店专门卖翻新机": some shop there, not named
    if name and _PERSON_ADDRESSED.fullmatch(name):
        return None  # "烦死了 田桂英（田女士）": the consumer's name with how to address them, no shop
    if name and _introduced_by_kind(_prepared(text), name):
        return None  # "实名举报一个学历提升机构", "一个纹眉店": a shop introduced by its kind, its name is asked
    return None if name and no_name_here(name) else name


# Where a shop stands, said with 的 before its name and branch ("长沙五一广场的优衣库（五一广场店）")
_PLACE_OF = re.compile(r"^[\u4e00-\u9fa5]{2,12}?(?:广场|商场|购物中心|中心|大厦|商城|步行街|街|路|城|镇|村|区|县|市|"
                       r"里)的(?=[^的（(]{2,}[（(])")


_NAMED_PLACE_OF = re.compile(r"^[\u4e00-\u9fa5]{2,8}?(?<!美)的(?=[^的（(]{2,}[（(])")  # (美的 is a brand)


def _branch_ends_it(name: str) -> str:
    """A name whose branch is in brackets ends with them: what runs on after ("海底捞（春熙路店）吃饭") is the story,
    and where it stands, said before it with 的, is its address (a company's "（中国）有限公司" goes on as its name)."""
    after = re.match(r"(.{2,}?[)）])([\u4e00-\u9fa5]{1,6})$", name)
    if after and not _KIND_SUFFIX.search(after.group(2)) and not re.search(r"公司|集团|店|馆|厂", after.group(2)):
        name = after.group(1)
    place = _PLACE_OF.match(name) or _NAMED_PLACE_OF.match(name)
    if place and not (_PLACE_OF.match(name) or any(tag == "ns" for _, tag in tagged_words(place.group(0)[:-1]))):
        place = None  # ("小李的店（万达店）": whose, not where)
    return name[place.end():] if place and not is_known_brand(name[:place.end() - 1]) else name


# A shop introduced with an indefinite word ("一个纹眉店", "有家殡葬店", "一家学历提升机构"): its kind, said
# in everyday words, no name of its own (one named after the kind, "一家叫…的店", is read above)
_INDEFINITE_BEFORE = re.compile(r"(?:一个|一家|一间|有家|有个|有一家|有一个)$")
_KIND_SUFFIX = re.compile(r"(?:" + "|".join(map(re.escape, MERCHANT_SUFFIXES)) + r"|机构|网点|专柜|门店|作坊)$")


def _introduced_by_kind(raw: str, name: str) -> bool:
    at = raw.find(name)
    kind = _KIND_SUFFIX.search(name)
    stem = name[:kind.start()] if kind else ""
    if at < 1 or not _INDEFINITE_BEFORE.search(raw[:at]) or not kind or not 2 <= len(stem) <= 4 \
            or is_known_brand(stem) or is_known_brand(name) or _trade_name(stem):
        return False  # ("找了一家顺心搬家公司": a name of its own before the trade)
    tags = [common_word(word, 3) for word, _ in tagged_words(stem)]
    return bool(tags) and all(tag and tag[:2] not in ("nr", "nz", "nt", "ns") for tag in tags)


_IN_BRACKETS_LAST = re.compile(r"\s*[（(]([^（）()]{2,14})[）)]\s*$")


def _platform_in_brackets(name: str) -> re.Match | None:
    """A bracket that says only which platform the shop sells on ("蓝海数码（拼多多上）", "（快手直播间）"): no
    branch."""
    m = _IN_BRACKETS_LAST.search(name)
    if not m:
        return None
    inside = m.group(1)
    spans = platform_spans(inside)
    if not spans or spans[0][0] != 0:
        return None
    rest = inside[spans[0][1]:]
    return m if re.fullmatch(r"(?:上|里|上的|里的|直播间?|直播间?上|直播间?里|小店|小店上)?", rest) else None


# "bought at", as written in a form-like account ("10月14号购于健康生活馆"), said before the shop
_WRITTEN_BOUGHT_AT = re.compile(r"^(?:购于|购自|购买于|购买自|买于|买自)(?=[\u4e00-\u9fa5A-Za-z0-9]{2})")
_APP_STORE = re.compile(r"应用商店|应用市场|软件商店|App\s*Store|应用宝$", re.IGNORECASE)


# Words that point at a business without naming it ("贵公司", "某物流公司", "该店"), a bare kind of
# one character ("馕店", "鞋店", "诊所"), or the story run on into it ("医生离职后诊所")
_POINTING_ONLY = re.compile(r"某|^(?:(?:贵|该|本|此)(?=公司|司|店|商家|单位|方|厂|院|所))"
                            # an unlicensed one, named by what it is ("黑网吧", "黑诊所", "黑作坊")
                            r"|^黑(?=网吧|网咖|诊所|作坊|店|车|中介|工厂|加工|窝点|导游|旅行社)"
                            r"|^(?:你们|他们|她们|我们|这个|那个)?(?:公司|店|商家|门店|店铺|单位)$")
_ONE_CHARACTER_KIND = re.compile(r"^[\u4e00-\u9fa5]?(?:店|馆|铺|厂|摊|坊|行|所|院|部|吧)$")
_STORY_INSIDE = re.compile(r"离职|辞职|之后|以后|然后|后来|倒闭|跑路|关门|搬走|换了老板|不干了|"
                           # words about the form, not a name ("公司名字不用写")
                           r"名字|名称|不用写|不用填|别写|不写|不填|不需要")


def no_name_here(name: str) -> bool:
    """Whether a name found only points at a business or is the story's words, not its name."""
    return bool(_POINTING_ONLY.search(name) or _ONE_CHARACTER_KIND.fullmatch(name) or _STORY_INSIDE.search(name)
                or _only_what_it_does(name))


# What a shop does, said before its kind: "手机贴膜店", "家电维修部", "二手车行"
_TRADE_WORDS = re.compile(r"贴膜|维修|修理|回收|批发|零售|专卖|加工|清洗|干洗|洗衣|美容|美发|理发|养生|足疗|按摩|开锁|"
                          r"配件|二手|租赁|出租|装修|装饰|搬家|家政|保洁|快修|补胎|洗车|打印|复印")
_KIND_END = re.compile(r"(?:店|铺|馆|行|摊|部|档|门市)$")


def _only_what_it_does(name: str) -> bool:
    """Whether a name is only what a shop sells or does and its kind ("手机贴膜店"), no name of its own."""
    kind = _KIND_END.search(name)
    if not kind or not _TRADE_WORDS.search(name):
        return False
    rest = _TRADE_WORDS.sub("", name[:kind.start()])
    return not rest or bool(re.fullmatch(r"家电|数码|电器|电子|五金|日用|百货|小家电|汽车|家具", rest)) \
        or _product_word(rest)


def _product_word(word: str) -> bool:
    from complaint.extract.product import find_product  # (product reads this module's suffixes)
    return find_product(word) == word


def _find_merchant(text: str, strict: bool = False) -> str | None:
    """The shop's own name in free text; a platform alone or a kind of shop is no name.

    A name said as one ("商家叫…") wins; otherwise one that reads as a shop's name (…酒店,
    …旗舰店) beats a bare word after 在 ("在南京住的全季酒店" is 全季酒店, not 南京).
    `strict`: only a name the words vouch for (called one, a shop's kind at its end, a branch
    in brackets); a bare word after 在 ("在华润万家买的") is a guess, for the form to ask about."""
    raw = _prepared(text)
    plain = None
    for pattern in (_MERCHANT_CALLED, _MERCHANT_NAMED, _MERCHANT_AFTER_AT, _MERCHANT_HIRED, _MERCHANT_WITH_BRANCH,
                    _MERCHANT_BY_SUFFIX, _MERCHANT_COMPLAINED):
        for m in pattern.finditer(raw):
            start, end = _whole(raw, *m.span(1))
            if pattern is _MERCHANT_AFTER_AT and not _SHOP_END.search(raw[start:end]):
                end += _trade_then_verb(raw, start, end)
            if raw[start - 1:start] == "(":
                continue  # "ZARA（太古里店）": the branch of the name, not a name
            named = pattern in (_MERCHANT_CALLED, _MERCHANT_NAMED) or bool(
                re.search(r"\([^()]*(?:店|校区|院区|分公司|营业厅|营业部|网点|门店|诊所|项目)\)$", raw[start:end]))
            # "重庆市…8号的星光电器城": the address is its own field
            name = _tidy_merchant(_ADDRESS_THEN_NAME.sub("", raw[start:end]), named,
                                  called=pattern in (_MERCHANT_CALLED, _MERCHANT_NAMED))
            if not name or (pattern is _MERCHANT_HIRED
                            and not (_SHOP_END.search(name) or _trade_name(name, hired=True))):
                continue  # ("找的朋友": who was asked, no business)
            if pattern is _MERCHANT_NAMED and _ON_A_SLIP.match(m.group(0)) and not (
                    _SHOP_END.search(name) or _TRADE_END.search(name) or is_retailer(name) or "（" in name):
                continue  # "小票上写的清清楚楚", "订单上写的全新正品": what the slip says, not whose it is
            if pattern is _MERCHANT_NAMED and _PRICE_WRITTEN.search(name) and not _SHOP_END.search(name):
                continue  # "停车场牌子上写一天二十": a price the sign shows, not the shop's name
            if pattern in (_MERCHANT_CALLED, _MERCHANT_NAMED):
                return name
            if re.match(r"(?:拿|送|带|寄)(?:去|到)", raw[start:end]) \
                    or re.search(r"(?:拿|送|带|寄)(?:去|到)\s*$", raw[:start]) \
                    or re.match(r"\s*(?:鉴定|检测|验货|验|查验)", raw[end:]):
                continue  # "拿到老凤祥鉴定": where it was checked, not who sold it
            if not named and _sentence_before_kind(name):
                continue  # "楼上漏水物业", "住酒店", "我妈在商场": words of the story before a kind of shop
            if (not named and (_ordinary_word(name) or _not_a_shop(name))) or (
                    _PLACE_AFTER.match(raw[end:]) and pattern is not _MERCHANT_AFTER_AT):
                continue  # "在老家买的", "投诉旅行社", "在花鸟市场那边的一家宠物店": a place, a thing or a kind of shop
            if named or _SHOP_END.search(name) or (_trade_name(name) and pattern is not _MERCHANT_COMPLAINED):
                return name
            if pattern is not _MERCHANT_COMPLAINED and not strict:  # "投诉美的空调": mostly what, not who
                plain = plain or name
    return plain


# Words that make what comes before a kind of shop part of a sentence: a verb or a place first
# ("住酒店", "楼上漏水物业"), or 在/还/不… inside ("我妈在商场", "物业还收全额物业")
_SENTENCE_WORDS = re.compile(r"在|还|也|都|不|没|又|就|才|给|被|把|了|说|让|往|天天|每天|经常|总是|一直")


# A wish or a plan, then what was done: "要退店里", "想去店里", "打算找店家" (the shop, not its name)
_MEANT_TO = re.compile(r"(?:要|想|得|该|能|会|可以|准备|打算|只好|只能)(?:[退换修赔买去找来拿还送问回]|过去)")


def _sentence_before_kind(name: str) -> bool:
    """Whether the words before a shop's kind read as a sentence rather than a name of its own."""
    kind = _SHOP_END.search(name)
    stem = name[:kind.start()] if kind else ""
    if not stem:
        return False
    # (a word of a sentence said as a word of its own: "好又多", "都市丽人" hold 又 and 都 in their names)
    tokens = tagged_words(stem)
    sentence = any(_SENTENCE_WORDS.fullmatch(w) for w, _ in tokens) if tokens else _SENTENCE_WORDS.search(stem)
    if sentence or _MEANT_TO.match(stem) or re.search(r"[去到进回跑]$", stem):
        return True  # ("我妈去营业厅", "跑到药店": where someone went, the kind of shop after it)
    first = next(iter(tagged_words(stem)), None)
    return first is not None and first[1][:1] in ("v", "p", "d", "f", "s", "t", "r", "c") \
        and first[0] == stem[:len(first[0])] and common_word(first[0], 3) is not None


# A name ends as a shop's does: "…家电城", "…（万达店）"
_SHOP_END = re.compile(r"(?:" + "|".join(map(re.escape, MERCHANT_SUFFIXES)) + r"|网店|小卖部|机构)(?:（[^）]*）)?$")
# Said after a place: "花鸟市场那边的一家宠物店" (the market is where, the shop follows)
_PLACE_AFTER = re.compile(r"那边|这边|里面?的|里一家|旁边|门口|附近|对面|楼下|边上|上的|"
                          r"(?:负|地下)?[一二三四五六七八九十\d]+楼|[A-Za-z]?\d*区|东门|西门|南门|北门")


_TRADE_END = re.compile(rf"(?:{_CATEGORY})$")


def _trade_name(name: str, hired: bool = False) -> bool:
    """A name of its own before the trade it is in: "星辰健身", "业之峰装饰", "快捷汽修" (the own part
    no everyday word: "朋友家装修" is none; one hired, "叫的安心家政", may be)."""
    trade = _TRADE_END.search(name)
    own = name[:trade.start()] if trade else ""
    tag = "" if hired else common_word(own, 3) or ""
    return bool(trade) and len(own) >= 2 and not (tag[:1] in set("rtfsmdpcuv") or tag == "ns") \
        and not _ordinary_place(own) and not _DESCRIPTION.search(own) and not re.search(r"[我你他她的了在是]", own)


def _ordinary_place(word: str) -> bool:
    """Where one is rather than a name: "老家", "单位", "学校" (an everyday noun of a place)."""
    return bool(_WHERE_TAIL.search(word) or re.search(r"家$|朋友|亲戚|同事|同学|邻居|老家|单位|学校|公司|小区", word))


def _not_a_shop(name: str) -> bool:
    """What was bought ("羽绒服") or a shop's kind named by an everyday word ("门窗店", "修理厂")."""
    from complaint.extract.product import PRODUCTS, find_product  # (product reads this module's suffixes)
    if name in PRODUCTS or find_product(name) == name:
        return True
    kind = _SHOP_END.search(name)
    stem = name[:kind.start()] if kind else ""
    if kind and common_word(name, 3) and not (common_word(name, 3) or "").startswith("nr"):
        return True  # the whole is one dictionary word: "修理厂", "居民楼"
    # "门窗店", "每年物业": the kind after an everyday word (a name's own word is rarely one)
    tag = common_word(stem) if 1 < len(stem) <= 2 else None
    if kind is None or tag is None or tag.startswith("nr") or tag in ("nz", "nt", "eng"):
        return False
    # "门窗店" (any word before a one-character kind); "每年物业" (a time or pronoun before a longer one:
    # brands are often everyday words, "联想专卖店", "美的空调")
    return re.match(r"[店厂馆院行城坊铺摊]|公司$", kind.group(0)) is not None or tag[0] in "rtmdpcuf"


# Where a shop is, said after a word: "单位楼下", "厂家直接"
_WHERE_TAIL = re.compile(r"(?:楼下|楼上|门口|附近|旁边|对面|那边|这边|那里|这里|直接|现场|当地)$")


def _ordinary_word(name: str, answer: bool = False, min_freq: int = 50) -> bool:
    """Whether a name found without being called one ("在X买的") is an everyday word or
    place rather than a shop's own name: "老家", "景区", "旅行社", "成都", "他家". The
    dictionary holds brands too ("星巴克", "国美"): those tagged as names are kept. Said in
    answer to "which shop?", only a place or a thing ("单位", "官网") is refused."""
    if _WHERE_TAIL.search(name):
        return True
    if is_known_brand(name):
        return False  # "小米", "格力", "苏宁": a brand the dictionary reads as a thing or a place
    tag = common_word(name, min_freq)
    if tag is None or tag.startswith("nr") or tag in ("nz", "nt", "eng"):
        return False
    if tag == "ns":  # a city ("成都"); a brand can be written as a place ("苏宁")
        return common_word(name, 300) is not None
    return not answer or tag[0] in "nsfr"


MERCHANT_KIND = re.compile("|".join(map(re.escape, MERCHANT_SUFFIXES)) + r"|网店|小卖部|机构|老板")
# A platform's own membership or service said as the seller ("美团外卖会员", "京东PLUS会员", "淘宝88VIP"): the
# platform sold it itself
# ("腾讯视频VIP", "百度网盘超级会员": the service word is the seller's own name when the two make a known one)
_PLATFORM_SERVICE = re.compile(r"(?:就是|是|就)?(.{2,8}?)(?:的|自己的|官方的?)?(外卖|视频|音乐|读书|网盘|云盘)?"
                               r"(?:黄金|白金|钻石|星钻|超级|大|年度|年费|月度)?(?:PLUS|plus|Plus|88)?"
                               r"(?:超级会员|会员|VIP|vip|SVIP|svip|PLUS|plus|黑卡|月卡|年卡)(?:服务|卡)?"
                               r"\s*(?:连续包月|自动续费)?(?:吧|啊)?")
# A company's own app said as the seller ("爱奇艺APP", "腾讯视频的app"): the company (a platform's app, where
# shops sell too, is read by the dialogue with what was bought)
_OWN_APP = re.compile(r"(?:就是|是|就)?(.{2,8}?)(?:的)?(?:APP|app|App|客户端|软件)(?:本身|自己)?(?:吧|啊)?")
# A remark in brackets after the name, in words of a sentence ("（这是他们在58上的名字）", "（网上叫的）"): said
# about the name, not a branch of it ("（万达店）", "（南山校区）")
# "某" inside a name: one of them, unnamed ("某网点", "某柜台")
_SOME = re.compile(r"(?<=[\u4e00-\u9fa5]{2})某(?=[\u4e00-\u9fa5])")
# A person's name with how to address them in brackets ("田桂英（田女士）", "张伟(老张)")
_PERSON_ADDRESSED = re.compile(r"([\u4e00-\u9fa5])[\u4e00-\u9fa5]{1,3}\s*[（(]\s*"
                               r"(?:\1(?:先生|女士|小姐|老师|姐|哥|阿姨|师傅)|老\1)\s*[）)]")
_REMARK_IN_BRACKETS = re.compile(r"\s*[（(](?=[^（）()]*(?:是|在|说|叫|我|他们|她们|上的|网上|名字|写的|好像|可能|应该|"
                                 r"不确定|直播|"
                                 r"记得|平台|软件|app|APP))(?![^（）()]*(?:店|校区|院区|分公司|营业厅|营业部|网点|门店|分部)[）)])"
                                 r"[^（）()]{2,30}[）)]\s*$")


# Where the shop is, in brackets after its name ("陈记肉铺（湖南省邵阳市…17号摊）"): its address, no branch
# (or from its district, "（观山湖区金阳南路）", or to its door number, "（中山路188号）")
_ADDRESS_IN_BRACKETS = re.compile(r"\s*[（(](?=[\u4e00-\u9fa5]{2,8}(?:省|自治区|市(?!场)|自治州)"
                                  r"[^（）()]*(?:区|县|镇|乡|路|街|道|村|号)|"
                                  # (the bracket holds the address and no more: "（西湖区文三路支局）" is a branch)
                                  r"[\u4e00-\u9fa5]{1,6}(?:区|县)[\u4e00-\u9fa5]{2,12}(?:路|街|大道|道|巷)[）)]|"
                                  r"[\u4e00-\u9fa5]{2,10}(?:路|街|大道|道|巷)\d{1,5}号[）)])"
                                  # (a branch: "（武汉市江汉路店）")
                                  r"(?![^（）()]*(?:店|校区|院区|分公司|营业厅|营业部|网点|门店|分部)[）)])"
                                  r"[^（）()]{6,40}[）)]\s*$")


# A seller who is a person with no company, told by what he does and how he is called
# ("就是个包工头，姓李，大家都叫他老李", "没有公司 一个装修师傅 叫王建军"): each clause says one of these
_PERSON_ROLE = re.compile(r"(?:就是|就|只是|他是|是)?(?:一个|一|个)?(?:个人的?)?"
                          r"(包工头|工头|装修师傅|装修工|木工|瓦工|电工|水电工|师傅|个体户|个人|个人卖家|私人)(?:而已|罢了)?")
_NO_COMPANY = re.compile(r"(?:他|他们)?(?:也)?(?:没有|没|不是|无)(?:注册)?"
                         r"(?:公司|店名|店|名字|招牌|营业执照|执照)(?:的)?")
_SURNAME_TOLD = re.compile(r"(?:老板|他|那人|师傅|包工头)?(?:是)?姓([\u4e00-\u9fa5])(?:的)?")
_NICKNAME_TOLD = re.compile(r"(?:大家|别人|我们|人家|工友|邻居)?(?:都|一般)?(?:叫他|喊他|管他叫|称他|叫)"
                            r"((?:老|小)[\u4e00-\u9fa5]|[\u4e00-\u9fa5](?:师傅|工|哥|总|老板))")
_FULL_NAME_TOLD = re.compile(r"(?:他|名字)?(?:叫|是)([\u4e00-\u9fa5]{2,3})")


def _person_seller(raw: str) -> str | None:
    """"就是个包工头，姓李，大家都叫他老李" -> 包工头老李, "个人 叫田大勇 没有公司" -> 田大勇, "一个装修师傅 姓王" ->
    王姓装修师傅: the person, by what he does and how he is called (never the bare "姓李")."""
    clauses = [c for c in re.split(r"[\s，,。；;]+", raw) if c]
    role = nickname = name = surname = None
    for clause in clauses:
        if _NO_COMPANY.fullmatch(clause):
            continue
        if (m := _PERSON_ROLE.fullmatch(clause)) is not None:
            role = m.group(1)
        elif (m := _NICKNAME_TOLD.fullmatch(clause)) is not None:
            nickname = m.group(1)
        elif (m := _SURNAME_TOLD.fullmatch(clause)) is not None:
            surname = m.group(1)
        elif (m := _FULL_NAME_TOLD.fullmatch(clause)) is not None and m.group(1)[0] in SURNAMES:
            name = m.group(1)
        else:
            return None  # a clause that names a shop, or says something else: read as a name
    if not role or not (nickname or name or surname):
        return None
    role = "" if role in ("个人", "个人卖家", "私人", "个体户") else role
    if nickname or name:
        return f"{role}{nickname or name}"
    return f"{surname}姓{role or '个人'}"


# Who runs the shop, said before its name ("团长开的…", "我表哥开的…", "一个宝妈开的…", "新开的…"): the name
# follows ("开的时候", "开的那家", "开的发票" go on otherwise)
_RUN_BY = re.compile(r"^[^\s，,。；;]{0,10}?(?:自己|新|刚|才)?开的\s*"
                     r"(?!时候|那天|那家|这家|那个|这个|店$|发票|票|药|单|证明|收据)(?=\S{2})")


# What the consumer asks the case is, said where the shop's name was asked ("这种算虚假宣传吧", "这算不算欺诈",
# "他们这样属于违法吗"): a question about the law, no name
_ASKS_WHAT_IT_IS = re.compile(
    r"^(?:(?:这|那)(?:种|样|个|些)?(?:情况|行为|做法|事)?|(?:他们|他家|商家|店家|对方|它)(?:这|那)?(?:种|样)?)"
    r"(?:算不算|算是|算|属不属于|属于|是不是|构不构成|构成|违不违法|合不合法|合理吗)"
    r"|^(?:算不算|算是|算|属不属于|属于|是不是|构不构成|构成)(?:是)?(?:虚假|欺诈|违法|诈骗|违规|霸王|合法|合理|正常|消费)")


# What the seller is not, then what it is: "兰蔻的 不是官方的 是 美妆甄选馆", "不是旗舰店 而是 一家叫…的店"
_NOT_BUT = re.compile(r"不是[^，,。；;\s]{0,8}?[，,\s]*(?:而|就|它|他们)?是\s*(?=\S{2})")
# A Chinese number plate ("桂C·T1234", "粤B 12345", "京A-D12345"), and the words that say a vehicle is meant
_PLATE = re.compile(r"(?<![A-Za-z0-9])([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Za-z]"
                    r"[·•.\- ]?[A-Za-z0-9]{5,6})(?![A-Za-z0-9])")
_VEHICLE = re.compile(r"车牌|牌照|车号|出租|的士|网约车|快车|专车|大巴|客车|货车|三轮|摩的|黑车|司机")


# Where a shop stands in a market, a mall or a street, said before its name: "菜市场进门左手边的", "商场一楼右边那家",
# "小区门口对面的"
_WHERE_IT_STANDS = re.compile(r"^[\u4e00-\u9fa5A-Za-z0-9]{0,12}?(?:左手边?|右手边?|左边|右边|左侧|右侧|旁边|对面|"
                              r"隔壁|拐角处?|尽头|最里面|最里边)(?:第[一二三四五六七八九十\d]+[家个间])?"
                              r"(?:的|那家|那个|这家)\s*(?=\S{2})")


# A utility, one to a town, named by its trade (and its place): "热力公司", "县自来水公司", "燃气公司", "供电局"
_UTILITY = re.compile(r"(?:[\u4e00-\u9fa5]{0,6}?(?:省|市|县|区|镇|旗))?"
                      r"(?:自来水|供水|水务|热力|供热|供暖|燃气|天然气|煤气|供电|电力)"
                      r"(?:有限公司|总公司|分公司|公司|集团|局|所|营业厅)")


# A make and its model ("华为Mate60", "苹果15 Pro", "小米14", "OPPO Reno11"), said first where the shop was asked:
# the thing, told more exactly ("是华为Mate60 换的是屏幕总成"), no shop
_MAKE_AND_MODEL = re.compile(r"(?:是|就是|手机是|型号是)?([\u4e00-\u9fa5]{2,4}|[A-Za-z]{2,10})\s*"
                             r"([A-Za-z]{0,8}\s?\d{1,5}[A-Za-z0-9]{0,4}(?:\s?(?:Pro|Max|Plus|Ultra|Mini|SE|Air))*)"
                             r"(?:手机|电脑|平板|笔记本|的)?", re.IGNORECASE)


def _a_model_told(raw: str) -> bool:
    first = re.split(r"[\s，,。；;]+(?=[\u4e00-\u9fa5])", raw.strip(), maxsplit=1)[0]
    model = _MAKE_AND_MODEL.fullmatch(first)
    return bool(model and (is_known_brand(model.group(1)) or model.group(1).lower() in ("苹果", "iphone", "ipad"))
                and not _SHOP_END.search(raw)
                and not re.search(r"店|厂|馆|公司|商行|维修|专卖|旗舰|门市|柜台", raw))


def normalise_merchant(text: str | None) -> Parsed:
    """A shop's own name; a kind of shop ("楼下超市") or "不知道" is ERR_PARTIAL (see describe_merchant)."""
    raw = answer_core(text)  # "嗯嗯 新城悦物业～", "巴拉巴拉（万达店）🙏": the answer, without what is said around it
    if _a_model_told(raw):
        return Parsed(None, ERR_FORMAT)  # "是华为Mate60 换的是屏幕总成": the thing's make and model, no shop
    raw = filling_taken_off(raw)  # "那先填 …", "又问 …": words of filling in or impatience, not the name
    raw = _WRITTEN_BOUGHT_AT.sub("", raw)  # "购于健康生活馆": the shop, not the written "bought at"
    came = how_it_came_taken_off(raw)
    if came != raw:
        named = normalise_merchant(came)
        if named.value:
            return named  # "发票上盖的章是…", "照片上招牌是…": where the name was read, not the name
        # (else the whole answer is read: "他们说是华康健康科技的" names the company as what they said)
    if _UTILITY.fullmatch(raw):
        return Parsed(raw)  # "热力公司", "县自来水公司": the one utility of the place, named by its trade
    raw = _SOME.sub("", raw)  # "韵达快递某网点", "华强北某柜台": one of them, which the consumer cannot name
    if _PERSON_ADDRESSED.fullmatch(raw):
        return Parsed(None, ERR_FORMAT)  # "田桂英（田女士）": a person's name with how to address them, no shop
    if _ASKS_WHAT_IT_IS.match(raw):
        return Parsed(None, ERR_FORMAT)  # "这种算虚假宣传吧": the consumer asks about the law, names no shop
    but = list(_NOT_BUT.finditer(raw))
    if but:
        named = normalise_merchant(raw[but[-1].end():])
        if named.value:
            return named  # "兰蔻的 不是官方的 是 美妆甄选馆": the shop it is, after the one it is not
    plate = _PLATE.search(raw)
    if plate and _VEHICLE.search(raw):
        return Parsed(plate.group(1))  # "出租车 车牌是桂C·T1234": a vehicle that has no shop is known by its plate
    run_by = _RUN_BY.match(raw)
    if run_by:
        named = normalise_merchant(raw[run_by.end():])
        if named.value:
            return named  # "团长开的阿芳生鲜 在小区门口": the shop's name, after who runs it
    quick = re.match(rf"(?:在|从)?(?:{_QUICK_DELIVERY.pattern})[\s，,]+(?=\S{{2}})", raw, re.IGNORECASE)
    if quick and normalise_merchant(raw[quick.end():]).value:
        return normalise_merchant(raw[quick.end():])  # "京东秒送上的 苏宁那家门店": the shop that delivered
    person = _person_seller(raw)
    if person:
        return Parsed(person)
    stands = _WHERE_IT_STANDS.match(raw)
    if stands:
        named = normalise_merchant(raw[stands.end():])
        if named.value:
            return named  # "菜市场进门左手边的刘记猪肉": where it stands is said before its name, no part of it
    # "康寿源什么生物科技公司", "叫什么 康寿源生物科技": the part of the name the consumer cannot recall, no part of it
    raw = re.sub(r"^(?:好像|应该)?叫(?:什么|啥)(?:来着)?[\s，,]*(?=[^\s，,。]{4})(?!.*(?:不知道|不清楚|忘了))", "", raw)
    raw = re.sub(r"(?<=[\u4e00-\u9fa5A-Za-z]{2})(?<![叫是做卖干有没])(?:什么|啥)(?=[\u4e00-\u9fa5]{2})(?!的)"
                 r"(?=.*(?:公司|集团|厂|店|馆|中心|超市|行|社|院|部))", "", raw)
    seller = own_service_seller(raw)
    if seller:
        return Parsed(seller)  # "美团的会员", "京东PLUS", "爱奇艺会员": the platform or company sold its own service
    app = _OWN_APP.fullmatch(raw)
    if app and is_known_brand(app.group(1)):
        return Parsed(re.sub(r"^(?:就是|是|就)+", "", app.group(1)))  # "爱奇艺APP": the company whose app it is
    # ("蓝海数码（拼多多上）": where it sells; "华联超市（中山路188号）": where it is, the address asked apart)
    remark = _REMARK_IN_BRACKETS.search(raw) or _platform_in_brackets(raw) or _ADDRESS_IN_BRACKETS.search(raw)
    if remark and len(raw[:remark.start()].strip()) >= 2:
        raw = raw[:remark.start()].strip()  # "快运搬家（这是他们在58上的名字）": a remark about the name, no branch
    called = _called_by(raw)
    if called:
        return Parsed(called)
    described = described_merchant(raw)
    if described:
        return Parsed(described)  # "不知道叫啥，就一个摆地摊的老头": no name to give, who sold it told instead
    room = _NAMED_ROOM.fullmatch(raw)
    if room and not _POINTING_OWNER.match(room.group(1)) and not platform_spans(room.group(1)) \
            and normalise_merchant(room.group(1)).value == room.group(1):
        return Parsed(raw)  # "酒仙老李的直播间", "小胖的抖音小店": a streamer's or seller's own room, by its name
    # "那个大润发（江北店）", "就是万龙滑雪场": 那个 and 就是 before a name are sounds of speech ("就那家永辉",
    # "这家国美" point at one of a chain's shops: which one is asked)
    spoken = _SPOKEN_LEAD.sub("", raw)
    if spoken != raw and spoken:  # (what follows them may be a description: "就是那个修手机的" stays pointed at)
        said = normalise_merchant(spoken)
        if said.value:
            return said
    pointed = _POINTED_AFTER.fullmatch(raw)
    if pointed and not _DESCRIPTION.search(pointed.group(1)) \
            and (_SHOP_END.search(pointed.group(1)) or not _WHERE_END.search(pointed.group(1))):
        said = normalise_merchant(pointed.group(1))  # "金牌装饰那家", "是中国移动这家": the shop named, then pointed at
        if said.value:
            return said
    labelled = _LABELLED_NAME.search(raw)
    if labelled:
        said = normalise_merchant(labelled.group(1))  # "门口挂的牌子是 老秦凉皮", "卖家昵称 峡谷代售"
        if said.value:
            return said
        as_called = _tidy_merchant(labelled.group(1), named=True, called=True)
        if as_called and (_CREW.search(as_called) or _QUALIFIED_KIND.search(as_called)):
            return Parsed(as_called)  # "昵称数码小哥": the name it goes by, however like a trade it reads
    bought_at = _bought_at(raw)
    if bought_at:
        said = normalise_merchant(bought_at)  # "在路通汽修厂买的", "是在好又多大药房买的": the shop itself
        if said.value:
            return said
    if not raw:
        return Parsed(None, ERR_EMPTY)
    if _UNKNOWN_NAME.search(raw) and len(raw) < 12:
        return Parsed(None, ERR_PARTIAL)
    if _brand_of(raw):
        return Parsed(None, ERR_PARTIAL)  # "索尼的": whose goods, the shop that sold them is asked (pointed_brand)
    brand = re.sub(r"^(?:就是|是|就)+|[吧啊呀哦嘛呢。.！!]+$", "", raw)
    if is_known_brand(brand) and brand == re.sub(r"(?<=..)的$", "", brand):
        return Parsed(brand)  # "美的", "小米", "格力": a well-known brand or chain, said bare
    quoted = re.search(r"[“\"「『《]([^”\"」』》]{2,30})[”\"」』》]", raw)
    if quoted and not _UNKNOWN_NAME.search(quoted.group(1)):  # “小美的店”: the name as written
        tidied = _tidy_merchant(_prepared(quoted.group(1)), named=True, called=True)
        if tidied:
            return Parsed(tidied)
        if re.fullmatch(r"[\u4e00-\u9fa5A-Za-z0-9]{2,12}", quoted.group(1)) \
                and _GENERIC_KIND.fullmatch(quoted.group(1)):
            return Parsed(quoted.group(1))  # "那个「手机美容」的小摊": trade words, quoted as the sign says them
    # "大家叫它 星星课堂", "我们都管它叫 老马家": the name people know it by
    said_after = re.sub(r"(?:^|(?<=[\s，,。]))(?:大家|别人|人家|街坊|邻居|附近的人|周围的人|我们|这边|本地人|"
                        r"[\u4e00-\u9fa5]{1,6}?(?=都|一般|平时|通常))?"
                        r"(?:都|一般|平时|通常)*(?:管它叫|管他们叫|管他家叫|叫它|叫他们|叫他家|称它为?|称呼它)\s*",
                        "叫", _prepared(raw))
    said_after = re.sub(r"(叫|是|为|名|:|写着|写的|印着|印的|挂着)\s+", r"\1", said_after)  # "店铺名叫 优品生活馆"
    # "他们说是华润燃气", "自称是…的": the name they gave (the consumer doubts it, staff check it)
    said_after = re.sub(r"^(?:他们|她们|他|她|对方|人家|那人|来的人)?(?:自己)?(?:说|自称|号称|讲)"
                        r"(?:他们|自己)?(?:是|叫)", "", said_after)
    # "Nail Studio 小美家", "Tony 造型（银泰店）": Latin words and the Chinese of the same name
    # ("2F 星光童装": a floor, then the name)
    said_after = re.sub(r"(?<=[A-Za-z])(?<!\d[Ff])\s+(?=[\u4e00-\u9fa5]{2})(?![\u4e00-\u9fa5]*(?:在|是|叫|买|的))",
                        "\u00a0", said_after)
    pieces = _clauses(said_after)
    where = {i for i, c in enumerate(pieces) if _IN_A_MALL.fullmatch(c)}
    where |= {i - 1 for i in where if i > 0 and _A_MALL.search(pieces[i - 1])}  # "银泰城 负一层"
    if len(pieces) > len(where) > 0:
        # "万达广场3楼 312号 小美美甲": where in the mall or market it is, said beside its name
        pieces = [c for i, c in enumerate(pieces) if i not in where]
    if len(pieces) > 1 and any(not _DOES.search(c) for c in pieces):
        # "菜市场里卖肉的 … 老李猪肉摊": what the shop does, said beside its name, is not the name
        pieces = [c for c in pieces if not _DOES.search(c)]
    # ("苏宁易购 就是万达三楼那个苏宁": the retailer named, then pointed at by its short name, sold it itself)
    clauses = [c for c in pieces if not _ABOUT_ME.search(c)
               and not (_ELSEWHERE.fullmatch(c) and not (is_retailer(c) and (
                   len(pieces) == 1 or any(c[:2] in other for other in pieces if other != c))))
               and not ((_CHANNEL.fullmatch(c) or _QUICK_DELIVERY.fullmatch(c)) and len(pieces) > 1)]

    found = None
    for clause in clauses:
        as_said = re.fullmatch(rf"{_NAME_PLAIN}{{2,24}}{_BRANCH}", clause) \
            and not re.search(r"是|写|在|叫|说|印|显示|买|的|了", clause.split("(")[0])
        if as_said or _STALL.fullmatch(clause):
            # "我爱我家（望京店）", "菜市场门口卖水果的老张": the whole answer is the name, as said
            found = _tidy_merchant(_POINTED.sub("", clause) or clause, named=True, called=True)
            if found:
                return Parsed(found)
        # "路边那家修理厂 叫兴旺汽修", "唯品会上的 叫伊芙丽女装特卖": the clause that calls it by its name
        if _UNKNOWN_NAME.search(clause):
            continue
        if re.match(r"(?:店|商家|店铺|它|他们家|他家|网点|名字|店名|名称)?(?:就)?"
                    r"(?:叫|名叫|是叫|名字叫|名字是|店名是|名称是)", clause):
            found = _answer_name(clause) or find_merchant(clause)
        elif _NOT_THE_SHOP_CALLED.search(clause):
            continue  # "主播叫瘦瘦姐", "小区叫幸福家园": a person or a place called so, not the shop
        elif re.search(r"(?<![不头板傅人员游售生姐哥叔姨妹弟爷])叫(?!啥|什么|的|了)", clause):
            # "地接社叫彩云之南旅行社" ("货拉拉上叫的搬家师傅": hired, not called so)
            found = find_merchant(clause) or _tidy_merchant(re.sub(r"^.*叫(?:做|作)?", "", clause), True, True)
        elif _WRITTEN.search(clause) or _KIND_IS.match(clause):
            # "车身上写的是湘西畅游观光车", "物业是华隆物业": the name as written, or the shop of that kind
            found = _tidy_merchant(re.sub(rf"^.*?(?:{_WRITTEN.pattern})|^.*?是", "", clause), True, True)
        if found:
            return Parsed(found)
    for i, clause in enumerate(clauses or [raw]):
        if len(clauses) > 1 and _NOT_THE_SHOP_CALLED.search(clause):
            continue  # "… 翠玉轩珠宝 主播叫小翠": the streamer beside the shop named is not the shop
        # the first clause that names it: "盒马鲜生（五道口店） 在五道口购物中心 北京市…", "绿源电动车专卖 就在
        # 建材市场里面" (the answer's first clause is read as a name too)
        found = find_merchant(clause) or (_answer_name(clause) if i == 0 and len(clauses) > 1
                                          and not _DESCRIBED_WITH_DE.search(clause) else None)
        if found and (_ordinary_word(found, answer=True, min_freq=3) and not _SHOP_END.search(found)):
            found = None  # "是在居民楼里做的": a place, not the shop
        if found:
            break
    if found and len(clauses) == 1:
        # the whole answer is the name when it starts with the one found: "人民医院东侧停车场"
        whole = _answer_name(clauses[0])
        if whole and whole.startswith(found) and not _DESCRIPTION.search(clauses[0]) \
                and not _TELLS_WHAT_WENT_WRONG.search(whole[len(found):]):
            found = whole  # but "康乐药房卖假药" is the shop and what it did
    tidy = found
    if not tidy:
        after_kind = None  # a clause that named only a kind of shop
        for clause in clauses:  # "抖音主播 老李严选好物": the clause that is a name
            if _UNKNOWN_NAME.search(clause):
                break  # "不知道店名，就在小区门口": a description follows, not a name
            tidy = _answer_name(clause)
            if tidy and after_kind is not None and _WHAT_IS_WRONG.search(re.sub(r"小卖[部铺店]", "", clause)):
                tidy = None  # "剧本杀店 消防不行": the kind of shop, then what is wrong there
            if tidy:
                break
            if MERCHANT_KIND.search(clause) or _TRADE_END.search(clause) or _DESCRIPTION.search(clause):
                after_kind = clause  # "剧本杀店", "楼下那个网咖": a kind of shop or one pointed at
    if tidy and (tells_a_story(tidy) or any(tidy in c and tells_a_story(c) for c in _clauses(raw))) \
            and not _SHOP_END.search(tidy) and not is_known_brand(tidy):
        # "后厨脏的很", "服务态度太差", "十二号下午下的单": what happened there, said where the name was asked, is
        # no name; a seller that is its own app, said beside it ("闪送 十二号下午下的单"), is the one named
        seller = next((c for c in pieces if is_retailer(c) and _ELSEWHERE.fullmatch(c)), None)
        by_itself = normalise_merchant(seller) if seller else None
        return by_itself if by_itself and by_itself.value else Parsed(None, ERR_FORMAT)
    own = None if tidy else self_sold(raw)
    if own:
        return Parsed(own)  # "得物上买的 就是得物自己卖的": the platform sold it on its own account
    if tidy and _POINTED.match(raw) and not _SHOP_END.search(tidy) and len(clauses) == 1:
        return Parsed(None, ERR_PARTIAL)  # "就那家国美": which of its shops is asked (taken when said again)
    if not tidy and (_UNKNOWN_NAME.search(raw) or MERCHANT_KIND.search(raw) or _DESCRIPTION.search(raw)
                     or platform_spans(raw) or _GENERIC_KIND.search(raw) or _CHANNEL.search(raw)
                     or _CREW.search(raw)):
        return Parsed(None, ERR_PARTIAL)  # a description of the shop (or where it sells), not its name
    if not tidy or len(tidy) > 60:
        return Parsed(None, ERR_FORMAT)
    if _KIND_THEN_DEED_SAID.match(tidy) or _SOME_SHOP_IN.search(tidy):
        # "快递网点倒卖客户信息", "商场专柜虚构原价", "电竞酒店接待未成年人", "电脑城里有家店": a kind of shop and
        # what it did (the report's account, sent as the name was asked), no name: asked again
        return Parsed(None, ERR_PARTIAL)
    kind_then_deed = _KIND_THEN_DEED.match(tidy)
    if kind_then_deed and (_GENERIC_MERCHANT.fullmatch(kind_then_deed.group(1))
                           or _ONE_CHARACTER_KIND.fullmatch(kind_then_deed.group(1))):
        return Parsed(None, ERR_PARTIAL)  # "一家超市卖过期食品": a kind of shop and what it did, no name
    if no_name_here(tidy):
        return Parsed(None, ERR_PARTIAL)  # "某物流公司", "贵公司": pointed at, not named
    return Parsed(tidy)


# What happened at the shop, told where its name was asked: how it was ("后厨脏的很", "他们家服务态度太差",
# "老板特别凶"), what they would not do ("就是不给退"), when the order was placed ("下午下的单")
_BAD = (r"(?:差劲|差|烂|脏|乱|臭|凶|横|黑心|黑|坑人|坑|贵|慢|恶劣|敷衍|过分|离谱|糟糕|恶心|无耻|霸道|嚣张|冷漠|难吃|"
        r"难闻|不好|不行|不靠谱|不专业|不负责|不讲理|没良心)")
_STORY_TOLD = re.compile(
    rf"(?:很|太|特别|非常|超级|极其|极|贼|挺|真是?|好|也|都|实在|相当)(?:的|是)?{_BAD}"
    rf"|{_BAD}(?:的|得)(?:很|要命|不行|要死|离谱|出奇|一塌糊涂)|{_BAD}(?:死了|极了|透了|到家了)"
    r"|(?:态度|服务|卫生|质量|环境|后厨|厨房|服务员|店员|售后|客服)(?:也|都|就|真|还)?" + _BAD +
    r"|(?:[上下中]午|早上|晚上|凌晨|昨天|今天|前天|[号点月])[^\s，,。]{0,4}(?:下的单|下单的|买的|订的|付的款|付款的)$"
    r"|^(?:他们家?|他家|她家|店家|商家|老板|店里|就是|一直|死活)*(?:不|没)(?:给我?|肯|让|理|管|认账|发货|回复|处理|退)"
    # who works there and what they did ("店员骂人", "老板娘甩脸子"), both bad at once ("又脏又乱"), put off
    r"|(?:店员|服务员|老板娘?|员工|师傅|客服|售后|经理|保安|收银员|导购)(?:们)?(?:还|就|又|总|老|一直|经常|竟然)?"
    r"(?:骂|打人|吼|推人|威胁|不理|不管|甩脸|翻脸|耍赖)|又(?:脏|乱|差|贵|慢|臭|凶|难吃)又"
    r"|拖着|一直拖|推来推去|踢皮球|(?:一直|就是|也|都)不处理|不回复|失联|联系不上|找不到人")


def tells_a_story(name: str) -> bool:
    """Whether what was read as a shop's name tells what happened there (see _STORY_TOLD)."""
    return bool(_STORY_TOLD.search(name))


# The name as the sign or the platform shows it, after the word for it: "门口挂的牌子是 老秦凉皮",
# "招牌上写着 阿布都馕店", "卖家昵称 峡谷代售", "店铺名：小美优选"
_LABELLED_NAME = re.compile(r"(?:牌子|招牌|门头|牌匾|昵称|网名|店名|店铺名|店铺名称|账号名?)(?:上面?)?"
                            r"(?:写的|写着|挂的|印的|显示的?|(?<=[牌头匾招])写)?(?:是|叫)?[:：]?\s*([^\s，,。；;]{2,24})$")


# A name found that runs on into what the shop did: "超市卖过期食品", "药店卖假药", "饭店不给发票"
# A kind of shop of everyday words, then a verb that tells what it did ("快递网点倒卖…", "电竞酒店接待…")
_KIND_THEN_DEED_SAID = re.compile(rf"((?:{_CATEGORY}|电竞|商场|小区|学校|医院|景区|车站)?(?:{_KINDS}))"
                                  r"(?=倒卖|虚构|虚标|虚假|接待|冒充|非法|违规|违法|私自|偷偷|无证|专门|售卖|出售|销售|"
                                  r"贩卖|收留|容留|强制|强迫|诱导|欺骗|诈骗|使用|回收|篡改|以次充好|卖假|卖过期)")
# "电脑城里有家店", "商场里有个专柜": some shop there, pointed at, not named
_SOME_SHOP_IN = re.compile(rf"(?:有家|有个|有一家|有一个)(?:小)?(?:{_KINDS})$")
_KIND_THEN_DEED = re.compile(r"(?:[\u4e00-\u9fa5]{1,8}?的)?([\u4e00-\u9fa5]{1,8}?)"
                             r"(?=卖|售|用|给|把|不|没|乱|多收|拒|跑路|关门|倒闭|欺|坑|骗|以次充好|卫生|环境|态度)")


# Where in a mall, market or street a shop is: "万达广场3楼", "B区18号铺", "3楼312", "负一层"
_IN_A_MALL = re.compile(
    r"(?:[\u4e00-\u9fa5]{0,10}?(?:广场|商场|步行街|市场|大厦|中心|商城|城|街|路|巷|楼|天地))?"
    r"(?:(?:负|地下|B)?[一二三四五六七八九十\d]+(?:楼|层|F)|[A-Za-z一二三四五六七八九十\d]区"
    r"|[A-Za-z]?\d+号(?:铺|铺位|摊位?|档口?|门面|室|柜台?)?|[A-Za-z]?\d+(?:铺|铺位|摊位|档口|门面|室|柜台?)"
    r"|[A-Za-z]?\d{3,4})+(?:的|那家|那个|这家)?", re.IGNORECASE)
_A_MALL = re.compile(r"(?:广场|商场|城|中心|市场|大厦|天地|百货|商城|步行街|mall)$", re.IGNORECASE)
# What is wrong at a shop, said after its kind: "消防不行", "未成年人随便进", "卫生太差"
_WHAT_IS_WRONG = re.compile(r"卖|售|不|没|假|坏|骗|过期|变质|乱|欺|坑|收了|多收|拒|跑路|关门|倒闭|"
                            r"随便|随意|消防|卫生|安全|太差|太脏|太贵")
# A shop described by what it does: "菜市场里卖肉的", "那个做橱柜的", "修手机的"
_DOES = re.compile(r"(?:卖|做|修|收|开|搞|弄)[\u4e00-\u9fa5]{1,6}的$")
# A stall's keeper as people know them: "菜市场门口卖水果的老张", "卖烧饼的张姐"
_STALL = re.compile(r"[^，,。\s]{0,10}?卖[^，,。\s的]{1,6}的"
                    r"(?:(?:老|小|阿)(?![摊店铺贩])[\u4e00-\u9fa5]{1,2}"
                    r"|[\u4e00-\u9fa5]{1,2}(?:师傅|大姐|大妈|阿姨|大爷|大叔|老板|老板娘|姐|哥|叔|婶))")
# A clause about the consumer, said with the answer: "我叫韩梅", "电话159…"
# ("极速手机快修" is a shop: 手机 alone is no phone)
_ABOUT_ME = re.compile(r"我叫|我是|我姓|本人|电话|手机号|手机(?:是|:)?\s*1\d|号码|1\d{10}")
# "就那家国美", "那个麦当劳": a shop pointed at by its brand alone
_POINTED = re.compile(r"^(?:就是|就|是)?(?:那家|那个|这家|这个)")
# A name, then "that one": "金牌装饰那家", "是路通汽修厂这家的"
_POINTED_AFTER = re.compile(r"([^\s，,。]{2,24}?)(?:那家|这家)(?:门店|店铺|店|的)?")
# The whole answer "bought at X": "在好又多大药房买的", "是在鑫旺汽修厂修的", "从稻香村订的"
_BOUGHT_AT = re.compile(rf"(?:是|就是|就)?(?:在|从)\s*([^\s，,。在]{{2,30}}?)\s*(?:上|里|那里|那儿|店里)?\s*"
                        rf"(?:{_BUY_VERBS}|预约|约|请|找|配|装|剪|学)(?:的|了)?")
_BOUGHT_AT_LONGEST = re.compile(_BOUGHT_AT.pattern.replace("{2,30}?", "{2,30}"))


def _bought_at(raw: str) -> str | None:
    """The shop of an answer that is wholly "bought at X" ("在苏宁易购买的" -> 苏宁易购: the verb ends it, not a
    verb inside its name; "在鑫旺汽修厂修的" -> 鑫旺汽修厂)."""
    short, longest = _BOUGHT_AT.fullmatch(raw), _BOUGHT_AT_LONGEST.fullmatch(raw)
    if not short:
        return None
    name = short.group(1)
    if longest and longest.group(1) != name and (
            any(s < short.end(1) < e for s, e in platform_spans(raw))
            or (_SHOP_END.search(longest.group(1)) and not _SHOP_END.search(name))):
        name = longest.group(1)
    return name


# How a place ends, not a shop: "红旗路那家", "万达广场那家", "小区门口那家" (which shop there is asked)
_WHERE_END = re.compile(r"(?:路|街|道|巷|弄|楼|层|口|边|下|上|里|面|门|旁|附近|对面|区|县|市|镇|乡|城|广场|"
                        r"(?:市|商业|文化|体育|会展)中心|大厦|"
                        r"小区|花园|天地|步行街)$")
# Said before a name in speech, pointing at nothing: "那个", "就是", "是那个"
_SPOKEN_LEAD = re.compile(r"^(?:(?:就是|是)?(?:那个|这个)|就是)\s*(?=[^\s，,。]{2})")


# "索尼的", "是海底捞的吧": a brand said with 的, as whose goods or whose shop it was
_BRAND_OF = re.compile(r"^(?:是|就是)?(?:那个|这个)?([^\s，,。的]{2,10})的(?:吧|啊|呀|呢)?$")
# ... a brand whose own name ends in 的, said so: "美的的"
_BRAND_WITH_DE_OF = re.compile(r"^(?:是|就是)?(?:那个|这个)?("
                               + "|".join(sorted(b for b in KNOWN_BRANDS if b.endswith("的")))
                               + r")的(?:吧|啊|呀|呢)?$")


def _brand_of(raw: str) -> str | None:
    """The brand of an answer that is only a brand said with 的 ("索尼的" -> 索尼), not a shop's
    own name ("京东自营的", "华为专卖店的" say which shop)."""
    m = _BRAND_OF.match(raw) or _BRAND_WITH_DE_OF.match(raw)
    if not m or self_sold(raw) or platform_spans(m.group(1)):
        return None
    brand = normalise_merchant(m.group(1)).value
    if brand != m.group(1) or brand is None:
        return None
    return None if _SHOP_END.search(brand) or _NOT_A_BRAND.search(brand) else brand


# Said with 的 of other things than a brand: "他们家的", "网上的", "自己家的"
_NOT_A_BRAND = re.compile(r"家$|网|自己|朋友|亲戚|同事|别人|个人")


def pointed_brand(text: str | None) -> str | None:
    """The brand a shop is pointed at by alone ("就那家国美", "索尼的" -> 国美, 索尼), whose shop is worth asking."""
    raw = clean(text)
    if not raw or not (_POINTED.match(raw) or _brand_of(raw)) or normalise_merchant(raw).error != ERR_PARTIAL:
        return None
    return merchant_as_said(raw)


def merchant_as_said(text: str | None) -> str | None:
    """The shop's name in an answer, however it is pointed at ("就那家国美" -> 国美): what the
    form takes when the question was asked twice; an answer that names only the platform it was
    bought on, twice ("同程旅行上买的 航班是川航的"), is a complaint about the platform."""
    raw = clean(text)
    if not raw:
        return None
    named = normalise_merchant(_POINTED.sub("", raw)).value or _brand_of(raw) or _only_platform(raw)
    if named:
        return named
    # "朋友说叫海鲜大排档", "那先填 电竞酒店": the name as the consumer knows it, without how they came by it
    # (a name: no clause, no date, no sum or number: "那先填 11月1号" answers another question)
    core = answer_core(raw)
    came = how_it_came_taken_off(core)
    if came == core or len(came) < 2 or find_date(came) \
            or re.search(r"\d|[零一二两三四五六七八九十百千万]{2}|[，,、\s]", came):
        return None
    return came


def own_service_seller(text: str | None) -> str | None:
    """The platform or company whose own membership or service the words name, said whole ("爱奇艺会员" ->
    爱奇艺, "腾讯视频VIP" -> 腾讯视频, "美团外卖会员" -> 美团); None for anything else ("健身房会员")."""
    service = _PLATFORM_SERVICE.fullmatch(answer_core(text))
    if not service:
        return None
    name, word = service.group(1), service.group(2) or ""
    if word and is_known_brand(name + word):
        return name + word
    if platform_spans(name) == [(0, len(name))]:
        return _only_platform(name)
    return name if is_known_brand(name) else None


def _only_platform(raw: str) -> str | None:
    spans = platform_spans(raw)
    names = {raw[a:b] for a, b in spans}
    return raw[spans[0][0]:spans[0][1]] if len(names) == 1 else None


def self_sold(text: str | None) -> str | None:
    """The platform, when the words say it sold the goods itself ("京东自营的", "得物自己卖的")."""
    raw = clean(text)
    name = _only_platform(raw) if raw else None
    own = rf"{re.escape(name or '')}(?:自营|自己卖|自己的|官方(?:自营|直营)|直营)|(?:自营|平台自己卖|就是平台卖)"
    if name and re.search(own, raw):
        return name
    return None


# A clause that says only where it was bought, not from whom: "美团上订的", "抖音上", "淘宝直播",
# "洱海边的", "在天虹商场负一楼"
_ELSEWHERE = re.compile(
    r"(?:在|从)?(?:" + "|".join(PLATFORMS.values()) + r")(?:网|app|APP|App|平台)?(?:直播间?|上面?|里面?)?"
    r"(?:(?:买|订|定|约|下单|下的单|团|团购|抢|拍|预约|报名?)(?:的|了)?)?"
    r"|(?:就?在)[^，,。\s]{2,12}(?:[一二三四五六七八九十\d]+楼|负一楼|楼下|楼上|里面?|旁边|对面|门口|附近|边上?)"
    r"|[^，,。\s]{1,8}(?:边|旁边|附近|对面)的?", re.IGNORECASE)
# A platform's sales channel or promotion said beside the shop ("拼多多 百亿补贴 某某专营店",
# "淘宝 聚划算 …", "京东秒杀"): where the offer was, not who sold it
_CHANNEL = re.compile(r"(?:(?:" + "|".join(PLATFORMS.values()) + r")(?:上的?|里的?)?)?"
                      r"(?:百亿补贴|千亿补贴|官方补贴|补贴频道|聚划算|淘抢购|天天特卖|天天特价|特价版|极速版|秒杀|限时秒杀|"
                      r"限时抢购|限时特卖|万人团|拼团|砍价|砍一刀|新人专享|品牌特卖|直播间?|会场|大促|活动|专区|频道)"
                      r"(?:活动|频道|专区|会场|页面)?(?:上|里)?(?:买的|抢的|拍的|下单的)?", re.IGNORECASE)
# A platform's quick delivery from shops nearby ("京东秒送", "美团闪购上的", "淘宝小时达"): said alone, the platform's
# own service is the seller named; beside a shop ("京东秒送 附近的七鲜"), where that shop sold
_QUICK_DELIVERY = re.compile(r"(?:" + "|".join(PLATFORMS.values()) + r")(?:秒送|闪购|小时达)"
                             r"(?:上的?|里的?)?(?:买的|点的|下单的|下的单)?", re.IGNORECASE)
# "主播叫…", "小区叫…": a person or a place named, not the shop
_NOT_THE_SHOP_CALLED = re.compile(r"(?:主播|博主|网红|客服|导购|销售|业务员|老师|教练|医生|护士|司机|师傅|骑手|快递员|"
                                  r"小区|楼盘|村|景区|商场|广场|大厦|写字楼|航班|车次|孩子|儿子|女儿|我)(?:的名字|名字|名)?叫")
# A clause said with 的 before the name: "导游所属的 勐泰旅游", "镇上的 老贺农资店" (whose or where, not the name)
_DESCRIBED_WITH_DE = re.compile(r"^[^（(]{2,10}的$")
# Where a name is read: "车身上写的是…", "门头上印着…", "他家门口写的…"
_WRITTEN = re.compile(r"[\u4e00-\u9fa5]{1,4}(?:上面?|门口|门前|外面|里面)"
                      r"(?:写的是|写着|写的|印的是|印着|印的|挂着|显示的?是)")
# "物业是华隆物业", "商家是…": a kind of shop, then which
_KIND_IS = re.compile(rf"^(?:{_KINDS}|商家|店家|卖家|商户|卖的人|卖东西的)(?:就)?是(?=.{{2,}})")


def _answer_name(clause: str) -> str | None:
    """A clause of an answer to "which shop?" read as the shop's name, or None."""
    name = re.sub(r"^(?:商家|店家|卖家|店名|店铺|店|名字|名称)?(?:的)?(?:名字|名称)?(?:是|叫|为)?", "", clause)
    name = re.sub(r"^(?:就是|是|就|叫做|叫作|叫|那个|这个|它|他们家|他家|她家|那家店?|这家店?)+", "",
                  name.strip(" ，,。.：:"))
    # (网吧, 酒吧 are names)
    name = re.sub(r"(?:没错|对的|对|啊|呀|(?<![网酒氧水书茶话陶迪K])吧|呢|哦|嘛|啦)+$", "", name)
    called = bool(re.match(r"(?:商家|店家|卖家|店名|店铺|店|名字|名称|就是|是|就)*(?:的)?(?:名字|名称)?(?:叫|是叫|为)",
                           clause))
    tidy = _tidy_merchant(name, named=called, called=called) if name else None
    if tidy and _ordinary_word(tidy, answer=True):
        return None  # "单位", "他家": where, not which shop
    # a sentence, not a name: "我想退货退款", "你们管不管"
    if tidy and not called and not _OWN_SHOP_END.search(tidy) and (re.search(
            r"我|你|想|要|吗|呢|了|是|有|没|坏|假货|退货|退款|换货|赔|怎么|什么|为什么|"
                                          r"[?？]|投诉|举报|天天|每天|去那|听课|"
                                          r"[一二两三四五六七八九十百千万\d]+(?:多)?(?:个|块|元|次|天|斤|年)"
                                          r"|^[一二两三四五六七八九十百千万]+$", tidy)
                 or _DESCRIPTION.search(tidy)):
        return None
    from complaint.extract.product import PRODUCTS, find_product  # (product reads this module's suffixes)
    if tidy in PRODUCTS:
        return None  # "衣服": what was bought, not where
    if tidy and not MERCHANT_KIND.search(tidy) and (
            _BOUGHT.search(name) or _PROBLEM_TAIL.search(tidy) or find_product(tidy) == tidy):
        return None  # "在路上买的烤肠", "美的冰箱不制冷": what was bought or what went wrong, not the shop
    return tidy


# How only a shop's own name ends ("联想京东自营官方旗舰店": 想 there is no wish)
_OWN_SHOP_END = re.compile(r"(?:旗舰店|专卖店|专营店|直营店|体验店|授权店|有限公司|有限责任公司|股份公司)"
                           r"(?:（[^）]*）)?$")
# After a shop's name, words that tell what it did rather than continue the name
_TELLS_WHAT_WENT_WRONG = re.compile(r"卖|售|不|没|假|坏|骗|过期|变质|乱|欺|坑|收了|多收|拒|跑路|关门|倒闭")
# "<verb>的/了" in an answer: what follows is what was bought ("在老家买的房子")
_BOUGHT = re.compile(r"(?:买|订|定|办|点|充|租|住|吃|喝|用|报|交|付|花|做|修|洗|下单|下的单|拍)(?:的|了)")
_PROBLEM_TAIL = re.compile(r"不制冷|不工作|坏|漏|破|烂|臭|过期|变质|质量|问题|拉肚子|过敏|不响|不亮|开不了|碎")


def _clauses(raw: str) -> list[str]:
    """The answer's clauses without the address: split at punctuation and at the spaces
    people type between phrases ("万家乐热水器专卖 就在建材市场里面")."""
    address = find_address(raw)
    text = raw.replace(address, "，") if address else raw
    return [p.strip() for p in re.split(r"[，,。；;！! \t\n\r\u3000]+", text) if p.strip()]


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
                  r"(?:店名|名字|叫啥|叫什么|什么名字|它叫什么|名称)?(?:了|啊|呀)?"
                  # "不知道叫什么公司 就是…": the kind asked about, then the description
                  r"(?:(?:的|个)?(?:公司|店|商家|机构|单位|牌子)(?=[，,。.\s]|就|是))?[，,。.\s]*", "", raw)
    # "没名字，开三轮车的…", "没有招牌 在菜市场门口": no name, then the description ("没有招牌的小诊所" stays whole)
    rest = re.sub(r"^(?:它|他们?家?|这家|那家)?(?:就)?(?:没有?|无)(?:挂)?(?:名字|名称|招牌|牌子|门头|店名)(?:的|啊|呀)?"
                  r"(?:[，,。.\s]+|(?=就|是))", "", rest)
    rest = rest.strip(" ，,。.：:")
    if len(rest) < 2 or _UNKNOWN_NAME.fullmatch(rest):
        return None
    return f"名称不详（{rest[:80]}）"

