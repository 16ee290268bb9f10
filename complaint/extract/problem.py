"""The consumer's account of the problem, anonymity, proof held, and disputes 12315 does not handle."""
from __future__ import annotations

import re

from complaint.extract.text import ERR_EMPTY, ERR_FORMAT, Parsed, clean, plain


# A trouble word said not to apply ("没问题", "没毛病", "质量没坏", "没有过期", "不是假货"): no trouble
_NOT = (r"(?<!没)(?<!没有)(?<!不是)(?<!并没)(?<!并非)(?<!未)(?<!没什么)(?<!没啥)(?<!没出)(?<!没出过)(?<!任何)"
        r"(?<!没大)(?<!没太大)(?<!没多大)")
# A function that stopped ("不能加热了", "无法充电", "没法脱水", "打不出字", "连不上网"): what went wrong, told.
# Not the consumer's own saying, knowing or accepting ("不能说", "无法确定", "不能理解", "没法接受"), nor a
# question ("能不能退", "可不可以"), nor an adverb after the modal ("能不能快点", "不能再拖了").
_CANNOT = (r"(?<![能可])(?:不能|无法|没法|没办法|没有办法)(?:正常|继续)?"
           r"(?!(?:正常|继续)?(?:不|再|没|说|讲|告诉|告知|透露|确定|肯定|保证|理解|接受|相信|想象|判断|回答|回复|答复|记|描述|形容|表达|解释|"
           r"确认|知道|提供|留|填|写|选择|决定|同意|答应|原谅|忍|容忍|等|来|去|算|比|快|马上|立[即刻]|这样|那样|这么|那么|"
           r"随便|多|少|太|很|证明|评价|给[你您]|帮|陪|安心|放心|入睡|睡|上班|工作了|[你您我他她它们]|问|核实|找|打字|"
           r"怪|怨|要求|只|光|老|总|一直|再说|用语言|[，,。！!？?\s]|$))[\u4e00-\u9fa5]")
# the same with a verb and its failed result ("打不出字", "开不了", "连不上", "打不着火", "转不动", "拨不通"): the
# verb before 不 is an action on the thing, not thinking or saying ("想不起", "说不出", "受不了", "记不清")
_FAILED_RESULT = (r"(?<=[\u4e00-\u9fa5])(?<![想记说讲受买等顾舍怪忍来去认信算睡比管答谈猜分对要吃喝看听也都还就又很太并"
                  r"可真我你他她它这那再谁少多大差免忘了是得])不(?:了|出|开|上|进|动|着|通)(?![心名色班学课手头来去])")
# only part of it works ("耳机只有一边响", "冰箱只有冷冻能用", "只剩一半能亮", "手机只能充到80"): trouble told
_PARTLY_WORKS = (r"只(?:有|剩|剩下)?[^，,。！!？?\s]{1,5}?(?:能用|好用|好使|管用|有声音?|出声|响|亮|出水|出风|"
                 r"工作|显示|能充|能开|能转|能动|有信号|有画面)|只能(?:充|开|调|用|亮)到?[\d一二三四五六七八九十百]")
