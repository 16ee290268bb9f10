"""What was bought: a known product word, what follows 买的…, or a prepaid card."""
from __future__ import annotations

import re
from typing import Callable

from complaint.extract.brands import is_known_brand
from complaint.extract.merchant import _MERCHANT_BY_SUFFIX
from complaint.extract.platform import _ONLINE_HINT, PLATFORMS
from complaint.extract.spoken import answer_core
from complaint.extract.text import ERR_EMPTY, ERR_FORMAT, Parsed, clean, common_word, tagged_words


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
# a product word, unless it names a shop ("酒店", "药店", "鞋城", "瓷砖铺" but not "瓷砖铺上去") or a number ("手机号")
# (longest first: 手机卡 is no 手机, 电动自行车 no 自行车)
_PRODUCT_WORDS = ("(?:" + "|".join(map(re.escape, sorted(PRODUCTS, key=len, reverse=True)))
                  + r")(?![店厂行馆城坊邮号]|铺(?![上好贴在到了完设]))")
# A measure word before the thing: with its number any of them ("一双鞋", "两张票"); alone only
# those that begin no noun (双眼皮, 张家界, 副卡, 套餐, 条纹, 支付宝 keep their first character).
# Words that begin with a measure character keep it when no number is said before it ("台式电脑", "台灯", "条纹衬衫",
# "床头柜", "桶装水", "盒马", "袋鼠", "双人床", "套装"): only a counted one ("一台台式机") loses its count.
_MEASURE_WORD = (r"(?!台(?:式|灯|历|球|面|布|秤|钳|扇|钟|湾|账|阶|风)|部(?:件|落)|个人护理|箱(?:包|子|式|装)"
                 r"|盒(?:饭|子|马|装)|份(?:子|额)|只读|袋(?:鼠|子|装)|桶(?:装|面|子)|款式|罐(?:头|装|子)|瓶(?:装|子|盖)"
                 r"|条(?:纹|绒|凳|幅|状)|支(?:架|票|撑)|把(?:手(?![\u4e00-\u9fa5A-Za-z])|柄)"
                 r"|床(?:单|头|上|品|笠|罩|褥|板|架|铺|垫|围|帘)|束(?:腰|身)|串珠|双(?:人|层|开|门|肩|色|面|头)"
                 r"|套(?:装|餐|房|娃|间|圈|筒))")
_MEASURE = (r"(?:(?:好几|十几|几十|一|两|几|[二三四五六七八九十]|\d+)"
            r"(?:台|部|个|件|双|辆|套|张|瓶|盒|箱|份|只(?!松鼠)|条|块|袋|斤|桶|支|把|"
            r"副|款|罐|包|杯|碗|串|根|颗|道|床|束|枚)"
            rf"|{_MEASURE_WORD}(?:(?:台|部|个|件|辆|瓶|盒|箱|份|只|袋|斤|桶|款|罐|枚)|颗(?!粒)"
            r"|张(?!家)(?=[\u4e00-\u9fa5]{0,6}?[卡票券]|[\u4e00-\u9fa5]{0,3}?(?:床|桌|椅|沙发|地毯|凉席|席子|画))"
            # (俩 and 仨 count by themselves; 双 and 套 only before what comes in pairs or sets, not 双眼皮, 套餐)
            r"|俩|仨|双(?=[\u4e00-\u9fa5A-Za-z]{0,5}?(?:鞋|靴|袜|手套|筷子))"
            r"|套(?=[\u4e00-\u9fa5A-Za-z]{0,5}?(?:书|衣服|西装|家具|沙发|茶具|餐具|化妆品|护肤品|设备|桌椅|刀具|锅具|工具|"
            r"睡衣|床品|四件套|课本|教材|玩具|积木))"
            # (the 一 dropped in speech: "买了条裤子", "买了把伞"; not 条形码, 支付宝, 副食, 副卡, 串串)
            r"|(?:条(?!形|码|件|款|例|约)|把|支(?!付)|副(?!食|卡)|床|束|串(?!串))))")
_PRODUCT_AFTER_BUY = re.compile(
    rf"(?:买到的|买到了|买到|买的|买了|购买的|购买了|购买|买|订的|订了|入手的|入手了|网购的|网购了|下单的|下单了|充的|办的|"
    rf"办了)\s*(?:{_MEASURE}(?!\s)|\s*)([\u4e00-\u9fa5A-Za-z0-9]{{0,10}}?(?:{_PRODUCT_WORDS}))"
)
_PRODUCT_ANY = re.compile(rf"((?:{_PRODUCT_WORDS}))")
# In a story, a list word may be no product: one character ("包教包会", "咬了一身包"), a word
# used as a modifier ("装修用的瓷砖", "装修队"), or a service word beside a thing ("充话费送手机").
# ("手机话费", "宽带月租", "手机流量": what is paid for the line the device uses, no device bought)
_MODIFIER_AFTER = re.compile(r"的|用|队|公司|师傅|工人|员|期间|时|之前|之后|以后|费用|话费|流量|资费|月租|扣费|欠费")
# "汽车美容店", "手机维修店": the word names the kind of shop
_NAMES_A_SHOP = re.compile(r"[\u4e00-\u9fa5]{0,4}?(?:店|院|馆|厂|城|行|公司|中心|工作室)")
_SERVICE_WORDS = {"装修", "话费", "套餐", "快递", "外卖", "宠物", "食品", "保险", "课程"}


# "在健身房办的卡", "充了张卡": a prepaid card, named after the kind of shop when it is said.
_CARD = re.compile(r"(?:办|充|买|开|续)(?:了|的|过)?(?:一张|张|个|次)?(?:会员|储值|预付|充值|年|月|次)?卡(?![车片通])")
# (a card kept at a hair or nail salon is its member card: "美发会员卡")
_CARD_KINDS = (("健身", "健身卡"), ("游泳", "游泳卡"), ("瑜伽", "瑜伽卡"), ("美容", "美容卡"), ("美发", "美发会员卡"),
               ("理发", "美发会员卡"), ("美甲", "美甲会员卡"), ("洗车", "洗车卡"), ("洗衣", "洗衣卡"),
               ("超市", "超市购物卡"))


# A product the list does not know, from where people say what they bought: "买的小熊电热水壶",
# "东西是空气炸锅", "买了一个筋膜枪，用了两次就坏了". The phrase stops where the sentence goes on.
_PRODUCT_CONTEXT = re.compile(
    rf"(?:东西是|商品是|产品是|买的是|买的东西是|货是|买到的|买到了|买到|买的|买了|购买的|购买了|网购的|网购了|入手的|入手了|"
    rf"下单的|下单了|订购的|订购了|订的|订了|团购的|团购了|报的|报了|报名的|报名了|办的|办了|"
    # ("加油机做了手脚", "账做了假": cheating said, no thing done)
    rf"做了(?!手脚|假|文章)|做的(?!手脚|假|文章)|"
    rf"淘了|淘的|淘到|"  # bought second-hand ("闲鱼上淘了一台")
    # installed for the consumer ("家里装的新风系统", "安装的净水器"; 包装的, 假装的, 服装的 are no installing;
    # a story of what the installing cost is about the work: "装的空调 安装费说好200")
    rf"(?<![包假伪改服组西])(?:安)?装(?:的(?!时候|那天|人|师傅|工人)|了)(?!.*(?:安装费|装完|安装完|人工费|工钱))|"
    # (a measure word then a space ends the count: "买了两斤 多收40" says nothing more of the thing)
    rf"开通了|开通的|订阅了|订阅的)\s*(?:{_MEASURE}(?!\s)|\s*)([\u4e00-\u9fa5A-Za-z0-9\-\u00a0]{{2,16}})"
)
# Sold, as a report or a story tells it ("超市卖过期的牛奶", "他们卖假的茅台", "卖给我孙子一双假鞋"), the thing
# right after it: not 卖家, 卖场, 外卖, 专卖, 特卖, 小卖部, 买卖, 倒卖 (information), nor sold to someone else
# ("卖给外面的人"), nor who sold it ("卖的人说")
_PRODUCT_SOLD = re.compile(
    rf"(?<![买贩倒转拍变叫专特小售外义])(?:售卖|出售|贩卖|卖)(?![家场点相力完光萌惨关命掉出方主部])(?:了|过(?!期))?"
    rf"(?:给?我们?家?(?:孙子|孙女|儿子|女儿|孩子|老人|父母|爸|妈|家人)?|给(?:顾客|客人|老人|学生|消费者|孩子|小孩))?"
    rf"(?:的是|的|了|过(?!期))?(?![给\s，,。；;！!？?]|人(?!参)|那|这|老板|店)"
    rf"(?:{_MEASURE})?([\u4e00-\u9fa5A-Za-z0-9\-\u00a0]{{2,16}})"
)
# Who sells it, after what is sold ("卖水果的老张", "卖自制腊肠的微商", "卖三无化妆品的直播间"): the seller
_SELLER_AFTER = re.compile(r"的(?:人|老[\u4e00-\u9fa5]|小[\u4e00-\u9fa5]|微商|主播|直播间|摊|店|商家|商户|卖家|"
                           r"那个|那家|这个|阿姨|大爷|大妈|大姐|大哥|师傅|老板|门面|团队|公司|网店|小贩|贩子|黄牛|地推|$)")
