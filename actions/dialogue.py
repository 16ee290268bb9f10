"""Dialogue logic without rasa_sdk: what one message fills, and what to say when it fails.

`fill_from_message` is the single place that turns a consumer's message into slot
values for the complaint, report and status forms; the Rasa actions (actions/forms.py)
and the agent console can both call it.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from complaint import extract as ex
from complaint import fields
from complaint.extract.money import exact_sum
from complaint.extract.problem import _CIRCUMSTANCE
from complaint.extract.spoken import answer_as_said, answer_core, without_said_before
from complaint.extract.text import tagged_words
from complaint.script import to_simplified

# Intents the forms leave to the rules (answered, then the form resumes or stops).
DIGRESSION_INTENTS = {"ask_law", "cancel", "human_handoff", "ask_difference", "correct"}
# Intents that say what the consumer wants, not a slot value; they never fill a requested slot.
NON_ANSWER_INTENTS = DIGRESSION_INTENTS | {"greet", "goodbye", "check_status", "file_report", "file_complaint",
                                           "non_consumer_dispute"}

# Labels, questions, re-asks, formats and normalisers are the field registry's
# (complaint/fields.py): the console and the backend read the same entries.
FIELD_LABELS = fields.LABELS

# Leaving a form loses its answers (cancel) or hands the conversation over (handoff): inside
# a form these intents count only when the words say so; "冰箱不制冷了" read as cancel by the
# classifier is the answer to the question asked.
# "人工" asks for a person; "人工费", "人工成本" is the labour paid for ("人工费他承担" answers the demand).
PERSON = r"人工(?!费|钱|价|成本|工资|工时|智能|安装|材料|加|和|跟|连|带|与|及|\+)"  # ("人工加材料": the labour paid)
LEAVING_WORDS = {
    "cancel": re.compile(r"取消|算了|不办|不弄|不要了|不投诉|不举报|不登记|不查|不想(?:投诉|举报|登记|弄|办|查|填|说)|"
                         r"不用(?:了|登记|投诉|举报|查)|退出|停止|别登记|别提交|撤销|作废|先这样|不搞了|不整了|拉倒|cancel"),
    "human_handoff": re.compile(PERSON + r"|真人|客服|工作人员|坐席|接线员|打电话|来电|领导|人来|找人|换人|活人|转接"),
}


# Cue words that leave a form whatever else the message says; the others ("算了", "客服"…)
# also occur in answers ("东西我不要了，退钱", "客服不理我，我要退款").
FIRM_LEAVING_WORDS = {
    "cancel": re.compile(r"取消|不投诉|不举报|不登记|不想(?:投诉|举报|登记)|退出|别登记|别提交|撤销|作废|拉倒|cancel"),
    "human_handoff": re.compile(PERSON + r"|真人|坐席|接线员|转接|换人|活人|找人"),
}
# Said instead of answering: a digression is recognised as one only when it is a question
# (and gives nothing for the slot asked); these intents never take an answer's place.
ANSWER_FIRST_INTENTS = {"ask_law", "ask_difference", "check_status", "correct", "greet", "goodbye",
                        "out_of_scope", "non_consumer_dispute"}
# What a digression says in so many words, when it is not put as a question; without
# them (and without a question) the message is the answer to the question asked
# ("要么继续按原来的卡用 要么退我680" classified as a status request answers the demand).
DIGRESSION_CUES = {
    "ask_law": re.compile(r"咨询|请问|想问|问一下|问问|想了解"),
    "check_status": re.compile(r"进度|查询|查一下|查查|帮我查|编号|处理(?:得|的)?怎么样|处理结果"
                               r"|受理了|到哪|回复了|有结果"),
    "ask_difference": re.compile(r"区别|不同|差别|哪个好|选哪|还是举报|还是投诉"),
    # a correction says what is wrong or what it becomes
    "correct": re.compile(r"写错|打错|填错|搞错|弄错|说错|记错|错了|不对|有误|改成|改为|改一下|改下|改个|改掉|换成|"
                          r"(?:你|您|给我|帮我)?(?:写|打|记|填)成了?|"
                          r"更正|修改|应该是|重新(?:填|写|登记)|不是.{1,20}(?:而)?是"),
}
# (嘛 at the end asserts: "就是变相不让用嘛", "本来就是他们的责任嘛"; "干嘛" asks; "办了个什么合约"
# names something unnamed, it asks nothing)
QUESTION = re.compile(r"[?？]|(?:[吗呢]|(?<=[干搞弄])嘛)[。.!！~～]*$|吗[，,\s]|"
                      r"(?:能|可以|算|是)[^，,。\s]{0,12}吧(?=[\s，,。.!！~～]|$)|"
                      # "应该会管吧", "他们会处理吧": whether someone will act, asked (not 会员, 会所, 会计)
                      r"(?<![社机聚工协学宴约开])会(?![员所计场议展馆堂费])[^，,。\s]{0,6}吧(?=[\s，,。.!！~～]|$)|"
                      r"(?:能|可以|会|要|该)[^，,。\s]{0,3}(?:几|多少)|"
                      # "你们办公时间是几点", "投诉要多久" (not "用了没多久就坏了")
                      r"(?:是|在|到)几点|几点(?:开门|关门|上班|下班|能|可以)|(?:要|需要|得)多久|多久(?:能|会|可以|有)|"
                      # "没怎么动", "不怎么样", "怎么也打不通", "不知道为什么": said, not asked
                      r"(?<![没不])(?<!知道)(?:怎么|怎样)(?!也|都)|如何|能不能|能否|可不可以|可以不|是不是|是否|"
                      r"有没有|会不会|要不要|算不算|(?<!知道)(?:为什么|为啥)|凭什么|(?<![没为个])什么(?!都|也)|哪些|区别|"
                      # where to turn, one place or another ("找你们还是找消协", "打12315还是去工商")
                      r"(?:找|去|打|问)[^，,。\s]{0,8}还是(?:找|去|打|问)|"
                      r"(?<!知道)([\u4e00-\u9fa5])不\1")  # one way or the other ("受不受", "管不管")


def without_urging(text: str) -> str:
    """The words without the clauses that only urge or protest ("能不能快点 少儿编程课" -> "少儿编程课"), when
    something else is said with them; the words as they are otherwise."""
    parts = re.split(r"([，,。！!？?\s]+)", text)
    clauses, seps = parts[0::2], parts[1::2] + [""]
    urging = [bool(c) and bool(_URGING.search(ex.clean(c))) for c in clauses]
    if not any(urging) or not any(c.strip() and not u for c, u in zip(clauses, urging)):
        return text
    kept = "".join(c + sep for c, sep, u in zip(clauses, seps, urging) if not u)
    return kept.strip(" ，,！!")


# Words that only open what one is about to say ("我跟你说啊", "怎么说呢", "是这样的"), then a pause
_OPENER = re.compile(r"^(?:我(?:跟|和|给)你(?:们)?(?:说|讲)|跟你(?:们)?(?:说|讲)|我?怎么说呢|(?:让我|我)?想想|这么说吧|"
                     r"是这样的?|说实话|实话(?:跟你)?说|这个嘛|那个|嗯+|呃+|额+)(?:啊|呀|哈|吧|哦|啦)?[，,。!！\s…~～]+")


def without_opener(text: str) -> str:
    """The answer without the words that only open it ("我跟你说啊 智能马桶" -> "智能马桶"); as said when
    nothing follows them."""
    rest = text.strip()
    while (m := _OPENER.match(rest)) and rest[m.end():].strip():
        rest = rest[m.end():]
    return rest if rest != text.strip() else text


def is_question(text: str) -> bool:
    """Whether the words ask something. Urging or indignation beside what is told ("能不能快点 外卖店挂的是别人的证",
    "你们到底管不管 网上") asks nothing to answer; said alone ("你们管不管？") it is still a question."""
    raw = ex.clean(text)
    if not QUESTION.search(raw):
        return False
    clauses = _clauses(raw)
    told = [c for c in clauses if not _URGING.search(c)]
    if told and len(told) < len(clauses):
        return bool(QUESTION.search("，".join(told)))
    return True


# A clause that only urges or protests: no question to answer when something else is told with it
_URGING = re.compile(r"^(?:你们|您们)?(?:到底|究竟|还|倒是)?(?:管不管|有没有人管|能不能管)(?:啊|呀|了)?$|"
                     r"^(?:能不能|可不可以|麻烦|请)?快(?:一)?点(?:儿)?(?:行不行|好不好|好吗|可以吗|吧|啊)?$|"
                     r"^(?:能不能|可不可以)(?:快|赶紧)(?:一)?点(?:儿)?$|^赶紧的?$")


def ends_registration(event: dict[str, Any]) -> bool:
    """Whether a tracker event closes a registration: a ticket filed, or the registration cancelled
    (what the consumer said before it belongs to that one, not to the next)."""
    kind = event.get("event")
    return (kind == "slot" and event.get("name") == "ticket_no" and bool(event.get("value"))) or (
        kind == "action" and event.get("name") == "action_cancel") or (
        kind == "bot" and str(event.get("text") or "").startswith(STARTED_OVER))


# Said when the consumer starts the whole registration again ("全部重来"): what came before is no part of it
STARTED_OVER = "好的，我们从头重新登记"


# The question itself not understood ("什么意思？", "没听懂", "要填啥"): the consumer asks what is
# meant, and gets the question explained; never a value, never a question about rights
_MEANING_LEAD = (r"(?:我|你|您)?(?:这|这个|这里|这一项|那|那个|刚才|上面)?"
                 # the field named ("电话有什么用", "地址要写多详细"): still a question about the question
                 r"(?:电话|手机号?|号码|联系方式|地址|名字|姓名|日期|时间|金额|钱数|店名|商家(?:名字?)?|诉求|要求|编号)?"
                 r"(?:是)?(?:还是|还|就是|真的|实在|完全)?")
_MEANING_PART = (
    r"(?:(?:你|您)?(?:是|说的|问的|说的是|问的是|指的是|要的是)?(?:什么|啥|甚么|神马|哪个)(?:意思|东西)?|"
    r"(?:没|没有|没太|没怎么|不大|不太|不是很)?(?:听|看)(?:不)?(?:懂|明白)(?:你|您)?(?:的意思)?|"
    r"(?:不|没)(?:太|大|是很|怎么)?(?:懂|明白|理解)(?:你|您)?(?:的意思)?|"
    r"(?:你|您)?(?:在)?(?:说|问)(?:的)?(?:是)?(?:啥|什么|哪个)|(?:要|让)?(?:我)?(?:说|填|写|回答|答)(?:啥|什么)|"
    r"(?:怎么|咋)(?:填|写|回答|答|说)|"
    # what it is for ("这是干嘛用的", "要这个干啥"): the explanation says why it is asked
    r"(?:干嘛|干啥|做什么|有什么|有啥)用(?:的)?|要(?:这个)?(?:干嘛|干啥|做什么)|"
    # how to answer it ("要写多详细", "要写到门牌号吗", "必须填吗"): the explanation says what is enough
    r"(?:要|得|需要|应该)?(?:写|填|说)?(?:得)?多(?:详细|具体|细|全)|"
    r"(?:要|得|需要|应该)?(?:写|填|说|精确|具体)到(?:哪一?(?:步|级|天|日)|哪|哪里|哪儿|什么程度|多细|门牌号?|几号|几楼)|"
    r"(?:一定|必须|非得|必需|都)(?:要|得)?(?:填|写|说|回答))")
_ASKS_MEANING = re.compile(f"{_MEANING_LEAD}{_MEANING_PART}(?:{_MEANING_LEAD}{_MEANING_PART})?")
_MEANING_FILLER = re.compile(r"^(?:嗯|啊|额|呃|哈|诶|欸|哎|那个|不好意思|抱歉|请问)+|[啊呀呢嘞哦哈吗呐]+$")


def asks_meaning(text: str) -> bool:
    """Whether the message only asks what the question means ("什么意思？", "没看懂", "这个要填啥")."""
    words = re.sub(r"[\s，,。.？?！!~～…]+", "", ex.clean(text))
    words = _MEANING_FILLER.sub("", _MEANING_FILLER.sub("", words))
    return 0 < len(words) <= 12 and bool(_ASKS_MEANING.fullmatch(words))


# Why a question is asked ("为什么要问钱？", "问日期干嘛", "要我名字做什么", "留电话有啥用"): answered in a
# sentence (what the item is for), then the question again. The item named, if any, is the one explained.
_WHY_ITEMS = [
    ("amount", r"钱|金额|价钱|价格|多少钱|花了多少|付了多少|钱数"),
    ("purchase_date", r"日期|时间|哪天|哪一天|几号|什么时候买|啥时候买|购买日期"),
    ("complainant_name", r"名字|姓名|真名|真实姓名|称呼|叫什么|身份"),
    ("phone", r"电话|手机号?|号码|联系方式"),
    ("merchant_address", r"地址|在哪|位置|住址|哪个区|哪个市"),
    ("merchant_name", r"店名|商家(?:名称|名字|的名字)?|哪家店|店的名字|公司名"),
    ("product", r"买的什么|买了什么|商品|东西|什么产品"),
    ("demand", r"诉求|要求|怎么解决|怎么处理"),
    ("anonymous", r"匿名|实名"),
    ("problem", r"经过|情况|详细|具体"),
]
_WHY_ITEM = "|".join(words for _slot, words in _WHY_ITEMS) + r"|这个|这些|这|那个"
# A fear for what is given ("怕被骚扰", "会不会泄露给商家")
_PRIVACY_FEARED = (r"(?:我)?(?:怕|担心)(?:被)?(?:骚扰|泄露|推销|商家知道)|"
                   r"(?:会不会|会)(?:被)?(?:泄露|骚扰|告诉商家|给商家)(?:给商家)?(?:吗|啊|呢)?")
_WHY_ASKED = re.compile(
    # "为什么要问钱", "为啥要留电话", "干嘛要我名字", "凭什么要我身份"
    rf"(?:那|你|你们|请问)?(?:为什么|为啥|干嘛|干啥|凭什么|怎么)(?:你们?)?(?:还|也|都)?(?:要|得|非得|非要|一定要|需要)"
    rf"(?:问|留|填|写|说|告诉你?|登记|知道|提供|给)?(?:我的?|俺的?)?(?:{_WHY_ITEM})(?:啊|呢|呀|哦)?|"
    # "问日期干嘛", "要我名字做什么", "留电话有啥用", "问这个跟投诉有什么关系"
    rf"(?:你们?)?(?:问|要|留|填|写|登记)(?:我的?|俺的?)?(?:{_WHY_ITEM})(?:是)?(?:要)?"
    r"(?:干嘛|干啥|做什么|干什么|做啥|有什么用|有啥用|什么用|啥用|有什么关系|有啥关系|跟[^，,。？?]{0,6}有什么关系)(?:的|用的?)?(?:啊|呢|呀)?|"
    # "电话能不能不留？怕被骚扰", "可以不留名字吗", "会不会泄露给商家": whether it can be kept back, and why not
    rf"(?:{_WHY_ITEM})?(?:能不能|可不可以|可以|能)不(?:留|填|写|给|说|提供)(?:{_WHY_ITEM})?(?:吗|啊|呢|呀|吧)?"
    rf"(?:{_PRIVACY_FEARED})?|(?:{_PRIVACY_FEARED})")
WHY_ASKED = {
    "amount": "问金额是为了核实您的损失、确定退赔的数额，工作人员调解时要用。",
    "purchase_date": "问购买日期，是因为退换货、三包和投诉受理都有时间期限，工作人员要据此核实。",
    "complainant_name": "投诉要以您的名义和商家调解，工作人员联系您时也要用；您的信息依法保密，只用于处理这件事。",
    "phone": "留电话是为了工作人员联系您、告诉您处理进展；号码依法保密，只用于处理这件事。",
    "merchant_address": "问商家地址，是因为投诉、举报都由商家所在地的市场监管部门处理，有了地址才知道交给哪个部门。",
    "merchant_name": "问商家名称，是因为工作人员要据此找到并联系这家商家。",
    "product": "问商品或服务，是为了弄清楚纠纷涉及的是什么，工作人员核实和调解时要用。",
    "demand": "问您的诉求，是为了让工作人员知道您希望怎么解决，调解时按您的要求和商家协商。",
    "anonymous": "问是否匿名，是因为实名举报的处理结果会告知您，匿名举报不留任何个人信息，也就无法告知结果。",
    "problem": "请您说说经过，是因为工作人员要据此判断商家哪里做得不对、该怎么处理。",
}
# In a report the name and the phone are asked only to tell the reporter the outcome
REPORT_WHY_ASKED = {
    "complainant_name": ("举报留姓名，是为了把核查处理的结果告诉您；信息依法保密，不会告诉商家。"
                         "不想留的话，也可以匿名举报。"),
    "phone": "举报留电话，是为了把核查处理的结果告诉您；号码依法保密，不会告诉商家。不想留的话，也可以匿名举报。",
}


def asks_why(text: str, requested: str | None = None) -> str | None:
    """The item a question about why it is asked is about ("为什么要问钱？" -> "amount"; "问这个干嘛" -> the
    question asked), or None when the words ask nothing of the kind."""
    words = re.sub(r"[\s，,。.？?！!~～…]+", "", ex.clean(text))
    words = _MEANING_FILLER.sub("", _MEANING_FILLER.sub("", words))
    if not 0 < len(words) <= 16 or not _WHY_ASKED.fullmatch(words):
        return None
    if re.fullmatch(_PRIVACY_FEARED, words):
        return requested  # ("会不会泄露给商家": the item asked, not the business)
    for slot, item in _WHY_ITEMS:
        if re.search(item, words):
            return slot
    return requested


def why_asked(slot: str, form: str | None = None) -> str:
    """Why the item is asked, in a sentence (the report's own for the name and the phone)."""
    if form == "report_form" and slot in REPORT_WHY_ASKED:
        return REPORT_WHY_ASKED[slot]
    return WHY_ASKED.get(slot) or "这一项是工作人员处理您这件事时需要核实的信息。"


# Words of annoyance at the assistant itself ("你真笨", "听不懂人话吗", "什么破机器人"): no answer, no
# question of substance; apologised for, and the question asked again
_RUDE_TO = r"(?:你这机器人|你这|你们|你|这机器人|机器人|这破?玩意儿?|这破?系统)"
_RUDE = re.compile(
    # an insult said alone or to the assistant ("你真笨", "太笨了吧", "你是不是傻")
    rf"{_RUDE_TO}?(?:是不是|是|也)?(?:真|太|好|咋这么|怎么这么|这么|那么|有点|真是|简直)?"
    r"(?:笨|蠢|傻|笨蛋|蠢货|傻子|傻瓜|白痴|弱智|智障|脑残)(?:死了|透了|啊|呀|吧|了|的)*(?:吗|么)?|"
    # a weaker word, only said to the assistant ("你真没用", "机器人太死板了")
    rf"{_RUDE_TO}(?:是不是|是|也)?(?:真|太|好|咋这么|怎么这么|这么|那么|有点|真是|简直)?"
    r"(?:废物|没用|垃圾|不靠谱|差劲|不智能|死板|不中用)(?:死了|透了|啊|呀|吧|了|的)*(?:吗|么)?|"
    r"(?:你|你们)?(?:是不是|是)?(?:听不懂|看不懂|听不明白|看不明白)(?:人话|中文|中国话|我说的话?)(?:吗|么|啊|呀|是吧)?|"
    r"(?:什么|啥)?(?:破|烂)(?:机器人|系统|玩意儿?|程序|ai|AI)(?:啊|呀)?|人工智障|"
    r"(?:你|你们)(?:有病|脑子(?:有病|进水了?|有问题)|会不会说话)(?:吧|啊|吗)?|"
    r"(?:你|你们)?(?:能不能|可不可以|就不能)(?:聪明|灵活|机灵)一?点(?:吗|啊|吧)?")


def rude(text: str) -> bool:
    """Whether the message only vents at the assistant ("你真笨", "听不懂人话吗")."""
    words = re.sub(r"[\s，,。.？?！!~～…]+", "", ex.clean(text))
    words = re.sub(r"^(?:哎|唉|哎呀|我说|天哪|我去|服了|真服了)+", "", words)
    return 0 < len(words) <= 14 and bool(_RUDE.fullmatch(words))


RUDE_APOLOGY = "抱歉，是我没说清楚，给您添麻烦了。"


# The whole registration started again ("全部重来", "从头再来", "重新开始登记"): every answer dropped, the same
# registration asked from its first question (not cancelled; a field named is a correction: "电话重新填")
_STARTS_OVER = re.compile(
    r"(?:那|那就|算了|还是|干脆|要不|我要|我想|咱们?|我们)*"
    r"(?:(?:全部|全都|都|一切|整个|所有的?|从头|从新|重新)(?:都|信息|内容)?(?:重来|来过|再来|重新来|开始|重新开始|重新登记|重新填|重填|重新弄)"
    r"|重来|重新来(?:一遍|一次|过)?|从头(?:再)?来|再来一遍|推倒重来|重新开始(?:登记)?)"
    r"(?:一遍|一次|吧|了|啊|好了|行吗|可以吗)*")


def starts_over(text: str | None) -> bool:
    """Whether the consumer asks to start the whole registration again ("全部重来", "从头再来吧")."""
    words = re.sub(r"[\s，,。.！!？?~～…]+", "", ex.clean(text or ""))
    return 0 < len(words) <= 14 and bool(_STARTS_OVER.fullmatch(words))


# Said at the summary, nothing to change ("不需要", "不用改", "没有要改的", "都对"): no change asked for,
# nor a cancel; the summary waits for its confirmation
_NOTHING_TO_CHANGE = re.compile(
    r"(?:嗯|好的?|对|是的|没有|没|不用|不|哦)*"
    r"(?:(?:不|没)(?:需要|用|必要?)(?:修改|改|更改|改动|动|变)?|没(?:有)?(?:什么|啥|哪里|哪儿|地方)?(?:要|需要|可|好|得)?"
    r"(?:修改|改|更改|改动)(?:的)?(?:地方)?|不用(?:修改|改)|都(?:对|没问题|正确|没错)(?:的)?|(?:信息)?(?:全|都)对|没(?:有)?错|"
    r"(?:不|没)(?:需要|用)(?:修改|改)(?:什么|啥)?)"
    r"(?:了|啊|呀|哈|的|吧|呢)*")


def nothing_to_change(text: str | None) -> bool:
    """Whether words at the summary say there is nothing to change ("不需要", "不用改了", "没有要改的地方")."""
    words = re.sub(r"[\s，,。.！!~～…]+", "", ex.clean(text or ""))
    return 0 < len(words) <= 12 and bool(_NOTHING_TO_CHANGE.fullmatch(words))


_HEDGE_END = re.compile(r"吧[。.!！~～\s]*$")
# "可以退吧", "能赔吧", "应该会管吧": asked whether something may be done, not a value hedged
_ASKS_MAY = re.compile(r"^(?:那|我|你们?|他们?|商家|这|那)?(?:应该|总|也|都|就)?(?:能|可以|会|要|该|得)|"
                       r"(?:能|可以|会|该)[^，,。\s]{0,2}$")  # "这个能换吧", "他们总会管吧"


def hedged_value(slot: str | None, text: str, form: str | None = None, today: dt.date | None = None) -> str | None:
    """The answer without its trailing 吧 when the 吧 alone made it read as a question and the rest is
    a plausible value for the slot asked ("应该是城南那家五金店吧", "就是车站旁边的小卖部吧"): a hedged
    answer, not a question."""
    raw = (text or "").strip()
    if not slot or not _HEDGE_END.search(raw) or not is_question(raw):
        return None
    bare = _HEDGE_END.sub("", raw).strip()
    if not bare or is_question(bare) or _ASKS_MAY.search(bare):
        return None
    if gives_value(slot, bare, form, today):
        return bare
    values, error = fill_from_message({"text": bare, "intent": {"name": "inform"}, "entities": []},
                                      form or "complaint_form", slot, {}, today)
    return bare if values.get(slot) and error is None else None


# A refusal to give a name or a phone ("我不想留名字", "不方便留电话", "个人信息保密").
# (the field first may take 也/都/就/还是/我 before the refusal: "电话也不留了", "名字还是别写了",
# "号码我就不给了", "联系方式都不方便留")
_WITHHELD = r"(?:名|姓名|名字|电话|手机|号码|联系方式|个人信息|身份|信息)"
_REFUSAL = re.compile(
    r"(?:不想|不愿意?|不方便|不能|不便|不用|不要|不|没法|不好|别)(?:留|说|给|告诉你?|透露|提供|写|填|记)(?:我的?)?"
    rf"(?:真实)?{_WITHHELD}|"
    r"(?:名字|姓名|电话|手机号?|号码|联系方式|个人信息|身份)(?:就|也|都|还是|我|俺|咱)*"
    r"(?:不(?:想|愿意?|方便|用|要|便)?(?:留|给|说|写|填|透露|提供|登记|记)|别(?:留|写|填|记|登记)|保密|不方便|不透露|算了|"
    r"免了|去掉|删掉|删了|拿掉|不要了|不需要了?|不用了)")


# Asked for the name or the phone, a bare refusal says the same ("不想说", "保密").
_BARE_REFUSAL = re.compile(r"(?:算了)?[，,\s]*(?:我)?(?:还是)?(?:不想|不愿意?|不方便|不能|不便|不要|不用|不|别|没必要)"
                           r"(?:说|讲|留|给|告诉你?|透露|提供|写|填|记|登记)(?:了|吧|啊|呢)*|"
                           r"(?:这个)?(?:保密|不告诉你|免了|算了吧?)")


# Questions about the service itself, asked in the middle of a registration ("投诉要收费吗",
# "多久能处理好", "会不会告诉商家是我投诉的"): answered in a sentence, then the form asks again.
SERVICE_ANSWERS = [
    (re.compile(r"(?:你们?|这里|这边|这个)(?:是不是|是)?(?:官方|12315|市场监管|政府|工商|真的|正规|正规的|机器人|人工|真人)"
                r"|你是谁|是机器人|是真人|是人工|(?:你们?|这里|这边|这个)(?:是|属于|归)?(?:哪个|哪|什么|啥)(?:部门|单位|机构|地方)"),
     "这里是12315消费者投诉举报智能助手，您在这里登记的信息会转交当地市场监管部门处理；需要的话，也可以随时说“转人工”。"),
    (re.compile(r"(?:投诉|举报|登记|你们|这个)?(?:要|需要|得|会)?(?:收费|收钱|交钱|花钱|付费|给钱)|免费吗|要钱吗"),
     "向12315投诉、举报都是免费的，不收取任何费用。"),
    (re.compile(r"(?:多久|多长时间|多少天|几天|什么时候|啥时候|何时|要等).{0,6}(?:处理|受理|回复|结果|答复|解决|联系|办好|"
                r"有消息|到账|退)|(?:处理|受理|回复|结果|答复|解决|联系|办好|有消息|退费|退款|到账).{0,6}"
                r"(?:多久|多长时间|多少天|几天|什么时候|啥时候)"),
     # 消费者权益保护法第四十六条 (in force) gives the complaint's 7 working days; the 2022 暂行办法's
     # other deadlines are replaced by a 2026 text we do not hold (kb-sources/SOURCES.md)
     "按照消费者权益保护法第四十六条，市场监管部门会在收到投诉之日起7个工作日内予以处理并告知您，受理后一般会组织您和商家调解。"
     "登记后您可以随时发“查询进度”查看。"),
    # (who filed kept from the business: "会告诉他们是谁举报的吗", "店家能查到是我投诉的不")
    (re.compile(r"告诉商家|商家会知道|让商家知道|保密|泄露|泄漏|隐私|个人信息|暴露|"
                r"(?:告诉|透露给?|通知|转给|让)(?:商家|店家|卖家|老板|对方|他们|他家|店里|那家)[^，,。？?]{0,8}"
                r"(?:谁|我|名字|姓名|电话|身份)|"
                r"(?:商家|店家|卖家|老板|对方|他们|他家|店里|那家)(?:会|能|就)?(?:知道|晓得|查到|发现)[^，,。？?]{0,6}"
                r"(?:谁|是我|我的?)|谁(?:举报|投诉)的|是我(?:举报|投诉)的|"
                r"(?:名字|姓名|电话|身份)[^，,。？?]{0,4}(?:告诉|透露给?|给)(?:商家|店家|卖家|老板|对方|他们)"),
     "您的个人信息会依法保密，只用于处理这件投诉。调解时工作人员需要和商家沟通投诉内容；如果不希望商家知道您的身份，"
     "可以改为匿名举报，但举报只反映商家的违法行为，不能帮您调解退赔。"),
    (re.compile(r"工信部|消协|消费者协会|银保监|金融监管|交通局|文旅局|卫健委|教育局|住建局|110|报警|法院|起诉|律师|媒体|"
                r"(?:别的|其他|另外)(?:地方|部门|渠道)|同时(?:投诉|举报)"),
     "您也可以同时通过其他渠道反映，比如向行业主管部门（电信业务可以找工信部电信用户申诉受理中心）、消费者协会反映，"
     "或者向法院起诉；涉及诈骗等违法犯罪的，请及时报警。在12315这边登记的由市场监管部门处理，几方并不冲突。"),
    (re.compile(r"证据|材料|凭证|上传|图片|照片|截图|视频|录音|(?:要|需要|得)(?:不要)?.{0,3}(?:发票|小票|收据)"),
     "可以准备购物凭证（发票、小票或订单截图）、付款记录、和商家的聊天记录，以及能说明问题的照片或视频。"
     "登记完成后，工作人员联系您时可以提交；在网页对话框里也可以直接上传图片。"),
]


# In a report the privacy answer speaks of the report, not of mediation.
REPORT_PRIVACY = ("您的个人信息会依法保密，只用于核查这条举报线索，不会告诉被举报的商家；"
                  "不想留姓名和电话的话，也可以匿名举报。")


def service_answer(text: str, form: str | None = None) -> str | None:
    """The answer to a question about the service itself (fees, time, privacy, proof, who we are), if it is one."""
    raw = ex.clean(text)
    if not is_question(raw) and not re.search(r"吗|呢|么|哪个|哪|谁|多久|多长时间|几天|啥时候|什么时候", raw):
        return None
    for i, (pattern, answer) in enumerate(SERVICE_ANSWERS):
        if pattern.search(raw):
            if form == "report_form" and i == 3:
                return REPORT_PRIVACY
            if form == "report_form" and i == 2:
                return ("市场监管部门会对举报线索依法核查并决定是否立案，具体时限以当地市场监管部门的告知为准；"
                        "实名举报的，处理结果会告知您。登记后您可以随时发“查询进度”查看。")
            return answer
    return None


# A question about how a ticket is going ("刚才那个怎么样了", "我的投诉到哪一步了", "上次举报的有结果了吗"): never a
# value (刚才 is no purchase date) nor a change at the summary; a question about the service ("投诉要多久有结果")
# is answered as one
_ASKS_STATUS = re.compile(r"(?:怎么样|咋样|怎样|如何)了|到哪(?:一步|步|儿|里)?了|进度|进展|"
                          r"(?:有|出)(?:结果|进展|消息|回复|回音|下文)了?(?:吗|没|么)|"
                          r"(?:处理|受理|办)(?:了|好了|完了)?(?:吗|没有?|么)$")
# Asking what the number was ("编号是多少来着", "我的受理编号呢", "我忘了编号了")
_ASKS_NUMBER = re.compile(r"(?:编号|单号|受理号)"
                          r"(?:是|是多少|多少|是什么|是啥|呢|在哪|在哪里|来着|忘了|忘记了?|找不到|丢了|没记)|"
                          r"(?:忘了|忘记了?|找不到了?|不记得了?|没记(?:住|下)?|没有)(?:我的)?(?:受理)?(?:编号|单号|受理号)")


def _short(text: str | None) -> str:
    return re.sub(r"[\s，,。.？?！!~～…]+", "", ex.clean(text or ""))


def asks_status(text: str | None) -> bool:
    """Whether the words only ask how a ticket is going (a short question, no account, no service question)."""
    words = _short(text)
    return 0 < len(words) <= 20 and bool(_ASKS_STATUS.search(words)) and not service_answer(words) \
        and not ex.find_phone(words)


def asks_number(text: str | None) -> bool:
    """Whether the words ask for the ticket's number, or say it is lost ("编号是多少来着", "忘了编号")."""
    words = _short(text)
    return 0 < len(words) <= 20 and bool(_ASKS_NUMBER.search(words)) and not ex.find_ticket_no(words)


# Something added to the account ("补充一下，客服还骂我了", "还有，他们不给开发票", "忘了说了 我有聊天截图"): what
# follows the lead words goes with the problem as told (said at the summary, it is no change of another item)
_ADDING_LEAD = re.compile(r"^(?:(?:我|我再|我想|再|还要|还得|想)?(?:补充|追加)(?:一下|一点|一句|几句|个情况|点情况)?|"
                          r"(?:对了|另外|还有|而且|忘了说了?|忘记说了?|再说一下|再说一句|顺便说一下)(?:说|再说|多说)?(?:一点|一下|一句|两句|就是)?)"
                          r"[，,：:。.\s]*")


_OTHER_ITEM = re.compile(r"诉求|要求|希望|想要|名字|姓名|电话|手机号|地址|匿名|实名")


def adds_to_account(text: str | None) -> str | None:
    """The words added to the account, when the message says it adds something and tells it."""
    raw = ex.clean(text or "").strip()
    lead = _ADDING_LEAD.match(raw)
    if not lead or not lead.group(0).strip(" ，,：:。."):
        return None
    rest = raw[lead.end():].strip(" ，,：:。.")
    if len(re.sub(r"[^\u4e00-\u9fa5A-Za-z0-9]", "", rest)) < 4 or DIGRESSION_CUES["correct"].search(rest) \
            or is_question(rest) or _OTHER_ITEM.search(rest) or ex.find_phone(rest):
        return None  # "还有电话写错了", "另外诉求加上赔偿": a change of another item, made as such
    return rest


# Wanting to tell something without saying what ("反映个事情", "有个事想咨询一下", "我想求助"): invited to tell it
_WANTS_TO_TELL = re.compile(r"^(?:你好|您好|喂|在吗|请问)*(?:我|俺)?(?:有|想|要)?(?:个|一个|件|一件|点)?"
                            r"(?:事|事情|问题|情况)?"
                            r"(?:想|要|得)?(?:反映|反应|咨询|求助|问问|说说|说一下|讲讲|投个诉)(?:一下|下)?"
                            r"(?:个|一个|件|一件|点)?(?:事|事情|问题|情况)?(?:可以吗|行吗|好吗)?$")
INVITE_TO_TELL = ("好的，您请说。麻烦讲一讲是什么情况：在哪家商家买了什么或接受了什么服务、出了什么问题？"
                  "我会帮您看看怎么维权，需要的话直接帮您登记投诉或举报。")


def wants_to_tell(text: str) -> bool:
    """Whether the message only says the consumer has something to tell ("反映个事情")."""
    words = re.sub(r"[\s，,。.？?！!~～…]+", "", ex.clean(text or ""))
    return 0 < len(words) <= 16 and bool(_WANTS_TO_TELL.match(words))


# A reporter who keeps the phone and withholds only the name ("留个电话就行 名字不留", "电话留着 名字不要"):
# a report still followed up by phone, filed without a name (not anonymous: the phone would be dropped)
_NAME_WORD = r"(?:名|姓名|名字|真名|真实姓名|身份)"
_PHONE_WORD = r"(?:电话|手机号?|号码|联系方式)"
_WITHHOLD_VERB = r"(?:留|说|给|告诉你?|透露|提供|写|填|记|登记)"


def _withheld(word: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:不想|不愿意?|不方便|不用|不要|不|别|没必要)(?:再)?{_WITHHOLD_VERB}(?:我的?)?(?:真实)?{word}|"
        rf"{word}(?:就|也|都|还是|我|俺|咱|你们)*(?:(?:不(?:想|愿意?|方便|用|要|便|必)|别|没必要)(?:再)?{_WITHHOLD_VERB}?|"
        rf"不{_WITHHOLD_VERB}|保密|算了|免了|去掉|删掉|拿掉)")