PROBLEM_WORDS = re.compile(
    rf"{_CANNOT}|{_FAILED_RESULT}|{_PARTLY_WORKS}|"
    # (坏 of "好坏", "不坏"; 问题 of "没问题"; 不管 of "不管怎么说"; 卫生 of "卫生间"; 不准 of "说不准"; 一直没 of
    # "一直没问题"; 态度 said well of; 少了 of "不少了": no trouble)
    rf"(?<![好不]){_NOT}坏|{_NOT}故障|{_NOT}毛病|{_NOT}问题|自燃|起火|着火|冒烟|爆炸|炸了|漏水|漏电|漏油|漏气|不制冷|不制热|不工作|开不了机|开不开|"
    rf"黑屏|花屏|死机|卡顿|发烫|异响|噪音|裂|破损|碎了|{_NOT}变质|{_NOT}过期|发霉|异物|虫|{_NOT}假货|{_NOT}假的|仿冒|山寨|翻新|"
    r"以次充好|缺斤少两|缺斤短两|不退|不给退|不给换|拒绝|不给|不予|不发货|没发货|不到货|虚假|欺诈|骗|"
    r"乱收费|多收|多扣|强制|捆绑|霸王条款|跑路|关门|倒闭|不履行|延误|售后|不管(?!怎么|怎样|是|多少|什么|如何|哪|好坏|有没有|行不行|用不用|咋)|不处理|没人管|推脱|推诿|"
    r"失灵|掉色|褪色|起球|开胶|断了|过敏|拉肚子|腹泻|中毒|受伤|烫伤|不一致|不符|货不对板|刷单|涨价|"
    r"价格欺诈|不开发票|卫生(?!间|巾|纸)|老鼠|蟑螂|无证|无照|地沟油|假药|非法|违法|违规|偷税|虚标|不足量|三无|不能用|用不了|没法用|停电|停水|退款|赔偿|维修|态度(?!很好|还好|不错|挺好|蛮好|好(?![差烂坏凶]))|辱骂|打人|扣押金|不退押金|"
    r"没上完|上不了|没收到|不见了|丢了|(?<![不多])少了|没给|不到账|没有?到账|未到账|没充上|没退|倒闭|关了|停业|停课|"
    # charges and services never agreed, promises broken, service failures, harm (偷偷 of how the consumer
    # writes, "上班时间偷偷弄的", is none)
    r"莫名其妙|擅自|私自|未经|没经过|偷偷(?!弄的|写的|打的|发的)|扣费|乱扣|偷扣|扣钱|扣了我|乱收|没订|没有订|自动续费|自动扣|不一样|差太多|"
    r"差很多|货不对|缩水|开线|没信号|信号差|断网|网速慢|晚点|拖延|迟迟|一直没(?!问题|毛病|坏|事|出过)|至今没|还没到|没到货|失联|联系不上|拉黑|"
    r"不理(?!解|性|财)|不回|搬走|搬迁|忽悠|诱导|强买强卖|套路|隐形消费|加价|临时加|变卦|反悔|不认账|不承认|耍赖|敷衍|甩锅|霉味|发臭|"
    r"馊|吃出|喝出|苍蝇|红肿|溃烂|感染|毁容|留疤|一边大一边小|失败|没效果|无效|夸大|少发|漏发|错发|发错|丢件|破了|不送|"
    rf"超时|空鼓|渗水|返潮|甲醛|{_NOT}异味|超标|烂尾|停工|不干活|卷款|缺货|克扣|掉包|调包|只退|不全退|扣押|违约|"
    r"有条线|有线条|划痕|坏点|漏光|色差|刮花|磨损|变形|生锈|鼓包|不转|打转|不亮|没声音|充不进|不充电|不加热|不出水|"
    # harm done by a treatment or a service ("做毁了", "两只眼睛一大一小", "疤还是红的", "剪破了")
    r"做毁|毁了|一大一小|大小眼|不对称|疤|剪破|划破|烫红|烫伤|流血|掉毛|脱发|"
    # unlawful goods a report names ("卖病死猪肉", "注水肉", "私宰", "卖假烟", "瘦肉精", "劣质电线")
    r"病死|死猪|注水|注胶|私宰|私屠|瘦肉精|农药残留|漂白|硫磺熏|工业(?:盐|酒精|明胶|用)|假冒|冒牌|盗版|走私|"
    r"不合格|劣质|掺假|掺水|掺杂|以假充真|短斤|[卖售造制]假|假(?:烟|酒|奶粉|化妆品|名牌|鞋|包)|"
    # a licence not its own ("外卖店挂的是别人的证", "借别人的执照开的")
    r"(?:挂|借|用|套)(?:的是|着|了)?别人(?:家)?的(?:证|照|执照|许可证|营业执照)|"
    # a service refused or made impossible ("变相不让用", "预约总约不上", "排不上号", "物业不让装充电桩")
    r"变相|约不上|约不到|排不上|不让|不允许|"
    # what is late past what was agreed ("拖工期三个月了", "延期交房", "到现在还没装完")
    r"(?<![再别])拖(?:了|着)|拖工期|工期(?:拖|延|超|早过|过了|到了)|延期|逾期|超期|"
    r"没(?:完工|弄完|做完|装完)|还没(?:装好|修好|交房|交付|交货|开课)|"
    # what it is for, not done ("加热不热", "冰柜不冷", "空调不凉", "洗碗机洗不干净")
    r"不干净|(?<!天气)(?<!冬天)(?<!夏天)(?:不热(?!情|闹|销|门)|不凉|不冷(?!静))|"
    # a price raised before a sale, a scale that weighs short ("先涨价再打折", "比平时还贵", "秤不准")
    r"涨价|提价|抬价|先涨|涨上去|还贵|更贵|(?<![说拿吃估])不准|"
    # one thing promised, another given ("说用的立邦 结果是杂牌", "宣传是实木 实际是颗粒板")
    r"(?:说好?|说是|承诺|答应|宣传|保证)[^。；;！!？?]{1,14}?[\s，,]*(?:结果|实际上?|其实)[^，,。\s]{0,4}?(?:是|却|发现|用的|给的|只|要|收|又)|"
    # overcharged: gouging, or a price far above what others ask ("海鲜大排档宰客", "一颗收三百 医院才几十")
    r"宰客|宰人|被宰|挨宰|宰了|(?:别家|别的店|人家|外面|医院|网上|市场|超市|官网|专卖店)[^\s，,。]{0,4}?(?:才|只要|只卖|只收)"
    r"(?=[\d一二两三四五六七八九十几百千万])|"
    # one thing sold as another ("样机当新机卖", "翻新机当全新的卖", "把国产的当进口的卖")
    r"(?<![\u4e00-\u9fa5]{2}时)当(?!时|天|场|面|地|初|年|晚|日|中|然|成了)(?:作|成)?[^\s，,。]{1,5}(?:卖|出售|销售)(?!的时候)|"
    # what was booked or paid for is not there when it is due ("到了说没房了", "结果没货了", "却说没座位了")
    r"(?:说|告诉我|却|结果|才知道|又说)(?:已经)?没(?:有)?(?!了)[^\s有了，,。！!？?]{1,3}了"
)
_FILLER = re.compile(
    r"^(?:(?:喂|你好|您好|在吗|哈喽|同志|工作人员)[，,。！!～~\s]*)*"
    # "我替我爸反映个事", "帮我妈投诉一下": filed for someone else
    r"(?:(?:我要|我想|我需要|我来|想|要|帮我|就是|我就是|我)?(?:(?:替|帮|代)(?:我|我家)?"
    r"(?:爸|妈|父亲|母亲|老人|家里人|孩子|儿子|女儿|老公|老婆|爷爷|奶奶|姥姥|姥爷|外婆|外公)?)?"
    r"(?:匿名|实名)?(?:投诉|举报|反映)(?:一下|一个|个)?(?:商家|一家店|问题|情况|事情?|件事|个事)?[，,。！!：:\s]*)?")
