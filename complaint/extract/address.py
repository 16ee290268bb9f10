"""The merchant's address (province/city to street and number) or its online platform."""
from __future__ import annotations

import re

from complaint.extract.platform import _ONLINE_HINT, IN_PERSON, find_platform, is_platform
from complaint.extract.spoken import answer_core
from complaint.extract.text import ERR_EMPTY, ERR_FORMAT, ERR_PARTIAL, Parsed, clean


_ADDRESS = re.compile(
    # (市场 is no city, nor 超市, 夜市, 门市部: "在万家福超市楼上" names a shop, no city)
    # (an autonomous prefecture's name is long, and may follow its province's: "贵州黔东南苗族侗族自治州")
    # (no district comes before a city: "萧山区市心路" is a street named 市心路, no city 萧山区市)
    # (a tower's room, "…世贸中心A座1806", "…5栋2103", ends it as a 号 or 室 does)
    r"((?:(?:(?![区县])[\u4e00-\u9fa5]){2,8}(?:省|自治区|(?<![超夜早股菜集])市(?!场|部))|[\u4e00-\u9fa5]{2,12}?自治州)"
    r"[\u4e00-\u9fa5A-Za-z0-9\-]{0,40}"
    r"(?:区|县|镇|乡|街道|路|街|道|巷|弄|村|号|大厦|广场|商场|楼|室|层|(?:座|栋|幢)\d{2,5}(?![\d号元块万]))"
    r"[\u4e00-\u9fa5A-Za-z0-9\-]{0,30}?(?:号|楼|室|层|铺|门面|大厦|广场|商场|市场|(?<=号)(?:摊(?:位|子)?|档口?|铺位?))?)"
)
# Said before a place in an answer: "那个", "就是", "是", "地址是"
_SAID_FIRST = r"(?:(?:地址|位置|地点)(?:就)?(?:是|在|为|:)|那个|这个|就是|就在|就|是|在)+\s*"
# Where the consumer went, said in a frame no part of the place: "我去的是…", "当时住的地方是…", "去的店在…"
_WENT_TO = re.compile(r"^(?:我|我们|当时|那次)*(?:去|到|找|住|逛|办卡|买东西|吃饭)的(?:地方|店|那家)?"
                      r"(?:是|在)(?=\S{2})")
_ADDRESS_NAMED = re.compile(r"(?:地址|地点|位置|位于|开在)\s*(?:是|在|为|:)?\s*([^，,。；;！!？?]{4,80})")


_ADDRESS_MARKERS = re.compile(
    r"省|市|区|县|镇|乡|街|路|道|巷|弄|胡同|村|组|号|栋|幢|楼|层|室|铺|大厦|广场|商场|商城|中心|市场|小区|花园|"
    r"附近|旁边|对面|门口|隔壁|楼下|路口")


# What a place's description ends on after its last street or unit, up to the clause's end: a crossing, a corner, a
# landmark or a park ("…人民中路与正义路交叉口", "…文景路十字西北角", "…西新开发区汽车城", "…商贸大道二段物流园"), or a
# stall's number ("…百脑汇3楼3F-21")
_PLACE_TAIL = re.compile(r"[\u4e00-\u9fa5A-Za-z0-9\-]{1,14}?(?:口|角|侧|旁|旁边|边|对面|附近|城|园|园区|中心|市场|"
                         r"广场|大厦|商场|楼|层|室|号|铺|院|站|馆|处|门)|[A-Za-z0-9][A-Za-z0-9\-]{0,9}")
# Words of a sentence, not of a place: the clause goes on with what happened
_NOT_PLACE = re.compile(r"[的了买我你他她说是要和跟去来吗呢吧就都也还很又被把给让叫]")


def _with_place_tail(raw: str, end: int) -> str:
    """What follows a found address to the end of its clause, when it describes the place."""
    rest = re.split(r"[，,。；;！!？?\s]", raw[end:], maxsplit=1)[0]
    return rest if rest and _PLACE_TAIL.fullmatch(rest) and not _NOT_PLACE.search(rest) else ""