_NAME_WITHHELD, _PHONE_WITHHELD = _withheld(_NAME_WORD), _withheld(_PHONE_WORD)
_PHONE_KEPT = re.compile(rf"(?<![不别])(?:{_PHONE_WORD}(?:就|可以|能|我|还是|你们)*(?:留|给|写|填|打)(?!不)|"
                         rf"留(?:个|一个|下)?{_PHONE_WORD}|能联系(?:到|上)?我|打(?:我)?(?:电话|手机))")


# Reached in this chat instead of by phone ("电话就不留了 有事在这里找我", "有事在这里回我就行"): the reporter stays
# named
_HERE_INSTEAD = re.compile(r"(?:在|就在|到)?(?:这里|这儿|这边|这个对话里?|对话里|聊天里|这个?窗口里?|网上|线上)"
                           r"(?:找|回|联系|通知|告诉|回复|说)(?:我|一声)?")


def reached_here_instead(text: str) -> bool:
    """Whether a reporter who withholds the phone says to be reached in this chat: a named report without a phone."""
    raw = ex.clean(text or "")
    return bool(_PHONE_WITHHELD.search(raw) or _BARE_REFUSAL.search(raw)) and bool(_HERE_INSTEAD.search(raw)) \
        and not _NAME_WITHHELD.search(raw) and not re.search(r"匿名", raw)


def withholds_only_the_name(text: str, asked: str | None = None) -> bool:
    """Whether the reporter keeps the phone and withholds only the name (named, or refused bare when the name is
    asked: "那不写了 电话可以留")."""
    raw = ex.clean(text or "")
    withheld = bool(_NAME_WITHHELD.search(raw)) or (asked == "complainant_name" and _bare_refusal_clause(raw))
    return withheld and not _PHONE_WITHHELD.search(raw) and bool(_PHONE_KEPT.search(raw) or ex.find_phone(raw))


def _bare_refusal_clause(raw: str) -> bool:
    """A clause that only refuses ("那不写了", "算了不说了"), said with other words or alone."""
    clauses = [re.sub(r"^(?:那就|那我|那还是|那)", "", c) for c in _clauses(raw.strip(" ，,。.！!~～"))]
    return any(c and _BARE_REFUSAL.fullmatch(c) for c in clauses)


def refuses_identity(text: str, asked: str | None = None) -> bool:
    """Whether the words refuse the name or the phone: named ("名字不想留"), or, asked for one, a bare refusal,
    alone or as a clause of its own ("那不写了 电话可以留")."""
    raw = ex.clean(text).strip(" ，,。.！!~～")
    return bool(_REFUSAL.search(raw)) or (asked in ("complainant_name", "phone") and _bare_refusal_clause(raw))