# Not giving one's name, said before or after the account ("不想留名字哈 就是举报一个修理厂")
_NO_NAME = re.compile(r"(?:我)?(?:不想|不要|不愿意?|不用)(?:留|写|登记)(?:我的?)?(?:名字|姓名|真名)[哈啊呀吧哦]*|"
                      r"(?:我)?(?:不想|不要|不愿意?)实名[哈啊呀吧哦]*|匿名的?[哈啊呀吧哦]*")


# A verdict on the merchant ("就是骗子", "踩雷了", "洗出事了", "月嫂不行", "他们骗老人"): it says the
# consumer is unhappy, not what happened; said alone, what happened is asked.
_VERDICT = re.compile(r"骗子|(?:骗人|骗钱|骗老人|骗了?我|被骗了?|骗|坑人|坑钱|坑了?我|被坑了?|坑)"
                      r"(?=$|[\s，,。！!?？了的啊呀吧])|"
                      r"坑爹|太坑|黑店|黑心|踩雷|踩坑|翻车|出事|不行|太差|很差|差劲|垃圾|无语|破防|气死|恶心|过分|离谱|"
                      r"不靠谱|套路|忽悠|不像话|欺负人|烂|差(?![点不了一])")
# Words that ask for something are no account of what went wrong ("退钱 赔偿修复的费用");
# refused or missing ("没赔偿", "不维修", "没有退款") they are.
_DEMAND_WORDS = {"退款", "退货", "退钱", "换货", "维修", "赔偿", "赔钱", "道歉"}
_REFUSED = re.compile(r"(?:不|没有?)$")


