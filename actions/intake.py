"""Where a consumer's first words go when the classifier sent them elsewhere.

A complaint told in one message can be read as a status question (it holds a phone
number) or as a dispute 12315 does not handle (it mentions a neighbour): the words
decide, and the story already told is carried into the form that finally opens.
"""
from __future__ import annotations

import re
from typing import Any

from actions import dialogue
from complaint import extract as ex

# "我要投诉", "我是要投诉", "想举报一下", "投诉！": asking to file, not about a ticket filed
# ("我投诉的进度", "之前投诉过", "不想投诉了").
_ASKS_TO_FILE = re.compile(r"(?<![不别没])(?:要|想|需要|得|去|来|重新|再)(?:去|再|重新)?(?:匿名|实名)?(投诉|举报)"
                           r"|^(?:我)?(?:匿名|实名)?(投诉|举报)(?:一下)?[。！!]*$|(?:匿名|实名)(举报)"
                           # the other registration chosen ("还是投诉吧", "改成举报"), not the two weighed
                           # ("该举报还是投诉")
                           r"|(?<![报诉该是])(?:还是|改成|改为|换成)(投诉|举报)"
                           # the step taken after an answer ("那就投诉吧 我帮她弄", "行 那举报吧")
                           r"|(?:^|[\s，,。！!])(?:行|好|嗯|那|那就|那我就?|就)+\s*(投诉|举报)(?:吧|呗|好了)"
                           # a message headed as one, as forms and letters are ("【投诉】1.商品：…", "投诉事由：…")
                           r"|^\s*[【\[（(]?\s*(投诉|举报)(?:内容|事由|事项|理由|原因|说明|信息|材料|书)?\s*"
                           r"(?:[】\]）)]\s*[:：]?|[:：])\s*(?=\S)")
_ABOUT_FILED = re.compile(r"(?:投诉|举报)(?:的|过|了)?.{0,6}(?:进度|结果|编号|状态|怎么样|处理得|受理了|回复)|"
                          r"(?:之前|上次|已经|前几天|上个月)(?:的)?(?:投诉|举报)")


def about_filed(text: str | None) -> bool:
    """Whether the words speak of a complaint or report already filed ("我之前投诉的", "投诉的进度")."""
    return bool(_ABOUT_FILED.search(ex.clean(text or "")))


def asks_to_file(text: str | None) -> str | None:
    """'complaint' or 'report' when the words ask to file one; None otherwise."""
    raw = ex.clean(text or "")
    if not raw or ex.find_ticket_no(raw) or _ABOUT_FILED.search(raw) or dialogue.asks_status(raw):
        return None  # ("匿名举报的，没留电话 能查进度吗" asks about one filed, nothing new)
    m = _ASKS_TO_FILE.search(raw)
    if not m:
        return None
    return "report" if next(g for g in m.groups() if g) == "举报" else "complaint"


# Disputes that are not consumption whatever business is named (wages from a 公司, a loan).
_CORE_NOT_CONSUMPTION = re.compile(
    r"工资|欠薪|薪水|奖金|提成|劳动合同|社保|公积金|工伤|辞退|开除|裁员|加班费|入职|离职|"
    r"借钱|借了我|借款|民间借贷|离婚|抚养|探视|遗产|继承|赡养|家暴")
# A business the consumer paid or dealt with: the seller, the shop, the buying.
_BUSINESS = re.compile(
    r"商家|店|商场|超市|平台|网购|网上买|买的|买了|购买|下单|充值|充了|办卡|办了.{0,4}卡|会员|售后|维修|装修(?:公司|队|师傅)|施工队|施工方|找的.{0,6}(?:装修|施工)|"
    r"工程队|师傅|物业|中介|培训|健身|旅行社|导游|快递|外卖|餐厅|饭店|酒店|医美|美容|4[Ss]|厂家|经营者|老板|"
    r"(?:装饰|家政|婚庆|搬家|保洁|维修|通信|移动|联通|电信|科技|贸易|电器|汽车)公司")