# Whom a complaint or report is against, said as a clause of its own ("投诉一个卖电暖器的", "举报家卖假酒的",
# "想投诉 淘气堡年卡的事"): who and what, no account of what went wrong
_WHOM_CLAUSE = re.compile(r"(?:我)?(?:想|要|还是要|还是)?(?:投诉|举报|反映)(?:一下)?\s*"
                          r"(?:一个|一家|个|家|那个|这个|那家|这家)?[^，,。；;！!？?\s]{1,12}(?:的|的事|的事情|的事儿|的问题|的情况)")


def only_whom(text: str | None) -> bool:
    """An opening that says whom it is against and nothing that went wrong ("上班时间偷偷弄的 回复慢别介意
    投诉一个卖电暖器的"): the words around the target are asides, no account (the problem is asked)."""
    raw = ex.clean(consumer_words(text))
    clauses = _clauses(raw)
    whom = [c for c in clauses if _WHOM_CLAUSE.fullmatch(c)]
    rest = " ".join(c for c in clauses if c not in whom)
    return bool(whom) and not any(ex.names_trouble(c) for c in clauses) and not ex.extract_all(rest)


# Said around the wish to file about the consumer or the conversation, no account of what went wrong: who they are
# ("我是退休老师"), how they write ("我年纪大了不会打字 用语音说啊", "我孙子帮我弄的"), how they feel or what they will
# do ("快点 我没时间", "再不管我就上网曝光了"), how hard 12315 was to reach ("打了一上午电话都打不通")
_ASIDE = re.compile(
    r"^(?:你好|您好|同志|在吗|喂)$|^我是[\u4e00-\u9fa5]{1,8}$|年纪大|不会打字|打字慢|用语音|语音说|眼睛不好|看不清字|"
    r"(?:孙子|孙女|外孙|外孙女|儿子|女儿)帮我|快点|没时间|要上班|在上班|着急|急死|烦死|气死|曝光|上新闻|找媒体|管不管|"
    r"有没有人管|"
    r"电话[^，,。\s]{0,6}(?:打不通|没人接|占线)")
# The wish to file, said alone ("我要投诉", "要投诉一个商家", "想反映个事情")
_FILE_ONLY = re.compile(r"(?:我)?(?:要|想|还是要)?(?:投诉|举报|反映)(?:一下|一个|一家|个|下)?"
                        r"(?:商家|店|店家|公司|人|地方|事|事情|情况|问题)?(?:啊|呀|吧)?")


def only_asides(text: str | None) -> bool:
    """An opening whose every clause asks to file or is an aside about the consumer or the conversation ("我是退休
    老师 要投诉一个商家", "再不管我就上网曝光了 投诉"): no account, the problem is asked."""
    clauses = _clauses(ex.clean(consumer_words(text)))
    asides = [c for c in clauses if _ASIDE.search(c) and not set(ex.extract_all(c)) - {"problem"}]
    rest = [c for c in clauses if c not in asides]
    return bool(asides) and all(_FILE_ONLY.fullmatch(c) for c in rest)


def tells_a_complaint(text: str) -> bool:
    """Whether a message tells what went wrong with a purchase (what was bought and what
    happened, or several facts of it), whatever it was classified as."""
    stated = ex.extract_all(text)
    return bool(stated.get("problem")) and len(set(stated) - {"problem", "evidence"}) >= 1


# Said when a complaint goes on as an anonymous report: asked for ("匿名的", "我不想实名"), or the
# phone or name refused again after being told why a complaint, mediated in the consumer's name, needs them
ANONYMOUS_REPORT = ("好的，那就改为匿名举报，不留姓名和电话。匿名举报会转给市场监管部门核查商家的违法行为，"
                    "但不能为您调解退赔，处理结果也无法告知您。")


def report_anonymity(text: str) -> bool | None:
    """A report made anonymous ("名字就不留了", "匿名吧") or named ("改成实名") by these words; None: neither."""
    stated = ex.find_anonymous(text)
    if stated is False:
        return False
    return True if stated or refuses_identity(text) else None


# What the merchant said, offered or refused ("商家说只能换", "老板说不退，最多给我修一下"): the merchant's words,
# up to where the consumer speaks again ("…，我要求退款") or the sentence ends
_THEY_SAID = re.compile(r"(?:商家|店家|卖家|老板|老板娘|客服|店员|店长|店里|他们|他家|对方|经理|售后|工作人员|"
                        r"服务员|前台|导游|物业|中介|平台|厂家|他|她)(?:的人)?(?:就|只|却|又|还|也|都|一直|竟然|居然|最后|当时)?"
                        r"(?:说|讲|回复|答复|表示|告诉我|跟我说|同意|答应)"
                        r"[^。；;！!？?]*?(?=[，,\s]+(?:我|俺|本人|所以|因此)|[。；;！!？?]|$)")


def _demands_meant(text: str) -> list[str]:
    """Demands the words ask for; "商家不给退款" says what the merchant refused, not a demand."""
    raw = re.sub(r"(?:不给|不让|不肯|不愿|拒绝|不同意|不予|不接受|没有?|不能|不可以|不)"
                 r"(?:给我|帮我|我)?[^，,。；;]{0,2}?"
                 r"(?:退|换|修|赔)", "", ex.clean(text))
    return ex.find_demands(raw)


# Whether a remedy can be had ("这种能赔吗？", "可以全退吗", "能不能退货"): asked, not said
_WHETHER = re.compile(r"能|可以|可不可以|能不能|能否|行不行|有没有可能")


def demands_meant(text: str) -> list[str]:
    """The remedies the consumer asks for themselves in these words (what the merchant refused aside)."""
    return _demands_meant(text)


def with_investigation(demand: str | None) -> str:
    """The demand with 查处 among its remedies ("退款（…）" -> "退款、查处（…）"): the consumer also wants the
    business investigated."""
    demand = str(demand or "")
    if "查处" in demand.split("（")[0]:
        return demand
    head, _, said = demand.partition("（")
    return f"{head}、查处" + (f"（{said}" if said else "") if head else "查处"


def asks_whether(text: str | None) -> bool:
    """A question whether the merchant can be made to refund, exchange or pay, that says no demand
    outside the question ("我要退货 能退吗" says one): a question about rights, answered first."""
    raw = ex.clean(consumer_words(text))
    if not is_question(raw) or not _WHETHER.search(raw) or not _demands_meant(raw) or "要求" in raw:
        # ("能要求三倍赔偿吗" names the demand the consumer makes: kept, and the question answered; "这种能赔三倍吗"
        # only asks whether the law gives it: answered, and the demand asked again)
        return False
    said = "，".join(c for c in re.findall(r"[^，,。；;！!？?\s]+[？?]?", raw) if not is_question(c))
    return not _demands_meant(said)


def gives_value(slot: str, text: str, form: str | None = None, today: dt.date | None = None) -> bool:
    """Whether the words are a plausible value for the slot asked, whatever else they say
    ("退钱，按规定赔偿" answers the demand however much it sounds like law)."""
    raw = ex.clean(text)
    if not raw or slot is None:
        return False
    if slot == "demand":
        return bool(_demands_meant(raw))
    if slot == "problem":
        if is_question(raw) and len(raw) < ACCOUNT_MIN_ANSWER and not ex.names_trouble(_LEGAL_TERMS.sub("", raw)):
            return False  # "这种算不算价格欺诈": the law asked about, nothing told of what happened
        # an account told at length that names what was bought or where ("那家店办的卡说不限次 现在约不上"),
        # whatever question it ends with, answers "what happened"
        return bool(ex.find_problem(raw)) or (len(raw) >= ACCOUNT_MIN_ANSWER and bool(
            set(ex.extract_all(raw)) & {"product", "merchant_name", "amount", "platform"}))
    if slot == "product":
        return bool(ex.find_product(raw))
    if slot == "merchant_name":
        return bool(ex.find_merchant(raw)) or (len(raw) <= 20 and not is_question(raw)
                                                and normalise(slot, raw, today).value is not None)
    if slot == "merchant_address":  # an address, or the platform an online shop sells on ("快手")
        return bool(ex.find_address(raw)) or bool(ex.find_platform(raw) and ex.normalise_address(raw).value)
    if slot == "anonymous":
        return ex.find_anonymous(raw) is not None or refuses_identity(raw)
    if slot in ("complainant_name", "phone") and form == "report_form" and refuses_identity(raw, slot):
        return True  # the reporter chose to stay anonymous: that answers the question
    try:
        return normalise(slot, raw, today).value is not None
    except KeyError:  # a slot the registry does not read (odr_consent): the intent answers it
        return False


# A button's payload ("/file_complaint", '/inform{"x": 1}') is what Rasa reads as the
# message text: it says which intent was chosen, never a slot value or an account.
_PAYLOAD = re.compile(r"/[A-Za-z_][\w-]*(?:\{.*\})?", re.S)


def consumer_words(text: str | None) -> str:
    """The message as the consumer's own words, in simplified characters (as the NLU reads it: a
    message in traditional characters or written Cantonese, kept as written in the event log, is
    read by the same readers); a button payload says nothing."""
    text = to_simplified((text or "").strip())
    return "" if _PAYLOAD.fullmatch(text) else text


# The question asked back before the answer ("你问店名啊？ 叫鑫旺门窗", "问我叫啥？ 李四", "您是说地址吗？ 在…")
_ECHOED_QUESTION = re.compile(r"^(?:哦|噢|啊|嗯|呃)?[，,\s]*(?:你|您)?(?:是)?(?:在)?(?:问|说|要)(?:我)?(?:的)?(?:是)?"
                              r"[^，,。？?！!\s]{0,6}?(?:啊|呀|吗|呢|吧|是吧|对吧|是不是)?[？?]+[，,\s]*")


# "叫什么来着… 鸿泰物业", "嗯叫啥 老王家": the consumer searching for the name, then saying it
_NAME_SOUGHT = re.compile(r"^(?:哦|噢|啊|嗯|呃|额|那个|就是?)*[，,\s]*(?:它|他家|他们家|那家|那个店)?"
                          r"(?:叫|名字叫)(?:什么|啥)"
                          r"(?:来着|名字来着)?[？?]?[，,\s…~～]*|^(?:哦|噢|啊|嗯|呃|额|那个)*[，,\s]*(?:什么|啥)来着[？?]?[，,\s…~～]*")


def without_echo(text: str) -> str:
    """The answer without the question asked back before it, or the "叫什么来着" said while the name is
    sought (the whole words if nothing follows it)."""
    rest = _NAME_SOUGHT.sub("", _ECHOED_QUESTION.sub("", text or "", count=1), count=1)
    return rest if len(rest.strip()) >= 2 else text


def form_intent(intent: str | None, text: str, requested_slot: str | None = None,
                form: str | None = None, held: dict[str, Any] | None = None) -> str | None:
    """The intent of a message said inside a form.

    The question asked takes precedence: words that give a plausible value for the
    requested slot are an answer ("inform") whatever the classifier read in them; a
    cancel or handoff without its cue words is an answer misread; a correction counts
    as the answer when it names no other field. Anything else stays as it is.
    """
    if _PAYLOAD.fullmatch((text or "").strip()):
        return intent  # a button pressed (转人工客服 -> /human_handoff) is the choice it names
    cue = LEAVING_WORDS.get(intent or "")
    raw = ex.clean(text)
    if intent == "non_consumer_dispute" and requested_slot and form in ("complaint_form", "report_form"):
        # a registration under way tells a consumer dispute already: "主播会不会知道是我 要不还是匿名吧", "我还住在这里"
        # read as none are words for the question asked (they were dropped unread, and the question asked again)
        return "inform"
    if intent == "cancel" and requested_slot in ("complainant_name", "phone") and refuses_identity(raw, requested_slot):
        return "inform"  # "算了别写了" asked the name: that answer withheld, not the whole registration dropped
    if cue is not None:
        if not cue.search(raw):
            return "inform"
        if requested_slot and not FIRM_LEAVING_WORDS[intent or ""].search(raw) \
                and gives_value(requested_slot, raw, form):
            return "inform"
        return intent
    if intent not in ANSWER_FIRST_INTENTS or not requested_slot:
        return intent
    cue = DIGRESSION_CUES.get(intent or "")
    if intent == "correct":
        field, value = correction(raw) if cue.search(raw) else (None, None)
        named = field is not None and bool(re.search(dict(_FIELD_WORDS).get(field, r"(?!)"), raw)) and not (
            # asked what happened, a story that tells of a price changed ("原价299 双十一前改成499") tells the story:
            # nothing of it is held to be corrected
            requested_slot == "problem" and held is not None and held.get(field) in (None, ""))
        if field not in (None, requested_slot) and (held is None or named or (held.get(field) not in (None, "") and (
                value is None or not same_value(field, str(value), held[field])))):
            return intent  # "电话写错了…" while asked for the demand: a correction indeed
        # "手机号注销" asked for the product; "加油机做了手脚" asked what happened; "淘宝直播间 兰蔻的 不是官方的 是
        # 美妆甄选馆" asked the shop: a slip put right inside the answer, which changes nothing held (an item not
        # yet held, or the value held said again) is the answer, never a correction said back each time
        return "inform"
    if gives_value(requested_slot, raw, form):
        return "inform"
    if intent == "ask_difference" and not cue.search(raw) and not ("投诉" in raw and "举报" in raw):
        # "会告诉他们是谁举报的吗" names one registration and weighs none against the other: no question on the
        # difference (the words are read as said: a question about the service is answered as one)
        return "inform"
    if cue is not None and not is_question(raw) and not cue.search(raw):
        return "inform"  # "按消费者权益保护法退一赔三" asks nothing: it is said in answer
    return intent


# An opening at least this long (after "我要投诉…") is the consumer's account.
OPENING_ACCOUNT_MIN = 12
# Asked what happened, an answer this long that names the purchase is the account.
ACCOUNT_MIN_ANSWER = 20
# What the law calls a case, asked about ("算不算欺诈", "是不是霸王条款"): no account of what happened
_LEGAL_TERMS = re.compile(r"价格欺诈|欺诈|违法|违规|非法|霸王条款|虚假宣传|虚假|质量问题|三包|问题|强制|不合理")
# Words that say something went wrong without saying what ("猪肉有问题", "是骗人的").
_GENERIC_TROUBLE = re.compile(r"有问题|出问题|出了问题|的问题|问题|有毛病|毛病|不好|不行|不满意|骗人的?|坑人的?|坑|"
                              r"被骗了?|太差|很差|差劲|出事|坏了|坏掉了?|是坏的|弄坏了?|搞坏了?|[洗修改装]坏了?|"
                              # what the merchant then refused is the dispute, not what went wrong
                              r"(?:商家|店家|卖家|老板|他们|客服|对方)?(?:不给|不肯|不让|拒绝|不同意|不愿意?|不能|无法|没法)(?:退|换|修|赔|处理|管)"
                              r"[货款钱]?|不退|不管|不处理|没人管|不理")


def strip_opening(text: str) -> str:
    """The account without "我要投诉" and greetings in front."""
    return re.sub(r"^(?:(?:你好|您好|喂)[，,\s]*)*(?:我要|我想|想|要)?(?:投诉|举报)(?:一下)?[，,\s]*", "",
                  text.strip()) or text.strip()


# Said with the sum that was paid for the purchase (花了, 付, 充了, 买的, 一共, 价格…).
_PAYING = re.compile(r"花|付|支付|交了|交的|充|买|购|订|下单|一共|总共|共计|合计|价|费用是|办(?:了|的)"
                     r"|学费|会费|团费|房费|首付|定金|订金")


# A number of yuan, in figures or Chinese numerals ("599", "12.5", "三千二")
_SUM = r"(?:\d+(?:\.\d{1,2})?|[零一二两三四五六七八九十百千万]+)"
# A clause that is a sum and nothing more ("三千二", "599元", "十二块八左右"), in a message that tells a purchase
_BARE_SUM_CLAUSE = re.compile(r"(?:大概|大约|差不多|一共|总共|才|就)?"
                              rf"{_SUM}"
                              r"(?:元|块钱?|块|万)?[零一二两三四五六七八九]?(?:毛|角)?(?:左右|多|来块)?(?:钱)?")
_A_PURCHASE = re.compile(r"买|购(?!物中心|物广场|物城|物公园|物街|物商场)|下单|订|办|充值|充了|交了|付了|报名|花了|租")


def _paid_amount(text: str) -> bool:
    """Whether the sum a message states comes with paying for the purchase, in its clause, or is
    said bare as its own clause in an account of a purchase ("11月3号买的，三千二，不制冷")."""
    raw = ex.clean(text)
    for clause in _clauses(raw):
        if (_PAYING.search(clause) and ex.find_amount(clause)) or (
                _BARE_SUM_CLAUSE.fullmatch(clause) and _A_PURCHASE.search(raw) and ex.normalise_amount(clause).value):
            return True
    return False


def _tells_more(text: str, stated: dict[str, Any], requested_slot: str | None = None,
                today: dt.date | None = None) -> bool:
    """Whether the words say what went wrong beyond the values they give ("康乐药房卖假药"
    does, "顺达汽车维修中心" — a shop with a trouble word in its name — does not)."""
    rest = ex.clean(text)
    answer = normalise(requested_slot, text, today).value if requested_slot in fields.FIELDS else None
    # (a thing read with its trouble, "假药", still says what went wrong: only a shop's name is taken out whole)
    values = [v for k, v in [*stated.items(), (requested_slot, answer)] if k != "problem" and isinstance(v, str) and v
              and not (k == "product" and ex.PROBLEM_WORDS.search(v))]
    for value in sorted(values, key=len, reverse=True):  # the longest first: "顺达汽车维修中心" before "汽车"
        rest = rest.replace(value, "")
    if requested_slot == "demand":
        # the demand is said in other words than it is stored ("退货退款" → "退货、退款"): what is
        # asked for is no account of what went wrong ("不给退款" still is)
        return ex.names_trouble(rest)
    return bool(ex.PROBLEM_WORDS.search(rest))


# What an account of a purchase says besides the thing, the shop, when and how much ("在…买的", "花了", "九月份")
_PURCHASE_WORDS = re.compile(r"[\d零〇一二两三四五六七八九十百千万几半]+|我要投诉|我想投诉|投诉|我|在|从|去|到|"
                             r"买的|买了|购买|购买的|买|"
                             r"下单|订的|办的|花了|付了|一共|总共|块钱|块|元|钱|左右|多|大概|月份|月|号|日|年|今年|去年|上个|"
                             r"前几天|那天|的时候|时候|的|了|是|个|一|家|那|这|里|里面|上|店|专柜|商场|超市|网上|牌子|品牌")
_A_BUYING = re.compile(r"买|购|下单|订|办|充值|报名|配|装")


def only_the_purchase(text: str, stated: dict[str, Any]) -> bool:
    """Whether an opening tells only what was bought, where, when and for how much ("我要投诉抽油烟机 方太的
    在红星美凯龙买的 花了四千二 九月份买的"): no account of what went wrong, which the form then asks."""
    raw = ex.clean(text)
    if not _A_BUYING.search(raw) or ex.PROBLEM_WORDS.search(raw) or ex.names_trouble(raw):
        return False
    rest = raw
    for value in sorted((str(v) for k, v in stated.items() if k in ("product", "merchant_name", "platform") and v),
                        key=len, reverse=True):
        rest = rest.replace(value, "")
    # where it was bought ("在红星美凯龙买的") and the brand said as a clause of its own ("方太的")
    rest = re.sub(r"在[^，,。；;\s]{1,12}?(?=买|购|办|订|下单|配|装)", "", rest)
    clauses = [c for c in re.split(r"[，,。；;！!\s]+", rest)
               if c and not re.fullmatch(r"[\u4e00-\u9fa5A-Za-z]{1,6}的", c)]
    rest = _PURCHASE_WORDS.sub("", "".join(clauses))
    return len(re.sub(r"[^\u4e00-\u9fa5]", "", rest)) <= 2