def names_trouble(text: str) -> bool:
    """Whether the words say something went wrong, not only what the consumer asks for."""
    raw = clean(text)
    return any(m.group() not in _DEMAND_WORDS or _REFUSED.search(raw[:m.start()])
               for m in PROBLEM_WORDS.finditer(raw))


def only_a_verdict(text: str) -> bool:
    """A short account that only judges the merchant and tells nothing that happened (a trouble word the
    verdict word sits in, 差 of "色差", is trouble told)."""
    raw = re.sub(r"\s+", "", clean(text))
    if len(raw) > 20 or not _VERDICT.search(raw):
        return False
    verdicts = [m.span() for m in _VERDICT.finditer(raw)]
    def apart(m: re.Match) -> bool:  # no judging word overlaps it, or it holds one whole (色差 holds 差)
        return all(b <= m.start() or m.end() <= a or (m.start() <= a and b <= m.end()) for a, b in verdicts)
    if any(apart(m) for m in PROBLEM_WORDS.finditer(raw)):
        return False
    # (the judging word with its 太/很 and 了 goes: "这家机构太坑了" tells nothing more than "这家机构")
    rest = re.sub(rf"(?:太|很|真|好|挺|特别|非常)?(?:{_VERDICT.pattern})[了啊呀吧]*", " ", raw)
    # ("榴莲一半烂了 商家说只能退5块": what happened is told beside the word that judges)
    told = re.sub(r"[^\u4e00-\u9fa5]|[了的啊呀吧哦太很真好挺特别非常]", "", rest)
    return not (PROBLEM_WORDS.search(rest) or len(told) >= 4 and tells_happening(rest))


# A short answer to the problem question that tells something happening to the thing, in words no list
# holds ("内胆涂层掉了", "代驾把我车蹭了", "镜头有霉斑", "屏幕出现竖线", "收开瓶费", "假茅台"): the question asked
# takes precedence, so it is the account. Not what was bought ("报了个班", "网上买了个电饭煲"), a question
# ("这个能投诉吗"), not knowing ("不记得了"), or nothing ("没有了").
_HAPPENING = re.compile(r"(?<![买购订报办充交说没有对好算行完到是])了|被|出现|显示|禁止|[里上内中面]有|"
                        r"收[^\s到据条]{0,4}费|"
                        r"收(?:我|了)|变[色质味样形]|发[黑黄白红紫蓝绿灰]|^假[\u4e00-\u9fa5]{1,6}$")
_BOUGHT_ONLY = re.compile(r"^(?:就是|我|是|在|去|网上|店里|直播间?|[\u4e00-\u9fa5]{1,4}?上)*[\u4e00-\u9fa5A-Za-z]{0,6}?"
                          r"(?:买|购买|购|订|报|办|充|交|下单|下了单)(?:了|的)(?:个|一个|台|件|张|份|套|只|双|瓶|盒|箱|次)?"
                          r"[\u4e00-\u9fa5A-Za-z0-9]{0,8}$|^(?:买|购买|订|报|办)了?才")