def deals_with_business(text: str | None) -> bool:
    """Whether the message names a business the consumer bought from or dealt with, and
    is not a labour, loan or family matter (those are declined whatever else they say)."""
    raw = ex.clean(text or "")
    if not raw or _CORE_NOT_CONSUMPTION.search(raw):
        return False
    # a thing named is a purchase only with the sum paid for it ("空调外机" of a neighbour is not)
    return bool(_BUSINESS.search(raw) or (ex.find_product(raw) and dialogue._paid_amount(raw)))


# Actions that answer a message without registering what it says: a story told to them
# is still to be read when the consumer goes on to file.
UNREAD_BY = {"action_decline_non_consumer", "status_form", "action_inform_without_context"}
# (of what only "which registration?" answered, an account of what went wrong is read, not a lone word:
# "手机" said first is asked again, more exactly, by the product question)
ASKED_WHICH_BY = {"action_inform_without_context"}
# Actions that answer a question about rights: the story told with the question (not the
# question itself, already answered) is read when the consumer goes on to file. The action for a
# message the classifier could not read (nlu_fallback) answers such a question too: whether the
# classifier was sure of it must not decide whether its story is kept.
# The difference between a complaint and a report explained ("我买的牛奶过期了 投诉和举报有什么区别") is such an
# answer too: the story told with it is kept.
ANSWERED_BY = {"action_answer_law", "action_start_filing", "action_low_confidence", "utter_explain_difference",
               "action_explain_difference"}


def _nothing_called_off(events: list[dict[str, Any]], at: int) -> bool:
    """Whether the cancel action at `at` called nothing off: a registration form ran right after it, in the same
    turn ("那就投诉吧" read as a cancel opens the complaint; "算了 匿名吧" keeps the report going)."""
    if events[at].get("event") != "action" or events[at].get("name") != "action_cancel":
        return False
    for event in events[at + 1:]:
        if event.get("event") == "user":
            return False
        if event.get("event") == "action" and event.get("name") in ("complaint_form", "report_form"):
            return True
    return False


def unread_accounts(events: list[dict[str, Any]]) -> list[str]:
    """The consumer's messages, since the last registration was filed or cancelled,
    that only a decline or the status question answered, and that state something
    (a field or an account). The last message (the one being read now) is left out."""
    said: list[tuple[str, set[str]]] = []
    for at, event in enumerate(events):
        kind = event.get("event")
        if (dialogue.ends_registration(event) and not _nothing_called_off(events, at)) \
                or kind in ("restart", "session_started"):
            said = []
        elif kind == "user":
            said.append((dialogue.consumer_words(event.get("text")), set()))  # a button says nothing
        elif kind == "action" and said and event.get("name") not in ("action_listen", None):
            said[-1][1].add(event["name"])
    accounts: list[str] = []
    asked = ""  # the story of the last question about rights answered (a newer one replaces it)
    for text, answered in said[:-1]:
        if answered & {"complaint_form", "report_form"}:
            accounts, asked = [], ""  # a registration read what came before (and has it)
        elif text and answered and answered <= ASKED_WHICH_BY:
            if ex.find_problem(text):
                accounts.append(text.strip())
        elif text and answered and answered <= UNREAD_BY and ex.extract_all(text):
            accounts.append(text.strip())
        elif text and answered and answered <= ANSWERED_BY | UNREAD_BY:
            asked = story_of(text) or asked
    return accounts + ([asked] if asked and asked not in accounts else [])


# A question about rights put with the story ("…店倒闭了怎么办", "…只赔300 合理吗", "能退钱吗").
_ASKS_ABOUT_RIGHTS = re.compile(r"[?？]|[吗呢][。.!！~～\s]*$|吗[，,\s]|怎么办|咋办|怎么处理|该怎么|合理吗|合法吗|"
                                r"谁出|谁承担|谁负责|找谁|想问问|问一下|问问|咨询")
_ONLY_ASKING = re.compile(r"只是?想?问问|就想问问|就问问|先问问|随便问问|只是咨询|想咨询一下|不是要投诉|不投诉")