def vague_account(text: str) -> bool:
    """An account that names a purchase and says only that something is wrong with it: the
    form still asks what happened ("在华润万家买的猪肉有问题")."""
    raw = ex.clean(text)
    if not ex.PROBLEM_WORDS.search(raw) or len(raw) > 30:
        return False
    clauses = [c for c in _clauses(raw) if len(re.sub(r"[^\u4e00-\u9fa5]", "", c)) >= 2]
    if len(clauses) >= 2 and _CIRCUMSTANCE.search(_GENERIC_TROUBLE.sub("", raw)):
        # a story told in clauses, with when, how often or what the shop said ("上周买的电饭煲，用了两次就
        # 坏了，找商家说要自己寄回去修"), is an account, though its only trouble word is general
        return False
    return not ex.PROBLEM_WORDS.search(_GENERIC_TROUBLE.sub("", raw))
OPENING_INTENTS = {None, "file_complaint", "file_report", "inform", "nlu_fallback", "out_of_scope"}


# A report asks for the name and phone only to tell the reporter the outcome: re-asks say so,
# and never that a name is needed (that is a complaint's rule).
REPORT_REASKS = {
    "complainant_name": "实名举报请留您的姓名，比如“张三”，处理结果会告知您；不想留的话，可以匿名举报。",
    "phone": "实名举报请留一个电话：11位手机号，或带区号的座机号码；不方便留的话，可以匿名举报。",
}


# A complaint is mediated between the consumer and the merchant: staff must be able to reach
# the consumer. Said when the consumer would rather not give a name or a phone.
REFUSED = "refused"
COMPLAINT_REFUSAL_REASKS = {
    "complainant_name": "投诉需要一个称呼，工作人员要据此联系您、组织调解；留姓氏加“先生”“女士”也可以，比如“王先生”。"
                        "如果不想留任何个人信息，可以改为匿名举报，但举报只反映商家的违法行为，不能帮您调解退赔。",
    "phone": "投诉需要一个能联系到您的电话，工作人员要通过它告知受理结果、组织调解，不会公开。"
             "如果不想留任何个人信息，可以改为匿名举报，但举报只反映商家的违法行为，不能帮您调解退赔。",
}


def reask(slot: str, error: str | None, form: str | None = None) -> str:
    if form == "report_form" and slot in REPORT_REASKS:
        return (REPORT_REASKS[slot] if error != ex.ERR_PARTIAL
                else fields.reask(slot, error) + "不想留的话，也可以匿名举报。")
    if error == REFUSED and slot in COMPLAINT_REFUSAL_REASKS:
        return COMPLAINT_REFUSAL_REASKS[slot]
    if form == "complaint_form" and slot in COMPLAINT_NAME_REASKS.get(error, {}):
        return COMPLAINT_NAME_REASKS[error][slot]
    return fields.reask(slot, error)


# A complaint's name not read as one: asked again without pointing to an anonymous report (a name the check did not
# know, "格桑", "阿不都", is no wish to stay anonymous; the choice is offered when the consumer asks or refuses)
COMPLAINT_NAME_REASKS = {
    ex.ERR_FORMAT: {"complainant_name": "抱歉，我没能确认这是姓名。请告诉我您的姓名，比如“张三”，"
                                        "方便工作人员登记和联系您；名字比较少见的话，说“我叫…”就可以。"},
    None: {"complainant_name": "投诉需要留真实姓名，方便工作人员登记和联系您。请告诉我您的姓名，比如“张三”，"
                               "说“我叫…”就可以。"},
}


_NAME_SAID = re.compile(r"(?:我叫|叫我|我是|我的名字是|名字是|名字叫|姓名是?|本人|"
                        # filed for a relative: "我妈叫马桂芳"
                        r"(?:我|我家)?(?:妈|爸|母亲|父亲|老婆|老公|爱人|老人|儿子|女儿|孩子)(?:叫|名字叫|的名字是|是))?"
                        r"([\u4e00-\u9fa5]{2,5}?|[\u4e00-\u9fa5]{1,8}·[\u4e00-\u9fa5·]{1,16}?"
                        r"|[A-Za-z][A-Za-z .'-]{1,40}?)"
                        r"(?:就行了?|就可以了?|就好|吧|啊|哈|哦)?")


def _name_as_given(text: str) -> str | None:
    """A name said twice that the surname table does not know ("达瓦", "赖小兰"): taken as said,
    if it is a few characters of a name and nothing else (no refusal, number, demand, question)."""
    raw = ex.clean(text).strip(" ，,。.！!~～")
    m = _NAME_SAID.fullmatch(raw)
    if not m or refuses_identity(raw, "complainant_name") or is_question(raw) or _demands_meant(raw):
        return None
    name = m.group(1)
    if re.search(r"[不没的了吗呢啥么谁你我他她它这那哪是有要想在店留写填]|商家|知道|投诉|举报|电话|手机|号码|名字|"
                 r"姓名|可以", name):
        return None
    return name


# Answers a word long, to the question asked: the demand buttons' words said short.
_SHORT_ANSWERS = {"demand": {"换": "换货", "修": "维修", "赔": "赔偿", "退": "退货、退款", "退钱": "退款",
                             "道歉": "道歉", "赔礼道歉": "道歉"}}
# Asked how much was paid, "没花钱" is an answer: nothing (a free service, a deposit kept…).
_NOTHING_PAID = re.compile(r"没(?:有)?(?:花|付|交|给)(?:过)?钱|没花|不花钱|不要钱|免费|不涉及(?:钱|金额|费用)|"
                           r"没(?:有)?(?:产生)?(?:费用|消费)|^(?:0|零)(?:元|块)?$|一分(?:钱)?(?:都|也)?没")


# Fields whose normaliser takes almost any short answer, and the stricter reading that
# says the words really name one.
LOOSE_SLOTS = {"merchant_name": lambda text: ex.find_merchant(text), "product": lambda text: ex.find_product(text)}


# The words answer another question than the one asked (`another_field`): asked again
OTHER_FIELD = "other_field"
# Free-text fields: after the question was asked twice, the consumer's own words are taken.
FREE_TEXT_SLOTS = ("problem", "product", "demand", "merchant_name", "merchant_address")
_NO_SUBSTANCE = re.compile(r"(?:不知道|不清楚|不记得|忘了|记不清|随便|都行|没有|无|嗯+|哦+|啊+|好的?|是的?|对的?|"
                           r"行|可以|ok|OK|没了|这样|那样|不懂|啥|什么|不想说|不说)[了吧啊呀哦。.！!~～]*")


# What goes round a value said alone ("我叫王小明", "是在淘宝上买的", "地址是…附近"): the frame, not the value
_VALUE_FRAME = re.compile(r"我叫|叫我|我是|本人|"
                          r"(?:我的)?(?:名字|姓名|电话|手机号?|号码|联系方式|地址|店名|商家)(?:是|叫|在)?|"
                          r"就是|是在|在|是|买的|网上|上面?|里面?|那家|这家|店里|的|附近|那边|这边|旁边|"
                          r"[吧啊呀哦嘛呢了哈嗯噢]|[，,。.！!~～:：\s]")
# An answer this long or longer says more than one value of another field
_ONE_VALUE_MAX = 40
# Where in a building, said alone ("3栋2单元501室", "5号楼1单元302"): what ends an address, nothing else
_FLAT = (r"(?:(?:[A-Za-z]?\d+[A-Za-z]?|[一二三四五六七八九十]+)(?:号楼|号|栋|幢|楼|层|单元|室|座|铺)|"
         r"(?<=单元)\d+|(?<=层)\d+|(?<=楼)\d+)")
_FLAT_ONLY = re.compile(rf"(?:{_FLAT})+")
# A street-level address said alone, no city before it ("长安路88号5号楼1单元302室", "幸福小区3栋2单元"):
# a street, an estate or a building, then its number
_STREET_NUMBER = re.compile(r"[\u4e00-\u9fa5]{1,12}?"
                            r"(?:路|街|大道|道|巷|弄|胡同|村|小区|花园|苑|公寓|大厦|广场|家园|新村)"
                            rf"(?:{_FLAT}|[东西南北中]段)+")
# An online shop's name, its place and its platform may all be the platform's name ("得物", "同程")
_ONLINE_SHOP_FIELDS = {"merchant_name", "merchant_address", "platform"}
# What no product is, and no shop either: a return, a refund, an exchange, compensation
_MONEY_BACK = re.compile(r"退货|退款|换货|(?:[一二两三四五六七八九十双]倍)?赔偿|道歉|赔礼道歉")


def _said_span(raw: str, finder, value: str) -> str:
    """The words a finder's canonical value was read from (the value itself where it was said so)."""
    if value in raw:
        return value
    end = next((j for j in range(1, len(raw) + 1) if finder(raw[:j]) == value), len(raw))
    start = next((i for i in range(end - 1, -1, -1) if finder(raw[i:end]) == value), 0)
    return raw[start:end]


# Said around a day or a sum ("3月5号下午", "大概四百左右")
_ROUGHLY_FRAME = re.compile(r"[号日份多约]|左右|大概|大约|差不多|那天|那会儿?|时候|前后|[上下中]午|晚上|早上|块钱?|元")


def _wholly(raw: str, finder, value: str | None, frame: re.Pattern = _VALUE_FRAME) -> bool:
    """Whether the words are that value and nothing else (a frame like "我叫", "在…买的" aside)."""
    if not value:
        return False
    # the value's own frame first: "晚上" said with a day is one word, not "上" of "上面"
    return not _VALUE_FRAME.sub("", frame.sub("", raw.replace(_said_span(raw, finder, value), " ", 1)))


# When, roughly, with nothing of the day ("上个星期", "前几天", "去年年底")
_ROUGH_WHEN = re.compile(r"(?:上|这|本|前|去|今|昨|大前)(?:个|一)?(?:星期|礼拜|周|月|年|天)|"
                         r"前几天|前些天|前一阵子?|前阵子|"
                         r"几天前|半个月前|一个月前|一周前|一星期前|月初|月中|月底|年初|年底|中旬|上旬|下旬")
# What is said around a day, of the day itself or of what happened on it ("12月3号晚上", "11月3号出发的",
# "12月20号的航班"): no place, no shop, no person in any of these
_WHEN_WORDS = re.compile(r"(?:上|这|本|下|前|去|今|明|昨|大前)?(?:个|一)?(?:星期|礼拜|周|月|年|天)"
                         r"[一二三四五六日天末初中底]?|"
                         r"前几天|前些天|前一?阵子?|几天前|中旬|上旬|下旬|[上下中]午|晚上|早上|凌晨|半夜|夜里|傍晚|"
                         r"左右|前后|大概|大约|差不多|那天|那会儿?|时候|[号日]|"
                         r"出发|入住|到店|开始|开学|开课|报名|下单|航班|班机|飞机|火车|高铁|行程|那次|那趟|"
                         r"买|购|订|办|交|付|做|住|去|到|走|坐|的|了|是|在|吧|啊|呀|哦|嗯|"
                         # what was done that day ("9月20号拍的", "上周签的", "10号装的")
                         r"拍|签|装|修|配|报|充|租|换|寄|收|剪|烫|取|提|定")


# A day said in figures ("12月20号", "11月3日", "三月份", "20号")
_DAY_SAID = re.compile(r"(?:\d{2,4}年)?[\d一二三四五六七八九十]{1,3}月份?(?:[\d一二三四五六七八九十]{1,3}[号日]?)?|"
                       r"(?<![\d路街道巷弄])[\d一二三四五六七八九十]{1,3}[号日](?![楼院线])")


def _when_only(raw: str, today: dt.date | None = None) -> bool:
    """Words that say when and nothing of where, who or what ("12月3号晚上", "上个星期", "12月20号的航班，
    11月30号买的"): no address, no shop name, whatever the address or shop question takes."""
    if len(raw) > 24 or not (ex.find_date(raw, today) or _ROUGH_WHEN.search(raw) or _DAY_SAID.search(raw)):
        return False
    rest = _DAY_SAID.sub(" ", raw)  # (a day to come, "12月20号的航班", is read by no date finder)
    for _ in range(3):  # each day said ("…的航班，…买的" says two)
        day = ex.find_date(rest, today)
        if not day:
            break
        span = _said_span(rest, lambda t: ex.find_date(t, today), day)
        if not span or span not in rest:
            break
        rest = rest.replace(span, " ", 1)
    return not re.sub(r"[\s，,。.！!~～、:：…]", "", _WHEN_WORDS.sub("", rest))


# A sum said with what it paid or how often ("一年198", "学费19800", "每月99", "团费5960"): what was paid
PRICED_SUM = re.compile(rf"(?:(?![零一二两三四五六七八九十百千万])[\u4e00-\u9fa5A-Za-z]){{0,6}}?"  # ("宽带一年1200")
                        rf"(?:(?:一|每|1)个?(?:年|月|季度?|次|节|课|晚|天|人|位)|学费|费用|房费|团费|会费|年费|月费|"
                        rf"押金|定金|订金|价格|价钱|总价|一共|总共|共|花了|付了|交了|充了|花|付)[\s：:]*{_SUM}\s*"
                        r"(?:元|块钱?|块|万元?)?(?:左右|多)?")
# The kinds of thing bought that no shop is called ("美容护理卡", "烫染套餐", "英语课"): a product, said at
# the shop question
_BOUGHT_KIND = re.compile(r"(?:(?:年|次|月|季|会员|储值|充值|护理|美容|美发|健身|游泳|洗车|理发|购物|消费|体验|"
                          r"课时?)卡|"
                          r"套餐|会员|课程?|疗程|门票|机票|车票)$")
# How a shop's name ends when it looks like a person's ("玉颜坊", "张记", "老王家"): no person's name
_SHOP_END = re.compile(r"[坊记斋轩阁居堂庄行号铺馆园屋家店社城府汇苑楼厅所部站场厂]$")


# A shop's name with its branch ("瑞思英语（南京河西万达校区）", "老乡鸡(光谷店)"): a name, however much place it says
_BRANCH_NAMED = re.compile(r"[^（(）)]{2,20}[（(][^（(）)]{1,16}(?:店|校区|分校|分店|门店|分部|营业厅|校)[）)]")
# What an address says that a shop's name does not ("路", "街", "号", "楼", "村"…)
_STREET_WORD = re.compile(r"路|街|道|巷|弄|胡同|\d+号|号楼|栋|幢|单元|室|层|楼|村|组|屯|对面|旁边|附近|隔壁|门口")


def _person_only(bare: str) -> bool:
    """A person's full name and nothing else ("李四", "欧阳修文"): surname first, tagged as a name."""
    if not 2 <= len(bare) <= 4 or _SHOP_END.search(bare) or ex.find_merchant(bare):
        return False
    surname = bare[:2] if bare[:2] in ex.COMPOUND_SURNAMES else bare[:1]
    return surname in ex.SURNAMES and ex.normalise_name(bare).value == bare \
        and all(tag.startswith("nr") for _, tag in tagged_words(bare))


def _told_as_bought(raw: str, held: dict[str, Any]) -> bool:
    """The words name what the account says was bought ("我在Apple Store买的AirPods Pro" and then "AirPods Pro"
    asked the shop, "推销了3980的烫染套餐" and then "烫染"), or the product already kept."""
    if len(raw) < 2 or ex.find_merchant(raw) or ex.find_merchant(raw, strict=True) or ex.MERCHANT_KIND.search(raw) \
            or _SHOP_END.search(raw) or re.search(r"[，,]|(?<=[\u4e00-\u9fa5])\s|\s(?=[\u4e00-\u9fa5])", raw):
        return False  # ("万家乐热水器专卖 就在…", "海边小屋民宿": the shop, named after what it sells)
    if ex.find_platform(raw):
        return False  # "携程" asked the shop: the platform may be the seller itself
    product = str(held.get("product") or "")
    if product and raw in product and not product.startswith(raw) \
            and not re.search(rf"(?:叫|名|店|行|家)[是为:：]?{re.escape(raw)}", product):  # ("车行叫诚达二手车")
        return True  # (never "product in raw": a shop is often named after what it sells; nor the product's first
        # words, "爱奇艺年卡会员", "携程上退机票": the seller or the brand named before what was bought)
    account = ex.clean(str(held.get("problem") or ""))
    return bool(account) and bool(re.search(
        rf"(?:买|购|办|订|推销|推荐|卖|充|报|做)[了的个张件台份套次]?[^，,。；;！!]{{0,8}}?{re.escape(raw)}", account))


def sold_by_them(raw: str, held: dict[str, Any]) -> bool:
    """Words that name who sold, though they read as what was bought: a company's own membership
    ("爱奇艺会员" asked the shop: 爱奇艺 sold it), or what the account says it was bought on or at
    ("瓜子二手车上买的车", then "瓜子二手车" asked the shop)."""
    if ex.own_service_seller(raw):
        return True
    account = ex.clean(str(held.get("problem") or ""))
    said = re.escape(raw)
    return len(raw) >= 2 and bool(re.search(
        rf"(?:在|从){said}|{said}\s*(?:上面?|里面?|平台|app|APP|App|官网)的?(?:买|购|订|办|开|下单|下的单|充|交)",
        account))


# A membership or subscription, the kind of thing a platform sells on its own account ("美团会员自动续费")
_MEMBERSHIP = re.compile(r"会员(?!卡)|VIP|vip|PLUS|连续包月|包月|自动续费|自动扣费")


def platform_sold_its_own(text: str, filled: dict[str, Any]) -> str | None:
    """The platform named alone at the shop question ("美团APP", "就是美团") when what was bought is a membership
    of its own ("美团会员每个月自动扣费", product "会员"), with no other seller told: the platform sold it itself."""
    raw = answer_core(consumer_words(text)).strip(" ，,。.！!")
    raw = re.sub(r"^(?:就是|是|就)+|(?:本身|自己|自己的)$", "", raw)
    platform = ex.find_platform(raw)
    if not platform or not ex.is_platform(raw):
        return None
    told = " ".join(ex.clean(str(filled.get(k) or "")) for k in ("problem", "product"))
    seller = ex.own_service_seller(str(filled.get("product") or ""))
    if seller and ex.find_platform(seller) == platform:
        return platform
    if _MEMBERSHIP.search(told) and ex.find_platform(told) in (None, platform) and not ex.find_merchant(told):
        return platform
    return None