_ASKS_BACK = re.compile(r"[吗嘛呢?？]|能不能|可不可以|是不是|有没有|要不要|多久|多少|几点|怎么|什么|咋|哪")
_NOTHING_TOLD = re.compile(r"(?:就这样|就这些|没别的|没有别的|说不上来|说不清|说不出)|"
                           r"^(?:不知道|不记得|记不清|忘了|不清楚|没有了?|没了|没啥|没什么|不用了?|算了)[了啊呀吧哦]*$")


def tells_happening(text: str) -> bool:
    """Whether a short answer to the problem question tells what happened (see _HAPPENING)."""
    raw = re.sub(r"[\s，,。.！!～~]+", "", clean(text))
    if not raw or _ASKS_BACK.search(raw) or _NOTHING_TOLD.search(raw) or _BOUGHT_ONLY.search(raw):
        return False
    return bool(_HAPPENING.search(raw))


def find_problem(text: str) -> str | None:
    """The consumer's own account, when the message describes what went wrong."""
    raw = clean(text)
    if not names_trouble(raw) or only_a_verdict(raw):
        return None
    account = _FILLER.sub("", without_who_i_am(plain(text))).strip()  # the consumer's own punctuation
    return account if len(account) >= 3 else None


# A clause that only says who the consumer is and how to reach them: "我叫刘明", "我是王芳", "电话13612345678"
_MY_PHONE = re.compile(r"(?:我的)?(?:电话|手机|手机号|手机号码|联系电话|联系方式|号码)?(?:是|:|：)?\s*"
                       r"(?:1\d{2}[\s-]?\d{4}[\s-]?\d{4}|0\d{2,3}-?\d{7,8})")
_MY_NAME = re.compile(r"(?:我叫|我是|本人|我的名字是|姓名是?|姓名[:：])\s*([\u4e00-\u9fa5]{2,4})")


def without_who_i_am(text: str) -> str:
    """The account without the clauses that give the consumer's own name and phone (kept in their own
    fields, not in the problem staff read): "我叫刘明，电话136…，买的电视机屏幕坏了" -> "买的电视机屏幕坏了"."""
    from complaint.extract.name import normalise_name
    parts = re.split(r"([，,。；;！!\s]+)", text)
    kept: list[str] = []
    for i in range(0, len(parts), 2):
        clause = parts[i].strip()
        mine = _MY_PHONE.fullmatch(clause)
        if not mine and (named := _MY_NAME.fullmatch(clause)):
            mine = named if normalise_name(named.group(1)).value == named.group(1) else None
        if mine and clause:
            continue
        kept.append(parts[i] + (parts[i + 1] if i + 1 < len(parts) else ""))
    account = "".join(kept).strip(" ，,。；;")
    return account if len(account) >= 3 else text


# What the shop said or did about it ("说是正常的", "不给退", "没人管", "拖着", "只肯修"), told with what went wrong
BUSINESS_DEED = r"说|告诉|不[退给换修赔管理认让肯处]|没人|拒绝|拖|只[给能肯赔退换修]|让我|叫我"
# Around what went wrong, what a consumer tells when they tell the story: when or how long
# (用了两次, 三个月, 昨天), how much, a second thing (还, 又), what the shop said or did about it.
_CIRCUMSTANCE = re.compile(
    r"[\d一二两三四五六七八九十百千万几半]|天|月|年|周|礼拜|星期|次|回|才|刚|就|(?<!售)后|时候|当时|结果|用了|"
    rf"还|又|也|{BUSINESS_DEED}|推|骂|打|要求")