def asks_about_rights(text: str | None) -> bool:
    """Whether an opening asks what the consumer may do, rather than asking to file."""
    raw = ex.clean(dialogue.consumer_words(text))
    # indignation put as a question ("凭什么不给我退？") asks nothing
    return bool(raw) and not asks_to_file(raw) and bool(_ASKS_ABOUT_RIGHTS.search(_RHETORICAL.sub("", raw)))


def only_asking(text: str | None) -> bool:
    """"我只是想问问": a question, and no complaint to register now."""
    return bool(_ONLY_ASKING.search(ex.clean(text or "")))


# The question part of a message, dropped from the story it tells: a clause that asks
# ("商家要赔多少？", "能退吗"), or the asking tail of the only clause ("健身房跑路了预付卡能退吗").
# (a space between Latin words or digits is part of a name: "Apple Store", "iPhone 16 Pro")
_CLAUSES = re.compile(r"[，,。；;！!？?]+\s*|(?<![A-Za-z0-9])\s+|\s+(?![A-Za-z0-9])")
_ASKING_TAIL = re.compile(r"(?:我|那|请问)?(?:能|可以|可不可以|能不能|能否|是否|该|应该|要不要|有没有|怎么|怎样|如何|"
                          r"谁|找谁|算不算|这|这样|这种)[^，,。；;！!？?]*$")


# "我就想问一下", "请问": the asking said before the story
_ASKING_FIRST = re.compile(r"^(?:我)?(?:就|只是|只|先|是)?(?:想)?"
                           # ("帮我妈问一下": asking for someone else)
                           r"(?:(?:帮|替|给)(?:我|俺)?(?:妈|爸|妈妈|爸爸|家人|老人|父母|爷爷|奶奶|外婆|外公|朋友|亲戚|家里)?)?"
                           r"(?:问一下|问问|咨询一下|咨询|请问)(?:那个|就是|一下)?")


def story_of(text: str | None) -> str:
    """What a question about rights tells of the consumer's own case ("买到的手机是翻新机"
    of "买到的手机是翻新机，商家要赔多少？"); "" when it tells nothing went wrong (a general
    question such as "七天无理由退货怎么规定的")."""
    raw = re.sub(r"^(?:(?:你好|您好|喂+|在吗|哈喽)[，,\s]*)+", "",  # "喂喂", "你好" said first
                 ex.clean(dialogue.consumer_words(text)))
    clauses = [c for c in _CLAUSES.split(raw) if c]
    kept = []
    for clause in clauses:
        # "我就想问一下…", "…缺斤少两找谁", "…比平时还贵这种算不算欺诈": what the clause tells, without the asking
        clause = _ASKING_FIRST.sub("", clause)
        if dialogue.is_question(clause) or _RIGHTS_QUESTION.search(clause):
            clause = _ASKING_TAIL.sub("", clause)
            if dialogue.is_question(clause) or _RIGHTS_QUESTION.search(clause):
                continue
        kept.append(clause)
    story = "，".join(c for c in kept if c)
    if len(story) < 6 or dialogue.vague_account(story) or _RIGHTS_QUESTION.search(story):
        return ""
    named = set(ex.extract_all(story)) & {"product", "merchant_name", "amount", "platform"}
    return story if ex.find_problem(story) or named else ""


# Asking how or whether to file ("怎么投诉", "这种情况可以投诉吗", "能举报吗") asks to file;
# "多久以内可以投诉" asks about the time limit.
_HOW_TO_FILE = re.compile(r"(?<!多久)(?<!多长时间)(?<!以内)(?<!之内)"
                          r"(?:怎么|怎样|如何|在哪|哪里|去哪|能不能|可不可以|能否|可以|能)(?:进行|去|来)?(?:投诉|举报)")