# What the goods turned out to be, said before them ("过期的牛奶", "假的茅台", "一双假的耐克鞋"): the problem keeps it,
# the thing is what follows
_QUALITY_FIRST = re.compile(rf"^(?:{_MEASURE})?(?:快过期|过期|临期|变质|发霉|腐烂|三无|不合格|假冒伪劣|假冒|假|劣质|"
                            rf"山寨|"
                            rf"冒牌|高仿|伪劣|注水|病死|来路不明)(?:了)?的?(?=[\u4e00-\u9fa5A-Za-z]{{2}})")
# Where the noun phrase ends: the sentence goes on with a verb, a particle, time or trouble.
# What the thing was labelled or claimed to be, said right after it ("金镯子标三十克", "大米标的十斤",
# "羽绒服号称九十绒", "吊牌写着纯棉", "标签上写的纯羊毛"): the claim, which the problem keeps, ends its name
_CLAIMS = (r"(?:标(?=[一二两三四五六七八九十几半\d]|的|着|明|注|称|价|重)|号称|宣称|标称|吊牌|标签上?(?:写|标|印)|"
           r"写着|写的是|印着)")
_PHRASE_END = re.compile(
    r"的时候|时候|以后|之后|回来|回家|到手|收到|拿到|到了|当天|第二天|结果|发现|居然|竟然|但是|但|可是|却|还|也|都|就|才|又|"
    r"很|太|一直|总是|经常|突然|已经|刚|没|不|是|有(?!线|机|限|声|偿|氧)|(?<![丝棉绒毛调凉])被|给|让|在|用|坏|漏|过期|变质|发霉|质量|出现|了|的|吗|呢|啊|呀|吧|"
    r"哦|嘛|啦|，|。|(?<![A-Za-z0-9\u00a0])(?<!苹果)(?<!小米)(?<!红米)(?<!荣耀)(?<!华为)(?<!一加)(?<!魅族)\d|"
    # a phone's model number after its brand is part of its name ("苹果15", "小米14"), a count or a price is not
    r"(?<=苹果|小米|红米|荣耀|华为|一加|魅族)\d+(?=\s*(?:斤|块|元|个|箱|袋|公斤|两|毛|件|台|部|只|多|号|瓶|盒|包|"
    r"[年月天次]|\.\d))|"
    r"[一二两三四五六七八九十]+[万千百块元]|"
    r"跟(?!团)|和(?![田牛])|与|"  # compared with something ("窗帘跟样品不一样")
    # said in one breath, without a pause: a connective, a filler sound or where in the thing
    # ("买的零食然后打开一看", "那个项目嗯去做了", "买的蜂蜜里面结块")
    r"然后|接着|随后|后来|嗯|呃|里面|里头|上面|外面|表面|"
    # inside the thing, then what was there ("套餐里写着有虾", "饼干里发现虫子")
    r"(?<=[\u4e00-\u9fa5]{2})(?:里|中|内)(?=写|说|有|发现|吃出|看到|装|放|全|都|竟|居然|混|夹|掺)|"
    # all of it, or a part that says what is wrong with it ("水果全坏了", "奶酪标签全是手写的")
    r"全(?=是|都|部|坏|烂|碎|死|臭|没|不|变|发|掉)|标签|包装(?![袋盒纸箱])|说明书|生产日期|保质期|价签|"
    r"(?<!小)说(?!明)|"  # what the seller said of it ("办了张洗车卡说是不限次")
    # a smell, or the consumer's doubt, said right after the thing ("菜籽油一股哈喇味", "耳机怀疑是假的")
    r"一股|怀疑|感觉|好像|貌似|估计|"
    # which attribute was wrong ("配件型号不对", "裤子尺码错了"): no part of the name
    r"(?:型号|尺码|尺寸|规格|颜色|款式|码数|克重|重量|分量|含金量|含量|甲醛)(?=不|错|有|对不|和|跟|与|少|缺|只有|超|严重)|"
    # what is wrong with it or asked of it, said right after ("黄金掺假", "童装甲醛超标", "辣条犯法吗", "药随便定价")
    r"掺假|掺水|掺了|缺斤|短两|以次充好|超标|不达标|犯法|违法|合法|违规|(?:能|可以)?(?:随便|随意)|"
    r"(?:当|冒充)(?=新|全新|正品|真|原装)|"  # "卖翻新机当新机": what it was passed off as
    # what it was labelled or claimed to be ("金镯子标三十克", "大米标的十斤", "羽绒服号称九十绒", "吊牌写着纯棉")
    r"(?<=[\u4e00-\u9fa5A-Za-z0-9]{2})(?<![上里面])" + _CLAIMS + "|"
    # a question of what may be had for it, or what it counts as ("卡能退吗", "假货能赔几倍", "合成的算欺诈吗"), or
    # what a check of it found ("AJ鉴定是真的")
    r"能(?=退|赔|换|修|要|不能|投诉|举报|报销|找|算)|算(?=欺诈|违法|诈骗|虚假|正常|消费|霸王)|鉴定(?=是|为|出|不|说|结果|了)|"
    r"买(?=回|来|了|的时候)|"  # "狗买回来三天就死了"
    r"卖家|商家|店家|老板|客服|店员|"  # who did something next ("二手的switch卖家说没修过")
    # who sold it, told next ("团购的团长跑路了", "订的 店叫…": the seller or the shop's name, no thing)
    r"团长|群主|店长|经理|前台|导购|(?<=[店家馆厅])叫|名叫|名字叫|"
    # a person of the service, said after it ("报的钢琴课老师跑了", "做的手术医生说…")
    r"老师|教练|医生|护士|技师|师傅|司机|导游|工作人员|员工|销售|业务员|主播|"
    # what was done with it on getting it ("买的粽子打开全是霉点", "拆开一看")
    r"打开|拆开|撕开|剪开|切开|拆封|开箱|一看|一吃|一用|一穿|一试|一闻|"
    # what came of it ("割的双眼皮失败了", "种的牙感染了")
    r"失败|不对称|出问题|出了问题|感染|发炎|红肿|留疤|(?<![抗防])过敏|"
    # one of several, counted after the thing ("耳机一只没声音", "轮胎两个都鼓包"): a part of it, not its name
    r"(?<=[\u4e00-\u9fa5A-Za-z\u00a0]{2})[一两二三四五六七八九十几](?:只|个|边|侧|件|条|根|颗|处|半)"
)
# In "买的时候说包邮" the known word (包) is not what was bought: what precedes it goes on.
_NOT_BEFORE_PRODUCT = re.compile(r"时候|以后|之后|说|发现|结果|就|才|了|过来|回来")
_NOT_A_PRODUCT = re.compile(
    r"^(?:东西|时候|那个|这个|那种|这种|一个|商品|产品|服务|业务|项目|钱|时间|地方|以后|之后|结果|什么|啥|多少|哪|疗程|"
    r"我|你|他|她|它|他们|我们|你们)$")
_FILLER_BEFORE = re.compile(r"^(?:就是|就|是|那个|这个|那种|这种|那款|这款|那台|这台|那件|这件|那双|这双|一个|一款)+")
_FILLER_AFTER = re.compile(r"(?:啊|呀|吧|呢|哦|嘛|啦|了|的|而已|这样|那样|之类的?)+$")


# "买了半年就坏了", "用了三个月": how long, not what
_DURATION = re.compile(r"(?:半|[一二两三四五六七八九十几\d]+)(?:个)?(?:多)?(?:年|月|天|周|星期|礼拜|小时|次|回)(?:多)?")


# What the goods turned out to be is the problem, not the goods: "假化妆品" is 化妆品
_FAKE = re.compile(r"^(?:假冒|假|劣质|山寨|冒牌|高仿|伪劣)(?:的)?(?=[\u4e00-\u9fa5A-Za-z]{2})")


# A count that says no number: "一堆保健品", "好多零食", "各种化妆品" (the things, and which is asked)
_SOME = r"(?:一大堆|一堆|一些|一大批|好多|很多|好几样|好几种|几样|不少|各种|一大袋|一大箱)(?:的)?"