def find_address(text: str, landmark: bool = False) -> str | None:
    """The address in the words. `landmark`: a place told in a story keeps what ends it after its last street or
    unit (_PLACE_TAIL); the shop's answer does not ("…云集镇菜市场" answered for the shop's name is a place and a
    kind of shop, asked again)."""
    # ("…万达广场3楼 谢谢": the address, not the thanks; "那个内蒙古…": a sound of speech before it)
    raw = _WENT_TO.sub("", re.sub(r"^(?:那个|这个|就是)\s*", "", answer_core(text)))
    m = _ADDRESS_NAMED.search(raw)
    if m and (not _ADDRESS_MARKERS.search(m.group(1)) or is_platform(re.sub(r"^(?:是|在|为|:)\s*", "", m.group(1)))):
        m = None  # "地址不知道 只有微信": no place follows; "地址是视频号": where it sells (the platform)
    m = m or _ADDRESS.search(raw)
    if not m:
        return None
    if m.re is _ADDRESS_NAMED:
        # "店开在…十字东南角 当时是晚上去的": after a space the sentence goes on, no piece of the place
        return _city_told_earlier(_place_alone(re.sub(r"\s+\S*" + _NOT_PLACE.pattern + r".*$", "", m.group(1))),
                                  raw, m.start(1))
    return _city_told_earlier(_place_alone(m.group(1) + (_with_place_tail(raw, m.end(1)) if landmark else "")),
                              raw, m.start(1))


def _city_told_earlier(found: str, raw: str, at: int) -> str:
    """An address that starts at its district, whose city the words named before that district earlier
    ("住在齐齐哈尔市建华区 …店地址是建华区文化大街…"): the city put before it, as a clerk would write it."""
    district = re.match(r"[\u4e00-\u9fa5]{2,4}?(?:区|县)", found or "")
    if not district:
        return found
    for m in re.finditer(re.escape(district.group()), raw[:at]):
        city = re.search(r"[\u4e00-\u9fa5]{2,12}?市$", raw[:m.start()])
        place = _NOT_A_PLACE.split(city.group())[-1] if city else ""
        if len(place) >= 3 and not re.search(r"[区县镇乡村路街]", place):
            return place + found
    return found


def _place_alone(said: str) -> str:
    """The place found, without the words said before it."""
    # "…3月1日在重庆市…": keep what follows the last 在/于; "实名举报广西柳州市…": the request is no place
    found = re.sub(r"^.*?(?:在|于|位于)(?=[\u4e00-\u9fa5]{2,8}(?:省|自治区|自治州|市))", "", said).strip()
    # "那个青岛市…", "是合肥市…", "就是句容市…": words said before the place, no part of it
    found = re.sub(rf"^{_SAID_FIRST}(?=[\u4e00-\u9fa5]{{2,8}}(?:省|自治区|自治州|市))", "", found)
    found = re.sub(r"^.*?(?:投诉|举报|反映|曝光)(?:一下|一家|下)?(?=[\u4e00-\u9fa5]{2,8}(?:省|自治区|市|区|县))", "",
                   found)
    # "青秀区的百盛购物中心", "两条路交口的世贸中心": 的 between a unit or a crossing and the place in it is speech, no
    # part of the address a clerk writes
    return re.sub(r"(?<=[区县镇乡路街道口])的(?=[\u4e00-\u9fa5A-Za-z0-9]{2})", "", found)


# Only administrative units, no street or place in them: "郑州市二七区", "广西柳州市城中区"
_UNITS_ONLY = re.compile(r"(?:[\u4e00-\u9fa5]{2,8}(?:省|自治区))?(?:[\u4e00-\u9fa5]{1,12}?(?:自治州|地区|盟|市))*"
                         r"(?:[\u4e00-\u9fa5]{1,6}?(?:(?<![小园景社校厂营])区|县|旗|市))?")