# A question about rights or compensation: what the consumer may ask for, how much, who pays.
_RIGHTS_QUESTION = re.compile(
    r"[?？]|[吗嘛][。.!！~～\s]*$|吗[，,\s]|怎么办|咋办|怎么处理|该怎么|怎么(?:维权|赔|退|要回|算|弄)|如何(?:维权|处理|索赔|赔|退)|"
    r"合理吗|合法吗|能不能|可不可以|可以不|能否|是否|有没有(?:权|责任|义务|规定|依据|办法)|要不要(?:负责|赔|承担|退)|"
    r"该不该|算不算|(?:赔|退|补偿|补|罚)[^，,。\s]{0,4}多少|多少(?:钱|倍)?[^，,。\s]{0,2}(?:赔|补偿)|几倍|"
    r"谁出|谁承担|谁负责|谁来赔|谁赔|找谁|(?<![没不])多(?:久|长时间)(?![就便才])|(?:想|就|只是|先|请)(?:问问|问一下|咨询)|请问")
# Indignation put as a question asks nothing ("凭什么不给我退？", "这不是骗人吗").
_RHETORICAL = re.compile(r"(?:凭什么|为什么|为啥|难道|怎么能|怎么可以|哪有)[^，,。；;！!？?]*[？?]?|"
                         r"(?:这|那)?不是[^，,。；;！!？?]{0,12}吗[？?]?")
# What is left when the filing words and greetings are taken away ("投诉？" says nothing else).
_FILLER = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]|投诉|举报|我|要|想|一下|你好|您好|在吗|请问|有人吗")


def answer_first(text: str | None) -> bool:
    """Whether an opening read as a complaint or a report is a question about rights or
    compensation that does not ask to file ("买到的是翻新机，商家要赔多少？", "预付卡能退吗"):
    it is answered first, and the registration offered after."""
    raw = ex.clean(dialogue.consumer_words(text))
    if not raw or asks_to_file(raw) or _HOW_TO_FILE.search(raw) or len(_FILLER.sub("", raw)) < 3:
        return False
    return bool(_RIGHTS_QUESTION.search(_RHETORICAL.sub("", raw)))


def files_not_asks(text: str | None) -> str | None:
    """'complaint' or 'report' when a message the classifier read as a law question asks
    to file and asks nothing ("…商家不认账 我要投诉 店铺叫… 要退货退款"): the form opens
    with the story instead of a law answer."""
    raw = ex.clean(dialogue.consumer_words(text))
    kind = asks_to_file(raw) if raw else None
    if not kind or _RIGHTS_QUESTION.search(_RHETORICAL.sub("", raw)):
        return None
    return kind


# A short request to file said in words the classifier could not read ("那投诉", "投诉吧",
# "举报一下这家", "那就投诉他们"): once the filing word and the words around any such request
# are taken away, nothing is left.
_AROUND_A_REQUEST = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]|那么|那就|就|那|我|要|想|还是|算了|直接|"
                               r"帮我|给我|帮忙|麻烦|请|"
                               r"一下|下|吧|啊|呀|吖|了|嗯|好的|好|行|可以|必须|一定|坚决|马上|现在|"
                               r"他们家|他们|他家|她|他|它|这家店?|那家店?|这个店?|那个店?|这种|这商家|商家|老板|店家|"
                               r"你们|你|去|来|得|匿名|实名")
_NOT_FILING = re.compile(r"[不别没甭]\s*(?:想|要|用|必|去|再)?\s*(?:投诉|举报)|(?:投诉|举报)(?:不了|没用|有用吗)|"
                         r"撤销|撤回|取消")