def _uncounted(whole: str) -> str:
    """The name without what comes before it: fillers, a measure word and what it turned out to be
    ("是一台格力空调" → 格力空调, "假化妆品" → 化妆品)."""
    bare = _FAKE.sub("", re.sub(rf"^(?:{_MEASURE}|{_SOME})", "", _FILLER_BEFORE.sub("", whole)))
    return _FILLER_BEFORE.sub("", bare) if len(bare) >= 2 else (_FILLER_BEFORE.sub("", whole) or whole)


def _ends_in_a_verb(phrase: str) -> bool:
    """Whether the phrase's last word is a one-character verb ("筋膜枪丢", "疗程吃")."""
    words = tagged_words(phrase)
    return len(words) > 1 and len(words[-1][0]) == 1 and (words[-1][1].startswith("v") or words[-1][1] == "zg")


# Where in the thing, after its name ("饼干里", "牛奶中", "包装内")
_INSIDE_AFTER = re.compile(r"(?<=[\u4e00-\u9fa5A-Za-z0-9]{2})(?:里|中|内)$")


# An adverb of degree or of the speaker's view starts what is said of the thing, never its name:
# "电脑买了 根本开不了机", "课报了 完全听不懂", "买了 压根没用过"
_ADVERB_FIRST = re.compile(r"\s*(?:根本|完全|压根|简直|实在|确实|真的|明明|居然|竟然|本来|原本|其实|一点(?:都|也)|"
                           r"好像|似乎|貌似|从来|一次都|一直)")


def _phrase(text: str) -> str | None:
    """The noun phrase at the start of `text`: cut where the sentence goes on, fillers off."""
    if _ADVERB_FIRST.match(text):
        return None
    text = _QUALITY_FIRST.sub("", text)
    m = _PHRASE_END.search(text)
    part = _PART_AFTER.match(text, m.start()) if m and m.group(0) == "的" else None
    if part and m and 2 <= m.start() <= 6:
        return text[:m.start()] + part.group(1)  # "收割机的配件": the part, named by what it is for
    if m and m.group(0) == "的" and m.start() >= 2:
        head = _phrase(text[m.end():])  # "美容院的小气泡清洁": the thing after 的
        if head or re.match(r"[\u4e00-\u9fa5]", text[m.end():]):
            return head  # "三亚的酒店": what follows 的 is the thing, not 三亚
    phrase = text[:m.start()] if m else text
    if m and m.group(0) in ("了", "坏", "漏") and len(phrase) >= 3 and _ends_in_a_verb(phrase):
        phrase = phrase[:-1]  # "筋膜枪丢了", "三个疗程吃了两个月", "行李箱摔坏": what befell it is no part of it
    if re.fullmatch(rf"(?:{_MEASURE})", phrase) or _DURATION.match(phrase):
        return None  # "买了两斤 多收40", "电视买了半年屏幕出竖线": how much or how long, and the sentence went on
    phrase = _FAKE.sub("", phrase)  # "假茅台": 茅台
    if re.match(r"(?:一|另一|另|这|那|哪)?家", phrase) and not re.match(r"家[具电纺居]", phrase):
        return None  # "又订了一家贵了三百": another business (counted with 家), not a thing
    counted = re.sub(rf"^(?:{_MEASURE}|{_SOME})", "", phrase)
    if counted.startswith("疗程"):
        return None  # "买了三个疗程吃完…": courses of something unnamed (asked)
    counted = re.sub(r"^(?:个)?(?:什么|啥)", "", counted)  # "订了什么视频会员": named, if indefinitely
    if counted != phrase and len(counted) < 2 and counted not in ("书", "伞", "锅", "壶", "灯"):
        return None  # "报了个班", "买了个包": a count and a word too bare to say which (asked)
    phrase = _FILLER_AFTER.sub("", _FILLER_BEFORE.sub("", counted if len(counted) >= 2 else phrase))
    phrase = _INSIDE_AFTER.sub("", phrase)  # "饼干里有虫子", "套餐里说有牛肉": inside the thing, not its name
    if re.match(r"(?:要|想|得|该|能|会|可以|准备|打算|不想|不要)(?:[退换修赔买去找来拿还送问回做]|过去)", phrase):
        return None  # "办了卡 现在不想做了要退": what the consumer means to do, not a thing
    if re.match(r"要求|希望|请求|麻烦|必须|应该", phrase):
        return None  # "九月份订的 要求按原价给我住": the demand said after the buying, not a thing
    if len(phrase) < 2 or _NOT_A_PRODUCT.match(phrase) or _MERCHANT_BY_SUFFIX.fullmatch(phrase) \
            or _DURATION.fullmatch(phrase) \
            or re.search(r"(?:店|院|馆|厂|行|城|公司|超市|中心|商家|店家|卖家|商户|老板|局)$", phrase):
        return None
    return phrase


def named_unsure(text: str | None) -> str | None:
    """"奶茶？", "空调?": a thing named and nothing else, with a question mark (unsure it is what was asked):
    the thing; not "门的牌子？", "什么产品？" (asked back)."""
    unsure = re.fullmatch(r"\s*([\u4e00-\u9fa5A-Za-z0-9]{2,8})\s*[?？]+\s*", clean(text or ""))
    if unsure and _nouns_only(unsure.group(1)) \
            and not any(flag.startswith(("nr", "ns", "nt")) for _, flag in tagged_words(unsure.group(1))) \
            and not re.search(r"牌子|品牌|型号|名字|名称|商品|产品|东西|服务|什么|哪|啥|多少|几|谁|地址|电话|时间|日期|"
                              r"人工|客服|律师|老板|工作人员|领导|经理|店长|法院|警察|投诉|举报", unsure.group(1)):
        return unsure.group(1)
    return None


# The consumer's phone said with its label ("手机13800000000", "电话是0831-1234567"): no thing bought
# (the number may be read out in words, "手机：一三九 五五一 二六 八 零四")
_CONTACT = re.compile(r"(?:我的)?(?:手机|电话|联系电话|联系方式)(?:号码?|号)?(?:是|:|：)?\s*"
                      r"(?:1\d{2}[\s-]?\d{4}[\s-]?\d{4}|0\d{2,3}-?\d{7,8}|"
                      r"[一幺][\s\-，,]*(?:[一二三四五六七八九零〇幺两][\s\-，,]*){10}(?![一二三四五六七八九零〇幺两]))")


# A card named after the kind of shop that sold it ("瑜伽馆预付卡", "健身房的会员卡", "美容院的卡"): that kind's card
_CARD_OF_A_SHOP = re.compile(r"([\u4e00-\u9fa5]{2,4}?)(?:馆|房|店|院|中心|会所|工作室|俱乐部)的?"
                             r"(?:预付|会员|储值|充值|年|次|月)?卡")


def _card_of_its_kind(found: str | None, raw: str) -> str | None:
    """A bare card ("预付卡", "会员卡") said right after the kind of shop it is for: the card of that kind."""
    whole = _CARD_OF_A_SHOP.fullmatch(found or "")
    if found not in (None, "预付卡", "会员卡", "会员卡（预付卡）") and not whole:
        return found
    m = whole or _CARD_OF_A_SHOP.search(raw)
    kind = next((card for word, card in _CARD_KINDS if m and m.group(1) == word), None)
    return kind or found


# What a card, course or package covers, two things joined before it ("游泳+羽毛球的年卡", "英语加数学的辅导班",
# "洗车和保养的套餐"): one name, the card's ("游泳羽毛球年卡"); not who shares it ("我和老公的会员卡")
_COVERS_TWO = re.compile(r"(?:^|(?<=[了的是报办买订\s，,。：:]))([\u4e00-\u9fa5]{2,6}?)\s*(?:\+|＋|和|加|与|跟|、)\s*"
                         r"([\u4e00-\u9fa5]{2,6}?)的(?=[\u4e00-\u9fa5]{0,4}?(?:卡|课|班|套餐|会员|疗程|课程))")
_WHO_SHARES = re.compile(r"[我你他她它们]|老公|老婆|爱人|孩子|儿子|女儿|朋友|同事|家人|爸|妈|同学|闺蜜|对象")


def _covers_two(raw: str) -> str:
    return _COVERS_TWO.sub(lambda m: m.group(0) if _WHO_SHARES.search(m.group(1) + m.group(2))
                           else m.group(1) + m.group(2), raw)