# How or where it was bought, told with what went wrong ("网上买的电动牙刷充不进电", "拼多多买的鞋子开胶"):
# the story's start, not a few words
_PURCHASE_TOLD = re.compile(r"买的|买了|买回|购买|网购|下单|订的|订了|团购")
# Trouble said in general ("有问题", "坏了"): which trouble is still asked
_GENERIC = re.compile(r"(?:有|出了?|的)?(?:质量)?问题|毛病|坏了|坏掉了?")
# A topic named, nothing told ("就是办卡的事情", "想反映个收费的问题")
_TOPIC_ONLY = re.compile(r"(?:的|个|这个|这件|件)(?:事情?|事儿|问题|情况)[啊呀吧哈。！!～~]*$")
# The complaint's target named before the account ("投诉蛋糕店 …", "投诉韵达 …")
_TARGET_FIRST = re.compile(r"^(?:我要|我想|想|要)?(?:投诉|举报|反映)(?:一下)?[^\s，,。]{0,8}[\s，,。]+")
# An account this short (characters, punctuation and spaces left out) can be thin
THIN_MAX = 14


def thin_account(text: str | None) -> bool:
    """An account of a few words that names what went wrong and no circumstance around it
    ("饭店吃出虫子", "投诉蛋糕店 生日蛋糕吃坏肚子"), or only the topic ("就是办卡的事情"): the form
    asks once for the details a consumer expects to give. A story with when, how much, or what
    the shop said ("电饭煲用了两次就冒烟", "培训班不退费"), or how it was bought and what then went wrong
    ("网上买的电动牙刷充不进电"), is no thin account."""
    raw = _FILLER.sub("", clean(text or "")).strip()
    if not raw or re.search(r"[?？吗呢]", raw):
        return False
    if _TOPIC_ONLY.search(raw) and not names_trouble(_TOPIC_ONLY.sub("", raw)):
        return True
    told = _TARGET_FIRST.sub("", raw)
    letters = re.sub(r"[^\u4e00-\u9fa5A-Za-z]", "", told)
    return 0 < len(letters) <= THIN_MAX and not _CIRCUMSTANCE.search(told) \
        and not (_PURCHASE_TOLD.search(told) and names_trouble(_GENERIC.sub("", told)))


_VAGUE = re.compile(r"差|烂|不好|不行|不灵|不满意|不对劲|不正常|欺骗|忽悠|坑|气人|太过分|没用|毛病")


# Why a reporter would rather not be known: fear of the one reported, who knows them or lives near
_FEAR_OF_BEING_KNOWN = re.compile(r"怕|担心|报复|认识我|知道我|找我|找上门|邻居|"
                                  r"住(?:在)?(?:这|那|附近|隔壁|对面|楼上|楼下|一个)")


def _why_unnamed_left_out(raw: str) -> str:
    """What follows the wish to stay unnamed, when it tells no trouble, is why ("但是我不想留名字 他知道我家",
    "匿名 他们认识我"): left out, with the 但是 before the wish."""
    wish = _NO_NAME.search(raw)
    if not wish:
        return raw
    after = raw[wish.end():]
    if PROBLEM_WORDS.search(after) or _VAGUE.search(after) or not _FEAR_OF_BEING_KNOWN.search(after):
        return raw
    return re.sub(r"[，,。\s]*(?:但是|可是|不过|但|就是)?[，,。\s]*$", "", raw[:wish.start()])


def normalise_problem(text: str | None) -> Parsed:
    """The consumer's account; a short answer that names no product and no trouble
    ("那个啥，就是那个嘛") is asked again."""
    raw = _FILLER.sub("", without_who_i_am(plain(text))).strip()
    if not raw:
        return Parsed(None, ERR_EMPTY)
    bare = _FILLER.sub("", _NO_NAME.sub("", _why_unnamed_left_out(raw)).strip(" ，,。！!")).strip()
    if len(bare) < 12 and not (PROBLEM_WORDS.search(bare) or _VAGUE.search(bare) or tells_happening(bare)):
        # "不想留名字哈 就是举报一个修理厂", "我替我爸反映个事 他不会用手机": what happened is asked
        return Parsed(None, ERR_FORMAT)
    if len(raw) < 12 and not (PROBLEM_WORDS.search(raw) or _VAGUE.search(raw) or tells_happening(raw)):
        # "就是直播买的手机", "网上买的衣服": what was bought, not what went wrong (asked again)
        return Parsed(None, ERR_FORMAT)
    if only_a_verdict(raw):
        return Parsed(None, ERR_FORMAT)  # "装修公司就是骗子": what happened is asked
    if len(raw) < (3 if PROBLEM_WORDS.search(raw) else 4) \
            or re.fullmatch(r"(?:不知道|没有|随便|嗯+|哦+|好的?|是的|对)[。.！!]*", raw):
        return Parsed(None, ERR_FORMAT)
    return Parsed(raw[:2000])