def short_filing_request(text: str | None) -> str | None:
    """'complaint' or 'report' when a message the classifier could not read asks to file: a short
    one that says nothing else ("投诉吧", "举报一下这家"), or the filing word and then the story
    ("投诉 我在…报的课 现在退不了"); None for anything else."""
    raw = ex.clean(dialogue.consumer_words(text))
    kind = asks_to_file(raw) if raw else None
    if kind and not _RIGHTS_QUESTION.search(_RHETORICAL.sub("", raw)):
        return kind
    # the filing word, then the story: "投诉 我在…报的课 现在退不了", "举报：这家店卖过期食品"
    told = re.match(r"(?:我)?(?:要|想)?(投诉|举报)(?:一下)?[\s，,。：:！!]+(?=\S{4,})", raw or "")
    if told and not _ABOUT_FILED.search(raw) and not _RIGHTS_QUESTION.search(_RHETORICAL.sub("", raw)):
        return "report" if told.group(1) == "举报" else "complaint"
    if not raw or len(raw) > 16 or ex.find_ticket_no(raw) or _ABOUT_FILED.search(raw) or _NOT_FILING.search(raw):
        return None
    words = re.findall(r"投诉|举报", raw)
    if not words or len(set(words)) > 1 or _AROUND_A_REQUEST.sub("", re.sub(r"投诉|举报", "", raw)):
        return None
    return "report" if words[0] == "举报" else "complaint"