def find_product(text: str) -> str | None:
    unsure = named_unsure(text)
    if unsure:
        return unsure
    # "MacBook Pro": a space between Latin words is part of the name (held as NBSP)
    raw = re.sub(r"(?<=[A-Za-z0-9]) +(?=[A-Za-z0-9])", "\u00a0", _CONTACT.sub("，", clean(text)))
    raw = _covers_two(raw)
    found = _with_its_kind(_find_product(raw), raw)
    found = _card_of_its_kind(found, raw)
    if found and re.fullmatch(_WHAT_IT_TURNED_OUT, found):
        return None  # "买到假货了": what the goods turned out to be, not what they were
    return with_its_service(found.replace("\u00a0", " ")) if found else None


_OVERLAPPING = re.compile(rf"(?=((?:{_PRODUCT_WORDS})))")


def _head(raw: str, start: int, end: int) -> tuple[int, int]:
    """The span of the list word at start..end, or of an overlapping one that ends later: in
    "进口红酒" the thing is 红酒, not 口红 (a Chinese noun phrase ends with its head)."""
    head = (start, end)
    for m in _OVERLAPPING.finditer(raw, start):
        if m.start() >= head[1]:
            break
        if m.start() > start and m.start() + len(m.group(1)) > head[1]:
            head = (m.start(), m.start() + len(m.group(1)))
    return head


def _head_end(raw: str, start: int, end: int) -> int:
    return _head(raw, start, end)[1]


def _cut_in_a_word(raw: str, end: int) -> bool:
    """The phrase ending at `end` stops inside an everyday noun ("床" of "床单"): the dictionary's cut of the
    words puts no boundary there, and the word it cuts is a common noun."""
    if end >= len(raw) or not re.match(r"[\u4e00-\u9fa5]", raw[end]):
        return False
    start = 0
    for word, _ in tagged_words(raw):
        if start < end < start + len(word):
            return (common_word(word, 1) or "").startswith("n")
        start += len(word)
    return False


# The thing said first, then that it was bought, in a clause of its own ("AI课程买了 根本学不会", "这款净水器
# 刚装的"): the thing is what the clause starts with
_BOUGHT_LAST = re.compile(r"(?:我|我们|我家|家里)?(?:这个|那个|这款|那款|这台|那台)?"
                          r"([\u4e00-\u9fa5A-Za-z0-9\u00a0]{2,10}?)"
                          r"(?:是)?(?:刚|才|新|之前|去年|今年|前段时间)?(?:预订|预定|买|购买|订|报|办|入手|网购|安装|装)(?:了|的)")
# When, not what: "上周五买的", "去年双十一买的", "十月初订的"
_WHEN_SAID = re.compile(r"(?:周|星期|礼拜)[一二三四五六日天1-7]?$|^(?:上|下|这|本)(?:周|个?月)|"
                        r"[昨前今明]天|[去前今明]年|"
                        r"[0-9一二三四五六七八九十]+(?:月|号|日)|双十一|双11|双十二|年底|年初|月初|月底|月中|那天|当天|"
                        r"之前|以前|刚刚|早上|晚上|中午|下午|上午")
# Where or when, not what: a platform, a group, a live room, a shop, a market ("朋友圈买的", "直播间买的")
_WHERE_NOT_WHAT = re.compile(r"(?:圈|群|间|网|上|里|店|城|场|会|节|那儿|那里|这里)$")


def _bought_last(raw: str) -> str | None:
    """The thing named before its buying, a clause to itself ("AI课程买了"): nouns only, no place or time."""
    for clause in re.split(r"[，,。；;！!？?\s]+", raw):
        m = _BOUGHT_LAST.fullmatch(clause) or _BOUGHT_LAST.match(clause)
        thing = m.group(1) if m else ""
        if m and m.end() < len(clause) and (not _PRODUCT_ANY.search(thing) or re.match(_MEASURE, clause[m.end():])):
            # ("宽带办了个寂寞": what follows the buying, counted, is its object)
            continue  # "AI眼镜买了翻译功能用不了": the clause goes on; the thing before is taken when the list knows it
        if not thing or _WHERE_NOT_WHAT.search(thing) or _DURATION.search(thing) or _ONLINE_HINT.search(thing) \
                or _WHEN_SAID.search(thing):
            continue
        words = tagged_words(thing.replace("\u00a0", " "))
        nouns = bool(words) and all(flag[:1] in ("n", "l", "b") and flag not in ("nr", "ns", "nt") or flag == "eng"
                                    for word, flag in words if word.strip())
        if (nouns or _PRODUCT_ANY.search(thing)) and _phrase(thing) == thing:
            return thing
    return None


# A count and one character ("一床", "两桌", "一锅"): a measure of the thing named elsewhere
_ONE_OF_IT = re.compile(r"(?:[一两二三四五六七八九十百几半]+|\d+)[\u4e00-\u9fa5]")


def _sold_thing(raw: str, forced: Callable[[int], bool] = lambda at: False) -> str | None:
    """What a shop is told to sell ("卖过期的牛奶", "卖假冒的华为充电器", "卖水果的老张"): the thing after 卖, without
    what it turned out to be (过期的, 假冒的) or who sells it (的老张)."""
    for m in _PRODUCT_SOLD.finditer(raw):
        if forced(m.start()):
            continue  # "不交就不卖": what was forced is the dispute
        text = _QUALITY_FIRST.sub("", m.group(1))
        seller = _SELLER_AFTER.search(text)
        if seller and seller.start() >= 2:
            text = text[:seller.start()]
        phrase = _phrase(text)
        if phrase and not _ONE_OF_IT.fullmatch(phrase):
            return phrase
    return None


# A shop's name in quotes ("“漓江人家度假酒店”", "「老街客栈」", "《某某健身会所》")
_QUOTED_SHOP = re.compile(r"[“\"「『《]([^”\"」』》]{2,24})[”\"」』》]")


def _before_a_quoted_shop(raw: str, at: int) -> bool:
    """Whether a shop's name in quotes begins at `at`: what was said before it ("订了桂林阳朔“…度假酒店”") is where the
    shop is, not what was bought."""
    quoted = _QUOTED_SHOP.match(raw, at)
    return bool(quoted and (_MERCHANT_BY_SUFFIX.fullmatch(quoted.group(1))
                            or re.search(r"(?:客栈|民宿|旅舍|青旅|山庄|农家乐|会所|庄园|度假村)$", quoted.group(1))))


def _find_product(raw: str) -> str | None:
    for m in _PRODUCT_AFTER_BUY.finditer(raw):
        if not _NOT_BEFORE_PRODUCT.search(m.group(1)):
            head_end = _head_end(raw, m.start(1), m.end(1))
            part = _PART_AFTER.match(raw, head_end)
            if _cut_in_a_word(raw, part.end() if part else head_end):
                continue  # "订的酒店床单上有血": 床 of 床单 is no bed bought
            whole = raw[m.start(1):head_end] + (part.group(1) if part else "")
            found = _uncounted(whole)
            if _ONE_OF_IT.fullmatch(found):
                continue  # "买了一床", "订了两桌": how many of what was named before, not its name
            # "买他们的保险": whose it is, not what
            return re.sub(r"^(?:他们|她们|他|她|它|人家|店里|他家|店家|商家)的", "", found) or found
    fronted = _bought_last(raw)
    if fronted:
        return fronted  # "AI课程买了 根本学不会": the thing, then its buying
    for m in _PRODUCT_CONTEXT.finditer(raw):
        if _before_a_quoted_shop(raw, m.end(1)):
            continue  # "订了桂林阳朔“某某度假酒店”的房间": where the shop is, then its name, not the thing
        phrase = _phrase(m.group(1))
        if phrase and not _ONE_OF_IT.fullmatch(phrase):
            return phrase
    sold = _sold_thing(raw)
    if sold:
        return sold  # "他们卖假的茅台": what the shop sold, where nothing bought is told
    words = [raw[slice(*_head(raw, m.start(1), m.end(1)))] for m in _PRODUCT_ANY.finditer(raw)
             if len(m.group(1)) > 1 and not _MODIFIER_AFTER.match(raw, m.end())
             and not _NAMES_A_SHOP.match(raw, m.end()) and not _HARMED_AFTER.match(raw, m.end())]
    if words:
        return next((w for w in words if w not in _SERVICE_WORDS), words[0])
    if _CARD.search(raw):
        return _course_named(raw) or next((card for word, card in _CARD_KINDS if word in raw), "会员卡（预付卡）")
    return None


# After the thing's name, how many or how long ("早教课程 一百节", "爱他美奶粉 两罐", "民宿 住了两晚").
_AFTER_NAME = re.compile(r"(?:[一两二三四五六七八九十百千几\d]+|半)[^\s，,。；;]{0,3}|[^\s，,。；;]*了[^\s，,。；;]*|"
                         r"(?:一共|总共|合计|共计|共|花了|付了|交了)[^\s，,。；;]*")  # "… 一共两千四": what it cost