def units_only(address: str | None) -> bool:
    """Whether an address names only a province, city or district ("郑州市二七区"): not where the shop is."""
    return bool(address) and _UNITS_ONLY.fullmatch(clean(address)) is not None


# Said after an address, not part of it: "…具体门牌记不清了"
_ADDRESS_REMARK = re.compile(r"记不清|不记得|不知道|不清楚|忘了|具体|大概|好像|没有|说不上|上门|来家里|到家里|来我家")
# How a housing estate or a park is called, typed as a piece of the address: "碧水龙庭", "城南物流园"
_ESTATE_END = re.compile(r"(?:庭|苑|府|湾|园|园区|邸|居|公寓|家园|新村|大院|城)$")
# A part of an address said alone, as people type it in pieces: "郑州 金水区 花园路 88号"
_ADDRESS_PIECE = re.compile(r"[\u4e00-\u9fa5]{1,10}(?:省|自治区|市|州|盟|区|县|旗|镇|乡|街道|路|街|大道|道|巷|弄|胡同|"
                            r"村|广场|大厦|商场|中心|市场|小区|花园|园|园区|苑|庭|府|湾|公寓|家园|新村|城)|[A-Za-z]?\d+(?:号|栋|幢|楼|层|室|号楼|单元)?[A-Za-z]?|"
                            r"[\u4e00-\u9fa5]{2,4}")


# A street or an administrative unit in a piece: what makes the pieces an address
_STREET_OR_UNIT = re.compile(r"省|自治区|市(?!场)|区|县|旗|镇|乡|街道|路|街|大道|巷|弄|胡同|村")
_HEDGED = re.compile(r"^(?:好像|大概|应该|估计|貌似|可能)(?:是|在)?(?=.*(?:楼|层|号|室|门|路|街|区))")
# A piece of a sentence, not of a place: "好像是二楼", "我在那买的", "公司在…"
_NOT_A_PLACE = re.compile(r"我|你|他|她|说|买|了|吗|呢|吧|啊|呀|是|在|没|就|那个|这个|那家|这家|的|也|都|还|要|想|"
                          r"记|知道|清楚|大概|好像|具体|网|线上|店名|电话|退钱|退款|赔")
# A place named in a piece: a building, an estate, a landmark, a floor ("星河WORLD", "绿城玉园", "负一楼")
_PLACE_PIECE = re.compile(r"[\u4e00-\u9fa5A-Za-z0-9\-#]{1,16}")


def _a_place_in_pieces(kept: list[str]) -> bool:
    """Pieces that together say where ("上海徐汇区漕溪北路 八万人体育场旁边", "杭州余杭区 良渚 绿城玉园 3幢",
    "阳光小区 5号楼 底商 昆明市五华区", "大理古城 人民路 中段"): one names a street or unit, none is a sentence."""
    return len(kept) > 1 and any(_STREET_OR_UNIT.search(p) for p in kept) \
        and all(_PLACE_PIECE.fullmatch(p) and not _NOT_A_PLACE.search(p) for p in kept)