def another_field(slot: str | None, text: str, held: dict[str, Any] | None = None,
                  today: dt.date | None = None) -> str | None:
    """The other field an answer to a free-text question wholly gives: "王小明" asked the demand is
    the name, "四川省…20号" asked the product the address, "在淘宝上买的" the platform, "退货退款"
    asked the product the demand. A free-text field takes almost any words, so these would be
    stored as its value; None when the words say something of their own (or the slot is not free text)."""
    if slot not in FREE_TEXT_SLOTS:
        return None
    raw = answer_core(consumer_words(text)).strip(" ，,。.！!~～")  # ("在淘宝上买的谢谢": the thanks are no product)
    if not raw or len(raw) > _ONE_VALUE_MAX:
        return None
    bare = _VALUE_FRAME.sub("", raw)
    sold_by = slot == "merchant_name" and sold_by_them(raw, held or {})
    for field, value in (held or {}).items():
        # a value already given for another field, said again ("王小明" after the name was taken)
        if field != slot and field in fields.FIELDS and isinstance(value, str) and len(value) >= 2 \
                and not {slot, field} <= _ONLINE_SHOP_FIELDS \
                and bare in (value, _VALUE_FRAME.sub("", value)) and not (sold_by and field == "product"):
            return field
    where = ex.find_address(raw) if slot in ("product", "demand") else None
    if where and raw.startswith(where) and (not ex.units_only(where) or _STREET_WORD.search(raw[len(where):])) \
            and not ex.find_product(raw) and not ex.find_demands(raw):
        return "merchant_address"  # "北京市朝阳区 望京街道 阜通东大街 6号 方恒购物中心 B1" asked the product
    if slot in ("product", "merchant_name", "merchant_address") and _when_only(raw, today):
        return "purchase_date"  # "12月3号晚上" asked the address, "上个星期" asked the shop: when, not where or who
    if slot in ("merchant_name", "merchant_address") and PRICED_SUM.fullmatch(raw):
        return "amount"  # "一年198" asked the address: what was paid
    if slot == "merchant_name" and not sold_by and (_told_as_bought(raw, held or {}) or (
            _BOUGHT_KIND.search(raw) and not ex.find_merchant(raw) and not ex.MERCHANT_KIND.search(raw))):
        return "product"  # the thing bought, said where its seller was asked
    if slot == "merchant_address" and _BRANCH_NAMED.fullmatch(raw) \
            and not _STREET_WORD.search(re.sub(r"[（(].*", "", raw)) and not re.search(r"\d+号", raw):
        return "merchant_name"  # "瑞思英语（南京河西万达校区）" asked the address: the shop's name, with its branch
    if slot == "merchant_name" and not (held or {}).get("complainant_name") and _person_only(bare):
        return "complainant_name"  # "李四" asked the shop: a person's name, the consumer's own
    if slot in ("demand", "product", "merchant_name", "merchant_address") and len(raw) <= 20 \
            and ex.find_evidence(raw) and not ex.find_demands(raw) and not is_question(raw):
        return "evidence"  # "医院的票据我都留着的" asked the demand: the proof held, said in between
    if slot in ("demand", "problem", "product") and (_FLAT_ONLY.fullmatch(bare) or _STREET_NUMBER.fullmatch(bare)) \
            and not ex.find_demands(raw):
        return "merchant_address"  # "长安路88号1单元302室", "2单元501室": where the shop is, said alone
    if slot != "merchant_address" and (_wholly(raw, ex.find_address, ex.find_address(raw))
                                       or (slot != "merchant_name" and _wholly(raw, ex.find_platform,
                                                                               ex.find_platform(raw)))):
        return "merchant_address" if ex.find_address(raw) else "platform"
    if ex.find_phone(raw) and _wholly(raw, ex.find_phone, ex.find_phone(raw)):
        return "phone"
    name = ex.find_name(raw)
    if name and _wholly(raw, ex.find_name, name):
        return "complainant_name"  # "我叫王小明": said as the consumer's name
    if bare and slot in ("demand", "merchant_address", "problem") and ex.normalise_name(bare).value == bare \
            and all(tag.startswith("nr") for _, tag in tagged_words(bare)):
        return "complainant_name"  # a person's name, said where no person's name is an answer
    if slot in ("product", "demand", "problem") and _wholly(raw, ex.find_merchant,
                                                            ex.find_merchant(raw, strict=True)):
        return "merchant_name"
    if slot in ("merchant_name", "merchant_address", "demand") and not ex.find_merchant(raw) \
            and _wholly(raw, ex.find_product, ex.find_product(raw)):
        return "product"
    if slot != "demand" and ex.find_demands(raw) and "（" not in str(ex.normalise_demand(raw).value) \
            and (slot != "product" or _MONEY_BACK.search(raw)):
        return "demand"  # "退货退款" (a repair said alone, "维修", may be the service bought)
    if slot in ("product", "merchant_name", "merchant_address", "demand") and ex.find_anonymous(raw) is not None \
            and len(bare) <= 2:
        return "anonymous"
    if slot in ("product", "merchant_name", "merchant_address") and len(raw) <= 12:
        if _wholly(raw, ex.find_amount, ex.find_amount(raw), _ROUGHLY_FRAME):
            return "amount"
        if _wholly(raw, lambda t: ex.find_date(t, today), ex.find_date(raw, today), _ROUGHLY_FRAME):
            return "purchase_date"
    return None


# Said instead of the answer: it was told before ("我刚才说过了", "上面说了", "跟前面一样", "你不是问过了吗")
_SAID_BEFORE = re.compile(
    r"(?:刚才|刚刚|之前|前面|上面|早就|已经|一开始|开头|最开始)[^，,。？?！!]{0,5}(?:说|讲|告诉|回答|答|填|写|提|发)(?:你们?|给你)?(?:过|了)|"
    r"(?:跟|和|同)(?:前面|上面|刚才|刚刚|之前|上一个|上个|开头)[^，,。？?]{0,4}(?:一样|相同|一致)|同上|"
    r"(?:不是|已经|刚才|刚刚|之前|前面)[^，,。？?]{0,3}问过|问过了|说过了|讲过了|告诉过你|(?:重复|反复|一直|老是)问")


def refers_back(text: str | None) -> bool:
    """The consumer says the answer was given before instead of giving it."""
    raw = ex.clean(consumer_words(text))
    return len(raw) <= 30 and bool(_SAID_BEFORE.search(raw))


# How each field is read, strictly, from something said earlier
_EARLIER = {
    "product": lambda t, today: ex.find_story_product(t) or ex.find_product(t),
    "merchant_name": lambda t, today: ex.find_merchant(t, strict=True),
    "merchant_address": lambda t, today: ex.find_address(t),
    "purchase_date": lambda t, today: ex.find_date(t, today),
    "amount": lambda t, today: ex.find_amount(t) if _paid_amount(t) else None,
    "demand": lambda t, today: "、".join(_demands_meant(t)) or None,
    "complainant_name": lambda t, today: ex.find_name(t),
    "phone": lambda t, today: ex.find_phone(t),
    "problem": lambda t, today: ex.find_problem(t),
}


def earlier_value(slot: str | None, said: list[str], today: dt.date | None = None) -> str | None:
    """The value the consumer gave for `slot` in something said before (the latest first), read
    strictly: "我刚才说过了" takes it from there."""
    finder = _EARLIER.get(slot or "")
    if finder is None:
        return None
    for text in reversed([consumer_words(t) for t in said if t]):
        if refers_back(text):
            continue
        found = finder(text, today)
        if found:
            return found
    return None


def as_given(slot: str, text: str, today: dt.date | None = None, held: dict[str, Any] | None = None) -> str | None:
    """The consumer's own words for a free-text field asked twice, if they say anything:
    a bare "不知道", a question, or a value of another kind (phone, amount, date, a name, an
    address, a shop, a platform: `another_field`, with the values `held`) is not one."""
    if ex.goes_to_look(text):
        return None  # "等等我翻翻照片": the consumer went to look it up; the words are no value
    if slot == "complainant_name":
        # "马福林 是我爸办的 我是他儿子", "孩子他爸 黄国栋": the one part that is a name
        names = [n for n in map(_name_as_given, re.split(r"[\s，,。；;、]+", ex.clean(text))) if n]
        return _name_as_given(text) or (names[0] if len(names) == 1 else None)
    if slot not in FREE_TEXT_SLOTS:
        return None
    raw = without_said_before(text).strip(" ，,。.！!~～")  # "刚才不是说了吗 黄焖鸡外卖": the value said again
    words = re.sub(r"^(?:嗯+|哦+|呃+|那个|就是|就|是)+[，,\s]*", "", raw)
    # (a 吧 that ends a place's name stays: "网吧", "酒吧", "书吧")
    words = re.sub(r"(?:[啊呀呢嘛哈啦咯]|(?<![网酒水书氧陶清茶迪])吧)+$", "", words).strip()
    if len(words) < 2 or _NO_SUBSTANCE.fullmatch(words) or is_question(raw) or refers_back(raw):
        return None
    if ex.find_phone(words) or (ex.parse_number(re.sub(r"[元块钱左右大概约多]", "", words)) is not None) \
            or (len(words) <= 12 and ex.normalise_date(words, today).value) or another_field(slot, raw, held, today):
        return None
    if slot == "demand":
        return ex.normalise_demand(words).value
    if slot == "merchant_name":
        said = ex.merchant_as_said(words)
        if said:
            return said  # "就那家国美" said again: the shop as the consumer knows it
        if re.search(r"不知道|不清楚|忘了|记不得|不记得|叫不出|那家|这家|那个|门口|旁边|附近|对面|楼下|路边", words):
            return ex.describe_merchant(words) or f"名称不详（{words[:60]}）"
        return words[:60]  # a name said twice as the consumer knows it ("文都考研（武昌校区）")
    limit = fields.get(slot).max_length or 300
    return words[:limit]


def normalise(slot: str, text: str, today: dt.date | None = None) -> ex.Parsed:
    return fields.normalise(slot, text, today)


# Rasa's entities, if the pipeline has an extractor (config.yml has none today), are used
# only when it is sure, and only for names the patterns cannot know.
ENTITY_MIN_CONFIDENCE = 0.8


def _entities(message: dict[str, Any]) -> dict[str, str]:
    return {
        e["entity"]: str(e["value"])
        for e in message.get("entities") or []
        if e.get("value") and float(e.get("confidence_entity", 1.0) or 0) >= ENTITY_MIN_CONFIDENCE
        and len(str(e["value"])) >= 2 and not re.search(r"[\d零一二两三四五六七八九十百千万]{2}", str(e["value"]))
    }


# Where a shop is, in words a description of it uses ("小区门口那家药店", "菜市场里那家").
_SAYS_WHERE = re.compile(r"门口|附近|楼下|楼上|隔壁|对面|旁边|路口|拐角|小区|市场|商场|广场"
                         r"|街|路|村|镇|区|[0-9０-９]+号")


# A shop pointed at rather than named: "楼下那家洗衣店", "景区里的小卖部" ("热力公司" said twice is its name)
# ("一个网红饼店", "找的装修队", "货拉拉上叫的师傅": one of a kind, or whoever was hired, said again: no name known)
_POINTS_AT = re.compile(r"那家|这家|那个|这个|门口|旁边|附近|对面|楼下|路边|隔壁|里的|边上|那边|一家|有家|一个|"
                        r"找的|叫的|请的")


SELF_CORRECTED_SLOTS = ("purchase_date", "amount", "phone", "complainant_name", "product", "merchant_name",
                        "merchant_address", "demand")


# Proof said to be held: the verb next to the kind of proof ("有发票", "拍了视频", "聊天记录都在", "发票开了")
_KINDS = "|".join(map(re.escape, ex.EVIDENCE_KINDS))
_EVIDENCE_HELD = re.compile(rf"(?:有|留|保存|保留|拍了|拍的|录了|录的|开了|截了|截图了)"
                            rf"[^，,。；;！!？?]{{0,6}}?(?:{_KINDS})|"
                            rf"(?:{_KINDS})[^，,。；;！!？?]{{0,3}}?(?:都在|还在|留着|保存着|都有|有的|截了|拍了)|"
                            rf"(?:发票|小票|收据)(?:也)?开了|^(?:{_KINDS})[、和及与]")


def _account_with_a_question(slot: str | None, text: str) -> bool:
    """Asked what happened, a long account that tells what went wrong is the account, whatever question
    word is in it ("里面在卖什么负离子内衣 说能治妇科病 一套两千多"): a question in it is no reason to lose it."""
    words = ex.clean(text)
    if slot != "problem" or len(words) < ACCOUNT_MIN_ANSWER or vague_account(words):
        return False
    last = [c for c in re.split(r"[，,。.；;！!\s]+", words) if c][-1:]
    # the question is in the middle of what is told, not what the message ends by asking; indignation put as a
    # question at the end ("那你宣传医疗级干嘛", "凭什么不给退") asks nothing
    return bool(last) and (not is_question(last[0]) or bool(_INDIGNANT.search(last[0]))) \
        and normalise("problem", words).value is not None


# Indignation put as a question ("凭什么不退", "那你宣传医疗级干嘛", "为什么说好的不算"): no question to answer
_INDIGNANT = re.compile(r"凭什么|为什么|为啥|难道|怎么能|怎么可以|哪有|干嘛|干什么|什么意思")