_SEGMENTS = re.compile(r"(?<=[\u4e00-\u9fa5])\s+|\s+(?=[\u4e00-\u9fa5])|\s*[，,。；;]\s*")


# A part of an answer that says only where it was bought ("美团外卖", "淘宝上", "在京东")
_WHERE_BOUGHT = re.compile(r"(?:在|从)?(?:" + "|".join(PLATFORMS.values()) + r")"
                           r"(?:外卖|商城|超市|直播间?|平台|app|APP)?(?:上面?|里面?)?(?:买的|点的|订的|下单的)?",
                           re.IGNORECASE)


# An answer that ends on the buying itself ("网上买的", "在超市里买的", "朋友推荐买的", "直播间抢的"): it says
# where or how the thing was bought and names no thing (a thing said after it, "网上买的水杯", is read above).
_WHERE_OR_HOW_BOUGHT = re.compile(r"[\u4e00-\u9fa5A-Za-z]{0,10}?(?:上面?|里面?|那儿|那里|这儿|这里|店|摊|市场|网|群|"
                                  r"圈|间|推荐|介绍|团购|代购)?(?:买|购买|抢|拍|订|定|点|下单|网购)(?:的|了|来的)")


# A remark said after the thing's name: "环保板材 说是E0级", "好像是进口的"
_REMARK = re.compile(r"(?:说是|说|号称|据说|听说|好像|应该是|宣传|广告上?说|标的是|写的是|" + _CLAIMS + ")")
# A name of one piece: Chinese, Latin and digits, spaces only between Latin words ("vivo X100手机维修").
_ONE_NAME = re.compile(r"[\u4e00-\u9fa5A-Za-z0-9\-]+(?:(?<=[A-Za-z0-9]) (?=[A-Za-z0-9])[A-Za-z0-9\u4e00-\u9fa5\-]+)*")


def _nouns_only(phrase: str) -> bool:
    """Whether a phrase is nouns only, its words of a sentence (有, 不, 没…) inside nouns of the
    dictionary: "有线电视", "不锈钢锅", "无糖饮料" (but "电视不亮", "电视有问题" go on as a sentence)."""
    words = tagged_words(phrase)
    return bool(words) and all(flag[:1] in ("n", "l", "b") and not (len(word) == 1 and _PHRASE_END.fullmatch(word))
                               for word, flag in words)


# A package or plan named by what it holds, said with 的: "存话费送手机的套餐", "宽带的那个套餐", "199的套餐"
_PACKAGE_OF = re.compile(r"([\u4e00-\u9fa5A-Za-z0-9]{2,10}?)的(?:那个|这个|那种|这种)?"
                         r"(套餐|业务|活动套餐|优惠套餐|合约机|合约套餐)")


# A shop, a room or an account called by its name ("直播间叫…", "店名是…", "他家叫…"): who sold it, not what
_SHOP_CALLED = re.compile(r"(?:店|店铺|网店|小店|直播间|主播|商家|卖家|公司|账号|店名|他家|他们家)"
                          r"(?:的)?(?:名字|名称)?(?:就)?"
                          r"(?:叫|是叫|名叫|名字是)")


def _named_before_its_head(whole: str, found: str) -> bool:
    """A name that ends in the list word, what comes before it words that describe it, none of a sentence
    ("殡葬一条龙套餐", "全屋定制衣柜"): no particle, adverb, pronoun, preposition or one-character verb."""
    words = tagged_words(whole)
    return whole.endswith(found) and 0 < len(whole) - len(found) <= 6 and bool(words) and not any(
        flag[:1] in ("u", "d", "r", "p", "c", "y", "m") or (len(word) == 1 and flag.startswith("v"))
        for word, flag in words[:-1])


# Two things said as a list ("换刹车片 还有刹车盘"): joined by 和
_AND_ALSO = re.compile(r"(?<=[\u4e00-\u9fa5A-Za-z0-9])\s*(?:还有|以及|外加|加上)\s*(?=[\u4e00-\u9fa5A-Za-z0-9])")


# The brand told after the thing, a part of its own: "是一个叫康舒的牌子", "牌子是康舒", "康舒牌的"
_BRAND_TOLD = re.compile(r"(?:是|就是)?(?:一个|个)?(?:叫)?([\u4e00-\u9fa5A-Za-z0-9]{2,8}?)(?:的)?"
                         r"(?:牌子|品牌|牌的|这个牌子|那个牌子)(?:的)?"
                         r"|(?:牌子|品牌)(?:是|叫)([\u4e00-\u9fa5A-Za-z0-9]{2,8}?)(?:的|牌)?")
_BRAND_AFTER = re.compile(r"(?:是|就是)?([\u4e00-\u9fa5A-Za-z0-9]{2,6}?)(?:的|牌|家的)?")


def _brand_told(part: str) -> str | None:
    """The brand a part after the thing tells (_BRAND_TOLD), or a well-known brand said alone ("格力的", "是小米的")."""
    told = _BRAND_TOLD.fullmatch(part)
    if told:
        return told.group(1) or told.group(2)
    bare = _BRAND_AFTER.fullmatch(part)
    return bare.group(1) if bare and is_known_brand(bare.group(1)) else None
# A part after the name that says of what kind or size it is, ending in 的: "五升的", "小榨的", "滚筒的", "进口的"
_DESCRIBED_AFTER = re.compile(r"[\u4e00-\u9fa5A-Za-z0-9]{1,4}的")
# A make or model said apart before the kind of thing: "苹果15", "华为Mate60", "美的", "iPhone 15"
_MAKE_OR_MODEL = re.compile(r"(?:[\u4e00-\u9fa5]{1,4}[A-Za-z0-9][A-Za-z0-9 ]*|[A-Za-z][A-Za-z0-9 ]*|"
                            r"[\u4e00-\u9fa5]{2,4}(?=$))")


def normalise_product(text: str | None) -> Parsed:
    """See _normalise_product; a speed alone ("办了千兆") is broadband of that speed."""
    parsed = _normalise_product(text)
    return Parsed(with_its_service(parsed.value)) if parsed.value else parsed


# A line's speed named alone as what was bought ("办了千兆", "500兆", "300M"): broadband of that speed
_SPEED_ALONE = re.compile(r"(?:千|百|万|[一二两三四五六七八九十百千]{1,4}|\d{2,4})\s*兆"
                          r"|\d{2,4}\s*[MmGg](?:bps|b)?|[一二两]\s*[Gg]")


def with_its_service(found: str | None) -> str | None:
    """A speed named alone is the broadband of that speed ("千兆" -> "千兆宽带"); anything else as found."""
    return found + "宽带" if found and _SPEED_ALONE.fullmatch(found) else found


# (not where the name was read: "包装盒上写的是空气净化器" names it)
_GIVEN_WITH_IT = re.compile(r"(?:还|另外)?(?:送的|赠送的|赠的|附赠的|白送的|送了|赠了|附送的)")
_CLAIM_RUN_ON = re.compile(rf"(?<=[\u4e00-\u9fa5A-Za-z0-9]{{2}})(?<![上里面])(?<!包装)(?<!盒子){_CLAIMS}.*$")