def _pieces_joined(raw: str) -> str:
    """An address typed in pieces put together ("郑州 金水区 花园路 88号" -> 郑州金水区花园路88号), with
    remarks after it left out ("…65号 具体门牌记不清了"); the city said last goes first
    ("阳光小区 5号楼 昆明市五华区" -> 昆明市五华区阳光小区5号楼)."""
    parts = [p for p in re.split(r"\s+", raw) if p]
    kept = [p for p in parts if not (_ADDRESS_REMARK.search(p) and not _ADDRESS_MARKERS.search(p))] or parts
    kept = [_HEDGED.sub("", p) or p for p in kept]  # "好像是二楼": the floor
    if len(kept) > 1 and all(_ADDRESS_PIECE.fullmatch(p) for p in kept) \
            and sum(bool(_ADDRESS_MARKERS.search(p) or _ESTATE_END.search(p)) for p in kept) >= len(kept) - 1 \
            or _a_place_in_pieces(kept):
        units = [p for p in kept if units_only(p)]
        # the city said last goes first ("… 昆明市五华区"), unless the pieces start with a city's bare name
        # and its district ("成都 武侯区 …")
        bare_city = len(kept[0]) <= 3 and not (_ADDRESS_MARKERS.search(kept[0]) or re.search(r"\d", kept[0])) \
            and units_only(kept[1])
        first = len(units) < len(kept) and kept[-len(units):] == units and not bare_city if units else False
        return "".join(units + kept[:-len(units)] if first else kept)
    if len(kept) < len(parts):  # "没有门牌 大概在龙泉驿区…": from where it says 在
        return re.sub(r"^.*?(?:在|位于)(?=.{4,})", "", " ".join(kept))
    return " ".join(kept)


# Where an online seller itself is: "公司在北京海淀区", "他们总部位于杭州市余杭区"
_SEAT = re.compile(r"(?:公司|总部|实体店|门店|店铺?|办公室|工作室|机构|学校|培训中心)"
                   r"(?:的)?(?:地址)?(?:就)?(?:在|位于|是)\s*([^，,。；;！!？?\s]{2,40})")


# What was done at the place: "…的超市买的奶粉", "…的店办的卡" (the story goes on after where)
_DONE_THERE = re.compile(r"(?:买|办|吃|喝|住|修|做|订|报名|报|充|交|租|看|玩|洗|剪|理|拿|取|寄|配)(?:的|了)")


def _where_in_story(said: str) -> str:
    """An address said in a sentence, cut to where ("我在郸城县南丰镇的超市买的奶粉" -> 郸城县南丰镇,
    "在昌平区回龙观那家店办的卡" -> 昌平区回龙观); what is no sentence is left as said."""
    done = _DONE_THERE.search(said)
    if not done or not re.match(r"(?:我们?|我家|是|就是|就)*(?:在|于|到|去|从)", said):
        return said
    where = re.sub(r"^(?:我们?|我家|是|就是|就)*(?:在|于|到|去|从)", "", said[:done.start()])
    where = re.sub(r"(?:(?:的|那家|这家|一家|那个)[^的]{0,8})?(?:上|里面?|那里|那儿)?$", "", where)
    return where if len(where) >= 4 and _STREET_OR_UNIT.search(where) else said


# The seller's own place said beside where it was bought online: "饿了么上点的，店在江宁万达",
# "携程上买的，旅行社在昆明"
_SELLER_AT = re.compile(r"(?:店|店铺|门店|商家|公司|旅行社|老板|他们|他家|总部|机构|工作室)(?:的)?(?:地址)?(?:就|是)?"
                        r"(?:在|位于)\s*([^，,。；;！!？?\s]{2,30})")
# How it was bought or had online, said around where: "网上的", "网上买的", "…里开的", "…上点的" (no part of a place)
_ONLINE_WORDS = re.compile(r"^(?:是|就是|在|就在)*(?:网上|线上)?"
                           r"(?:的|买的|下单的|下的单|订的|点的|开的|办的|充的|上|里)*$")
_BOUGHT_ON = re.compile(r"(?:上面?|里面?)?(?:的|买的|点的|开的|订的|下单的|下的单|充的|办的|交的|扣的|报的|开通的)$")
# A clause that only says the consumer does not know the address: "具体地址不知道", "详细门牌记不清了"
_NO_ADDRESS = re.compile(r"^(?:具体|详细)?(?:的)?(?:地址|门牌号?|位置)?(?:我)?"
                         r"(?:不知道|不清楚|记不清了?|忘了|不记得了?|说不上来)[了啊呀]?$"
                         r"|^(?:具体|详细)(?:的)?(?:地址|门牌号?|位置)")