def fill_from_message(
    message: dict[str, Any],
    form: str,
    requested_slot: str | None,
    filled: dict[str, Any],
    today: dt.date | None = None,
) -> tuple[dict[str, Any], str | None]:
    """Slot values one message gives a form, and the error code if the requested slot failed.

    `message` is Rasa's parse result (text, intent, entities); `filled` the slots the
    form already has. Returns ({slot: value}, error or None); an error means the
    requested slot got nothing usable from this message.
    """
    said = consumer_words(message.get("text"))
    if requested_slot and without_echo(said) != said:
        # "你问店名啊？ 叫鑫旺门窗": the question asked back is no part of the answer
        message = dict(message, text=without_echo(said))
    answer = consumer_words(message.get("text"))
    hedged = hedged_value(requested_slot, answer, form, today)
    if hedged:
        message = dict(message, text=hedged)  # "应该是村口那家小卖部吧": the answer, said with a hedge
    elif requested_slot and answer and not is_question(answer):
        # "网上买的谢谢", "嗯 电饭煲～": what is said around the answer is no part of any value read from it
        # (a question keeps its 吧 or 吗: "可以退吧" asks)
        message = dict(message, text=answer_as_said(answer))
    intent = form_intent((message.get("intent") or {}).get("name"), message.get("text") or "", requested_slot, form)
    text = consumer_words(message.get("text"))
    if intent in DIGRESSION_INTENTS:
        return {}, None
    if requested_slot in SELF_CORRECTED_SLOTS:
        text = ex.self_corrected(text)  # "上周三 不对 是上周四": what follows the correction is the answer
    values: dict[str, Any] = {}
    error: str | None = None

    # 1. what the message states unambiguously, whatever was asked
    if form == "status_form":
        ticket_no = ex.find_ticket_no(text)
        if ticket_no:
            values["query_ticket_no"] = ticket_no
        phone = ex.find_phone(text)
        if phone:
            values["phone"] = phone
    else:
        stated = ex.extract_all(text, today)
        if re.search(r"[你我他她它]|儿子|女儿|爸|妈|老公|老婆|孩子", str(stated.get("complainant_name") or "")):
            stated.pop("complainant_name")  # "我是他儿子" says who, not a name
        if stated.get("evidence") and not _EVIDENCE_HELD.search(ex.clean(text)):
            stated.pop("evidence")  # "在腾讯视频开了会员": 视频 in a name, 开了 of the membership: no proof held
        if stated.get("amount") and _counted(text, str(stated["amount"])):
            # "充了20度扣了我80多": 20 counts kWh; the sum is read from the words without the count
            recount = ex.extract_all(without_counts(text), today).get("amount")
            if recount:
                stated["amount"] = recount
            else:
                stated.pop("amount")
        if "purchase_date" in stated and requested_slot != "purchase_date" and ex.rough_date(text):
            # "上个月在京东买的…": a month said in passing is no purchase date; the form asks which day
            stated.pop("purchase_date")
        if requested_slot != "merchant_address" and ex.units_only(stated.get("merchant_address")):
            # "康辉旅行社 在郑州市二七区": the city or district in passing is not where the shop is (asked)
            stated.pop("merchant_address")
        if "product" in stated and requested_slot != "product":
            # told in passing, the thing bought is taken only where the words say it was bought
            # ("洗衣店把我衣服洗坏了" names no purchase): otherwise the form asks for it
            story_product = ex.find_story_product(text)
            if story_product:
                stated["product"] = story_product
            else:
                stated.pop("product")
        entities = _entities(message)
        # Rasa's entities fill names the patterns missed, in an unprompted account only
        for entity, slot in (("merchant", "merchant_name"), ("product", "product")):
            if requested_slot is None and slot not in stated and entity in entities:
                parsed = normalise(slot, entities[entity], today)
                if parsed.value:
                    stated[slot] = parsed.value
        # a narrative counts as the problem when the consumer tells it unasked (the
        # requested slot reads the whole answer below), never over an account already given
        if "problem" in stated and (filled.get("problem") or requested_slot == "problem"
                                    or intent not in OPENING_INTENTS or is_question(text) or vague_account(text)
                                    or (requested_slot is None and only_asides(text))
                                    or (requested_slot and not _tells_more(text, stated, requested_slot, today))):
            # an answer to another question ("顺达汽车维修中心") is no account either
            # a question ("问一下办了卡商家不退怎么办") is no account: the form asks what happened
            stated.pop("problem")
        elif "problem" not in stated and requested_slot is None and not filled.get("problem") \
                and intent in OPENING_INTENTS and not is_question(text) and not vague_account(text) \
                and not only_whom(text) and not only_asides(text):
            # an opening that tells a story in words the problem table lacks ("宽带装好三天就断网")
            account = normalise("problem", text, today).value
            if account and len(account) >= OPENING_ACCOUNT_MIN and not only_the_purchase(text, stated):
                stated["problem"] = account
        if form == "report_form":
            stated.pop("purchase_date", None)
            stated.pop("amount", None)
            stated.pop("demand", None)
            anonymous = ex.find_anonymous(text)
            if anonymous is False and refuses_identity(text, requested_slot) and not _SAYS_NAMED.search(ex.clean(text)):
                anonymous = None  # "不方便留名": 留名 refused, not chosen (the reader takes 留名 for a named report)
            identity_asked = requested_slot in ("anonymous", "complainant_name", "phone")
            # read as a denial, an answer is a refusal only where it says no ("不", "算了"); a name with 不 in it
            # ("阿不都"), read or not, never turns a named report anonymous
            refused = (refuses_identity(text, requested_slot) and (identity_asked or len(ex.clean(text)) <= 20)) or (
                requested_slot in ("complainant_name", "phone") and intent == "deny" and not stated.get(requested_slot)
                and _SAYS_NO.search(ex.clean(text)) and not normalise(requested_slot, text, today).value)
            if withholds_only_the_name(text, requested_slot) and (identity_asked or anonymous is None):
                # "电话留着 名字不写": named by the phone alone; the name is left blank, not asked again
                anonymous, refused = False, False
                stated["complainant_name"] = ""
            only_the_name = refused and bool(_NAME_WITHHELD.search(ex.clean(text))) \
                and not _PHONE_WITHHELD.search(ex.clean(text))
            if only_the_name and anonymous is None and requested_slot == "complainant_name" \
                    and filled.get("anonymous") is False:
                # "名字不写了" after choosing a named report: the name alone withheld, no anonymity asked for; the
                # report stays named and the phone is asked (it went anonymous silently; refusing the phone too
                # still makes it anonymous)
                anonymous, refused = False, False
                stated["complainant_name"] = ""
            if only_the_name and requested_slot == "anonymous" and anonymous is False:
                # "不匿名 但是名字不写" answering the choice: a named report without the name; the phone is asked
                # next (refused too, the report goes anonymous then)
                anonymous, refused = False, False
                stated["complainant_name"] = ""
            if refused and requested_slot == "phone" and filled.get("anonymous") is False \
                    and filled.get("complainant_name") and reached_here_instead(text):
                # "电话不想留，有事在这里回我就行" after the name was given for a named report: named, reached in this
                # chat (its progress looked up here by the number); no phone, and never an anonymity not asked for
                anonymous, refused = False, False
                stated["phone"] = ""
            if refused and anonymous is not False:
                # not giving a name or a phone, at any point of a report, makes it anonymous
                # ("我不想留名字" after choosing a named report; "不方便" when asked the phone)
                anonymous = True
            if anonymous is None and requested_slot == "anonymous" and intent in ("affirm", "deny"):
                anonymous = intent == "affirm"
            if anonymous is not None:
                stated["anonymous"] = anonymous
        if intent in NON_ANSWER_INTENTS - {"file_complaint", "file_report"}:
            stated = {}
        if "demand" in stated and requested_slot != "demand" and _THEY_SAID.search(text):
            # "老板说不退，最多给我修一下": what the merchant offered or refused is no demand of the consumer's
            ours = ex.extract_all(_THEY_SAID.sub("，", text), today).get("demand")
            if ours:
                stated["demand"] = ours
            else:
                stated.pop("demand")
        if "amount" in stated and requested_slot != "amount" and not _paid_amount(text):
            # a sum in the story that was not what was paid ("多收了我200块安装费", "每人10块的餐位费"):
            # the form asks how much was paid
            stated.pop("amount")
        if "demand" not in stated and form == "complaint_form" and not filled.get("demand") \
                and requested_slot not in (None, "problem", "demand", "product") and intent not in NON_ANSWER_INTENTS \
                and not gives_value(requested_slot, text, form, today) and _demands_meant(_THEY_SAID.sub("，", text)):
            # a demand said while asked something else ("按规定退一赔三" when asked the date) is kept; an answer
            # to the product question names the service bought ("物业维修", "换屏", "iPhone 13换屏") unless it
            # says the demand is wanted ("冰箱 要求退货": read with the other values above)
            stated["demand"] = ex.normalise_demand(text).value
        said_sum = ex.clean(text).strip(" ，,。.！!")
        if "amount" not in stated and form == "complaint_form" and not filled.get("amount") and (
                (requested_slot in ("merchant_address", "merchant_name", "product", "demand")
                 and _BARE_SUM.fullmatch(said_sum))
                or (requested_slot in ("merchant_address", "merchant_name", "product", "demand", "purchase_date")
                    and PRICED_SUM.fullmatch(said_sum) and not values.get(requested_slot)
                    and not stated.get("purchase_date") and not _DAY_SAID.search(said_sum))):
            # ("一月十五", "十一月十八" are days, never a sum paid each month)
            # a bare sum said while asked something else ("399" asked the address) is what was paid; so is
            # one said with what it paid for ("学费19800" asked the date, "一年198" asked the address)
            paid = normalise("amount", text, today).value
            if paid:
                stated["amount"] = paid
        # what was already given stays: changing it is a correction (the correct intent); an
        # anonymous report stays anonymous whatever was chosen before
        stated = {k: v for k, v in stated.items()
                  if filled.get(k) in (None, "") or k == requested_slot or (k == "anonymous" and v is True)}
        values.update(stated)
        exact = exact_sum(text) if form == "complaint_form" and requested_slot != "amount" else None
        if exact and filled.get("amount") not in (None, "") and str(filled["amount"]) != exact:
            # "我找到收据了 准确是三千二百八" after "三千多": a sum said to be the exact one replaces the one held
            values["amount"] = exact
        online = ex.online_shop(" ".join([text] + [str(filled.get(k) or "") for k in ("problem", "product")]),
                                stated.get("platform"))
        if online and not filled.get("merchant_address") and "merchant_address" not in values \
                and requested_slot != "merchant_address":
            # bought from a shop on 淘宝, 拼多多…: its place is the platform, no street address is asked
            values["merchant_address"] = online

    # 2. the requested slot reads the whole answer ("北京市大兴区京东总部" is more than
    #    the "北京市大兴区" the address pattern found in it, "手机号注销" than "手机")
    if requested_slot in ("merchant_address", "product") and requested_slot in values \
            and intent not in NON_ANSWER_INTENTS - {"file_complaint", "file_report"}:
        whole = normalise(requested_slot, text, today).value
        if whole and str(values[requested_slot]) in whole:
            values[requested_slot] = whole
    if requested_slot == "purchase_date" and str(values.get("purchase_date") or "").endswith("-01") \
            and intent not in NON_ANSWER_INTENTS - {"file_complaint", "file_report"}:
        # "大概上个月初，上个月三号": the whole answer names the day of the month the first words left rough
        whole = normalise("purchase_date", text, today).value
        if whole and whole[:7] == values["purchase_date"][:7]:
            values["purchase_date"] = whole
    if requested_slot == "demand" and set(values) == {"demand"} \
            and intent not in NON_ANSWER_INTENTS - {"file_complaint", "file_report"}:
        # "我要求七天无理由退货" is read as "七天无理由退货" is: the demand in the consumer's own words, the
        # frame it is said in ("我要求", "希望") left out (the whole-message reading keeps only the categories)
        whole = normalise("demand", text, today).value
        if whole and whole != values["demand"] and whole.startswith(f"{values['demand']}（"):
            values["demand"] = whole
    if requested_slot == "merchant_address" and values.get("merchant_address") and "platform" not in values \
            and not filled.get("platform") and ex.find_platform(text):
        # "快手" said at the address question, however it was classified: the platform it sells on
        values["platform"] = ex.find_platform(text)
    if requested_slot == "merchant_name" and "merchant_name" in values and intent not in NON_ANSWER_INTENTS:
        # asked which shop, the answer is read as one ("盒马鲜生（五道口店） 在五道口购物中心…" names the shop
        # first, then where it is; "新世界商场一楼做纹眉的摊位 叫美眉工作室" calls it by name)
        answer = normalise(requested_slot, text, today)
        if answer.value:
            values[requested_slot] = answer.value
        elif answer.error == ex.ERR_PARTIAL:
            values.pop(requested_slot)
    if requested_slot and requested_slot not in values:
        if intent in NON_ANSWER_INTENTS - {"file_complaint", "file_report", "non_consumer_dispute"}:
            error = ex.ERR_FORMAT
        elif requested_slot == "anonymous" and intent in ("affirm", "deny"):
            values["anonymous"] = intent == "affirm"
        else:
            parsed = normalise(requested_slot, without_counts(text) if requested_slot == "amount" else text, today)
            own = platform_sold_its_own(text, filled) \
                if requested_slot == "merchant_name" and parsed.error == ex.ERR_PARTIAL else None
            if own:
                parsed = ex.Parsed(own)  # "美团APP" asked who sold a 美团 membership: 美团 itself
            description = None
            if requested_slot == "merchant_name" and parsed.error == ex.ERR_PARTIAL:
                # the consumer cannot name the shop: a description that says what kind of shop
                # and where ("小区门口那家药店") is what staff will work from; a bare kind ("那家
                # 洗衣店", "网上买的那家") is asked for the name first
                description = ex.describe_merchant(text)
                if description and not (ex.knows_no_name(text) and ex.MERCHANT_KIND.search(description)
                                        and _SAYS_WHERE.search(text)
                                        or float(filled.get("failed_attempts") or 0) >= 1
                                        and (ex.knows_no_name(text) or _POINTS_AT.search(text))):
                    # "景区里的小卖部", "楼下那家洗衣店": its name is asked first; a description is taken when
                    # the consumer says they do not know it, or when asked again
                    description = None
            if parsed.value is not None:
                values[requested_slot] = parsed.value
            elif description:
                values[requested_slot] = description
            else:
                error = parsed.error
    if requested_slot == "merchant_name" and values.get("merchant_name") \
            and intent not in NON_ANSWER_INTENTS - {"file_complaint", "file_report"}:
        # "在镇上租的一个门面，河北省保定市清苑区 臧村镇 东街…": the "name" read is a piece of the address told
        # (a town, a street): no shop was named; the address is kept and the name asked again
        where = ex.find_address(text)
        start = text.find(where) if where else -1
        tail = text[start:] if start >= 0 else ""
        tail = re.sub(r"[）)]\s*$", "", tail)  # "中国联通（营业厅在成都市武侯区 科华北路 65号）"
        named = re.sub(r"\s", "", str(values["merchant_name"]))
        piece = bool(tail) and named in re.sub(r"\s", "", tail) and bool(_A_PLACE_NOT_A_SHOP.search(named)) \
            and not ex.MERCHANT_KIND.search(named)
        if piece:
            values.pop("merchant_name")
            error = ex.ERR_PARTIAL
        if tail and (piece or (where and ex.units_only(where) and _STREET_WORD.search(tail[len(where):]))) \
                and not filled.get("merchant_address") and "merchant_address" not in values:
            # the address told with the shop, its street after a space ("成都市武侯区 科华北路 65号"): kept whole
            place = normalise("merchant_address", tail, today).value
            if place:
                values["merchant_address"] = place
    if requested_slot == "merchant_name" and values.get("merchant_name") \
            and intent not in NON_ANSWER_INTENTS - {"file_complaint", "file_report"}:
        seller = str(values["merchant_name"])
        bought = str(filled.get("product") or "")
        if not filled.get("merchant_address") and "merchant_address" not in values and (
                platform_sold_its_own(text, filled) == seller or ex.own_service_seller(text) == seller
                or (bought and ex.own_service_seller(bought) == seller)):
            # a platform's or company's own membership or app ("爱奇艺会员", "美团APP"): sold online, no street
            values["merchant_address"] = f"网店（{seller}）"
        said = answer_core(consumer_words(text)).strip(" ，,。.！!")
        if bought and said == bought and sold_by_them(said, filled) and not ex.own_service_seller(said):
            # "瓜子二手车上买的车" read the seller as the thing bought: named as the seller, the thing is asked
            values["product"] = None
    if requested_slot == "merchant_name" and "merchant_name" not in values and values.get("platform") \
            and str(filled.get("product") or "") == answer_core(consumer_words(text)).strip(" ，,。.！!"):
        # "懂车帝平台" held as the thing bought and said again at the shop question: it is the platform the thing
        # was bought on, so the thing is asked, and the shop on it
        values["product"] = None
    if requested_slot and requested_slot not in values and error is not None:
        short = _SHORT_ANSWERS.get(requested_slot, {}).get(ex.clean(text).strip(" ，,。.！!~～了吧啊"))
        if short is None and requested_slot == "amount" and _NOTHING_PAID.search(ex.clean(text)):
            short = "0.00"
        if short is not None:
            values[requested_slot], error = short, None
    said_where = requested_slot in ("demand", "product", "problem") and error is not None \
        and bool(_FLAT_ONLY.fullmatch(answer_core(text).strip(" ，,。.")))  # ("1号楼2单元502": no demand either)
    other = another_field(requested_slot, text, filled, today) if (values.get(requested_slot) or said_where) \
        and intent not in NON_ANSWER_INTENTS - {"file_complaint", "file_report"} else None
    if other:
        values.pop(requested_slot, None)
        # "王小明" asked the demand, "在淘宝上买的" asked the product: the words answer another
        # question; they go to that field while it is still open, and the question is asked again
        if other not in values and filled.get(other) in (None, "") \
                and (other in required_slots(form, filled) or other in ("platform", "evidence")):
            said = normalise(other, text, today).value
            if said and not (other == "merchant_address" and _FLAT_ONLY.fullmatch(said)):
                values[other] = said  # (a flat alone, "3号楼2单元", is no address: asked when its turn comes)
        elif other == "merchant_address" and isinstance(filled.get(other), str) and filled[other] \
                and _FLAT_ONLY.fullmatch(flat := answer_core(text).strip(" ，,。.")) and flat not in filled[other]:
            # "2单元501室" said after the address was taken: the flat that completes it
            values[other] = f"{filled[other]}{flat}"
        error = OTHER_FIELD
    if requested_slot in LOOSE_SLOTS and values.get(requested_slot) and not LOOSE_SLOTS[requested_slot](text) \
            and any(k in values for k in ("complainant_name", "phone", "amount")):
        # "哦对 我名字叫阿果" asked for the shop answers another question: the name is kept, the
        # shop asked again (its lenient reading would take "哦对")
        values.pop(requested_slot)
        error = ex.ERR_FORMAT
    if requested_slot in FREE_TEXT_SLOTS and values.get(requested_slot) and (
            is_question(text) or refers_back(text) or (requested_slot == "demand" and refuses_identity(text))) \
            and not gives_value(requested_slot, text, form, today) \
            and not _account_with_a_question(requested_slot, text):
        # a question ("你说呢？") or "我不想留名字" answers no free-text field, however freely it is worded
        values.pop(requested_slot)
        error = ex.ERR_FORMAT
    if requested_slot == "complainant_name" and not values.get("complainant_name") and intent not in NON_ANSWER_INTENTS:
        spelt = name_spelt(text)
        if spelt:
            values["complainant_name"], error = spelt, None  # "耳东陈 春晓的晓 东方的东": the name, spelt out
    if form == "report_form" and values.get("anonymous") and requested_slot in ("complainant_name", "phone"):
        error = None  # an anonymous report asks for neither
    elif form == "complaint_form" and requested_slot in ("complainant_name", "phone") \
            and requested_slot not in values and refuses_identity(text, requested_slot):
        error = REFUSED
    elif form == "complaint_form" and requested_slot == "complainant_name" \
            and _NICKNAME.fullmatch(str(values.get("complainant_name") or "")):
        # "叫我小李就行" does for a report; a complaint is mediated in the consumer's name: the full name is asked
        values.pop("complainant_name")
        error = ex.ERR_PARTIAL
    if requested_slot == "complainant_name" and values.get("complainant_name") and (
            values["complainant_name"] in {str(v) for k, v in filled.items() if k in ("product", "merchant_name") and v}
            or ex.find_product(str(values["complainant_name"])) == values["complainant_name"]):
        # "牛奶" said at the name question is the thing bought (an answer to another question), not a name
        values.pop("complainant_name")
        error = ex.ERR_FORMAT
    return values, error


# A named report said as such ("实名", "不匿名", "可以留"), whatever is withheld with it
_SAYS_NAMED = re.compile(r"(?<!不)(?<!不用)(?<!不想)实名|不匿名|不用匿名|不需要匿名|可以留")
# A "no" said as such: at the start of a clause or after 我/就/还是 ("不了", "我不", "算了吧"), not inside a word
_SAYS_NO = re.compile(r"(?:^|[，,。\s]|我|就|还是)(?:不|没|别|算了|免了)|^(?:no|NO|No)\b")


# A place, not a shop: what a division or a street is called by ("臧村镇", "东街", "清苑区")
_A_PLACE_NOT_A_SHOP = re.compile(r"^[\u4e00-\u9fa5]{1,8}(?:省|市|区|县|镇|乡|村|街|路|大道|巷|组|屯|街道|社区)$")


# A sum and nothing else: "399", "2680元", "一千二百块", "两千八".
_BARE_SUM = re.compile(rf"{_SUM}\s*(?:元|块钱?|块)?")
_NICKNAME = re.compile(r"[小老阿][\u4e00-\u9fa5]")


# Fields whose restated value is worth pointing out when it differs from the one held.
RESTATED_FIELDS = ("merchant_name", "phone", "amount", "purchase_date", "complainant_name", "merchant_address")


def restated(message: dict[str, Any], form: str, filled: dict[str, Any],
             today: dt.date | None = None, requested: str | None = None) -> dict[str, Any]:
    """Values the message states for fields already filled, where they differ.

    They are not taken over (a change is a correction, and side remarks are noisy), but
    the consumer is told, so nothing they said goes unnoticed. An answer that is wholly the
    value asked for ("钟国庆" asked the name) states nothing else (国庆 is no date there).
    """
    intent = (message.get("intent") or {}).get("name")
    if form == "status_form" or intent in NON_ANSWER_INTENTS - {"file_complaint", "file_report"}:
        return {}
    words = ex.clean(consumer_words(message.get("text")))
    if requested in FIELD_LABELS and words and normalise(requested, words, today).value == words:
        return {}
    stated = ex.extract_all(consumer_words(message.get("text")), today)
    # asked where, a shop named without buying there is a landmark ("在万达那个联通营业厅旁边"); "在苏宁买的" still
    # names the seller
    landmark = requested == "merchant_address" and not _A_PURCHASE.search(ex.clean(consumer_words(message.get("text"))))
    if "merchant_name" not in stated and not landmark:
        # a shop named in passing ("在苏宁买的") is worth pointing out, not filling
        words = consumer_words(message.get("text"))
        named = ex.find_merchant(words)
        address = ex.find_address(words) or ""
        if named and not (address and (named in address or address in named)):  # "…联盟路建材市场": the address
            stated["merchant_name"] = named
    stated = {k: v for k, v in stated.items() if v}
    address = ex.find_address(consumer_words(message.get("text"))) or str(stated.get("merchant_address") or "")
    if landmark or (stated.get("merchant_name") and address and re.sub(r"\s", "", str(stated["merchant_name"]))
                    in re.sub(r"\s", "", address)):
        # "…阜通东大街6号方恒购物中心B1": the mall is part of the address said, no other shop
        stated.pop("merchant_name", None)
    raw = ex.clean(consumer_words(message.get("text")))
    if stated.get("amount") and _not_the_price(raw, str(stated["amount"]), filled):
        # "再赔我看病的钱，医院花了320", "充了20度": a cost of the harm or a quantity, not another price
        stated.pop("amount")
    if stated.get("merchant_name") and any(re.sub(r"\s", "", str(stated["merchant_name"])) in c
                                           for c in _harm_clauses(raw, filled)):
        # nor is the place a cost of the harm was paid ("去医院检查花了460") another shop
        stated.pop("merchant_name")
    if stated.get("purchase_date") and ex.rough_date(raw) and not _EARLIER_SLIP.search(raw):
        # "上个月充了大概300度": a month said in passing is no purchase date (fill_from_message leaves it too)
        stated.pop("purchase_date")
    return {slot: stated[slot] for slot in RESTATED_FIELDS
            if slot in stated and filled.get(slot) not in (None, "") and str(filled[slot]) != str(stated[slot])
            and not (form == "report_form" and slot in ("amount", "purchase_date"))
            and not (slot == "merchant_name" and _same_shop(str(filled[slot]), str(stated[slot])))}


def _clauses(raw: str) -> list[str]:
    """The message's clauses: split at punctuation and at the spaces people type between phrases."""
    return [c for c in re.split(r"[，,。；;！!？?\s]+", raw) if c]


# A number followed by what it counts, not by money ("充了20度", "加了50升", "少了3斤")
# (a number of things, not of months: "三百一个月" is a monthly fee of 300, no 310 things)
_MEASURE = r"(?:度|升|斤|公斤|千克|克|吨|公里|个(?!月)|件|次|天|小时|分钟|瓶|箱|袋|盒|张|节|课时|间|晚|亩|人)(?![民])"


def _counted(raw: str, amount: str) -> bool:
    """Whether the sum read is a number of things ("充了20度" read as 20.00)."""
    return bool(re.search(rf"(?<![\d.]){re.escape(amount.removesuffix('.00'))}\s*{_MEASURE}", raw))


def without_counts(text: str) -> str:
    """The words without the numbers of things ("充了20度扣了我80多" → "充了扣了我80多"), to read a sum from."""
    return re.sub(rf"(?<![\d.]){_SUM}\s*{_MEASURE}", "", text)