def story_filing(text: str | None) -> str | None:
    """'complaint' or 'report' when a message the classifier could not read tells a story of a
    business the consumer dealt with ("英语培训跑路", "金店买的金手镯 称出来比标签轻了两克") and asks
    nothing: 'report' when it says 举报 first, else 'complaint'. None for a question or anything else."""
    raw = ex.clean(dialogue.consumer_words(text))
    if len(re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", raw)) < 6 or not deals_with_business(raw) \
            or asks_about_rights(raw) or only_asking(raw) or _ABOUT_FILED.search(raw):
        return None
    asked = asks_to_file(raw)
    return asked or ("report" if re.match(r"(?:我要|我想)?(?:匿名|实名)?举报", raw) else "complaint")


# A question that names only what it is about ("我想问一下话费的事", "咨询下退货方面的问题",
# "问问关于物业费的事情"): nothing to answer yet, the consumer is asked what happened.
_TOPIC_ONLY = re.compile(r"(?:(?:你好|您好|喂|在吗|请问)[，,\s]*)*(?:我|那)?(?:想|要|就|只)?"
                         r"(?:问|咨询|了解|打听|说|反映)"
                         r"(?:一下|下|问|个|点)?(?:关于)?([^，,。？?！!\s]{1,8}?)(?:的|方面的?|这块的?|这边的?)"
                         r"(?:事|事情|事儿|问题|情况)(?:儿)?[吗呢啊呀哈。.？?！!~～\s]*")


def topic_only(text: str | None) -> str | None:
    """The topic of a question that says only what it is about ("我想问一下话费的事" -> 话费)."""
    m = _TOPIC_ONLY.fullmatch(ex.clean(dialogue.consumer_words(text)))
    return m.group(1) if m else None


# A report is about a business breaking the rules; a consumer telling what they (or their
# family) bought or paid and lost, without asking for it to be investigated, is complaining
# ("我妈在养身馆办了理疗卡充了五千 现在人跑了", "在老张那买了五斤葡萄 回家一称才三斤半").
_REPORT_WORDS = re.compile(r"举报|查处|查一查|查一下|曝光|取缔|罚款|处罚|执照|无证|没有证|资质|非法|违法|"
                           r"检举|揭发")
# what the consumer bought or paid for, in the consumer's voice (the seller "卖", the buyer "买")
_OWN_PURCHASE = re.compile(r"(?:买|购|抢|办|充|报|交|付|花|订|定|点|租|住|跟)(?:了|的|到)|跟团|参加了"
                           # the consumer (or theirs) bought or had done, in a sentence of their own ("我在药店买药",
                           # "本人在某网店购买皮鞋", "我喺美容院整咗个纹眉"), not seen while shopping for something else
                           r"|(?:我|本人|我们|俺|咱|阿拉|我家|我妈|我爸|我老婆|我老公|我儿子|我女儿|孩子)"
                           r"[^，,。！!？?]{0,12}?(?:购买|买|订购|预订|报名|种植|种了|纹了|纹眉|纹绣|整咗|做了|装了|配了)"
                           r"(?![^，,。！!？?]{0,6}(?:的时候|时)(?:看到|看见|发现))"
                           r"|一人.{0,4}[元块千百万]"
                           r"|(?:加|吃|喝|洗|修|剪|做)了[一二两三四五六七八九十百千万\d]+[块元]"  # "加了三百块的油"
                           # a promise made to the consumer, then broken ("说好的管吃饭 结果天天吃泡面")
                           r"|(?:说好|讲好|谈好|答应|承诺)(?:的|了)[^。！!？?]{0,24}(?:结果|可是|但是|却)")


# what happened to the consumer's own food, drink or weighed goods, which says they bought it: found in what
# they ate ("酸菜鱼里面吃出来一个虫子", "奶茶里有塑料片"), sold to them or theirs ("卖给我孙子过期的牛奶"),
# a meal they had there ("一家人在那个饭店吃饭"), weighed short ("秤有问题 缺斤短两")
_OWN_LOSS = re.compile(r"卖给(?:了)?(?:我|俺|咱)|(?:吃|喝|捞|挑|咬)出(?:来|了)?|"
                       # "卖了我一个床垫", "卖了我妈两盒保健品": sold to the consumer or theirs
                       r"卖了(?:我|俺|咱)(?:家|妈|爸)?[一二两三四五六七八九十几\d]|"
                       # (in the food, not in the shop: "店里有蟑螂", "后厨里有老鼠" are for a report)
                       r"(?<![店厨房堂馆间屋场区])(?:里|里面|中)(?:有|发现|混着?|掺着?)(?:一|两|几)?[只个根块片条粒颗团]?"
                       r"(?:活的)?(?:虫|头发|塑料|异物|玻璃|钢丝|铁丝|苍蝇|蟑螂|烟头|毛发|石子|沙子|指甲|创可贴|黑色的?小?颗粒)|"
                       r"在[^，,。！!？?]{0,14}(?:吃饭|吃的饭|用餐|吃火锅|吃烧烤|吃了一顿)|缺斤(?:少|短)两|"
                       r"秤(?:有问题|不准|有猫腻|做了手脚)")


def complaint_not_report(text: str | None) -> bool:
    """Whether an opening the classifier read as a report tells the consumer's own loss
    without asking for the business to be investigated: a complaint, where the consumer's
    demand is asked and the ticket can get their money back. One that says 举报/曝光 is a
    complaint too when it asks something back for the consumer (claims_own_loss)."""
    raw = ex.clean(text or "")
    if not raw:
        return False
    if claims_own_loss(raw):
        return True
    if asks_to_file(raw) == "report" or _REPORT_WORDS.search(raw):
        return False
    if _OPENS_WITH_COMPLAINT.match(raw):
        return True  # "投诉拉萨一家家电店 卖的洗衣机是样机": which registration said, nothing to report
    return bool(_OWN_PURCHASE.search(raw) or _OWN_LOSS.search(raw))


# An opening that starts with 投诉 and whom or what it is against ("投诉一家家电店…", "投诉XX物业…"); not a
# question about complaining ("投诉电话多少", "投诉有用吗") nor one filed ("投诉的进度")
_OPENS_WITH_COMPLAINT = re.compile(r"(?:我|我要|我想)?投诉(?!电话|热线|渠道|流程|方式|怎么|有用|没用|管用|的|过|了|"
                                   r"进度|结果|[吗嘛呢?？])(?=[\u4e00-\u9fa5A-Za-z]{2})")


# Mediation declined, or the wish to stay unknown: a report whatever is asked ("不用调解", "我不要钱 就是要查")
_NO_MEDIATION = re.compile(r"(?:不用|不要|不需要|不想|无需|没必要)(?:什么|跟他们|和他们|和商家|跟商家)?"
                           r"(?:调解|协商|和解|赔(?:偿|钱)?|退钱|他们的钱)|(?:不是|不)(?:为了|图)(?:钱|赔偿|退钱)")
# What the consumer asks back for themselves (not the business dealt with: 依法查处; nor 道歉 alone)
_OWN_REMEDIES = ("退货", "退款", "换货", "维修", "赔偿", "继续履行")


def claims_own_loss(text: str | None) -> bool:
    """Whether words that say 举报, 曝光 or 反映 tell the consumer's own purchase or loss and ask
    something back for them ("我要举报这家店卖给我过期奶粉，我要退钱", "曝光这家店 我买的是翻新机
    必须给我退货"): a complaint, which is mediated to make the loss good; a report asks nothing for the
    speaker. Mediation declined or anonymity asked keeps it a report."""
    raw = ex.clean(text or "")
    if not raw or _NO_MEDIATION.search(raw) or ex.wants_anonymity(raw):
        return False
    if not (_OWN_PURCHASE.search(raw) or _OWN_LOSS.search(raw)):
        return False
    stated = ex.extract_all(raw).get("demand") or ""  # a demand stated, not one refused or asked about
    return any(d.endswith(remedy) for d in stated.split("、") for remedy in _OWN_REMEDIES)


# Asked once when an opening tells the consumer's own purchase and asks for the business to be investigated,
# but says nothing of what the consumer wants back ("举报这家店卖给我过期牛奶"): which registration is meant
WHICH_KIND_QUESTION = ("请问您是希望商家给您退款、赔偿，还是只想请市场监管部门查处这家商家？"
                       "要退赔的是投诉，工作人员会组织您和商家调解；只要查处的是举报，不为您个人调解退赔。")
WHICH_KIND_BUTTONS = [{"title": "投诉：要商家退款赔偿", "payload": "/file_complaint"},
                      {"title": "举报：请部门查处", "payload": "/file_report"}]
# A reply to that question in words: what the consumer wants back (a complaint) or only that it be dealt with
_WANTS_BACK = re.compile(r"退|赔|换|修|补偿|钱|投诉|调解|要回")
_PUNISH = re.compile(r"严查|彻查|严惩|严肃处理|查查|管一管|管管")
_NOTHING_BACK = re.compile(r"(?:不|别|没)(?:要|用|图|为了?|想要?)(?:钱|退钱?|赔钱?|赔偿|退款)")
_WANTS_DEALT_WITH = re.compile(r"查处|查一查|查一下|处罚|罚款|罚他|整治|取缔|举报|曝光|不要钱|不用赔|不用退|"
                               r"管一管|管管")


def unsure_kind(text: str | None) -> bool:
    """Whether an opening leaves it open which registration is meant: it tells the consumer's own purchase or
    loss and speaks of reporting or punishing the business, without a remedy asked for themselves, mediation
    declined or anonymity wished (those decide it)."""
    raw = ex.clean(dialogue.consumer_words(text))
    if not raw or _NO_MEDIATION.search(raw) or _NOTHING_BACK.search(raw) or ex.wants_anonymity(raw) \
            or claims_own_loss(raw):
        return False
    if not (asks_to_file(raw) == "report" or _REPORT_WORDS.search(raw) or _PUNISH.search(raw)):
        return False
    stated = ex.extract_all(raw).get("demand") or ""
    return bool(_OWN_PURCHASE.search(raw) or _OWN_LOSS.search(raw)) and not stated


def report_unsure(text: str | None) -> bool:
    """Whether words the classifier read as a report ask neither for an investigation nor for anything back,
    and tell no purchase of the consumer's own ("我要反映菜市场卖猪肉的 肉注水", "家里地板刚铺好就起鼓了"):
    the consumer is asked which they mean (the classifier's guess decides nothing either way)."""
    raw = ex.clean(dialogue.consumer_words(text))
    if len(re.sub(r"[^\u4e00-\u9fa5A-Za-z]", "", raw)) < 6 or asks_to_file(raw) or _REPORT_WORDS.search(raw) \
            or _PUNISH.search(raw) or _NO_MEDIATION.search(raw) or _NOTHING_BACK.search(raw) \
            or ex.wants_anonymity(raw) or complaint_not_report(raw):
        return False
    return bool(ex.find_problem(raw))


def kind_chosen(text: str | None) -> str | None:
    """'complaint' or 'report' for words that answer WHICH_KIND_QUESTION ("退钱就行", "让他们查处"); None else."""
    raw = _NOTHING_BACK.sub("查处", ex.clean(dialogue.consumer_words(text)))  # "不要钱，查他们": only dealt with
    back, dealt = bool(_WANTS_BACK.search(raw)), bool(_WANTS_DEALT_WITH.search(raw) or re.search(r"查", raw))
    if back == dealt:
        return None
    return "complaint" if back else "report"


# Both registrations asked for at once ("我要投诉也要举报", "投诉并且举报这家店", "两个都要"): the consumer's own remedy
# and the business dealt with. One complaint does both: 查处 goes into its demand (the consumer is told so)
_BOTH_KINDS = re.compile(r"投诉[^。！!？?]{0,8}?(?:也|又|还(?!是)|并且?|同时|加上?|以及|再)[^。！!？?]{0,4}?举报|"
                         r"举报[^。！!？?]{0,8}?(?:也|又|还(?!是)|并且?|同时|加上?|以及|再)[^。！!？?]{0,4}?投诉|"
                         r"(?:投诉|举报)(?:和|跟|与)(?:投诉|举报)(?:都|一起|一块)|"
                         r"(?:^|[，,。；;\s])(?:两个|两样|两项|两种|俩|二者|两者|全)?都(?:要|想要?|办|登记|需要)"
                         r"(?=$|[，,。；;！!\s]|啊|吧|呀|的)")
# A refusal of one of them ("不投诉了 举报就行") chooses the other
_ONE_REFUSED = re.compile(r"(?:不|别|没|甭)(?:想|要|用|必)?(?:再)?(?:投诉|举报)")
# The business dealt with, asked for in so many words ("还要让他们被查处", "也要处罚他们", "举报他们")
_DEALT_WITH_ASKED = re.compile(r"(?:要|让|请|希望|必须|得|应该|给我)[^，,。；;！!？?]{0,6}?"
                               r"(?:查处|处罚|罚款|严惩|取缔|整治|曝光|查一查|查查|管一管)|"
                               # 举报 said as something more than the refund ("退钱，还要举报他们"); said alone of the
                               # consumer's own loss ("我要举报这家店 卖给我过期奶粉 我要退钱") it means the complaint
                               r"(?:还|也|并|同时|顺便|另外|再)(?:要|想|得)?举报")


def wants_both(text: str | None) -> bool:
    """Whether the words ask for both registrations: "我要投诉也要举报", "两个都要", or a remedy for the
    consumer together with the business investigated ("我要退钱 还要让他们被查处"). Anonymity, mediation
    declined or nothing wanted back keeps it a report; a refusal of either chooses the other."""
    raw = ex.clean(dialogue.consumer_words(text))
    if not raw or ex.wants_anonymity(raw) or _NO_MEDIATION.search(raw) or _NOTHING_BACK.search(raw) \
            or _ONE_REFUSED.search(raw) or about_filed(raw) or dialogue.is_question(raw) \
            or re.search(r"哪个|哪一个|哪种|区别|不同|还是|(?:不用|不要|不需要|不必|别|没必要)[^，,。；;]{0,4}?"
                         r"(?:查处|处罚|罚|举报|曝光)", raw):
        return False
    if _BOTH_KINDS.search(raw):
        return True
    demands = dialogue.demands_meant(raw)
    own = any(d.endswith(remedy) for d in demands for remedy in _OWN_REMEDIES)
    return own and (any("查处" in d for d in demands) or bool(_DEALT_WITH_ASKED.search(raw)))


# Said when one complaint is filed for both: what the consumer gets, in a sentence (forms reads it back to put
# 查处 into the demand told later)
BOTH_NOTE = ("您既希望商家给您退赔，也希望查处商家，这两项可以一起办：登记投诉时会把“查处”写进您的诉求，"
             "市场监管部门处理投诉时会一并核查商家的违法行为。")