_REMARK_TAIL = re.compile(r"[，,。？?\s]*(?:具体|详细)?(?:的)?(?:地址|门牌号?|位置|几号|店?在哪(?:里|儿)?)?"
                          r"(?:我)?(?:也)?(?:不知道|不清楚|记不清了?|忘了|不记得了?|说不上来)[了啊呀]?$")
# "知道", "不清楚": words of knowing, whose 道 is no road
_KNOWING = re.compile(r"知道")
_A_STREET = re.compile(r"\d|路|街|号|巷|弄|村|大道")


def _city_said_before(best: str, clauses: list[str]) -> str:
    """The city said before the same district in another clause of the answer, put before the clause kept
    ("合肥包河区二手车市场，…，包河区花园大道6号" -> 合肥包河区花园大道6号)."""
    district = re.match(r"[\u4e00-\u9fa5]{2,4}?[区县]", best)
    for clause in clauses:
        at = clause.find(district.group()) if district and clause != best else -1
        if at >= 2 and re.fullmatch(r"[\u4e00-\u9fa5]{2,6}?(?:省|市)?", clause[:at]) \
                and not _NOT_A_PLACE.search(clause[:at]):
            return clause[:at] + best
    return best


def _seller_place(raw: str) -> str | None:
    """Where the seller itself is, said beside the platform it sells on ("店在西宁城西区万达广场")."""
    m = _SELLER_AT.search(raw)
    place = re.sub(r"(?:那边|那里|那儿|那块|附近)$", "", m.group(1)) if m else ""
    if len(place) < 2 or _ONLINE_HINT.search(place) or _ADDRESS_REMARK.search(place) or _NOT_A_PLACE.search(place):
        return None
    return place


def _online_named(raw: str) -> str | None:
    """The one thing named where an online purchase was made, without the words of buying around it
    ("网上的，百度网盘App里开的" -> 网店（百度网盘App）, "网上买的，大麦App" -> 网店（大麦））; None when
    nothing or more than one thing is named."""
    clauses = [c for c in re.split(r"[，,。；;！!\s]+", raw) if c]
    kept = [c for c in clauses if not _ONLINE_WORDS.fullmatch(c) and not _NO_ADDRESS.search(c)]
    if len(kept) != 1 or len(kept) == len(clauses):
        return None
    said = _BOUGHT_ON.sub("", re.sub(r"^(?:是|就是|在|就在|个|一个)+|^(?:网上|线上)的?", "", kept[0]))
    if not said or not (_ONLINE_HINT.search(said) or re.search(r"应用商店|app\s*store|官网|网站|商城", said, re.I)):
        return None
    # ("得物app", "大麦App": the app's name is the place; "微信小程序" says which part of 微信)
    return f"网店（{re.sub(r'(?i)(?<=.)(?:app|平台|客户端)$', '', said)}）"


def _place_pieces(clause: str) -> str:
    """The clause as far as it says where: the pieces after a space that go on with when, how much or what was
    done are left out ("郑州市二七区 上个月12号报名交了定金4000" -> 郑州市二七区)."""
    pieces = clause.split()
    kept = pieces[:1]
    for piece in pieces[1:]:
        # (a building, a tower or a branch after the street is still where: "望京SOHO T1", "韵达吴中网点")
        if _NOT_A_PLACE.search(re.sub(r"知道|网点|营业厅", "", piece)) or _WHEN_OR_HOW_MUCH.search(piece):
            break
        kept.append(piece)
    return " ".join(kept)


# A phone line's or a card's home city, for a service with no shop visited ("号码是南京的", "归属地是成都",
# "卡是在西安办的" is a place said otherwise): the city, as the place of the seller's branch
_NUMBER_HOME = re.compile(r"(?:就是|是)?(?:我这个?|我的|我|这个?)?(?:手机)?(?:号码|手机号|号|手机卡|电话卡|卡|归属地)"
                          r"(?:的)?(?:归属地)?(?:是|在|属于)\s*([\u4e00-\u9fa5]{2,6}?(?:市|省)?)(?:的)?(?:号码?|卡)?")