def _normalise_product(text: str | None) -> Parsed:
    raw = answer_core(text)  # "嗯嗯 咪咕视频会员～🙏", "洗发水谢谢": the thing, without what is said around it
    if not raw:
        return Parsed(None, ERR_EMPTY)
    raw = _covers_two(raw)  # "游泳+羽毛球的年卡": 游泳羽毛球年卡
    parts = [p for p in _SEGMENTS.split(raw) if p]
    # a claim run on after the name ("金镯子标三十克", "羽绒服号称九十绒") is no part of it
    parts = [_CLAIM_RUN_ON.sub("", p) for p in parts]
    while len(parts) > 1 and _WHERE_BOUGHT.fullmatch(parts[0]):
        parts.pop(0)  # "美团外卖 一份麻辣烫": where it was bought, then the thing
    brand = _brand_told(parts[-1]) if len(parts) == 2 else None
    if brand and (_PRODUCT_ANY.search(parts[0]) or _nouns_only(parts[0])
                  or (re.fullmatch(r"[\u4e00-\u9fa5A-Za-z0-9]{2,8}", parts[0]) and not _PHRASE_END.search(parts[0]))) \
            and not _BRAND_TOLD.search(parts[0]) \
            and not brand.startswith(parts[0]):
        thing = _normalise_product(parts[0]).value or ""
        if thing and not thing.startswith(brand):
            return Parsed(brand + thing)  # "足浴盆 是一个叫康舒的牌子", "空调 格力的": the thing with its brand
    while len(parts) > 1 and _GIVEN_WITH_IT.match(parts[-1]):
        parts.pop()  # "199元合约套餐 送的手机": what came free with it is not what was bought
    while len(parts) > 1 and (_AFTER_NAME.fullmatch(parts[-1]) or _REMARK.match(parts[-1])
                              or (_DESCRIBED_AFTER.fullmatch(parts[-1]) and not is_known_brand(parts[-1]))):
        parts.pop()  # a count, what happened next or a remark ("说是E0级", "小榨的") is no part of the name
    if len(parts) == 2 and _PRODUCT_ANY.fullmatch(parts[1]) and _MAKE_OR_MODEL.fullmatch(parts[0]) \
            and not _PRODUCT_ANY.search(parts[0]):
        return Parsed(parts[0] + parts[1])  # "苹果15 手机", "美的 空调": the make or model, then the kind of thing
    if len(parts) == 2 and _MAKE_OR_MODEL.fullmatch(parts[0]) and re.search(r"\d", parts[0]) \
            and _PRODUCT_ANY.match(parts[1]) and not _PRODUCT_ANY.search(parts[0]):
        rest = _normalise_product(parts[1]).value
        if rest and parts[1].startswith(rest):
            return Parsed(parts[0] + rest)  # "苹果13 手机维修换屏": the model, then the thing as the rest reads it
    raw = " ".join(parts) if parts else raw
    # "买的是小米14" is the answer "小米14" in a frame: read as said bare (not the brand the frame's pattern finds)
    raw = re.sub(r"^(?:东西是|买的是|商品是|产品是)(?=\S)", "", raw)
    # "写装修服务", "改回视频会员": what to put down, said as the change to make (the words of writing are none of it)
    raw = re.sub(r"^(?:商品|产品|东西)?(?:就|那就|还是)?"
                 r"(?:改回成?|改成|改为|换成|写成|填成|写上|写(?![字真作生意])|填(?![充空]))(?:是)?(?=\S{2})", "", raw)
    package = _PACKAGE_OF.fullmatch(raw)
    if package and not re.search(r"[我你他她]|了|吗|呢|什么|啥|哪", package.group(1)):
        return Parsed(package.group(1) + package.group(2))  # "存话费送手机的套餐": the package, named by what it holds
    if _SHOP_CALLED.search(raw):
        return Parsed(None, ERR_FORMAT)  # "直播间叫‘某某严选’": the shop or room named, not what was bought
    found = find_product(raw)
    whole = _FILLER_AFTER.sub("", re.sub(rf"^{_MEASURE}", "", _FILLER_BEFORE.sub(
        "", re.sub(r"^(?:东西是|买的是|商品是|产品是)", "", raw)))).strip(" ，,。.：:!！")
    # "汽车延保服务（三年）", "洗衣机（滚筒的）": a remark in brackets after the name is no part of it
    whole = re.sub(r"\s*[（(][^（）()]{1,12}[）)]$", "", whole) or whole
    # the answer names it more precisely than the list word in it: "儿童手表", "进口红酒" (not
    # 口红), "手机号注销", "牛肉面" — a short phrase with nothing that goes on as a sentence
    # (a plan named with its monthly price, "199元合约套餐", "59元的流量套餐": the price is part of its name)
    core = re.sub(r"^\d{2,4}元(?:的)?(?=[\u4e00-\u9fa5]{0,6}(?:套餐|会员|月卡|年卡|包月))", "", whole)
    if (found and found != whole and found in core and len(core) <= 16 - 6 * (not re.search(r"[A-Za-z]", core))
            and (not _PHRASE_END.search(core) or _nouns_only(core) or _named_before_its_head(core, found))
            and _ONE_NAME.fullmatch(whole)):
        return Parsed(whole)  # the answer names it more precisely ("儿童手表", not "手表")
    pieces = re.split(r"(?<=[\u4e00-\u9fa5])\s+|\s+(?=[\u4e00-\u9fa5])", whole)  # (Latin names keep their spaces)
    first = pieces[0] if len(pieces) > 1 else ""
    if found and found != first and found in first and len(first) <= 10 and _ONE_NAME.fullmatch(first) \
            and (not _PHRASE_END.search(first) or _nouns_only(first)):
        return Parsed(first)  # "手机话费 彩铃业务": the first thing named, as precisely as it was said
    if found:
        return Parsed(found)
    if re.fullmatch(rf"(?:{_WHERE_BOUGHT.pattern})?\s*(?:买到|买的|买了|收到|拿到|是|都是)?的?"
                    rf"(?:{_WHAT_IT_TURNED_OUT})了?",
                    raw, re.IGNORECASE):
        return Parsed(None, ERR_FORMAT)  # "拼多多买到假货了": what it turned out to be, not what it was
    if _MERCHANT_BY_SUFFIX.fullmatch(raw) and not re.search(r"服务|项目|课|卡|票", raw):
        return Parsed(None, ERR_FORMAT)  # "星光健身房": the shop, not what was bought
    name = re.sub(r"^(?:东西是|商品是|产品是|服务是|(?:买|办|报|订|做|吃|点|用|住|租|充|开)(?:的是|的|了)|是)", "", raw)
    name = re.sub(rf"^{_MEASURE}", "", _FILLER_BEFORE.sub("", name)).strip(" ，,。.：:")
    if _WHERE_OR_HOW_BOUGHT.fullmatch(name) and not _WHERE_BOUGHT.fullmatch(raw):
        # (a platform named, "淘宝上买的", answers the platform: the dialogue keeps it)
        return Parsed(None, ERR_FORMAT)  # "网上买的", "超市里买的", "朋友推荐买的": where or how, not what
    name = _FILLER_AFTER.sub("", name).strip(" ，,。.：:!！")
    if len(name) < 1 or len(name) > 60 or re.fullmatch(r"[\d.]+", name):
        return Parsed(None, ERR_FORMAT)
    unsure = named_unsure(name)
    if unsure:
        return Parsed(unsure)
    # an answer to something else: "是，我要投诉商家", "不知道", "你们管不管"
    if re.search(r"投诉|举报|维权|商家|店家|卖家|客服|你们|我要|我想|不知道|不清楚|怎么|为什么|吗$|[?？]|"
                 r"时候|以后|之后|发现|结果|\d+天|就坏|坏了|我[就也都还]?(?:觉得|感觉|发现|看)|不对劲?$", name) \
            or re.fullmatch(r"(?:是的?|对的?|好的?|嗯+|哦+|没有|有)[。.！!]*", name):
        return Parsed(None, ERR_FORMAT)
    return Parsed(_AND_ALSO.sub("和", name))  # "换刹车片 还有刹车盘": two things named, said as one list



# ---------------------------------------------------------------- the thing bought, in a story

# Where a noun phrase stops: a space, punctuation, or the sentence going on.
_STORY_END = re.compile(r"[\s，,。.！!？?；;：:、~～]|同(?!款)|" + _PHRASE_END.pattern
                        + r"|[碎裂坏漏断掉烂破变起开臭烫响卡黑少缺得点]")
# Said before the thing: whose it is or which one ("我家的", "刚买的", "这台") — nothing that makes
# it the object of some other act ("把我衣服洗坏了", "改衣服", "送话费", "酒店要装修").
_OWNER = re.compile(r"^(?:(?:我们|我家|我妈|我爸|我老婆|我老公|我|家里|孩子|小孩|老人)(?:的)?)?"
                    r"(?:(?:新|刚|才|前几天|上周|昨天)?(?:买|网购|订|入手|下单)(?:的|了)|这个|那个|这台|那台|这款|那款"
                    r"|这件|那件|这双|那双|这部|那部|这辆|那辆|(?:他们|商家|店里|店家|卖家)?卖给我的)?")
_NOT_A_MODIFIER = re.compile(r"[把被给让说要改装洗修送用在到去跟和对从是有没不了过着得就都也还又把帮叫请替向往卖]")
_OPENING_WORDS = re.compile(r"^(?:(?:喂|你好|您好|在吗|哈喽)[，,\s]*)*(?:我要|我想|想|要|帮我)?(?:投诉|举报|反映)"
                            r"(?:一下|一个|个)?[，,\s]*")
# Characters that start what happened to the thing, not more of its name ("电视自燃了").
# ("手表充电的时候", "眼镜度数不对": what was done with it or measured of it, no more of its name)
_GOES_ON = re.compile(r"[自起着冒爆炸漏裂坏碎断掉烂破变发臭烫响卡黑少缺不没有是被都也就还又很太用买卖打到了过在说给让把"
                      r"全"
                      r"充度"
                      r"写印标称显"  # ("金手镯单据写23.8克": what the paper says of it, no more of its name)
                      r"一二两三四五六七八九十百千万几半\d穿吃喝戴洗修开坐住装拿送寄收退换去来上下刚才]")