def _sum_in(clause: str, amount: str) -> bool:
    """Whether a clause says the sum read ("医院花了320" says 320.00)."""
    return any(normalise("amount", part).value == amount
               for part in re.findall(rf"{_SUM}\s*(?:元|块钱?|块|万)?(?:多|来)?", clause))


def _harm_clauses(raw: str, held: dict[str, Any]) -> list[str]:
    """The clauses that tell a sum spent because of the harm, in a message that asks it made good ("被烫了去社区医院
    处理花了260" with "还要赔偿"): a sum in a clause that names neither the thing bought nor its buying."""
    if not re.search(r"赔|损失|少收|误工", raw):
        return []
    product = str(held.get("product") or "")
    return [c for c in _clauses(raw) if normalise("amount", c).value is not None
            and not ((product and product in c) or re.search(r"买|购|下单", c))]


def _not_the_price(raw: str, amount: str, held: dict[str, Any]) -> bool:
    """Whether a sum read from words said later is no price that differs from the one held: a number of things
    ("充了20度扣了我80多" reads 20), or a cost of the harm or a loss asked to be made good, said in a clause
    that does not name what was bought ("退货，还要赔偿，我被电了去医院检查花了460", "赔俺的损失，十亩地少收了八千")."""
    if _counted(raw, amount):
        return True
    # (the clause that names the thing or its buying, "当时花了2999买的", still says its price)
    return any(_sum_in(c, amount) for c in _harm_clauses(raw, held))


def _same_shop(kept: str, said: str) -> bool:
    """"中国联通" and "中国联通营业厅", "苏宁易购" and "苏宁易购（翠屏店）": one shop said more or less fully."""
    a, b = (re.sub(r"[（(].*?[）)]|\s", "", x) for x in (kept, said))
    return bool(a and b) and (a in b or b in a)


def _shown(slot: str, value: Any) -> str:
    return fields.display(slot, value)


def acknowledge(values: dict[str, Any]) -> str:
    """"好的，已记下商家名称：星光健身房。" for what a message gave besides the question asked."""
    said = "；".join(f"{FIELD_LABELS[s]}：{_shown(s, v)}" for s, v in values.items() if s in FIELD_LABELS)
    return f"好的，已记下{said}。" if said else ""


def restated_notice(changes: dict[str, Any], filled: dict[str, Any]) -> str:
    lines = [f"您刚才提到{FIELD_LABELS[s]}是“{_shown(s, v)}”，和之前登记的“{_shown(s, filled[s])}”不一样。"
             for s, v in changes.items()]
    example = next(iter(changes))
    return "".join(lines) + f"如需修改，请说“{FIELD_LABELS[example]}改成{_shown(example, changes[example])}”。"


def required_slots(form: str, slots: dict[str, Any]) -> list[str]:
    kind = next((k for k, name in fields.FORMS.items() if name == form), None)
    if kind is None:
        raise ValueError(form)
    order = fields.form_order(kind)
    if kind == "report" and slots.get("anonymous"):
        # an anonymous report leaves out who reported it
        order = [s for s in order if s not in ("complainant_name", "phone")]
    return order


# ---------------------------------------------------------------- corrections

_FIELD_WORDS = [
    ("phone", r"电话|手机|号码|联系方式"),
    ("amount", r"金额|价格|价钱|多少钱|钱数|花了|价|交的|交了|付的|付了|实付|收了我|收据|"
               r"钱(?:不对|错|写错|填错|有误|说错|说少|说多|记错|少说|多说|是|一共|总共)|(?<![退还赔])的钱"),
    ("purchase_date", r"日期|时间|哪天|几号|购买日|买的时间|日子"),
    ("merchant_address", r"地址|位置|地点"),
    ("platform", r"平台"),
    ("merchant_name", r"商家|店名|店铺|店家|门店|公司|卖家|商户|哪家店"),
    ("complainant_name", r"名字|姓名|全名|称呼|我叫"),
    ("demand", r"诉求|要求|想要|希望"),
    ("product", r"商品|产品|东西|服务项目|买的是|品名|车型|型号|款式"),
    ("problem", r"问题描述|描述|经过|问题"),
    ("order_no", r"订单"),
]
# Any word that names an item of the ticket ("地址", "电话", "车型"…)
FIELD_WORD = re.compile("|".join(p for _, p in _FIELD_WORDS))


def same_value(slot: str, value: str, held: Any) -> bool:
    """Whether a value read for a field is the one held ("老乡鸡" and "老乡鸡（光谷店）" are one shop)."""
    if slot == "merchant_name":
        return _same_shop(str(held), value)
    return str(held) == value


def _same_value(slot: str, said: str, held: Any, today: dt.date | None = None) -> bool:
    """Whether words name the value held, once read as that field ("两千" is the sum 2000.00)."""
    if slot not in ("amount", "purchase_date", "phone"):
        return False
    return normalise(slot, said, today).value == str(held)


# The last digits of a number said alone: "最后一位是1", "尾号是5678", "后四位应该是1234".
# (digits may be said as words: "最后一位是八 不是九", "尾号幺二三四")
_DIGIT = r"[\d零〇洞幺一二三四五六七八九两]"
# (the place may go unsaid when 是/改成 follows: "电话最后是406", "末尾应该是78")
_LAST_DIGITS = re.compile(rf"(?:最后|末|后面?)(?:一|两|三|四|几|那几|这几|[1-4])?(?:位|个数字?)(?:数字)?(?:应该)?"
                          rf"(?:是|改成|为|换成)?\s*({_DIGIT}{{1,4}})(?!{_DIGIT})|尾(?:号|数)(?:应该)?(?:是|改成|为)?\s*({_DIGIT}{{1,4}})(?!{_DIGIT})|"
                          rf"(?:最后|末尾|后面|结尾)(?:那?几位|的数字|几个数字?)?(?:应该|其实)?(?:是|改成|为|换成)"
                          rf"\s*({_DIGIT}{{1,4}})(?!{_DIGIT})")
_DIGIT_WORDS = str.maketrans("零〇洞幺一二三四五六七八九两", "00011234567892")
# the number's first digits said again: "前三位是133", "开头是133", "是133开头的"
_FIRST_DIGITS = re.compile(rf"(?:前面?|开头)(?:一|两|三|四|[1-4])?(?:位|个数字?)?(?:数字)?(?:应该|其实)?"
                           rf"(?:是|改成|为|换成)\s*({_DIGIT}{{1,4}})(?!{_DIGIT})|(?<!{_DIGIT})({_DIGIT}{{1,4}})开头")
# where a new value stops: a pause, or what it is not
_VALUE_END = r"(?=[，,。；;！!\s]|不是|$)"


def _part_corrected(raw: str, negated: list[str], filled: dict[str, Any], field: str | None) -> tuple[str, str] | None:
    """(field, held value with one part replaced) when the words correct a part of a value we hold:
    "是北林区 不是北方区" (the part it is not, said beside the new one), "古镇是青岩古镇" (the part named,
    then said whole). The new part must look like a slip of the old one (a character in common)."""
    held = [(slot, str(value)) for slot, value in filled.items()
            if slot in fields.FIELDS and slot not in ("problem", "evidence") and isinstance(value, str) and value
            and (field is None or slot == field)]
    new = re.search(rf"(?:应该是|改成|改为|换成|(?<!不)是)\s*([^，,。；;！!\s]+?){_VALUE_END}", raw)
    for n in negated:
        if not new or len(n) < 2:
            continue
        part = new.group(1)
        for slot, value in held:
            if n in value and n != value and part != n and part not in value and set(part) & set(n) \
                    and len(part) <= len(n) + 3:
                return slot, value.replace(n, part, 1)
    named = re.search(rf"(?:^|[，,。；;！!\s])([^，,。；;！!\s是]{{2,6}})是\s*([^，,。；;！!\s]+?){_VALUE_END}", raw)
    if named and not negated:
        said_part, whole = named.group(1), named.group(2)
        if whole.endswith(said_part) and len(whole) > len(said_part):
            for slot, value in held:
                at = value.find(said_part)
                start = at + len(said_part) - len(whole)
                if at >= 0 and start >= 0 and value[start:at + len(said_part)] != whole \
                        and set(value[start:at]) & set(whole[:-len(said_part)]):
                    return slot, value[:start] + whole + value[at + len(said_part):]
    return None


# Values that can be found whole anywhere in a correction
_WHOLE_VALUE = {"phone": lambda raw, today: ex.find_phone(raw),
                "purchase_date": lambda raw, today: ex.find_date(raw, today)}


# A slip in an answer already given, owned while the next question waits ("不对 日期说错了 是8月22号",
# "记错了 是三百二 不是四百二", "押金是三千五 我刚才说少了")
_EARLIER_SLIP = re.compile(r"不对|记错|说错|说少|说多|搞错|弄错|写错|填错|打错|看错|听错|算错|有误|更正|"
                           r"说反|打反|写反|弄反|纠正|修正|"
                           r"(?:准确|确切|精确|严格)(?:地|的)?(?:说|来说|讲|来讲|是)")  # ("准确说是八千六百九十九")
# A message that opens on another field already answered, to change or add to it ("地址补充下 是3F-21号 刚说反了",
# "电话改一下 …"): about that field, whatever the question waiting could read in it (its "21号" is no date)
_FIELD_FIRST = {"地址": "merchant_address", "电话": "phone", "手机": "phone", "手机号": "phone", "金额": "amount",
                "日期": "purchase_date", "店名": "merchant_name", "名字": "complainant_name",
                "姓名": "complainant_name"}
_OPENS_ON_FIELD = re.compile(r"^(?:等一下|等等|等下|对了|哦|噢|哎|还有)?[\s，,]*(" + "|".join(
    sorted(_FIELD_FIRST, key=len, reverse=True)) + r")(?:我|那里|那块|这块)?(?:再|也)?"
    r"(?:补充|改|更正|写错|说错|填错|打错|错|不对|说反|打反|写反|记错)")


def opens_on_earlier_field(text: str, requested: str | None, filled: dict[str, Any]) -> str | None:
    """The field already answered that the message opens on to change it, when it is not the one asked
    ("地址补充下 是…"; "全名是碧桂园生活服务集团 新乡分公司" asked the address: the shop's full name)."""
    raw = ex.clean(consumer_words(text))
    m = _OPENS_ON_FIELD.search(raw)
    slot = _FIELD_FIRST[m.group(1)] if m else None
    if slot is None and _FIELD_AND_VALUE.match(raw):
        held = {k: v for k, v in filled.items() if v not in (None, "") and k != requested}
        slot = correction(raw, filled=held)[0] if held else None
    return slot if slot and slot != requested and filled.get(slot) not in (None, "") else None


# A sum said as the total ("一共一百九十八", "总共花了三百二"): the whole paid, not a part of it
_TOTAL_SAID = re.compile(r"一共|总共|合计|共计|总计|加起来|总价|实付|实际付")
# Said before a sum in a correction: "是…", "应该是…", "其实是…", "刚才说错了 是…"
_SUM_LEAD = re.compile(r"^(?:我|刚才|刚刚|其实|应该|实际上?|准确(?:地)?说?|具体|钱|金额|价格|"
                       r"一共|总共|合计|共计|总计|加起来)*(?:是|为|花了|付了|交了)?")
# A sum said to be the wrong one: "四千二是我看错了", "三百是错的", "不是四千二"
_SUM_WRONG = re.compile(r"^(?:不是)?(.+?)(?:是我?(?:看|说|记|写|打|听)错了?的?|是错的|不对|说错了|记错了)?$")


# Where a value was read, said beside it ("刷卡单上写的", "发票上是这么写的", "以小票为准")
_READ_FROM = re.compile(r"(?:我)?(?:看了?)?(?:以)?[\u4e00-\u9fa5]{0,4}?"
                        r"(?:单|票|据|记录|截图|合同|账单|凭证|页面|短信)上?"
                        r"(?:写的|写着的?|显示的?|印的|是这么写的|就是这个|为准)?")


def sum_corrected(text: str, held: Any) -> str | None:
    """The new sum when a message is a sum for the amount already given, and nothing else: a slip said
    ("说错了 是四千六百五 四千二是我看错了", "不对 是三百二") or the total said ("一共一百九十八"). The sum held,
    said again as the wrong one, is no new value; two new sums, or words that tell something else, are none."""
    raw = ex.clean(consumer_words(text))
    if held in (None, "") or not (_EARLIER_SLIP.search(raw) or _TOTAL_SAID.search(raw)):
        return None
    old = fields.display("amount", held)
    new: set[str] = set()
    for clause in _clauses(raw):
        said = re.sub(r"^(?:刚才|刚刚|我|不好意思|抱歉|哦|啊|嗯|等下|等一下|等等|对了)+|(?:啊|哈|呀)+$", "", clause)
        if _READ_FROM.fullmatch(said):
            continue  # "刷卡单上写的": where the sum was read, nothing else told
        wrong = _SUM_WRONG.fullmatch(said)
        said_wrong = bool(wrong) and wrong.group(1) != said  # ("四千二是我看错了": this sum is the wrong one)
        if said_wrong:
            core = wrong.group(1)
        else:
            said = re.sub(r"^(?:了|的)+|(?:了|的)+$", "", _EARLIER_SLIP.sub("", said).strip())
            if not said:
                continue  # "说错了", "不对"
            core = _SUM_LEAD.sub("", said)
        if not _BARE_SUM_CLAUSE.fullmatch(core) or _DAY_SAID.search(core):
            return None  # a clause that is no sum: the message tells more than the sum
        value = normalise("amount", core).value
        if value is None:
            return None
        if fields.display("amount", value) == old:
            continue  # the sum given before, said as the one that was wrong
        if said_wrong:
            return None  # another sum said to be wrong: which was meant is unclear
        new.add(str(value))
    return next(iter(new)) if len(new) == 1 else None


# A part of an address said as the right one: "门牌号错了 是20号 不是18号", "地址补充下 是3F-21号"
ADDRESS_PART = re.compile(r"(?<!不)是\s*([^，,。；;\s]{1,20}?(?:号|栋|幢|楼|层|室|单元|路|街|道|巷|弄|村))"
                          r"(?=$|[\s，,。；;]|不是)")
_PLACE_MARK = re.compile(r"\d|号|路|街|道|区|县|镇|乡|村|楼|栋|幢|室|广场|大厦|商场|市场|市|省")


_REGION = re.compile(r"省|自治区|市|区|县|旗|州|盟")


# Where the shop is not, then where it is ("不在渝北 在石桥铺", "不在二楼 是在三楼")
_NOT_THERE = re.compile(r"不在[^，,。；;\s]{1,12}?[\s，,]*(?:而是|是|应该是)?"
                        r"(?=在|[^，,。；;\s]{0,12}(?:区|县|镇|路|街|楼|层|号))")


def address_part_corrected(held: str, new: str, said: str) -> str:
    """"门牌号错了 是7幢2单元1301 不是301": a part of the address corrected is put in its place
    ("…桂花城7幢2单元1301"), not taken for the whole address."""
    district = re.match(r"^[\u4e00-\u9fa5]{1,8}?(?:区|县|旗)", new)
    if district and not re.search(r"省|自治区|市|州|盟", district.group(0)) and held.find(district.group(0)) > 0:
        # "地址更正一下：是黄埔区科学大道…": told from the district on, in the district held, the city held stays
        return held[:held.find(district.group(0))] + new
    if _REGION.search(new) or not _REGION.search(held):
        return new
    number = re.fullmatch(r"([A-Za-z]?\d+(?:-\d+)?)(号|室|栋|幢|楼|层)?", new)
    last = list(re.finditer(rf"[A-Za-z]?\d+(?:-\d+)?(?={number.group(2) or '号'})", held)) if number else []
    if last:
        # "是88号": the house number held (its last one of that unit) is the one corrected
        return held[:last[-1].start()] + number.group(1) + held[last[-1].end():]
    for k in range(len(new) - 1, 1, -1):  # the part it starts with, found in the address held
        at = held.rfind(new[:k])
        if at > 0:
            return held[:at] + new
    wrong = re.search(r"不[是在]\s*([^，,。；;\s]{1,20}?)(?=[，,。；;\s]|是|在|$)", said)
    if wrong and wrong.group(1) in held and wrong.group(1) != new:
        return held.replace(wrong.group(1), new, 1)
    region = re.match(r"^.*(?:区|县|旗)", held)  # "不对 是文二路": the street, in the same district
    return region.group(0) + new if region else new


# An answer given before said again as looked up or as the one to keep, with no slip word ("查了订单 是七月二十二号",
# "修车的钱后来又问了一家 要3200 按3200算", "我看了付款记录")
_LOOKED_UP = re.compile(r"(?:查|看|翻|核对|对|问)(?:了|过)|按\s*[^，,。；;\s]{1,10}?\s*(?:算|来|登记|写|为准)|"
                        r"以\s*[^，,。；;\s]{1,10}?\s*为准|后来|实际上?|其实")
# A field named and its value said ("全名是帕提古丽·吐尔逊", "钱是9800", "入住的日子是10月9号") at another question
_FIELD_AND_VALUE = re.compile(r"^(?:[\u4e00-\u9fa5]{0,4}的)?(?:全名|名字|姓名|钱|金额|价钱|总价|日子|日期|时间|"
                              r"电话|手机号?|号码|地址|店名)(?:应该|其实|准确说|实际)?(?:是|叫做|叫|为)")
# More asked for besides the demand held ("不光是退款", "还要赔偿")
_ADDS_TO = re.compile(r"不光|不只|不仅|还要|也要|还得|另外(?:还)?要|而且要")


def _earlier_slip(text: str, requested: str | None, filled: dict[str, Any], form: str,
                     today: dt.date | None = None) -> tuple[str, Any] | None:
    """(field, new value) when words that give nothing for the question waiting say an answer
    already given was wrong and give its new value: the field named ("金额说少了 是3500"), the
    value it is not ("是三十号 不是二十九号"), or the one value said for a field already filled
    ("不对 是八月二十二号交的"); a sum alone, with a slip or as the total, for the amount given
    ("一共一百九十八"). None without a slip word, or without such a value."""
    words = consumer_words(text)
    if requested != "amount" and form == "complaint_form" and filled.get("amount") not in (None, ""):
        total = sum_corrected(words, filled.get("amount"))
        if total is not None and fields.display("amount", total) != fields.display("amount", filled["amount"]):
            return "amount", total
    held = {slot: value for slot, value in filled.items()
            if slot in RESTATED_FIELDS and slot != requested and value not in (None, "")}
    said = ex.clean(words)
    # "地址是柴达木路186号 不是168", "不是八百八 九百八": what it is not is (part of) a value held, a slip as
    # plain as "说错了"
    negated = re.findall(r"不是\s*([^，,。；;\s是]{2,})", said)
    adds = bool(_ADDS_TO.search(said)) and requested != "demand" and filled.get("demand") not in (None, "")
    if adds:
        held["demand"] = filled["demand"]  # (a demand is restated only so: its words are in many answers)
    if not (_EARLIER_SLIP.search(said) or opens_on_earlier_field(words, requested, filled)
            or any(n in str(v) or _same_value(slot, n, v, today) for n in negated for slot, v in held.items())
            or _LOOKED_UP.search(said) or _FIELD_AND_VALUE.search(said) or adds
            or (_TOTAL_SAID.search(said) and "amount" in held)):
        return None
    if not held:
        return None
    field, value = correction(words, today, filled=held)
    if adds and field is None and demands_meant(said):
        field, value = "demand", ex.normalise_demand(said).value
    if field == "demand" and adds and value:
        # "要赔偿 不光是退款", "还要赔偿" asked the name: the demand held grows, nothing in it is dropped
        value = "、".join(dict.fromkeys([*str(held["demand"]).split("、"), *str(value).split("、")]))
    # a free-text value must be said as the new one ("地址写错了 是…"), not whatever follows the slip
    # ("商家说错了也不认" is about the shop, no new name)
    # (a branch put in brackets was said after a space: "碧桂园生活服务集团 新乡分公司")
    as_said = re.escape(str(value)).replace("（", r"\s*[（(]?").replace("）", r"[）)]?")
    said_as_new = field in ("phone", "amount", "purchase_date") or (adds and field == "demand") or bool(
        value and re.search(rf"(?:应该是|改成|改为|换成|是|叫做|叫)\s*{as_said}", words))
    if field in held and value not in (None, "") and said_as_new \
            and fields.display(field, value) != fields.display(field, held[field]):
        return field, value
    part = ADDRESS_PART.search(words) if field == "merchant_address" and field in held else None
    if part:
        return field, part.group(1)  # "地址写错了 是88号": the part changed (put in its place by corrects_earlier)
    changes = restated({"text": words, "intent": {"name": "inform"}}, form, held, today, requested=requested)
    # (an address read in the words of the slip, "写错了", is none)
    changes = {slot: value for slot, value in changes.items() if slot in held
               and (slot != "merchant_address" or _PLACE_MARK.search(str(value)))}
    if len(changes) == 1:
        return next(iter(changes.items()))
    return None