# How a fee was taken, said for where the seller is: no place ("就是手机号扣的", "话费里直接扣的", "没去营业厅")
_CHARGED_THROUGH = re.compile(r"(?:就是|是|都是|直接)?(?:从|在)?"
                              r"(?:手机号|手机|号码|话费|话费里|手机卡|电话卡|卡里|账户里?)(?:里|上)?(?:直接|自动)?扣(?:的|了)?(?:钱|费)?|没(?:有)?去(?:过)?(?:营业厅|店里|门店|店)")


# When, or how much, said after where: "上个月12号", "去年", "三千二", "899块"
_WHEN_OR_HOW_MUCH = re.compile(r"[年月]|[昨前今明]天|上周|这周|本周|星期|礼拜|"
                               r"[0-9一二两三四五六七八九十百千万]+(?:块|元|万|千)")


_HOW_TOLD = re.compile(r"^(?:地址)?(?:就)?(?:写|填|记)(?!字|录|号)(?:成(?!都)|上)?(?=\S{4})|"
                       r"(?<=\S{4})(?:就行|就可以|就好|即可|就是了|那边|那儿|那块|那一块|这边|那附近)[了啊吧哈呀]*$")


def normalise_address(text: str | None) -> Parsed:
    raw = answer_core(text)  # ("嗯 北京市…", "拼多多！！", "…200号啊": what is said around the answer is no part of it)
    if not raw:
        return Parsed(None, ERR_EMPTY)
    # "那个徐州市鼓楼区 中山北路…": a sound of speech ("就是个app" keeps what it is: a whole phrase)
    raw = re.sub(r"^(?:那个|这个|就是)\s*(?=\S{4})(?![个一])", "", raw)
    # "地址写西安市雁塔区电子正街就行", "…具体在电子正街", "…解放路那边": how the place is told, not where it is
    raw = _HOW_TOLD.sub("", re.sub(r"(?<=[区县市镇])具体(?:在|是|地址是?)", "", raw)) or raw
    # "…中山东路那个移动营业厅", "…人民路那家店": the shop pointed at after the street is no part of where it is
    street = re.sub(r"(?<=[路街道巷弄号])(?:那个|那家|这家|这个|上的|上那家|边上的|旁边的)"
                    r"[\u4e00-\u9fa5A-Za-z0-9]{0,12}$", "", raw)
    raw = street if re.search(r"[市区县镇]", street) else raw  # (the street alone keeps its pointer: "建设路那个超市")
    # "深圳福田区具体地址不知道", "…花园路 门牌记不清了": what the consumer cannot tell, said after where
    told = _REMARK_TAIL.sub("", raw)
    raw = told if told != raw and len(told) >= 4 and _ADDRESS_MARKERS.search(_KNOWING.sub("", told)) else raw
    if not _ONLINE_HINT.search(raw):
        raw = _pieces_joined(raw) or raw
    found = find_address(raw)
    seat = _SEAT.search(raw) if _ONLINE_HINT.search(raw) and not found and not find_platform(raw) else None
    if seat and _STREET_OR_UNIT.search(seat.group(1)) and not is_platform(seat.group(1)):
        return Parsed(seat.group(1))  # "线上上课的 公司在北京海淀区": an online seller's own place
    seller = _seller_place(raw) if _ONLINE_HINT.search(raw) and not found else None
    if seller:
        return Parsed(seller)  # "美团外卖上点的，店在西宁城西区万达广场": the shop is there
    if _ONLINE_HINT.search(raw) and len(raw) <= 20 and not found:
        if not re.match(rf"^{_SAID_FIRST}[个一]", raw):  # ("就是个app" keeps what it is)
            raw = re.sub(rf"^{_SAID_FIRST}(?=\S{{2}})", "", raw)  # "就是快手小店", "地址是天猫": the shop's place
        if IN_PERSON.search(raw):
            return Parsed(None, ERR_PARTIAL)  # "是在美团上团购的": where it was bought, not where the shop is
        platform = find_platform(raw)
        said = re.sub(r"^(?:是|就是|在|就在)+|(?:上面?|里面?|的|买的|上买的|下单的|开的店?)+$", "", raw)
        if platform and is_platform(said):
            return Parsed(f"网店（{platform}）")  # "淘宝上": the online shop's place is its platform
        return Parsed(_online_named(raw) or (raw if "网店" in raw else "网店：" + raw))
    if re.fullmatch(r"(?:不知道|不清楚|忘了|不记得了?|记不清了?)[。.！!]*", raw):
        return Parsed(None, ERR_PARTIAL)
    if not found:
        pieces = [c for c in re.split(r"[，,。；;！!？?\s…]+", answer_core(text)) if c]  # (as said, not joined)
        homes = [m.group(1) for c in pieces if (m := _NUMBER_HOME.fullmatch(c))]
        if homes and not any(_ADDRESS_MARKERS.search(c) for c in pieces
                             if not (_NUMBER_HOME.fullmatch(c) or _CHARGED_THROUGH.fullmatch(c))):
            return Parsed(homes[-1])  # "没去营业厅 就是手机号扣的 号码是南京的": the city the line belongs to
        if pieces and all(_CHARGED_THROUGH.fullmatch(c) for c in pieces):
            return Parsed(None, ERR_PARTIAL)  # "就是手机号扣的": how it was charged, no place (asked again)
    if found:
        # the whole clause the address starts: "北京市大兴区京东总部" keeps its last part
        clause = re.split(r"[，,。；;！!？?]", raw[raw.find(found):])[0].strip()
        address = _place_pieces(clause) if clause.startswith(found) else found
    else:
        # the clause that says most about a place ("归属地是哈尔滨 营业厅在南岗区果戈里大街300号"),
        # from where it says 在/位于
        # (a clause that only says the address is not known is none: "具体地址不知道，我在福田华强北…";
        # "我找找……包河区…": the words said while looking it up end at the dots)
        clauses = [c for c in re.split(r"[，,。；;！!？?\s…]+", raw) if c]
        clauses = [c for c in clauses if not (_NO_ADDRESS.search(c) and not _A_STREET.search(c))] or clauses
        several = len(clauses) > 1 or clauses != [c for c in re.split(r"[，,。；;！!？?\s…]+", raw) if c]
        best = max(clauses, key=lambda c: len(_ADDRESS_MARKERS.findall(_KNOWING.sub("", c))),
                   default=raw) if several else raw
        best = _city_said_before(best, clauses)
        best = _where_in_story(best)
        if several:
            best = re.sub(r"^.*?(?:在|位于)(?=.{4,})", "", best)
        else:  # "营业厅在南岗区…": who is there, then where
            best = re.sub(r"^[\u4e00-\u9fa5]{1,6}?(?:就)?(?:在|位于)"
                          r"(?=[^在]{4,}$)(?=.*(?:区|县|市|镇|乡|路|街|道|村|号))", "", best)
        best = _WENT_TO.sub("", best)  # "我去的是宁波鄞州区": where the consumer went, in a frame
        # ("我是从…那个网点寄的": from where the consumer sent it)
        address = re.sub(r"^(?:(?:我们?|我家)(?=是|在|从|就))?(?:地址|在|是|位于|那个|这个|就是|就|从)+", "",
                         best).strip(" ，,。.：:")
        address = re.sub(r"(?:那边|那里|那儿|那块|(?<=[街路道巷弄号场城区楼厦院])那)$", "", address)  # "…步行街那"
    if len(address) < 4 or not _ADDRESS_MARKERS.search(address):
        return Parsed(None, ERR_FORMAT)
    return Parsed(address[:200])