_MORE_THINGS = re.compile(r"(?:和|跟|及|以及|还有|加上|、)[\u4e00-\u9fa5]")


def _extend(raw: str, end: int, limit: int = 3) -> int:
    """The head the list word is the start of: 黄金 → 黄金吊坠, 牛肉 → 牛肉干 (up to `limit` more characters)."""
    m = _STORY_END.search(raw, end)
    stop = m.start() if m else len(raw)
    more = raw[end:stop]
    verb = re.match(r"[了过着]", raw[stop:stop + 1])  # "充电宝充了": 充 is what was done, not a name
    # ("电瓶三轮车", "电动四轮车": the wheels counted are part of the name)
    return stop if 0 < len(more) <= limit and re.fullmatch(r"[\u4e00-\u9fa5A-Za-z]+", more) \
        and (not _GOES_ON.search(more) or re.fullmatch(r"[两三四]轮车?", more)) and not verb \
        and not re.fullmatch(r"[里中内]", more) else end  # ("牛奶中有异物": inside it, no more of its name)


# Bought by trading the old one in ("以旧换新的洗衣机", "以旧换新旧手机抵了三百"): how it was paid, no part of its name
_TRADE_IN = re.compile(r"以旧换新(?:时|的时候|换)?的?旧?")
# What the trouble did to other things of the home, said right after them ("地板全泡了", "衣服都染色了",
# "木地板泡起来一大片", "沙发被烫了个洞"): harmed, not bought
_HARMED_AFTER = re.compile(r"(?:全|都|也|全都|全部|一起|跟着)?(?:被|给)?"
                           r"(?:泡|淹|浸|砸|烧|烫|熏|染|溅|弄脏|弄湿|弄坏|划|刮|压坏|冲坏|毁|(?:发|长)?霉)")
# A kind of thing, not the thing ("网上买的衣服" is a dress or jeans): asked what exactly.
_CATEGORY_WORDS = {"衣服", "东西", "鞋", "鞋子", "包", "包包", "食品", "家具", "化妆品", "护肤品", "保健品", "零食",
                   "水果", "海鲜", "药", "药品", "玩具", "首饰", "饮料", "酒", "家电", "电器", "产品", "商品", "童装"}
# What the goods turned out to be, or a word too bare to say what they were ("买到假货了",
# "团购的套餐", "做了美容"; "办了个寂寞" is slang for nothing): no answer, the form asks what was bought
_WHAT_IT_TURNED_OUT = (r"假货|假的|假东西|次品|残次品|水货|山寨货?|三无产品|劣质品|劣质货|伪劣产品|高仿货?|便宜货|"
                       r"过期货|临期货|坏的|烂的")
# (a loan the consumer was talked into is how it was paid, not what was bought: "开通了分期贷款")
_NOT_THE_THING = re.compile(_WHAT_IT_TURNED_OUT + r"|套餐|班|课|卡|项目|服务|票|会员|美容|医美|货|东西|新车|汽车|车|"
                            r"寂寞|"
                            r"(?:分期|网络|消费|培训)?贷款?|网贷|分期|借款|花呗|白条|信用卡|分期付款")
# (a stay booked or had at a hotel is what was bought: "携程上订的酒店")
_STAY = re.compile(r"(?:预订|预定|订|定|住)(?:的|了)(?:一家|家|个|间)?(酒店|宾馆|民宿|旅馆|客栈)"
                   r"(?![\u4e00-\u9fa5]{0,2}(?:店|的|里))")
# A service done to something the consumer owns: what was bought is the service ("去修", "洗坏了").
# (sent by courier, "寄的一箱橙子", "EMS寄的证件": the goods or the delivery, which the consumer means is asked)
_SERVICE_DONE = re.compile(r"去修|拿去修|送修|修完|修好后|修了之后|修坏|维修后|换屏|换电池|"
                           r"换了?(?:个|块)(?:屏|电池)|(?<![幸好命厄])运的|洗坏|洗完|干洗|送洗|"
                           r"改坏|改完|装坏|搬坏|搬家|寄丢|寄坏|运坏|托运|保养|寄的|寄了|邮寄")


# A home rented: the things in it are not what was bought ("退租时说沙发有污渍", "房东扣押金")
_RENTED = re.compile(r"退租|租房|房租|房东|租的(?:房子?|公寓|单间)|长租|公寓.{0,6}押金")
# "车位是我买的 供电局都同意了": 是…买的 ends its clause; what follows the pause is the next clause
_CLEFT_BOUGHT = re.compile(r"是[^，,。；;！!？?\s]{0,8}$")


# A fee paid to a go-between (an agency, a broker): what it helped buy is not what it sold
_GO_BETWEEN_FEE = re.compile(r"中介费|居间费|佣金|代办费|代理费")
# A material or part said as what a job was done with, or swapped ("瓷砖换成了便宜的杂牌", "板材用的是最差的",
# "螺丝被换成旧的"): no product of the story (the job is; the form asks what was bought)
_USED_IN_THE_WORK = re.compile(r"[\u4e00-\u9fa5A-Za-z0-9]{1,8}?(?:都|也|全|还)?(?:被)?(?:换成|偷换成?|调包成?|掉包成?|"
                               r"用的是|使用的是|以次充好)[^，,。；;！!？?\s]*")


# Made to buy something along with the purchase ("非让我在店里买保险", "强制消费", "逼着办卡"):
# the forced thing is what went wrong, not what the consumer came to buy.
_FORCED = re.compile(r"(?:非让|非要|硬要|硬让|逼|强制|强迫|强行|必须|捆绑|搭售|不买不|不办不)"
                     r"[^，,。；;\s]{0,6}?(?:买|办|购|消费|交|开通|加购)")


def _with_its_kind(found: str | None, text: str) -> str | None:
    """A brand alone read as the thing ("买的格力"), the kind of thing named earlier in the same words
    ("投诉空调 在京东上买的格力"): the brand with its kind (格力空调)."""
    if not found or len(found) > 4 or _PRODUCT_ANY.search(found) or not re.fullmatch(r"[\u4e00-\u9fa5A-Za-z]+", found):
        return found
    raw = clean(text)
    at = raw.find(found)
    kinds = {m.group(1) for m in _PRODUCT_ANY.finditer(raw[:max(at, 0)])
             if len(m.group(1)) >= 2 and m.group(1) not in _SERVICE_WORDS and m.group(1) not in _CATEGORY_WORDS
             and not _NAMES_A_SHOP.match(raw, m.end(1))}
    bought = re.search(r"(?:买|购买|入手|下单|选|挑)(?:的|了)$", raw[:max(at, 0)])  # ("办了个寂寞" names nothing)
    return f"{found}{kinds.pop()}" if at > 0 and bought and len(kinds) == 1 else found


def find_story_product(text: str) -> str | None:
    """See _story_product; a word that does not say what was bought is no answer."""
    text = _CONTACT.sub("，", clean(text))
    found = _card_of_its_kind(_with_its_kind(_story_product(text), text), "")
    if found and len(found) > 2:
        # "耳机只有一边响", "电饭煲只保温不煮饭": the adverb after the thing begins what it does
        found = _ADVERB_AFTER.split(found, maxsplit=1)[0]
    if found:
        # "2999的耳机": the price said before the thing is no part of its name
        found = _PRICE_BEFORE.sub("", found) or found
    if found and _A_DEMAND.match(found):
        return None  # "要求医院承担治疗费": what the consumer asks for, not what was bought (the form asks)
    return None if found and _NOT_THE_THING.fullmatch(found) else with_its_service(found)


_PRICE_BEFORE = re.compile(r"^(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)(?:元|块钱?|块)?(?:多|来)?"
                           r"的(?=[\u4e00-\u9fa5]{2})")
_A_DEMAND = re.compile(r"(?:我)?(?:要求|希望|想要|请求|让|叫)(?:他们|商家|医院|店家|对方|厂家)?(?:承担|赔|退|换|修|给)")


_ADVERB_AFTER = re.compile(r"(?<=[^，,\s]{2})(?:只|就|都|也|还|又|才|总是|老是|老$|一直|经常|突然)")


# A part or an accessory, named by the thing it belongs to ("收割机的配件" is 收割机配件, not 配件)
_PART = re.compile(r"配件|零件|部件|备件|零配件|充电器|电池|遥控器|滤芯|外壳|支架|底座|电源|适配器|充电线|数据线|"
                   r"表带|镜片|刀头|刷头|喷头|轮子|车胎|内胎")