_ANONYMOUS_YES = re.compile(r"匿名|不留名|不要留名|不想留名|不透露|保密|不实名")
_ANONYMOUS_NO = re.compile(r"实名|留名|可以留|不用匿名|不需要匿名|不匿名")


# "不实名", "我不想实名": real name refused
_NOT_REAL_NAME = r"不(?:想|要|用|愿意?|打算|需要)?实名"
# Asked for in so many words: 匿名 not negated ("不用匿名" is no), or the real name refused
_WANTS_ANONYMITY = re.compile(rf"(?<!不)(?<!不用)(?<!不要)(?<!不想)(?<!不需要)匿名|{_NOT_REAL_NAME}")


# What the business did not register under a real name ("卖卡不实名", "开户没实名"): the report's subject,
# not the reporter's choice
_BUSINESS_UNNAMED = re.compile(r"(?<=[\u4e00-\u9fff])(?<![我俺就也还是要想])(?:不|没有?|未)实名(?:制|登记|认证)?")


def wants_anonymity(text: str | None) -> bool:
    """The consumer asks to stay anonymous ("匿名的", "我不想实名"), not merely to keep something
    private ("保密", "不留名" are what find_anonymous also reads in a report)."""
    return bool(_WANTS_ANONYMITY.search(_BUSINESS_UNNAMED.sub(" ", clean(text or ""))))


# A rule or a check, not the reporter's choice: "卖手机卡的 实名制都不用", "实名认证随便过"
_REAL_NAME_RULE = re.compile(r"实名(?:制|认证|核验)")


def find_anonymous(text: str) -> bool | None:
    raw = _REAL_NAME_RULE.sub(" ", _BUSINESS_UNNAMED.sub(" ", clean(text)))
    if re.search(_NOT_REAL_NAME, raw):
        return True  # "不实名 匿名的", "我不想实名"
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


EVIDENCE_KINDS = ("发票", "小票", "收据", "票据", "单据", "购物凭证", "聊天记录", "截图", "照片", "视频", "录音",
                  "合同", "保修卡", "检测报告", "病历", "诊断书", "订单记录", "付款记录", "转账记录", "录屏", "录像",
                  "直播回放")
_NO_EVIDENCE = re.compile(
    r"(?:没有|没|无|丢了|找不到)(?:留|保存|保留|开)?(?:任何)?(?:" + "|".join(EVIDENCE_KINDS) + ")")


# A kind of proof inside the name of something else is none: "视频会员", "短视频", "视频号", "录音笔", "照片打印"
_HELD_KIND = r"(?<!短){}(?!会员|号|网站|平台|app|软件|课|笔|机|卡|打印|冲印|剪辑|期|制作)"


def find_evidence(text: str) -> str | None:
    """The kinds of proof the consumer says they hold ("有发票和聊天记录" -> "发票、聊天记录")."""
    raw = _NO_EVIDENCE.sub("", clean(text))
    kinds = [k for k in EVIDENCE_KINDS if re.search(_HELD_KIND.format(re.escape(k)), raw, re.IGNORECASE)]
    held = re.search(r"有|留|保存|保留|拍了|录了|开了|截了|截图了|还在|都在", raw)
    return "、".join(kinds) if kinds and held else None