def corrects_earlier(text: str, requested: str | None, filled: dict[str, Any], form: str,
                     today: dt.date | None = None) -> tuple[str, Any] | None:
    """`_earlier_slip`, with a part of the address held put in its place ("是柴达木路186号": …柴达木路186号)."""
    found = _earlier_slip(text, requested, filled, form, today)
    if found and found[0] == "merchant_address":
        return "merchant_address", address_part_corrected(str(filled["merchant_address"]), str(found[1]), text)
    return found


# A character spelt out by what it is part of: the usual surname spellings ("耳东陈", "弓长张的张"), or a word
# that holds it ("马鞍的鞍", "晓是春晓的晓")
_SURNAME_SPELLINGS = {"弓长": "张", "弯弓": "张", "立早": "章", "木子": "李", "十八子": "李", "口天": "吴",
                      "耳东": "陈", "双木": "林", "禾口": "程", "禾呈": "程", "古月": "胡", "言午": "许", "草头": "黄",
                      "文刀": "刘", "关耳": "郑", "走肖": "赵", "人可": "何", "双口": "吕", "木易": "杨",
                      "子小": "孙", "三横": "王"}
_SPELT_SURNAME = re.compile("(" + "|".join(_SURNAME_SPELLINGS) + r")([\u4e00-\u9fa5])(?:的\2)?")
_SPELT_BY_WORD = re.compile(r"(?:([\u4e00-\u9fa5])是)?([\u4e00-\u9fa5]{0,3}?)([\u4e00-\u9fa5])"
                            r"([\u4e00-\u9fa5]{0,3}?)的\3(?![\u4e00-\u9fa5])")


def _spelt(clause: str) -> str | None:
    """The character a clause spells out and nothing else ("耳东陈", "马鞍的鞍", "晓是春晓的晓"); None otherwise."""
    clause = re.sub(r"^(?:应该是|应是|就是|是|我姓|姓)", "", clause.strip())
    surname = _SPELT_SURNAME.fullmatch(clause)
    if surname and _SURNAME_SPELLINGS[surname.group(1)] == surname.group(2):
        return surname.group(2)
    word = _SPELT_BY_WORD.fullmatch(clause)
    if word and (word.group(2) or word.group(4)) and word.group(1) in (None, word.group(3)):
        return word.group(3)
    return None


def without_spelling(text: str) -> str:
    """The words without the clauses that only spell out a character already said in them ("鞍山 马鞍的鞍" → "鞍山",
    "陈晓东 耳东陈" → "陈晓东")."""
    clauses = _clauses(text)
    kept = [c for c in clauses if not ((char := _spelt(c)) and any(char in other for other in clauses if other != c))]
    return " ".join(kept) if len(kept) < len(clauses) and kept else text


def _respelt(held: str, text: str) -> str | None:
    """The held value with the word the consumer says, whose spelt characters differ from the held ones ("鞍山 马鞍的鞍"
    for "安山市铁东区" → "鞍山市铁东区"); None when no such word or no place for it."""
    clauses = _clauses(ex.clean(text))
    spelt = {char for c in clauses if (char := _spelt(c))}
    if not held or not spelt:
        return None
    for clause in clauses:
        if _spelt(clause):
            continue
        for word in re.findall(r"[\u4e00-\u9fa5]{2,6}", re.sub(r"^.*?(?:是|改成|改为|应该是)", "", clause)):
            if word in held or not spelt & set(word):
                continue
            for at in range(len(held) - len(word) + 1):
                piece = held[at:at + len(word)]
                differs = [i for i in range(len(word)) if piece[i] != word[i]]
                if differs and all(word[i] in spelt for i in differs):
                    return held[:at] + word + held[at + len(word):]
    return None


def name_spelt(text: str, held: str | None = None) -> str | None:
    """A name told by spelling its characters out ("耳东陈，晓是春晓的晓，东是东方的东" → 陈晓东), or, with a name
    held, the held name with the surname the words spell ("是耳东陈" for 程晓东 → 陈晓东); the held name when every
    character spelt is in it already. None when the spelling cannot be placed."""
    clauses = [c for c in _clauses(re.sub(r"^.*?(?:错了|不对|有误|写错了|应该是)", "", ex.clean(text)))
               if c and not re.fullmatch(r"[吧啊呀呢哦嘛了]+", c)]
    chars = [_spelt(c) for c in clauses]
    if not chars or None in chars:
        return None
    if held and all(c in held for c in chars):
        return held
    if len(chars) >= 2 and chars[0] in ex.SURNAMES and len(chars) <= 4:
        return "".join(chars)
    if held and len(chars) == 1 and chars[0] in ex.SURNAMES and held[:2] not in ex.COMPOUND_SURNAMES:
        return chars[0] + held[1:]
    return None


# Asking which sum, date or number to write down: "你记剩的3400吧", "就写三千四"
# ("你写成3999了" says what was written wrong: no value to keep)
_KEEP_THIS = re.compile(r"(?:你|就|帮我|麻烦|请)?(?:记|写|填|登记)(?![错的得了成])(?:上|作)?"
                        r"(?:剩的|剩下的|实际的|实际)?")


_REST_RIGHT = re.compile(r"[\s，,。]*(?:其他|其余|别的|剩下的?|另外的)(?:的|信息|几项)?(?:都|也)?"
                         r"(?:对|没问题|没错|不用改|正确|OK|ok)[了的啊吧哈]*$")


_DAY_WORD = re.compile(r"[0-9一二三四五六七八九十两]\s*[月号日]|周[一二三四五六日天]|星期|礼拜|昨天|前天|今天|"
                       r"上周|上个月")


def _one_day(raw: str, today: dt.date | None) -> str | None:
    """The day the words tell, said once or said again in another clause ("是十二月三号 收据是三号的")."""
    day = ex.find_date(raw, today)
    if day:
        return day
    days = {ex.find_date(c, today) for c in _clauses(raw)} - {None}
    return days.pop() if len(days) == 1 else None


def correction(text: str, today: dt.date | None = None,
               filled: dict[str, Any] | None = None) -> tuple[str | None, Any]:
    """("phone", "13912345679") for "电话写错了，是13912345679"; (field, None) without a new value.

    `filled` (the values held) lets "不是苏宁，是国美" name the field by the value it replaces."""
    raw = raw_said = ex.clean(text)
    # "马鞍的鞍", "耳东陈": a character spelt out explains the value said, it is no part of it (the words as said
    # stay in raw_said, to put a homophone right below)
    raw = without_spelling(raw)
    # what the value is not goes first: "商家不是苏宁，是国美", "是李娜不是李那", "不是昨天是前天"
    # (what it is not ends at a pause: "不是拼多多 在京东下的单")
    negated = [n.strip(" ，,。") for n in re.findall(r"不是\s*([^，,。；;\s]*?)(?=[，,。；;\s]|是|$)", raw)]
    raw = re.sub(r"不是\s*[^，,。；;\s]*?(?=[，,。；;\s]|是|$)", "", raw)
    field = next((slot for slot, words in _FIELD_WORDS if slot in fields.FIELDS and re.search(words, raw)), None)
    opened = next((slot for slot, words in _FIELD_WORDS if slot in fields.FIELDS
                   and re.match(rf"(?:把|那个|还有)?(?:{words})(?!\s*(?:没错|没问题|是对的|对的|对了|都对|不用改))",
                                raw)), None)
    if opened in ("demand", "problem", "product"):
        # "诉求写：按保价3000元全额赔偿": a free-text field the message opens on, whatever sum or day its value says
        # (a value-like field opened on and then said to be right, "名字是杨雪梅 对的 电话最后是406", is not it)
        field = opened
    named = re.search(r"(?:全名|名字)(?:是|叫做|叫|应该是|改成|改为)\s*([^，,。；;\s]{2,30})", raw)
    if field == "complainant_name" and named and not re.search(r"姓名|称呼|我叫", raw) \
            and (ex.MERCHANT_KIND.search(named.group(1)) and not ex.normalise_name(named.group(1)).value
                 or re.match(r"(?:那家|这家)?(?:店|店铺|商家|公司|门店|厂家|他们家|他家)的", raw)):
        # "名字是诚艺家装工作室", "店的全名叫做…": a shop's name (by its kind of business, or said to be the shop's)
        field = "merchant_name"
    digits = _LAST_DIGITS.search(raw)
    held_phone = str((filled or {}).get("phone") or "")
    if digits and held_phone and field in (None, "phone") and not ex.find_phone(raw):
        # "电话最后一位是1 不是0", "尾号是5678": the held number with its last digits changed
        new = (digits.group(1) or digits.group(2) or digits.group(3)).translate(_DIGIT_WORDS)
        fixed = held_phone[:len(held_phone) - len(new)] + new if len(new) < len(held_phone) else ""
        return "phone", normalise("phone", fixed, today).value if fixed else None
    first = _FIRST_DIGITS.search(raw)
    if first and held_phone and field in (None, "phone") and not ex.find_phone(raw):
        # "是133开头 不是135", "前三位是133": the held number with its first digits changed
        new = (first.group(1) or first.group(2)).translate(_DIGIT_WORDS)
        fixed = new + held_phone[len(new):] if len(new) < len(held_phone) else ""
        return "phone", normalise("phone", fixed, today).value if fixed else None
    part = _part_corrected(raw_said, negated, filled or {}, field) if field in (None, "merchant_address",
                                                                               "merchant_name", "product") else None
    if part:
        slot, value = part
        return slot, normalise(slot, value, today).value or value
    # the value it is not is one we hold: that field is the one corrected ("不是两千" the sum 2000.00), also over
    # a field said in passing that holds nothing ("不是良品铺子 是三只松鼠 我看错订单了": the shop, no order number)
    by_value = next((slot for slot, value in filled.items() if slot in fields.FIELDS and value not in (None, "")
                     and any(n and (n in str(value) or str(value) in n or _same_value(slot, n, value, today))
                             for n in negated)), None) if filled and any(negated) else None
    by_negation = bool(by_value) and (field is None or (filled or {}).get(field) in (None, ""))
    if by_negation:
        field = by_value
    if field in ("amount", "purchase_date", "phone") and not by_negation:
        # "不对 是十二月三号 收据是三号的": a word of another field (收据) said beside the one value told, a day
        found = {"phone": ex.find_phone(raw), "amount": ex.find_amount(raw), "purchase_date": _one_day(raw, today)}
        others = [slot for slot, value in found.items() if value and slot != field
                  and (slot != "purchase_date" or _DAY_WORD.search(raw))]  # ("刚才金额打错了": no day)
        if not found[field] and len(others) == 1:
            field = others[0]
    moved = _NOT_THERE.search(raw) if field in (None, "merchant_address") else None
    if moved and (filled or {}).get("merchant_address"):
        # "电脑城不在渝北 在石桥铺 九龙坡区石桥铺": where it is not, then where it is (the last place said)
        places = [c for c in _clauses(raw[moved.end():]) if _PLACE_MARK.search(c) or _REGION.search(c)]
        if places:
            held_place, new_place = str(filled["merchant_address"]), re.sub(r"^在", "", places[-1])
            city = re.match(r"^[\u4e00-\u9fa5]{0,12}?(?:市|州|盟)(?=[\u4e00-\u9fa5]{1,8}?(?:区|县|旗))", held_place)
            if city and re.match(r"^[\u4e00-\u9fa5]{1,8}?(?:区|县|旗)", new_place) \
                    and not re.search(r"省|自治区|市|州|盟", new_place):
                # "电脑城不在渝北 在九龙坡区石桥铺": moved within the city held, not to another city
                return "merchant_address", city.group(0) + new_place
            return "merchant_address", address_part_corrected(held_place, new_place, raw)
    if field is None:
        # no field named: a value that can only be one thing still tells us ("是13912345679",
        # a new address or shop said bare at the summary)
        for slot, finder in (("phone", ex.find_phone), ("amount", ex.find_amount),
                             ("purchase_date", lambda t: _one_day(t, today)),
                             ("merchant_address", ex.find_address)):
            value = finder(raw)
            if value:
                return slot, (_day_of_held_month(raw, value, filled, today) if slot == "purchase_date" else value)
        stated = {k: v for k, v in ex.extract_all(raw, today).items() if k not in ("problem", "evidence")}
        if len(stated) == 1:
            return next(iter(stated.items()))
        # "不对是六号 五号是彩排": the day said as the right one, in the month held (the other day explains)
        said_day = re.search(r"(?:^|是)\s*(?:\d{1,2}|[一二两三四五六七八九十]{1,3})\s*[号日]", raw)
        fixed = _day_of_held_month(said_day.group(0), None, filled, today) \
            if said_day and not _NOT_DAY_ONLY.search(raw) else None
        if fixed:
            return "purchase_date", fixed
        return None, None
    added = re.search(rf"(?:{dict(_FIELD_WORDS)['problem']})[^，,。\s]{{0,4}}?[\s，,]*{_ADDED.pattern}", raw) \
        if field == "problem" and (filled or {}).get("problem") else None
    if added and raw[added.end():].strip(" ,，。:："):
        # "问题描述里加一句 快递员还说…", "问题描述改一下 加上…": added to the account held, nothing of it dropped
        more, held_problem = raw[added.end():].strip(" ,，。:："), str((filled or {})["problem"])
        return field, (held_problem if more in held_problem else f"{held_problem}；{more}")
    # the new value follows the field words: "电话写错了，是139…" / "把金额改成5000"
    after = re.split(r"应该是|改成|改为|换成|是|为|:|(?<=全名)叫做?|(?<=名字)叫做?", raw, maxsplit=1)
    candidate = after[1] if len(after) == 2 else ""
    # "车型写具体点 大众朗逸 其他都对": what is said to be right besides is no part of the new value
    candidate = _REST_RIGHT.sub("", candidate)
    kept = list(_KEEP_THIS.finditer(raw)) if field in ("amount", "purchase_date", "phone") else []
    if kept and kept[-1].end() < len(raw):
        # "金额我说的是充值的5000 卡里剩的是3400 你记剩的3400吧": the value asked to be written down is the new one
        candidate = raw[kept[-1].end():]
    if not candidate.strip(" ,，。") and by_negation:
        candidate = raw  # "不是拼多多 在京东下的单": the words besides what it is not
    if not candidate.strip(" ,，。"):
        # no 是/改成: what follows the complaint about the field ("价钱写错了，1899",
        # "姓名错了，我叫陈思远"), else what follows the field's name ("店名叫聚福楼")
        words = dict(_FIELD_WORDS)[field]
        parts = re.split(r"写错了|打错了|填错了|搞错了|弄错了|错了|不对|有误|改一下|改下|更正一下|更正", raw)
        if len(parts) > 1:
            candidate = parts[-1]
        else:
            m = re.search(rf"(?:{words})(.*)$", raw)
            candidate = m.group(1) if m else ""
        candidate = candidate.strip(" ,，。.：:")
    candidate = candidate.lstrip(" :：,，")  # ("应该是：…": the colon is no part of it)
    if not candidate:
        return field, None
    if field == "demand":
        parsed = ex.normalise_demand(candidate)
    else:
        parsed = normalise(field, candidate, today)
        if parsed.value is None and without_spelling(candidate) != candidate:
            parsed = normalise(field, without_spelling(candidate), today)  # "鞍山 马鞍的鞍": the spelling confirms
    if parsed.value is None and field in ("merchant_address", "merchant_name", "product", "complainant_name"):
        # "地址是鞍山 马鞍的鞍" for 安山市…: the word said, with the character spelt, replaces the one held that
        # differs from it only there (a homophone written for it)
        fixed = _respelt(str((filled or {}).get(field) or ""), raw_said)
        if fixed:
            return field, fixed
    if parsed.value is None and field == "complainant_name":
        # "名字错了，是耳东陈，晓是春晓的晓": the name spelt out, or its surname spelt for the name held
        spelt = name_spelt(raw_said, str((filled or {}).get("complainant_name") or "") or None)
        if spelt:
            return field, spelt
    if parsed.value is None and field in _WHOLE_VALUE:
        # "电话错了 15661475380 最后两位是八零": the words after 是 explain; the value is said whole before them
        return field, _WHOLE_VALUE[field](raw, today)
    if field == "purchase_date" and parsed.value:
        return field, _day_of_held_month(raw, parsed.value, filled, today)
    return field, parsed.value


# Words that add to the account rather than replace it ("加上…", "补充…", "再加一句…")
_ADDED = re.compile(r"(?:里|里面)?(?:再)?(?:加上|加一句|加一下|加|补充(?:一下|一句)?|补上|添上|还有)")


# A day of the month said alone, with no month, week or relative day ("是8号", "25号买的", "应该是十二号那天")
_DAY_ONLY = re.compile(r"(?<![\d一二两三四五六七八九十])(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*[号日]")
_NOT_DAY_ONLY = re.compile(r"月|年|周|星期|礼拜|[昨前今明]天|前几天|天前|上个|这个|双十|国庆|春节|元旦|五一|中秋|端午")


def _day_of_held_month(raw: str, value: Any, filled: dict[str, Any] | None, today: dt.date | None) -> Any:
    """A correction that names only the day ("那个日期 是8号 我前面说错了") changes the day of the date held (9月10日
    -> 9月8日), not the month: the latest such day before today was read. The value read, otherwise."""
    held = (filled or {}).get("purchase_date")
    day = _DAY_ONLY.search(raw)
    if not held or not day or _NOT_DAY_ONLY.search(raw) or len(_DAY_ONLY.findall(raw)) != 1:
        return value
    try:
        held_date = dt.date.fromisoformat(str(held)[:10])
        number = ex.parse_number(day.group(1))
        fixed = held_date.replace(day=int(number)) if number else None
    except (TypeError, ValueError):
        return value
    return fixed.isoformat() if fixed and fixed <= (today or ex.today_in_china()) else value