_PART_AFTER = re.compile(rf"的?({_PART.pattern})(?![\u4e00-\u9fa5]{{0,2}}(?:店|厂|城|行))")


def _story_goes_on(phrase: str) -> str:
    """The thing's name without the sentence going on after it: how long after ("狗狗一个礼拜就查出…"),
    where a tour went ("夕阳红旅游团去云南")."""
    return re.split(rf"(?<=.)(?:{_DURATION.pattern})(?=就|才|后|以后|之后|不到|左右|多|$)|(?<=[团游])(?:去|到)",
                    phrase)[0] or phrase


def _story_product(text: str) -> str | None:
    """The thing bought, read from a story only where the words say it is what was bought:
    after 买的/订的/报的… or as what the clause is about ("冰箱不制冷", "牛肉干是过期的",
    "我要投诉美的空调"). A list word that is the object of something else ("洗衣店把我衣服洗坏了",
    "改衣服", "送话费", "酒店要装修"), a card of no kind, or several things bought at once is no
    sure answer: None, and the form asks."""
    raw = _covers_two(re.sub(r"(?<=[A-Za-z0-9]) +(?=[A-Za-z0-9])", "\u00a0", clean(text)))
    if _SERVICE_DONE.search(raw):
        return None  # "手机屏碎了去修", "把我家的衣服洗坏了": a service was bought; which is asked
    if _GO_BETWEEN_FEE.search(raw):
        return None  # "买的二手房 中介费两万四": the go-between sold its service, not the house; which is asked
    if _RENTED.search(raw):
        return None  # "退租 沙发有污渍 押金全扣了": a rented home; what in it is named is not what was bought (asked)
    raw = _USED_IN_THE_WORK.sub("，", raw)  # "瓷砖换成了杂牌", "螺丝用的是旧的": what the work was done with
    forced = [m.span() for m in _FORCED.finditer(raw)]

    def _was_forced(at: int) -> bool:  # "买车时非让我买保险": what was forced on the consumer is the dispute
        return any(start <= at <= end + 2 for start, end in forced)
    stay = _STAY.search(raw)
    for m in _PRODUCT_AFTER_BUY.finditer(raw):
        if _NOT_BEFORE_PRODUCT.search(m.group(1)) or _was_forced(m.start()):
            continue
        if stay and stay.start() == m.start():
            break  # "订的民宿床单发霉": the stay booked is what was bought, not a thing found in the room
        end = _head_end(raw, m.start(1), m.end(1))
        if _MORE_THINGS.match(raw, end) or _MORE_THINGS.match(raw, _extend(raw, end)):
            return None  # "强制买他们的保险和装饰": which one is asked
        extended = _extend(raw, end)
        part = _PART_AFTER.match(raw, extended)
        if _cut_in_a_word(raw, part.end() if part else extended):
            continue  # "订的酒店床单上有血": 床 of 床单 is no bed bought
        whole = raw[m.start(1):extended] + (part.group(1) if part else "")  # "手机的充电器"
        found = _uncounted(whole)
        if _ONE_OF_IT.fullmatch(found):
            continue  # "买了一床": how many of what was named before, not its name
        found = _story_goes_on(found)
        found = re.sub(r"^(?:他们|她们|他|她|它|人家|店里|他家|店家|商家)的", "", found) or found
        # "所谓进口的奶粉", "小熊的电热水壶": the thing is what follows the last 的 (美的 is a brand)
        head = re.split(r"(?<!美)的", found)[-1]
        whose = found[:-len(head) - 1] if head != found else ""
        if _PART.fullmatch(head) and 2 <= len(whose) <= 6 and "的" not in whose:
            head = whose + head  # "收割机的配件", "电动车的充电器": the part, named by what it is for
        found = head if len(head) >= 2 else found
        found = re.sub(r"^(?:什么|啥)", "", found) or found  # "办了个什么宽带融合": named, if indefinitely
        return None if found in _CATEGORY_WORDS else found.replace("\u00a0", " ")
    if stay:
        return stay.group(1) + "住宿"  # "同程订的酒店": what was bought is the stay there (酒店住宿)
    fronted = _bought_last(raw)
    if fronted and not _was_forced(raw.find(fronted)):
        return fronted.replace("\u00a0", " ")  # "AI课程买了 根本学不会": the thing, then its buying
    for m in _PRODUCT_CONTEXT.finditer(raw):
        clause = re.split(r"[，,。；;！!？?\s]", raw[:m.start()])[-1]
        if raw[m.start(1) - 1:m.start(1)].isspace() and _CLEFT_BOUGHT.search(clause):
            continue  # "车位是我买的 供电局都同意了"
        if _before_a_quoted_shop(raw, m.end(1)):
            continue  # "订了桂林阳朔“某某度假酒店”的房间": where the shop is, then its name, not the thing
        phrase = None if _was_forced(m.start()) else _phrase(m.group(1))
        if phrase and (phrase in _CATEGORY_WORDS or _ONE_OF_IT.fullmatch(phrase)):
            continue  # "买的家电坏了": a kind of thing (which thing is asked); "买了一床": how many
        if phrase:
            kind = next((word for word, _ in _CARD_KINDS if word in raw), None)
            if kind and re.fullmatch(r"(?:年|月|季|次|会员|储值|充值|预付)?卡", phrase):
                return kind + phrase  # "健身房办了张年卡": 健身年卡
            listed = _PRODUCT_ANY.search(phrase)
            if listed:
                # "瓷砖铺上去一个月": the sentence went on after the thing's name
                end = _extend(phrase, _head_end(phrase, listed.start(1), listed.end(1)))
                if len(phrase) - end > 3:
                    phrase = phrase[:end]
            return _story_goes_on(phrase).replace("\u00a0", " ")
    sold = _sold_thing(raw, _was_forced)
    if sold and sold not in _CATEGORY_WORDS:
        return sold.replace("\u00a0", " ")  # "超市卖过期的牛奶": what the shop sold, where nothing bought is told
    for m in _PRODUCT_ANY.finditer(raw):
        start, end = _head(raw, m.start(1), m.end(1))
        if _HARMED_AFTER.match(raw, end):
            continue  # "地暖管漏水 地板全泡了": a thing of the home harmed by what went wrong, not what was bought
        if end - start < 2 or _MODIFIER_AFTER.match(raw, end) or _NAMES_A_SHOP.match(raw, end) or _was_forced(start) \
                or raw[start:end] in _SERVICE_WORDS or raw[start:end] in _CATEGORY_WORDS:
            continue  # "酒店要装修", "送话费", "外卖点的麻辣烫": a service word is asked about
        clause_start = max(raw.rfind(c, 0, start) for c in " ，,。.！!？?；;：:、\u3000") + 1
        before = _OPENING_WORDS.sub("", raw[clause_start:start])
        owner = _OWNER.match(before)
        modifier = before[owner.end() if owner else 0:]  # the pattern matches at least ''
        # "一个翡翠手镯", "条金项链": how many is no part of its name (a count alone is, "一床" of nothing named)
        modifier = re.sub(rf"^(?:{_MEASURE}|{_SOME})", "", modifier)
        purpose = re.fullmatch(r"[\u4e00-\u9fa5]{1,4}用的", modifier)  # "装修用的瓷砖": what it is for
        # ("配的眼镜", "直播间秒杀的手机", "以旧换新换的冰箱": how it was got, no part of its name)
        if purpose or re.fullmatch(r"[配买订定选挑]的", modifier) \
                or re.search(r"(?:买|订|定|选|挑|抢|秒杀|拍|换|团|下单|网购|入手|代购)的$", modifier) \
                or _TRADE_IN.fullmatch(modifier):
            modifier = ""
        elif len(modifier) > 6 or _NOT_A_MODIFIER.search(modifier) or "的" in modifier[:-1] and modifier != "美的":
            continue
        end = _extend(raw, end)
        phrase = (modifier + raw[start:end]) if len(modifier) + end - start <= 10 else raw[start:end]
        uncounted = re.sub(rf"^(?:{_MEASURE})", "", phrase)  # "张机票", "一双运动鞋": how many is no part of it
        return (uncounted if len(uncounted) >= 2 else phrase).replace("\u00a0", " ")
    card = _CARD.search(raw)
    if card:
        return _course_named(raw) or next((card for word, card in _CARD_KINDS if word in raw), None)
    return None


# "孩子的游泳课，办卡的时候说…": the course named is what was bought, the card only how it was paid
_COURSE = re.compile(r"(?:儿童|少儿|成人|私教)?(?:" + "|".join(word for word, _ in _CARD_KINDS)
                     + r")(?:课|班|私教课|培训)")


def _course_named(raw: str) -> str | None:
    m = _COURSE.search(raw)
    return m.group(0) if m else None
