"""Sums of money ("3999元", "两千八", "3.9万", "三块五") to a decimal string."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from complaint.extract.corrections import TAKEN_BACK, after_correction
from complaint.extract.numbers import _NUM_CHARS, NUMBER, parse_number
from complaint.extract.phone import _MOBILE, phone_key
from complaint.extract.spoken import answer_core
from complaint.extract.text import ERR_EMPTY, ERR_FORMAT, ERR_RANGE, Parsed, clean


# (a w after the digits is 万 where the sum ends there or goes on as money; "66W充电器", "65w的氮化镓" are watts)
_UNIT = (rf"(?:万元|万块|元钱|元|块钱|块|圆|rmb|RMB|万(?![\d{_NUM_CHARS}])|(?<=\d)[kK](?![A-Za-z])|"
         r"(?<=\d)[wW](?![A-Za-z])(?=$|[^\u4e00-\u9fa5]|块|元|钱|多|左右|出头|上下|来块))")
_MONEY_AFTER_VERB = re.compile(
    rf"(?:花了|花费了?|花|付了|付款|付|支付了?|交了|充值了?|充了|一共|总共|共计|共|合计|收了我?|结账|实付|扣了我|"
    rf"价格是?|价钱是?|售价|标价|金额是?|价值|单价|原价|现价|[￥¥]|"
    # a sum named by what it paid for ("押金是三千五", "定金是五千"), or by the thing pointed at ("这双鞋是三百二")
    rf"(?:押金|定金|订金|首付|房租|租金|房费|餐费|饭钱|油费|停车费|门票|票价|学费|会费|服务费|运费|车费|报名费|培训费)"
    rf"(?:是|为|交的是|一共|总共)|"
    rf"(?<![^\s，,。；;！!])(?:这|那)(?:双|件|个|台|部|条|套|只|瓶|盒|箱|张)[\u4e00-\u9fa5]{{0,4}}?(?:是|要|卖)"
    rf"(?=\d|[零〇一二两三四五六七八九]{{0,3}}[十百千万])"  # (not a number read digit by digit: "房间是三零二")
    rf")\s*(?:人民币)?\s*"
    # a numeral alone before a word is no sum: 花 in a damage or a noun ("刮花了一大片", "棉花一样", "烟花一半"),
    # or a part ("付了一半")
    rf"(?![一二两三四五六七八九十](?![\d{_NUM_CHARS}]|{_UNIT})[\u4e00-\u9fa5])"
    # never part of a number ("五千 天天" is not 五), and a count after it is no sum ("三天"), but
    # "天天" (every day) starts the next phrase
    rf"({NUMBER})(?![\d{_NUM_CHARS}])\s*({_UNIT})?(?!\s*(?!天天)[个天年月日号周次台部件辆套份瓶盒箱斤克双张小分秒岁%晚夜宿遍趟下阵会"
    rf"节课人位间期条只颗包袋桶支把副口碗杯顿楼层平米升家集本册大点些片堆回桌锅盘罐串户度])"
)
# the jiao after 块 is one digit: "三块五一瓶" is 3.5 (a bottle), not 三块 and 五一
_MONEY_WITH_UNIT = re.compile(
    rf"({NUMBER})\s*({_UNIT})(?:([\d一二两三四五六七八九])"
    rf"(?![\d{_NUM_CHARS}]+(?!\s*(?:个|瓶|盒|斤|件|包|袋|张|只|条|台|份|支|把|双|杯|碗|次|天)))"
    # "5块一小时", "三块 三个件": a count after it, not the jiao
    rf"(?!\s*(?:个|瓶|盒|斤|件|包|袋|张|只|条|台|份|支|把|双|杯|碗|次|天|小时|晚|人|位|节|月|年))\s*(?:毛|角)?)?")


# Words written with a numeral's character that count nothing: "陆续", "陆陆续续" (陆 is also 6)
_NOT_NUMERALS = re.compile(r"陆陆续续|陆续|大陆|陆地|登陆|着陆|内陆|"
                           r"押[一二两三四五六]付[一二两三四五六十]+")  # ("押一付三": how rent is paid, no sum)


def _amount(number: str, unit: str | None, cents: str | None = None) -> Decimal | None:
    value = parse_number(number)
    if value is None:
        return None
    if unit and (unit.startswith("万") or unit in ("w", "W")) and not re.search(r"[万亿]", number):
        value *= 10_000
    elif unit in ("k", "K"):
        value *= 1000  # "12k"
    if cents and unit in ("块", "元") and len(cents) == 1:
        jiao = parse_number(cents)
        if jiao is not None and jiao < 10:
            value += jiao / 10  # 三块五 = 3.5
    return value


def _money_string(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.01")))


# ("充了20度": kilowatt-hours charged, no sum)
_COUNTED = re.compile(r"\s*(?:个|晚|夜|颗|张|年|包|人|天|次|件|位|间|份|瓶|盒|斤|只|条|台|部|辆|套|双|月|周|星期|度|"
                      r"小时|分钟|岁|"
                      r"楼|号|克|公斤|升|米|节|课|期|箱|袋|桶|支|把|副|款|口|碗|杯|顿|趟|遍|回|桌|锅|盘|罐|串|剂|针|疗程|单)")


# A price said first as what was listed or agreed, then what it came to.
_LISTED = re.compile(r"原价|标价|定价|售价|单价|说好|说的是|本来|原来|宣传|谈好|讲好|报价")
_FINAL_SUM = re.compile(r"(?:加到|涨到|变成|实际|实付|最后|结果|却|收了?|付了|花了|一共|总共|要了|成了|"
                        r"活动价|优惠价|折后|到手价?|现价|团购价|成交价)"
                        rf"[^\d{_NUM_CHARS}]{{0,4}}({NUMBER})\s*({_UNIT})?")


# A price per unit ("5块一小时", "每斤12块", "129一个月", "单价30"): what one costs, not what was paid
_PER = (r"(?:个|瓶|斤|公斤|克|小时|晚|天|次|回|人|位|节|课时|节课|件|盒|杯|碗|份|升|平米?|平方|月|年|张|条|只|包|袋|箱|"
        r"台|辆|套|双|本|支|把|间|趟|单|桌|顿)")
_PER_UNIT_AFTER = re.compile(rf"\s*(?:一|每|/)\s*(?:个)?{_PER}")
# (a price board said before it, "油价牌上写的7块2"; a rate charged at, "按7块8收的")
_PER_UNIT_BEFORE = re.compile(rf"(?:(?:每|一)(?:个)?{_PER}(?:是|要|收|卖|算)?|单价|每月|月租|月费|"
                              rf"(?:油价|单价|价格牌|价签|标价牌)[^\d{_NUM_CHARS}，,。；;\s]{{0,6}}|(?<![\d{_NUM_CHARS}])按)\s*$")
# "一共收了550", "总共两千四": the total, whatever else was said
_TOTAL = re.compile(rf"(?:一共|总共|合计|共计|总计|加起来|全部|总价|总额)(?:是|就|才)?"
                    rf"(?:收了?我?|花了?|付了?|交了?|要了?)?"
                    rf"[^\d{_NUM_CHARS}]{{0,2}}({NUMBER})\s*({_UNIT})?(?![\d{_NUM_CHARS}])"
                    rf"(?!\s*(?:个|天|年|月|次|件|节|人|位|晚|斤|箱|盒|瓶|桌|间|套|台|辆|张|份|单|顿|期|课|双|只|条|包|袋|"
                    rf"把|支|本|趟|回|遍|夜|周|星期|小时|分钟|岁|次|楼|号))")
# "两千多", "一千来块", "三百左右": about that much, not the sum
_ROUGH_AFTER = re.compile(r"\s*(?:多|来|余|几|左右|上下|出头)")


# "具体是286", "准确是三千二百八", "实际是…", "收据上写的是…": the exact sum follows
_EXACT = re.compile(rf"(?:具体|准确|确切|精确|实际|其实)(?:点|一点|地|的)?(?:说|来说|讲)?(?:是|为|数是|金额是|数字是)?"
                    rf"[^\d{_NUM_CHARS}，,。]{{0,2}}({NUMBER})")


# 一 in a word ("一共", "一起", "一直"): no number
# A bare number that is a weekday, a time or a place, not a sum: "上周三", "下午三点", "3栋2单元501", "四川"
_NOT_A_SUM_BEFORE = re.compile(r"(?:周|星期|礼拜|初|单元|栋|幢|楼|室|路|街|巷|弄|号|层)$")
_NOT_A_SUM_AFTER = re.compile(r"\s*(?:点|栋|幢|单元|室|路|街|巷|弄|组|队|村|层|区|期)")
_NUMERAL_IN_A_WORD = re.compile(r"[一二两三四五六七八九十]")
_ONE_IN_A_WORD = re.compile(r"一(?=[共起直定样下些般边会点旦再向致切])")


def _bare_sum(raw: str, m: re.Match) -> bool:
    """A bare number read as the sum: not a count, an ordinal, a weekday, a time or a place."""
    if _COUNTED.match(raw, m.end()) or raw[max(0, m.start() - 1):m.start()] == "第" \
            or _ONE_IN_A_WORD.match(raw, m.start()):
        return False
    if _NOT_A_SUM_BEFORE.search(raw[:m.start()]) or _NOT_A_SUM_AFTER.match(raw, m.end()):
        return False
    # a single numeral with a Chinese character after it is part of a word (四川, 三亚, 五金)
    return not (_NUMERAL_IN_A_WORD.fullmatch(m.group()) and re.match(r"[\u4e00-\u9fa5]", raw[m.end():]))


# What was paid for one span or one lot, said with the paying ("交了一年 一千八", "充了一年的 1800", "办了一个季度
# 六百"): the sum paid, not a price per unit beside it ("一个月一百五")
_PAID_FOR_ONE = re.compile(rf"(?:交|付|充|办|续|缴|订|定|签)(?:了|的)?\s*(?:一|1)\s*(?:个|整)?(?:{_PER}|季度?)\s*"
                           r"(?:的)?(?:钱|费用?)?\s*(?:是|共|一共|总共)?\s*$")


def _per_unit(raw: str, m: re.Match) -> bool:
    if _PAID_FOR_ONE.search(raw[:m.start()]):
        return False
    return bool(_PER_UNIT_AFTER.match(raw, m.end()) or _PER_UNIT_BEFORE.search(raw[:m.start()]))


_SUM_FRAME = re.compile(r"(?:一共|总共|合计|共计|总计)(?:是|就是)?\s*")


# How many were bought, then what one cost ("婚宴一共36桌，每桌2888", "住了3晚 每晚388", "两个人，一人599"): the total
_COUNT_OF = re.compile(rf"(?<![每一\d{_NUM_CHARS}])({NUMBER})\s*(?:个)?({_PER})(?![\d{_NUM_CHARS}])")
_PRICE_OF_ONE = re.compile(rf"(?:每|一)\s*(?:个)?({_PER})\s*(?:是|要|收|卖|算|价格|价钱|单价)?\s*"
                           rf"({NUMBER})\s*({_UNIT})?"
                           rf"|({NUMBER})\s*({_UNIT})?\s*(?:一|每|/)\s*(?:个)?({_PER})")


def _count_times_price(raw: str) -> Decimal | None:
    """The total of a count and the price of one said together, in the same unit ("3桌，每桌1000" -> 3000), when
    no other sum is said; None otherwise."""
    prices = list(_PRICE_OF_ONE.finditer(raw))
    if len(prices) != 1:
        return None
    price = prices[0]
    unit = price.group(1) or price.group(6)
    one = _amount(price.group(2), price.group(3)) if price.group(1) else _amount(price.group(4), price.group(5))
    counts = [c for c in _COUNT_OF.finditer(raw) if c.group(2) == unit
              and not (price.start() <= c.start() < price.end())]
    numbers = [n for n in re.finditer(NUMBER, raw)  # (other sums said: "一共" has no number)
               if not any(x.start() <= n.start() < x.end() for x in [price, *counts]) and _bare_sum(raw, n)]
    if len(counts) != 1 or one is None:
        return None
    count = parse_number(counts[0].group(1))
    total = one * count if count and count == int(count) and 1 < count <= 1000 else None
    # a fee named beside them ("两箱 每箱120 运费20") is no other price: the goods' total stays the sum
    if total is None or any(not (_FEE_BEFORE.search(raw[:n.start()]) and (parse_number(n.group()) or 0) < total)
                            for n in numbers):
        return None
    return total


# A charge named by its fee word right before its sum ("运费20", "另加服务费是50", "快递费：12"): beside the
# price of the goods, a fee (its sum is smaller than theirs)
_FEE_BEFORE = re.compile(r"[\u4e00-\u9fa5]?费(?:用)?(?:是|为|要|收了?|花了?|付了?)?[:：\s]*$")


# A cost that came after the purchase, because of it ("看病花了600", "治疗又花了3200"): beside the price of what was
# bought, no part of it
_LATER_COST = re.compile(r"看病|治病|治疗|医药|医疗|医院|诊所|卫生院|就医|检查|住院|打针|吃药|挂号|修复|误工|"
                         r"打车|路费|交通费|损失|少收|减产|亏了|亏损|"
                         r"后来又?花|又花了|另外又?花")


# The harm done to the consumer, said with a later cost ("我被电了去医院检查花了460", "赔我看病的钱，诊所花了150"):
# that cost is never the price, even with no other sum said ("住院花了五千" alone may be what a hospital charged)
_HARMS_COST = re.compile(r"被[电烫咬伤砸割划撞夹烧扎]|[摔烫划割砸撞咬]伤|受伤|拉肚子|过敏|中毒|感染|起疹子|"
                         r"赔[我俺]?[^，,。；;\s]{0,4}(?:看病|医药|医疗|治疗)|医药费|误工|损失|少收|减产|亏了|亏损")


def _without_later_costs(raw: str, alone: bool = False) -> str:
    """`raw` with the clauses that tell a later cost blanked, when another clause says a sum; else as said
    (`alone`: a cost of the harm done is blanked even with no other sum said)."""
    clauses = [m for m in re.finditer(r"[^，,。；;\s]+", raw)]
    later = [c for c in clauses if _LATER_COST.search(c.group()) and re.search(NUMBER, c.group())]
    other = [c for c in clauses if c not in later and re.search(rf"\d{{2,}}|[{_NUM_CHARS}]+[百千万]", c.group())]
    if alone and not other:
        later = later if _HARMS_COST.search(raw) else []  # ("赔我看病的钱，医院花了320": the harm said beside it)
    if not later or not (other or alone):
        return raw
    for c in later:
        raw = raw[:c.start()] + " " * (c.end() - c.start()) + raw[c.end():]
    return raw


# A sum that is no price paid: a saving or a difference ("每升便宜一块", "比别家贵了两百", "满300减50"), or the
# threshold of a condition ("不买够一万不让走", "消费满五千才送", "要充值两千才能享受")
_DIFFERENCE = re.compile(rf"(?:便宜|优惠|降价|降了|贵了?|差价|少收|立减|减|返现?)(?:了|个)?\s*({NUMBER})\s*"
                         rf"(?:{_UNIT})?(?:钱)?"
                         # a coupon's or a red packet's worth, spent towards the price ("用了40块的券", "红包抵了20")
                         rf"|(?:用了?|使用了?|拿了?|领了?|一张)\s*({NUMBER})(?:{_UNIT})?(?:钱)?的?(?:优惠券|代金券|抵用券|消费券|满减券|券|红包)"
                         rf"|(?:优惠券|代金券|抵用券|消费券|券|红包|积分)(?:抵扣?|减|扣)了?\s*({NUMBER})\s*(?:{_UNIT})?(?:钱)?")
_THRESHOLD = re.compile(rf"(?:(?:买|消费|充值?|存|花|凑|订)(?:够|满|到)|(?<![充])满|不到|超过|达到)\s*({NUMBER})\s*"
                        rf"(?:{_UNIT})?(?:钱)?(?:以上|以下)?"
                        rf"|(?:要|得|需要|必须|才能)(?:先)?(?:充值?|存|买|消费|交|办)(?:了|够|满)?\s*({NUMBER})\s*"
                        rf"(?:{_UNIT})?(?=[^，,。；;！!？?\s]{{0,4}}?才)")


def _without_conditions(raw: str, keep_alone: bool = False) -> str:
    """`raw` with the sums that are a saving, a difference or a condition's threshold blanked (`keep_alone`: as
    said when no other number would be left)."""
    blanked = raw
    for pattern in (_DIFFERENCE, _THRESHOLD):
        blanked = pattern.sub(lambda m: " " * len(m.group()), blanked)
    if keep_alone and not re.search(NUMBER, blanked):
        return raw
    return blanked


# What is no sum, though it holds a numeral: a count of tens or hundreds said without a number ("几十块", "好几千":
# the 十 alone is no 10), a piece broken off ("冰箱磕了一块", "漆掉了一块"), a number with a unit of no money
# ("2万毫安", "300兆", "120平", "1.5匹")
_NO_SUM = re.compile(rf"(?:好)?几[十百千万]+|"
                     rf"(?<=[磕碰摔掉缺刮蹭撞砸烫烧破裂崩脱剐])(?:了|掉|下|坏|破)?[一两几半]块(?!钱)|"
                     rf"(?:{NUMBER})\s*(?:万|千)?\s*(?:毫安时?|mAh|mah|兆|瓦|平米|平方米?|平(?![台安方价])|公里|千米|公斤|"
                     rf"毫升|英寸|寸|匹)", re.IGNORECASE)


def _no_sums_blanked(raw: str) -> str:
    return _NO_SUM.sub(lambda m: " " * len(m.group()), raw)


def normalise_amount(text: str | None) -> Parsed:
    """Digits or Chinese numerals (两千八百元, 3.9万, ￥3,999) to a decimal string."""
    raw = _NOT_NUMERALS.sub(lambda m: " " * len(m.group()), answer_core(text)).replace("，", ",")  # ("哦 0": the sum)
    raw = _no_sums_blanked(raw)  # ("几百块", "2万毫安的那款": no sum paid)
    raw = _without_conditions(raw, keep_alone=True)  # ("八千八 不买够一万不让走": 8800)
    if not raw:
        return Parsed(None, ERR_EMPTY)
    if phone_key(raw):
        return Parsed(None, ERR_FORMAT)  # "138 1234 5678", "0532—8587 6543": a phone number, no part of it a sum
    framed = _SUM_FRAME.match(raw)
    if framed and raw[framed.end():]:
        # "一共十五块八", "一共一个月1500": the total's word before the whole answer, read as the answer said bare
        bare = normalise_amount(raw[framed.end():])
        if bare.value is not None:
            return bare
    # "两千三 不是 两千五": the sum after the correction
    raw = after_correction(raw, lambda part: bool(re.search(rf"{NUMBER}(?!\s*[月号日年点天])", part)))
    raw = _sum_taken_back(raw)  # "花了七百二 哦 是七百六": the sum remembered, in the words of the first
    # "三百来块 具体是286", "两千多 准确说是2180": the exact sum said after a rough one
    exact = _EXACT.search(raw)
    if exact and parse_number(exact.group(1)) is not None:
        raw = raw[exact.start(1):]
    # "两万出头 21600", "四千多 4180": a rough sum said with its exact value is left out
    named = [(n, _amount(n.group(1), n.group(2))) for n in re.finditer(rf"({NUMBER})\s*({_UNIT})?", raw)]
    for n, rough in named:
        after = _ROUGH_AFTER.match(raw, n.end())
        if after and rough and any(value and 0.7 * float(rough) <= float(value) < 2 * float(rough)
                                   for other, value in named if other is not n):
            raw = raw[:n.start()] + " " * (after.end() - n.start()) + raw[after.end():]
    # a compensation multiple ("退一赔三", "十倍") is a demand, not what was paid
    raw = re.sub(r"(?:退|假|买|卖)一赔[一二两三四五六七八九十\d]{1,2}|[一二两三四五六七八九十双\d]{1,2}倍", " ", raw)
    total = _TOTAL.search(raw)
    said_total = _amount(total.group(1), total.group(2)) if total else None
    if said_total:
        return _checked(said_total)
    counted_total = _count_times_price(raw)
    if counted_total:
        return _checked(counted_total)  # "3桌，每桌1000": what the whole came to
    raw = _without_later_costs(raw)  # "做指甲158，看病花了600多": the price of what was bought
    # a price per unit said beside the sum ("5块一小时 收了我30") is left out
    # (read in the words as said: "十包 一包一百一 一千一" leaves the total, once the price of one is blanked)
    others = [m for m in re.finditer(NUMBER, raw) if not _COUNTED.match(raw, m.end())]
    said_as = raw
    for said in list(_MONEY_WITH_UNIT.finditer(raw)) + list(re.finditer(NUMBER, raw)):
        if _per_unit(said_as, said) and len(others) > 1:
            raw = raw[:said.start()] + " " * (said.end() - said.start()) + raw[said.end():]
    value: Decimal | None = None
    m = _MONEY_WITH_UNIT.search(raw) or _MONEY_AFTER_VERB.search(raw)
    if m:
        value = _amount(*m.groups()) if len(m.groups()) == 3 else _amount(*m.groups())
        final = _FINAL_SUM.search(raw, m.end()) if _LISTED.search(raw[:m.end()]) else None
        if final:
            # "原价800 加到1500", "说好200 最后收了800": what was paid is the sum it came to
            value = _amount(final.group(1), final.group(2)) or value
    else:
        # a bare number: not a count or a time ("两个人5980", "住了两晚 960", "一年3600"); of
        # several, the last said ("原价800 加到1500")
        sums = [m for m in re.finditer(NUMBER, raw) if _bare_sum(raw, m)]
        if not sums:
            # "三百一个月": 三百 a month (一个月), not 三百一 months
            # (not a day, a month or a floor: "十一号" is the 11th, "十一月" November, "二十一楼" a floor)
            sums = [m for m in re.finditer(NUMBER, raw) if m.group().endswith("一") and len(m.group()) > 1
                    and _COUNTED.match(raw, m.end()) and not re.match(r"\s*[号楼日月]", raw[m.end():])
                    and parse_number(m.group()[:-1]) is not None]
            if sums:
                value = parse_number(sums[-1].group()[:-1])
                sums = []
        if sums and not re.search(r"\d+\s*[-/月]\s*\d+", raw):
            value = parse_number(sums[-1].group())
            if len(sums) > 1 and not _LISTED.search(raw):
                # "车厘子568 还有运费20": of sums named side by side, the main one (the largest)
                value = max((parse_number(s.group()) for s in sums), key=lambda v: v or 0)
    return _checked(value)


def _checked(value: Decimal | None) -> Parsed:
    if value is None:
        return Parsed(None, ERR_FORMAT)
    try:
        if value <= 0 or value > Decimal("100000000"):
            return Parsed(None, ERR_RANGE)
        return Parsed(_money_string(value))
    except InvalidOperation:
        return Parsed(None, ERR_FORMAT)


# "一块块掉", "一块硬塑料": 块 counting pieces, not yuan (a sum in 块 is said with its number
# and then 钱, a pause or the jiao: "三块五", "20块")
_A_PIECE = re.compile(r"[一两几半整][块](?![钱\d一二三四五六七八九]|$|[\s，,。！!？?、；;]|左右|多)")


# A sum still owed, not refunded or asked for on top ("还欠我八百", "还差三百没退", "没退的五百", "还要再交一万"):
# no part of what was paid (said right before the sum, or 没退/不退 right after it)
_NOT_PAID_BEFORE = re.compile(
    rf"(?:还欠|欠我|欠了我?|还差|差我|没退|未退|不退|不给退|还剩|剩下|剩余|余下|再交|再付|再花|还要交|还得交|还要付|还得付|"
    rf"另交|另付|补交|要补|加收|还要加|再加)(?:的|了|我|给|个|那)*[^\d{_NUM_CHARS}，,。；;\s]{{0,2}}$")
_NOT_PAID_AFTER = re.compile(r"\s*(?:钱)?(?:没退|没有退|未退|不退|不给退|还没退|没给|还没给|没到账|还欠)")
# A sum wanted back or as amends ("退还余额1500元", "要求退还多收的六十元", "退我一千块", "赔我两百"): what
# the consumer asks for, not what was paid (unless the words say it is what was paid: "退还我花的1500元")
_WANTED_BACK = re.compile(rf"(?:退还|退回|返还|退给我|退我|赔给我|赔我|赔偿我|赔偿|要回|拿回|追回|补偿我?)"
                          rf"([^\d{_NUM_CHARS}，,。；;！!？?\s]{{0,6}})$")
# (the whole price or a deposit given back is what was paid: "退还全部货款3000元", "退还押金500")
_PAID_WORDS = re.compile(r"花|付|交|买|充|全部|全款|全额|货款|价款|费用|[学房车会团]费|定金|订金|押金|购物款")


def _wanted_back(before: str) -> bool:
    m = _WANTED_BACK.search(before)
    return bool(m and not _PAID_WORDS.search(m.group(1)))


# "五百六 哦 是六百五", "两千 噢是两千二": a sound of remembering, then the sum as it was
_OH_IT_IS = re.compile(r"[，,。\s]*(?:哦|噢|呃|额)[，,。\s]*(?:不对[，,。\s]*)?是\s*")


def _sum_taken_back(raw: str) -> str:
    """`raw` with a sum the consumer takes back and says again at once ("花了八百八 不对 是九百八", "花了三千四 说错了
    三千四百五", "五百六 哦 是六百五") said in its place, in the words that framed the first (花了九百八); as said
    otherwise."""
    takes = sorted(list(TAKEN_BACK.finditer(raw)) + list(_OH_IT_IS.finditer(raw)), key=lambda m: m.start())
    for m in reversed(takes):
        before = re.search(rf"({NUMBER})\s*(?:{_UNIT})?\s*$", raw[:m.start()])
        again = re.match(rf"({NUMBER})\s*(?:{_UNIT})?", raw[m.end():])
        if before and again:
            return raw[:before.start()] + again.group(0) + " " + raw[m.end() + again.end():]
    return raw


def find_amount(text: str) -> str | None:
    """A sum of money in free text: needs a currency unit or a paying verb before it."""
    raw = _without_conditions(_NOT_NUMERALS.sub(lambda m: " " * len(m.group()), clean(text)))
    raw = _no_sums_blanked(raw)  # ("几十块", "磕了一块", "2万毫安": no sum paid)
    raw = _sum_taken_back(raw)  # "八百八 不对 是九百八": the sum said after
    # a phone, an order number or a date must not read as money
    raw = _MOBILE.sub(" ", raw)
    raw = re.sub(r"(?:订单|单号|交易号|流水号)[号编]?[是为:\s]*[A-Za-z0-9\-_]*", " ", raw)
    total = _TOTAL.search(raw)
    if total and not _ROUGH_AFTER.match(raw, total.end(1)) and (total.group(2) or re.search(
            r"收|花|付|交|钱|费", total.group(0))):
        value = _amount(total.group(1), total.group(2))
        if value is not None and 0 < value <= Decimal("100000000"):
            return _money_string(value)  # "每个月多收50 一共收了550": the total
    counted_total = _count_times_price(raw)
    if counted_total and 0 < counted_total <= Decimal("100000000"):
        return _money_string(counted_total)  # "婚宴一共36桌，每桌2888": the count times the price of one
    # "狗3800，治疗花了3200", "我被电了去医院检查花了460": not the later cost (the price, if found, else asked)
    raw = _without_later_costs(raw, alone=True)
    listed: str | None = None
    for pattern in (_MONEY_WITH_UNIT, _MONEY_AFTER_VERB):
        for m in pattern.finditer(raw):
            before = raw[max(0, m.start() - 1):m.start()]
            if before.isdigit() or _A_PIECE.match(raw, m.start()) or _ONE_IN_A_WORD.match(raw, m.start(1)):
                continue  # ("一样", "一直": 一 in a word, no sum)
            value = _amount(*m.groups()) if pattern is _MONEY_WITH_UNIT else _amount(m.group(1), m.group(2))
            if _per_unit(raw, m) or _ROUGH_AFTER.match(raw, m.end(1)) \
                    or (pattern is _MONEY_WITH_UNIT and _ROUGH_AFTER.match(raw, m.end())):
                continue  # "每斤12块", "花了一万多": what one costs, or about how much: the sum is asked
            if _NOT_PAID_BEFORE.search(raw[:m.start()]) or _NOT_PAID_AFTER.match(raw, m.end()) \
                    or _wanted_back(raw[:m.start()]):
                continue  # "还欠我八百", "修复还要再交一万", "三百没退": a sum owed or asked for, not what was paid
            if value is not None and 0 < value <= Decimal("100000000"):
                if pattern is _MONEY_AFTER_VERB and _LISTED.search(raw[max(0, m.start() - 2):m.start(1)]):
                    listed = listed or _money_string(value)  # a price listed, perhaps not what was paid
                    continue
                return _money_string(value)
    # "最低价两千九 … 降到两千四 … 原价三千九": with other sums said, the listed price is no answer
    if listed and len([n for n in re.finditer(NUMBER, raw) if len(n.group()) >= 2]) > 1:
        return None
    return listed or _sum_said_alone(raw)


# A clause that is a sum in Chinese numerals and nothing else ("…11月3号买的，三千二，不制冷"): the price,
# said bare among the other details (百, 千 or 万 in it: "十五" alone may be a day)
_ALONE_SUM = re.compile(rf"(?:^|(?<=[，,。；;！!\s]))([{_NUM_CHARS.replace('十', '').replace('拾', '')}十]*"
                        rf"[百佰千仟万萬][{_NUM_CHARS}]*)(?=$|[，,。；;！!\s])")


def _sum_said_alone(raw: str) -> str | None:
    sums = [m for m in _ALONE_SUM.finditer(raw) if not _NOT_PAID_BEFORE.search(raw[:m.start()].rstrip("，,。；;！! "))]
    if len(sums) != 1 or not re.search(r"[，,。；;！!\s]", raw.strip()):
        return None  # a sum said bare among the details, once (two: which one was paid is asked)
    value = parse_number(sums[0].group(1))
    return _money_string(value) if value is not None and 0 < value <= Decimal("100000000") else None


# Words that say the sum now given is the exact one ("准确是", "具体是", "收据上是", "我看了下账单")
_EXACT_CUE = re.compile(r"具体|准确|确切|精确|实际|其实|收据|账单|小票|发票|付款记录|支付记录|扣款记录|订单上")


def exact_sum(text: str | None) -> str | None:
    """A sum given as the exact one ("我找到收据了 准确是三千二百八", "我看了下账单 是248"): after the
    word that says so, a number said as a sum (with 元/块, or alone before a pause)."""
    raw = clean(text)
    cue = _EXACT_CUE.search(raw)
    if not cue:
        return None
    m = re.search(rf"(?<![A-Za-z\d])({NUMBER})\s*({_UNIT})?", raw[cue.end():])
    if not m or _COUNTED.match(raw, cue.end() + m.end(1)) or _ROUGH_AFTER.match(raw, cue.end() + m.end()):
        return None
    rest = raw[cue.end() + m.end():]
    if not m.group(2) and rest.strip() and not re.match(r"\s*[，,。！!；;\s]", rest):
        return None  # "其实是3月5号", "发票上写的型号是X90": no sum
    value = _amount(m.group(1), m.group(2))
    return _money_string(value) if value is not None and 0 < value <= Decimal("100000000") else None


def format_amount(value: str | None) -> str:
    """'3999.00' -> '3,999 元' for the consumer."""
    if not value:
        return ""
    amount = Decimal(value)
    text = f"{amount:,.2f}".rstrip("0").rstrip(".")
    return f"{text} 元"

