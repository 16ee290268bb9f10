"""Grounded replies, templated from retrieved text only, fitted to the question's facts.

An answer is a short lead (`Answer.summary`: two or three plain sentences that answer what
was asked) and details (`Answer.sections`: the articles verbatim as 《法律名》第N条 with any
status note, the evidence to keep, a similar case when one truly shares the dispute, the
next step and an offer to file a complaint here). `Answer.text` is the lead, a blank line,
then the sections, so a channel can show the lead first and the rest on request.

How the parts are chosen:
- who asks: a merchant's question (fines, a customer's claim) is matched among the guide's
  merchant types and answered from the business's side (guide.is_merchant); a business's own
  duty that a named rule answers though no type is about it (a name like another's, a
  pharmacy's licence, another's ad passed on, its packaging's words): _OWN_DUTIES, first;
- the dispute type: the guide's classifier over the whole question; a middling match is
  taken only when retrieval agrees (one of the type's articles ranks high on its own);
- the articles: the type's articles and the best of retrieval, ranked by how well each
  fits this question (BM25 and e5 ranks fused), so two questions of one type can get
  different articles; a second issue in another clause adds its own type's best article;
- rules of a special field (cars, food, tourism, drugs, lifts and rides, weights,
  parcels, personal data, fines) are quoted only when the question is in that field;
- with no type and weak or off-field retrieval, it asks what happened instead of guessing;
- the question's own general issues (data/facets.yaml: harm, deceit, a fault, a broken
  promise, a 'no returns' notice, a minor's purchase ...) answer a question no type fits
  with the general rules (消法, 民法典), and add their rule to a type's answer that leaves
  it out; facts that call for one article of a type over its others: data/article_cues.yaml;
- a legal question outside consumer disputes (work, family, loans, crime, traffic,
  neighbours, school places and household registration; a debt's interest and arrears, tax,
  an insurer's payout, an investment's loss, a platform's own riders and streamers, a
  traffic fine; a business's marks, patents, tax and staff, and whether it will be
  prosecuted) is told so, with where it belongs.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .asks import answers, ask_of, direct_lead, focused
from .evaluation import field_of
from .fields import (CAR_BOUGHT, CAR_FAULT, CAR_MISHAP, IDENTITY_LOST, IDENTITY_MISUSED, PASSENGER_HURT, TRIP_FARE,
                     PERSONAL_INJURY_KEYS, fits, law_fits, mentioned_fields, only_an_animal_hurt, own_words_in,
                     question_fields)
from .guide import GuideMatch
from .lookahead import compile as _compile
from .numerals import cn_to_int, int_to_cn
from .retrieval import RRF_K, Engine, engine, topic_keys
from .settings import PACKAGE_DATA

log = logging.getLogger(__name__)

# A guide match (semantic.match: words and meaning) at or above ACCEPT is taken as the
# dispute type; from ACCEPT_LOW up it is taken when it leads the runner-up by LEAD_RATIO,
# or when one of its articles is among retrieval's AGREE_TOP on its own. ACCEPT_LOW was
# chosen on the dev sets with `python -m bench.bench_guide --calibrate` (bench/RESULTS.md).
ACCEPT = 0.5
ACCEPT_LOW = 0.1
LEAD_RATIO = 1.5
ACCEPT_WEAK = 0.06
# With no type accepted and no general issue in the question's words, the likeliest type
# from this share up answers rather than retrieval alone (whose best article on real
# questions is mostly off the point).
FALLBACK_TYPE = 0.04
# The words' "no dispute type" share above which a question is not put on a type below
# ACCEPT, nor answered from retrieval alone: it is asked what happened ("东西有问题怎么办"
# scores 0.36). A message of LONG_MESSAGE characters or more tells facts, unlike the short
# greetings and errands the background class learns from: for it, only a share above
# MAX_BACKGROUND_LONG ("more likely no type than any") counts, so that one more type in
# the guide cannot move a long question across the edge.
MAX_BACKGROUND = 0.3
MAX_BACKGROUND_LONG = 0.5
LONG_MESSAGE = 30
AGREE_TOP = 15
# With no dispute type and no general issue in the words, answer from retrieval only when
# the best in-field consumer article (consumer_core) has this agreement (its BM25 and e5
# ranks fused, 1.0 = first in both), else ask what happened. 0.4 to 0.7 answer the same
# on every labelled set (dev, real tune, both public-style sets: they reach this path
# almost never); on 80 questions of our own of new kinds the retrieval-only answers at
# 0.48-0.56 were all beside the point (a rice cooker that stopped heating answered with
# 民法典649) and those at 0.7 and above were right, hence 0.6.
MIN_AGREEMENT = 0.6
MAX_QUOTES = 4
# An answer that quotes more than MAX_TOTAL articles once the question's other issues are
# added drops the article retrieval brought in from outside the type (the lead's, the cued,
# the type's own and those of the question's general issues stay): on the tuning sets
# those extras were never what made an answer right, and a 6-article cap that also cut the
# type's own lost fully-right answers (issue 17, round seven).
MAX_TOTAL = 5
# Articles a lead names that the answer had left out, quoted after all (at most this many).
MAX_LEAD_ADDED = 3
# A type's own articles against retrieval's others: a bonus worth being ranked about
# 25th in both rankings, so an article outside the type is quoted only when it fits the
# question clearly better; the type's order breaks ties.
TYPE_BONUS = 2.0 / (RRF_K + 25)
ORDER_STEP = 0.0004
# An article whose facts the question tells of (data/article_cues.yaml) leads its type's
# others; CUED_EXTRA may be cued for any type (a change of circumstances, the maker's
# liability, the damages heads, a contractor's harm to a third party, a quality mark or
# honour claimed).
CUE_BONUS = 2 * TYPE_BONUS
CUED_EXTRA = ("民法典:533", "消费者权益保护法:40", "民法典:1203", "民法典:1179", "消费者权益保护法:19", "民法典:1206",
              "民法典:506", "民法典:1199", "民法典:1200", "民法典:148", "民法典:1173", "民法典:1193",
              "产品质量法:5", "民法典:585", "民法典:1198", "消费者权益保护法:23", "消费者权益保护法实施条例:47")
SECOND_ISSUE = 0.6  # a clause matched this well to another type is a second issue
SECOND_WHOLE = 0.1  # ... a business's, if the whole question gives that type at least this share
PAIR_SHARE = 0.6  # see _pair: a runner-up this near the first is a second issue, not a rival
LEFTOVER = 0.5  # see _leftover
MAX_ADDED = 3  # issues of the question a type's answer leaves out, each adds its main rule
CUSTOMER_CLAIM = "merchant_customer_claim"  # a business asking whether a customer's claim stands

NEXT_STEPS = [
    "先与经营者协商，提出明确诉求（修理、更换、退货、退款或赔偿），并保存好购物凭证和沟通记录",
    "协商不成，可以拨打12315或通过全国12315平台向市场监管部门投诉，也可以请求消费者协会调解",
    "还可以依约申请仲裁，或者向人民法院提起诉讼",
]
# Facets about the bargain itself: one the question raises is added to a type's articles
# when they leave it out (harm and refunds are what the types are about already).
CONTRACT_FACETS = ("rental", "minor", "unauthorised", "power_supply", "utility_supply", "used_as_new", "deceit",
                   "agent_concealed", "agent_fee",
                   "mismatch", "platform", "promise", "terminate", "extra_fee", "clause", "forced", "privacy",
                   "prepaid", "information", "identity_lost", "identity_misused", "mistake", "no_reason", "limitation",
                   "leave_service", "leave_stay", "rental_sold", "rental_unfit", "carriage", "goods_carriage",
                   "pressured", "ad_words",
                   "payment", "detour", "fare", "invoice", "agreed_sum", "no_deadline")
HARM_FACETS = ("injury", "medical_care", "equipment_safety", "theft", "seized", "damage", "product_property",
               "animal", "passenger", "staff")
# Issues that are what the question asks, not facts on the way to it (whether years gone by
# bar a suit): added to a type's answer however many other issues were added before them.
ASKED_FACETS = ("limitation",)
# A fault in the goods, added to a type about something else (a "no returns" notice).
FAULT_FACETS = ("defect", "workmanship")
# A repair's types: a harm or a fault told before the repair visit is why it was wanted (after_visit).
# (goods bought and at fault before the visit, "新买的空调漏水，叫了师傅": the goods' own fault stays an issue)
REPAIR_TYPES = ("repair_overcharge", "service_damage")
_BOUGHT_BEFORE_VISIT = _compile(r"买|购")
FIRST_OFFENCE = "行政处罚法:33"  # 初次违法且危害后果轻微并及时改正的，可以不予行政处罚
NEXT_STEPS_BASIS = "消费者权益保护法:39"  # 协商和解、消协调解、行政投诉、仲裁、诉讼
OFFER = "如需登记投诉，回复“我要投诉”，我在这里帮您登记并转交市场监管部门处理。"
MERCHANT_OFFER = "以上是一般性的法律规定，具体处罚以执法部门认定的事实为准；如需进一步咨询，回复“人工”转接人工客服。"
FALLBACK = ("抱歉，您的问题我暂时没有在消费者权益相关的法律条文和案例中找到足够匹配的依据，"
            "为免误导您，我不作猜测。您可以换个说法详细描述一下遇到的情况（买了什么、在哪里买的、"
            "出了什么问题、希望怎么解决），或者输入“人工”转接人工客服为您解答。")
CLARIFY = ("您好，为了给您准确的法律依据，想先了解一下：您买的是什么商品或服务？在哪里买的（实体店、"
           "网店、微信等）？出了什么问题？希望商家怎么解决（退货、退款、赔偿……）？"
           "您补充这些情况后我再为您解答；也可以输入“人工”转接人工客服。")
_CONSUMER_WORDS = _compile(r"东西|商品|产品|买|卖|商家|店|退|赔|投诉|消费|质量|服务|合同|钱|费|付款|充值|订|假|坏|骗")

# A business's own practical details asked for (its phone number, opening hours, address, whether
# it sends, packs or keeps a parcel): no rule says them, and an answer from the nearest dispute
# (a parcel lost) would mislead. Unless a problem is told (lost, broken, refused, charged ...).
_ERRAND_ASK = _compile(
    r"(?:电话|客服电话|联系方式|手机号|热线)(?:号码)?(?:是)?(?:多少|几号|是什么|有吗)|电话号码|怎么联系|"
    r"营业时间|上班时间|开门时间|关门时间|几点(?:开门|关门|上班|下班|营业|开|关|下班)|"
    r"(?:周末|周日|节假日|春节|晚上|今天|明天)[^。？！，]{0,4}(?:开门|上班|营业|开不开)|"
    r"地址(?:在)?(?:哪|是什么)|在哪(?:里|儿)?(?:能|可以)?(?:寄|取|办)|"
    r"(?:能|可以)(?:帮(?:忙|我)?)?(?:寄|打包|代收|代寄|存放|存|取件|收件)[^。？！，]{0,6}(?:吗|么|不|呢)|"
    r"(?:能不能|可不可以)(?:帮(?:忙|我)?)?(?:寄|打包|代收|代寄|存放|存|取件|收件)|"
    r"寄[^。？！，]{0,8}(?:多少钱|怎么收费|运费多少|怎么寄)")
_ERRAND_UNLESS = _compile(
    r"丢|坏|破|碎|损|少了|短少|没(?:有)?(?:收到|到|送|寄|给)|不(?:给|让|送|寄|退|赔|理|管)|拒|乱收|多收|加收|扣|骗|假|"
    r"投诉|举报|赔|退|问题|纠纷|延误|拖|被|态度|骂|打人|错|冒领|签收|维权|违法|合法|规定")
ERRAND = ("您好，营业时间、联系电话、地址以及能不能办理某项业务、怎么收费，要以经营者自己公布的为准，"
          "法律条文里没有现成的答案，为免误导您，我不作猜测；建议您直接向该经营者咨询，或者查看它的公告、官方App。"
          "如果您遇到了纠纷（比如快件丢失损坏、乱收费、不给退款），欢迎详细说明经过，也可以输入“人工”转接人工客服。")


def is_errand(question: str) -> bool:
    """A business's practical details asked for, with no problem told (_ERRAND_ASK)."""
    return bool(_ERRAND_ASK.search(question)) and not _ERRAND_UNLESS.search(question)

# Rules of a special field (cars, food, tourism, drugs, lifts and rides, weights, parcels,
# personal data, fines, prepaid cards, online shopping, advertising, prices) are quoted only
# for questions whose own words are in that field: knowledge_base.fields.
_PENALTY = r"罚|处罚|查处|责令|吊销|没收|执法|立案"
# A type about one field whose words the question has outweighs a general type it is level
# with: "吃到异物" at a hotel is a food question before a hotel one.
FIELD_BOOST = 1.4
# Clauses: punctuation, the words that add a fact, and the spaces many people type instead
# of commas ("提车第5天就报故障了 4s店说要换"; spaces inside Latin names stay).
_CLAUSE = _compile(r"[，。；！？,;!?\n]+|(?:而且|并且|另外|同时|还有|结果|后来|然后)|"
                     r"(?<=[\u4e00-\u9fff）)」”？！。])\s+|\s+(?=[\u4e00-\u9fff])")


@dataclass
class Answer:
    text: str
    citations: list[dict] = field(default_factory=list)  # law, article, text, status, key, note
    cases: list[dict] = field(default_factory=list)
    confident: bool = False
    dispute_type: str | None = None
    next_steps: list[str] = field(default_factory=list)
    summary: str = ""  # the lead: a plain answer in two or three sentences (first paragraph of text)
    sections: list[tuple[str, str]] = field(default_factory=list)  # (title, body) of the details
    side: str = "consumer"  # "merchant" when answered from the business's side


def body(article_text: str) -> str:
    """The article without its leading '第X条 ' (quoted after 《法》第X条)."""
    return re.sub(r"^第[零〇一二三四五六七八九十百千]+条[ \u3000]+", "", article_text)


def _first_sentence(text: str) -> str:
    text = body(text).split("\n")[0]
    m = re.match(r"^(.+?[。；])", text)
    return (m.group(1) if m else text).rstrip("；") .rstrip("。") + "。"


def _quote(item: dict) -> str:
    quote = body(item["text"]).replace("\n", "")
    line = f"《{item['law']}》第{int_to_cn(item['article'])}条：“{quote}”"
    if item.get("note"):
        line += f"（注：{item['note']}）"
    return line


def _case_lines(case: dict) -> str:
    point = (case.get("headline") or case.get("holding") or "").rstrip("。")
    result = [s for s in re.split(r"(?<=。)", (case.get("result") or "").replace("\n", "")) if s]
    outcome = next((s for s in result if re.search(r"判决|支持|调解|赔偿|返还|退还|达成", s)),
                   result[0] if result else "")
    outcome = outcome.strip()
    if len(outcome) > 120:  # a long judgment: its first items
        cut = max(outcome.rfind("；", 0, 120), outcome.rfind("，", 0, 120))
        outcome = outcome[:cut if cut > 40 else 120] + "……"
    return f"{case['title']}：{point}。\n结果：{outcome}"


# How the guide's remedy sentences name a law (besides its own short title) -> the title the
# index keys it by. A 第N条 belongs to the law named last before it in the sentence: two laws
# have articles of one number (价格法第十三条 and 价格违法行为行政处罚规定第十三条), so a type
# that lists both must not take one for the other.
_LAW_NAMES = {
    "消法": "消费者权益保护法",
    "实施条例": "消费者权益保护法实施条例",
    "消法条例": "消费者权益保护法实施条例",
    "预付式消费解释": "最高人民法院关于审理预付式消费民事纠纷案件适用法律若干问题的解释",
    "预付式解释": "最高人民法院关于审理预付式消费民事纠纷案件适用法律若干问题的解释",
    "网络消费纠纷规定": "最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）",
    "网络消费规定": "最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）",
    "食品安全司法解释": "最高人民法院关于审理食品安全民事纠纷案件适用法律若干问题的解释（一）",
    "食品安全解释": "最高人民法院关于审理食品安全民事纠纷案件适用法律若干问题的解释（一）",
    "处罚办法": "侵害消费者权益行为处罚办法",
    "价格欺诈规定": "明码标价和禁止价格欺诈规定",
    "家用汽车三包规定": "家用汽车产品修理更换退货责任规定",
    "汽车三包规定": "家用汽车产品修理更换退货责任规定",
    "三包规定": "家用汽车产品修理更换退货责任规定",
    "召回条例": "缺陷汽车产品召回管理条例",
    "投诉举报处理暂行办法": "市场监督管理投诉举报处理暂行办法",
    "合同编通则解释": "最高人民法院关于适用《中华人民共和国民法典》合同编通则若干问题的解释",
    "合同通则解释": "最高人民法院关于适用《中华人民共和国民法典》合同编通则若干问题的解释",
    "侵权责任编解释": "最高人民法院关于适用《中华人民共和国民法典》侵权责任编的解释（一）",
    "价格处罚规定": "价格违法行为行政处罚规定",
    # titles that end with another's name (食品安全法实施条例 is not the consumer law's 实施条例)
    **{title: title for title in ("食品安全法实施条例", "行政处罚法", "价格法", "食品安全法", "民法典",
                                  "电子商务法", "产品质量法", "广告法", "旅游法", "药品管理法", "计量法",
                                  "特种设备安全法", "反不正当竞争法", "个人信息保护法", "快递暂行条例")},
}
# A law's name right before 第N条 (what is not in _LAW_NAMES nor a key's title is some other law)
_NAMED_LAW = re.compile(r"(?:《[^》]{2,60}》|[\u4e00-\u9fff（）]{1,30}?(?:法典|法|条例|规定|办法|解释|（一）))$")
_ARTICLE_REF = re.compile(r"第([零〇一二三四五六七八九十百千]+)条")


def _law_named(before: str, laws: set[str]) -> str | None:
    """The law whose name `before` ends with: a key's title, a name of _LAW_NAMES, or ''
    for a law none of them is; None when `before` ends with no law's name."""
    before = before.rstrip("《》")
    names = {**{law: law for law in laws}, **_LAW_NAMES}
    found = [name for name in names if before.endswith(name)]
    if found:
        return names[max(found, key=len)]
    return "" if _NAMED_LAW.search(before) else None


def named_articles(sentence: str, keys: list[str]) -> list[str]:
    """Those of `keys` ("消费者权益保护法:25", in the guide's order) whose 第N条 the sentence names.

    The guide's remedy sentences cite by short name ("消费者权益保护法第二十五条",
    "实施条例第十九条", "第二十四条"): a 第N条 is of the law named right before it, or joined
    to it (第七条、第八条, 第五条至第七条); a bare one further on (……（第五十五条）) is of the law
    named last when that law is among the keys with this number, else of whichever is.
    """
    laws = {key.partition(":")[0] for key in keys}
    cited: list[tuple[str | None, int, bool]] = []  # (law, number, whether bound to that law)
    law: str | None = None
    start = 0
    for m in _ARTICLE_REF.finditer(sentence):
        between = sentence[start:m.start()]
        named = _law_named(between, laws)
        if named is not None:
            law = named
        bound = named is not None or (start > 0 and re.fullmatch(r"[、，,和及与至到]{0,2}", between) is not None)
        cited.append((law, cn_to_int(m.group(1)), bound))
        start = m.end()
    key_set = set(keys)
    named_keys = []
    for cited_law, number, bound in cited:
        if cited_law is not None and (bound or f"{cited_law}:{number}" in key_set):
            found = [f"{cited_law}:{number}"] if f"{cited_law}:{number}" in key_set else []
        else:
            found = [key for key in keys if key.partition(":")[2] == str(number)]
        named_keys += [key for key in found if key not in named_keys]
    return [key for key in keys if key in named_keys]


# The name a lead gives a law it cites: its title where short, else the guide's short name
# (read back by _law_named as the same law).
_SHORT_NAMES = {
    "最高人民法院关于审理预付式消费民事纠纷案件适用法律若干问题的解释": "预付式消费解释",
    "最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）": "网络消费纠纷规定",
    "最高人民法院关于审理食品安全民事纠纷案件适用法律若干问题的解释（一）": "食品安全司法解释",
    "家用汽车产品修理更换退货责任规定": "家用汽车三包规定",
    "市场监督管理投诉举报处理暂行办法": "投诉举报处理暂行办法",
    "最高人民法院关于适用《中华人民共和国民法典》合同编通则若干问题的解释": "合同编通则解释",
    "最高人民法院关于适用《中华人民共和国民法典》侵权责任编的解释（一）": "侵权责任编解释",
}


def with_law_names(text: str, keys) -> str:
    """`text` (a remedy or lead sentence citing `keys`) with the law's name put before every
    第N条 that names none in its own sentence ("……按折扣价计算（第十八条）" after a sentence on
    消法第五十三条 -> "（预付式消费解释第十八条）"): a lead is cut into sentences and joined with
    others', and a bare number would then be read as the article of whichever law another
    sentence named last (消法第十八条, a different rule)."""
    keys = list(keys)
    laws = {key.partition(":")[0] for key in keys}
    key_set = set(keys)
    out: list[str] = []
    law: str | None = None  # the law named last, anywhere before (how named_articles reads it)
    here: str | None = None  # ... within this sentence
    start = 0
    for m in _ARTICLE_REF.finditer(text):
        between = text[start:m.start()]
        out.append(between)
        if re.search(r"[。！？]", between):
            here = None
        named = _law_named(between, laws)
        joined = start > 0 and re.fullmatch(r"[、，,和及与至到]{0,2}", between) is not None
        number = cn_to_int(m.group(1))
        if named is not None:
            law = here = named
        elif not joined:
            # whose number it is: the law named last if it has one of this number among the keys,
            # else the only key of this number
            meant: str | None
            if law is not None and f"{law}:{number}" in key_set:
                meant = law
            else:
                found = [k for k in keys if k.partition(":")[2] == str(number)]
                meant = found[0].partition(":")[0] if len(found) == 1 else None
            if meant is not None and meant != here:
                out.append(_SHORT_NAMES.get(meant, meant))
                law = here = meant
        out.append(m.group(0))
        start = m.end()
    out.append(text[start:])
    return "".join(out)


def in_field(law: str, question: str) -> bool:
    """Whether a rule of this law may be quoted for this question (knowledge_base.fields)."""
    return law_fits(law, question)


# Types about one field (their own articles may be general laws): the question must be in
# that field by its own words, whatever else it shares with the type's examples.
TYPE_FIELDS = {
    "car_dealer_fraud": "cars", "used_car": "cars", "household_car_three_guarantees": "cars",
    "food_expired": "food", "food_spoiled_foreign": "food", "food_label": "food",
    "restaurant_takeaway": "food", "merchant_food_penalty": "food",
    "travel_agency": "tourism", "drug_quality": "medical", "medical_beauty": "medical",
    "prepaid_fitness": "prepaid", "prepaid_beauty": "prepaid", "prepaid_training": "prepaid",
    "prepaid_card_rules": "prepaid",
    "online_no_reason_return": "online", "livestream_selling": "online",
    "platform_liability": "online", "ticket_refund": "transport", "delivery_loss": "express",
    "short_weight": "measurement",
    "personal_information": "privacy", "price_fraud": "price", "unmarked_price": "price",
    "merchant_price_penalty": "price", "merchant_ad_penalty": "advertising",
    "false_advertising": "advertising",
}


# Fields of things and places (not of ways of selling or kinds of claim): a type about one
# of them outweighs a general type it is level with when the question is in its field.
_THING_FIELDS = {"cars", "food", "tourism", "medical", "special_equipment", "measurement",
                 "express", "privacy"}

# ... and of those a type about one of them, or about prices, is no guess left over when the question
# is in its field by its own words (a meal's bill felt as a rip-off, "吃了顿饭被宰了", once the
# restaurant's food-safety type is out for want of a food-safety issue: the price's question)
# (or money paid ahead: a laundry's card asked back, once the laundry's care of clothes is out for want
# of anything harmed, is a card's question)
_LEFTOVER_FIELDS = _THING_FIELDS | {"price", "prepaid"}

# Types about harm done: only for a question that tells of an injury, a loss or damage
# (a washing machine that leaks is a defect, not a product that hurt someone).
_HARM = (r"受伤|伤|摔|磕|撞|头破|破了|咬|叮|滑倒|跌倒|砸|割|烫|烧|炸|爆|触电|过敏|红肿|起疹|中毒|住院|骨折|"
         r"感染|发炎|化脓|溃烂|"
         r"缝针|流血|医药费|色沉|留(?:下)?(?:了)?[^。？！，]{0,4}(?:斑|疤|印子|印记)|疤痕|毁容|烂脸|脱皮|"
         r"死|身体|人身|自燃|起火|着火|冒烟|漏电|弄坏|搞坏|损坏|划坏|刮花|刮坏|洗坏|修坏|磕坏|砸坏|擦花|擦坏|划花|弄花|"
         r"弄丢|丢了|丢失|走失|走丢|跑丢|偷|被盗|失窃|抢|损失|淹|泡坏|弄脏|染色|(?:洒|泼|溅)(?:到|在|了)")
# Goods a test or an appraisal found short of what their label states (含绒量 90% on the label,
# 50% when tested): goods not as stated, whatever the words of a fault
_TESTED_SHORT = (r"(?:送检|检测|检验|鉴定|化验|测出|测了)[^。？！]{0,12}"
                 r"(?:只有|才|仅|不到|不足|低于|达不到|不合格|不达标|超标)|"
                 r"(?:含绒量|充绒量|含量|成分|纯度|克重|含金量)[^。？！]{0,12}(?:只有|才|仅|不到|不足|低于|达不到|不达标|不够)")
# Types about goods that are faulty or not as described: a fault or a difference named.
_FAULT = (r"坏|故障|质量|(?:发|送|寄|拿|装|给)错|错发|"
          r"(?<!能)不能用|用不了|没法用|不好用|(?:就|都|已经|快)不行了|鼓包|"
          r"(?<!失)不灵(?!活|敏)|掉下来|松动|脱落|跳闸|漏|裂|开胶|脱胶|掉色|褪色|起球|失灵|瑕疵|毛病|次品|"
          r"不合格|破|碎|烂(?!尾)|腐|异响|噪音|响|不制冷|不制热|(?<!水)不凉|进水|起雾|黑屏|死机|断|掉了|生锈|变形|发热|充不进|不亮|不转|"
          # an appliance that no longer does its work (a washer that does not drain or spin)
          r"不(?:脱水|甩干|排水|进水|出水|加热|出热水|通电|启动|开机|出风|运转)|打不着|开不了机|打不开|开不了(?:门|锁)|关不上|锁不上|召回|缺陷|渗(?:水|油|漏)|"
          r"不工作|味|塌|脏|污|划痕|痕迹|旧|翻新|假|仿|不对|不符|不一致|不一样|不相符|货不对板|"
          # work done badly (a wall painted uneven, tiles hollow underneath)
          r"坑坑洼洼|凹凸不平|不平整|空鼓|歪歪扭扭|"
          r"图片|描述|宣传|缩水|少了|短了|小了|大了|差|问题|毛病|"
          # goods that give off something harmful (formaldehyde past the limit, a choking smell)
          r"甲醛|超标|有害气体|有毒气体|刺鼻|熏得|" + _TESTED_SHORT)
# Goods bought, and a time of use told at the very end of the message, with at most a bare "what
# now" after it.
_USED_THEN_CUT = (r"^(?=[\s\S]*(?:买|购))[\s\S]*?(?:使用|用了|用到|用过)[^。？！，,]{0,4}"
                  r"(?:半年|半个月|[0-9一二三四五六七八九十两几]+多?(?:个)?(?:月|年|天|周|星期))"
                  r"多?(?:后|以后|之后|了)?[\s，,。？?！!…]*(?:能行吗|行吗|怎么办|咋办|怎么处理|可以吗)?[\s？?。！!…]*$")
# A private seller: someone selling on their own account, on social apps or among friends.
_PRIVATE = (r"微商|朋友圈|微信|私人|个人卖|个人(?:手里|那里|那儿)|代购|闲鱼|群里|朋友|同学|熟人|邻居|"
            r"同事|亲戚|网友|QQ|加了.{0,6}好友|拉黑|转账")
# Goods that did the harm: a thing bought, used or at fault (a fall in a care home is the
# home's safety duty, not a product's defect).
# (the customer's own drink before a fall is none: "喝了酒 自己摔了"; a drink sold at fault is: "喝了假酒")
_GOODS_CAUSE = (r"买|购|产品|商品|质量|缺陷|爆|炸|起火|着火|自燃|漏电|触电|冒烟|短路|用了|使用|吃了|"
                r"喝了(?!(?:点|些|几杯|几瓶|几口|不少|很多|一些)?(?:酒|啤酒|白酒|红酒))|服用|涂|抹|"
                r"戴了|穿了|玩具|电器|充电|设备|机器|器材|零件|配件|刹车|失灵|断裂|坏了|故障|有毒|超标|甲醛|说明书|"
                r"产品|厂家|生产")
# Something handed in or a tradesman called for a repair or a part's replacement ("拿去换屏",
# "开去修理厂", "叫了师傅上门"): what the message tells before it is why the repair was wanted
# (a burst tyre, an air conditioner that stopped cooling), not harm or a fault the repairer caused.
_REPAIR_VISIT = _compile(
    r"(?:拿|送|开|推|拖|带|搬|寄|扛|骑)(?:着)?(?:去|到|回|给)[^。？！，,]{0,10}"
    r"(?:修|售后|[4４][sS]|汽修|换屏|换胎|补胎|换电池|换(?:个|了)?(?:屏|屏幕|电池|零件|配件|轮胎))|"
    r"送修|报修|(?:找|叫|约|请|喊|联系|预约)(?:了)?[^。？！，,]{0,8}(?:师傅|维修|修理|售后|上门|修车)|"
    r"去[^。？！，,]{0,8}(?:修理|维修|修车|售后|[4４][sS]店|汽修|换屏|换胎|补胎)|"
    r"(?:修理|维修|修车|汽修)(?:厂|店|铺|点|部)|"
    # (or the repair told done: a fault after it is the repair's, "修好没两天又坏了")
    r"(?<![装翻])修(?:完|好|过)|(?:补|换|装)(?:完|好)")


def after_visit(question: str) -> str:
    """The question from the repair visit on (_REPAIR_VISIT), or all of it when none is told."""
    found = _REPAIR_VISIT.search(question)
    return question[found.start():] if found else question


class _AfterVisit:
    """A TYPE_NEEDS pattern read only from the repair visit on (after_visit): harm told as the
    reason for taking a car or a phone to be repaired is no harm the repairer did."""

    def __init__(self, pattern: str):
        self._re = _compile(pattern)
        self.pattern, self.flags = self._re.pattern, self._re.flags

    def search(self, question: str) -> re.Match[str] | None:
        return self._re.search(after_visit(question))


# A customer, someone its goods harmed, or what a customer asked of the business: without any, a
# business's question (its advert, its licence, a fine) raises no customer's claim, however its
# clauses read.
_CUSTOMER_TOLD = _compile(r"顾客|客户|客人|买家|消费者|用户|买的人|家长|学员|会员|业主|房主|雇主|"
                          r"(?:把|伤了?|伤到)人|别人|他人|受害人|伤者|人家|"
                          r"投诉|赔|退货|退款|退钱|退费|差评|找(?:上门|我们?)|告我|起诉")
TYPE_NEEDS: dict[str, re.Pattern[str] | _AfterVisit] = {
    # a customer's claim needs a customer, or what one asked (a business asking about its shop's
    # name, its licence or its advert raises none)
    CUSTOMER_CLAIM: _CUSTOMER_TOLD,
    # a laundry or a cleaning told (clothes a waiter spilt tea on are harmed by the service, not
    # in a launderer's care)
    "laundry_damage": _compile(r"洗衣|干洗|送洗|送去洗|拿去洗|洗鞋|水洗店|洗护|护理|洗涤|清洗|洗坏|洗了|洗后|洗完|"
                               r"洗过|熨|去渍|除渍|染色|改衣|裁缝"),
    # a deposit told (押金, 保证金): a refund of a purchase that is slow to arrive is no deposit
    "yajin_deposit": _compile(r"押金|压金|保证金|质保金|押(?:了|着|在|的钱)|免押|退押"),
    # something gone wrong with a parcel or its delivery (lost, broken, late, signed for by
    # someone else, left at a desk, charged for): a parcel desk's hours, phone number or what
    # it accepts is no dispute the rules answer
    "delivery_loss": _compile(
        r"丢|遗失|失踪|找不到|不见|没了|损坏|损毁|坏|破|碎|裂|烂|变形|压扁|湿|泡|短少|少了|缺|漏|空包|掉包|调包|换了|"
        r"延误|耽误|迟|晚(?:了|到|送|发)|很晚|慢|拖|超时|逾期|几天了|一周|半个月|还没|没有?(?:到|收到|送|发|派|动|更新)|未(?:到|收到|送|发|派)|"
        r"不(?:送|派|发|给|让|动|更新|上门|签|赔)|停滞|卡在|签收|代签|冒领|被(?:人|别人)?(?:领|拿|偷)|偷|盗|拿错|送错|"
        r"寄错|退回|拒收|放(?:在)?(?:门口|驿站|快递柜|柜|代收点)|(?:驿站|快递柜|代收点)[^。？！]{0,8}(?:收|要|加|扣)[^。？！，,]{0,6}(?:费|钱|元|块)|收费|加钱|"
        r"保管费|超期费|赔|保价|索赔|投诉|责任|承担|怎么办|运输途中|路上|物流"),
    "premises_safety_injury": _compile(_HARM),
    # harm a service did: told after the repair visit, if one is told (a burst tyre is the reason)
    "service_damage": _AfterVisit(_HARM),
    "product_defect_injury": _compile(f"(?=.*(?:{_HARM}))(?=.*(?:{_GOODS_CAUSE}))", re.S),
    **{type_id: _compile(_FAULT) for type_id in
       ("online_not_as_described", "household_car_three_guarantees")},
    # goods bought and used for a while, the message cut off right there ("……使用半年后，能行吗？"):
    # what went wrong is left unsaid, and a fault after some use is by far its likeliest reading
    "quality_three_guarantees": _compile(_FAULT + "|" + _USED_THEN_CUT),
    "private_seller": _compile(_PRIVATE),
    # a booking: its terms, price or cancellation (bugs in the bed are a safety question)
    "hotel_booking": _compile(
        r"预订|预定|订了|订的|订房|退订|取消|订单|房型|房费|超售|没有房|没房|满房|价|定金|押金|到店|"
        r"入住|退房|续住|携程|美团|飞猪|去哪儿|平台"),
    # a child's spending: in a game or on a streamer (the games rule only where a game is);
    # an adult's banned game account is no minor's question
    "minor_online_spending": _compile(
        r"(?=.*(?:孩子|小孩|儿子|女儿|学生|未成年|岁|初中|小学|高中|娃))"
        r"(?=.*(?:游戏|手游|网游|打赏|充值|充了|充钱|付款|支付|花了|扣了|刷了|"
        # or bought something with a parent's phone or account ("孩子用我的手机买了两千块的玩具")
        r"(?:用|拿)(?:了)?(?:我|我们|家长|爸爸|妈妈|大人|父母)的?(?:手机|账号|微信|支付宝|淘宝)"
        r"[^。？！，,]{0,8}(?:买|下单|拍)))", re.S),
    # a pet bought: a pet named and a purchase (a vet's care, a house's past are not)
    "pet_purchase": _compile(
        r"(?=.*(?:宠物|狗|猫|犬|鸟|鹦鹉|兔|仓鼠|龟|观赏鱼|柯基|泰迪|金毛|哈士奇|布偶|英短|比熊|博美|萨摩|拉布拉多|柴犬))"
        r"(?=.*(?:买|购|卖|宠物店|犬舍|猫舍|繁育|定金|包健康|保证健康|"
        # or the deal told by its papers and money: a receipt, a refund, a swap for another
        r"收据|(?:再|另|多)(?:付|交|加)|退款|不退|换(?:一只|一条|同等|同样|别的|其他)))", re.S),
    # a tour's service told (the agency, the guide, the itinerary, the group, a tour bought online):
    # a thing bought at a scenic spot's shop or while travelling is a purchase like any other
    "travel_agency": _compile(
        r"旅行社|旅游社|地接|组团|跟团|报团|参团|报了?[^。？！，,]{0,4}团|旅游团|旅行团|团费|团餐|低价团|纯玩团|购物团|"
        r"[一二两三四五六七八九十\d几]+日游|导游|领队|行程|旅游合同|自由行|旅游线路|线路|研学|包车游|自费项目|购物店|购物点|"
        r"强制购物|在线旅游|旅游平台|旅游产品|出境游|出国游|国内游|港澳游|周边游|夕阳红|旅游套餐|跟的团|成团|拼团游|"
        # a trip someone organised, selling on its coach ("…去港澳旅游，好像是一个平台组织的")
        r"组织(?:的|了)?[^。？！，,]{0,6}(?:旅游|出游|游玩)|(?:旅游|出游)[^。？！]{0,30}组织|"
        r"(?:车上|上车)[^。？！]{0,12}(?:卖|推销|购物)"),
    # a bank's, an insurer's or an investment product (a surgeon's "no risk" is none)
    "financial_product": _compile(
        r"银行|理财|基金|保险|贷款|信用卡|分期|利息|收益|投资|存款|证券|股票|金融|网贷|借呗|花呗"),
    # prices named (a promotional text message is no price question)
    "merchant_price_penalty": _compile(
        r"标价|价签|明码|价格|价钱|收费|多收|原价|划线价|涨价|降价|打折|折扣|优惠|差价|价目|定价|报价|标错|贵|便宜|元|块"),
    # a drug named (an examination a hospital ordered is no drug's quality) and something
    # wrong with it or done by it (a medicine returned unopened is a return, not its quality)
    "drug_quality": _compile(
        r"(?=.*药(?!店|房))(?=.*(?:假|劣|过期|变质|质量|副作用|不良反应|没效果|没有效果|无效|不管用|过敏|吃了|服用|"
        r"吃坏|中毒|伤|不合格|发霉|异物|疗效|功效|治|说明书|批号|批准文号|成分|含量|吃出|喝了|用了|用后|用完|难受|"
        r"不舒服|头晕|恶心|呕吐|出事|问题))", re.S),
    # goods ordered or paid for and not delivered: the order, the payment or the delivery
    # told (a bus that drove past the stop is no order)
    "online_not_shipped": _compile(
        r"发货|发出|没发|不发|寄|快递|物流|订单|订的|订了|订购|下单|拍下|拍了|到货|收到|收货|送货|送达|送到|配送|"
        r"交付|交货|提货|网购|网上|淘宝|京东|拼多多|团购|预售|缺货|没货|有货|调货|库存|商家|卖家|店|买|购|付|钱|款"),
    # a wedding or a photo shoot named (a film at a cinema is none)
    "wedding_photography": _compile(
        r"婚|摄影|拍照|拍摄|照片|相片|相册|写真|影楼|跟拍|底片|精修|修图|选片|样片|照相|摄像|录像|拍的|证件照|全家福"),
    # a cosmetic or dental treatment (a check-up is none)
    "medical_beauty": _compile(
        r"美|整形|玻尿酸|肉毒|双眼皮|隆|抽脂|吸脂|祛|针|激光|植发|纹|脱毛|瘦脸|填充|假体|牙|种植|矫正|皮肤|疤|痘|斑"),
    # buying a car from a dealer (a car scratched at a service is a damage question)
    "car_dealer_fraud": _compile(
        r"买|购|卖|提车|新车|订车|定金|订金|销售|试驾|金融|贷款|上牌|保险|服务费|装潢|加装|库存|展车|"
        r"事故车|泡水|里程|出库|配置|合同|加价|全款"),
    # prices compared, one buyer's with another's or with before (a batch of goods that all fail,
    # a matchmaker's fee for dates who were shills, is no pricing question)
    "big_data_pricing": _compile(
        r"杀熟|新用户|新人|老用户|老客户|差别|不一样|不同|同(?:一|样)(?!批|次|个问题)|比[^。？！，]{1,10}(?:贵|高|便宜|低|多|少)|"
        r"[两俩](?:个|部|台)(?:手机|账号)|别人[^。？！，]{0,10}(?:价|钱|便宜)"),
    # an invoice or a receipt named (a film ticket is no invoice)
    # a repairer's overcharge or deceit needs a repair or a like job told (a sale's price raised
    # after payment is none) and a charge, a part or a lie (how long a repair may take, with
    # none of them, is the repair's delay). Told, the type is no guess left over when a likelier
    # one is ruled out (a car's repair at an independent garage is no maker's warranty)
    "repair_overcharge": _compile(
        r"(?=.*(?:修|售后|师傅|保养|开锁|疏通|通下水道|来通|堵|上门|安装|检测|数据恢复|加氟|缺氟|补胎|"
        r"换(?:了)?(?:个|块)?(?:零件|配件|主板|屏|屏幕|外屏|内屏|电池|胎|轮胎)))"
        # (parts waited for, 等配件 or 配件没货, are the delay's, not a part charged or swapped)
        # (a sum said as a bare figure is a charge: "开个门要了我500")
        r"(?=.*(?:钱|费|元|块|价|收|贵|[百千万]|换|要了|\d{2,}(?!\s*(?:天|日|号|年|月|个|次|小时|分钟|公里|km|斤|米|%|度))|"
        r"(?<!等)(?<!缺)(?:零件|配件|部件)(?![^。？！，]{0,4}(?:等|没货|缺货|没到|未到|还没))|主板|原装|原厂|二手|旧件|骗|坑|忽悠|宰|谎|偷|乱|虚|假|"
        r"山寨|冒充|官方|多(?:收|要|算|报|换)|加(?:了|项|钱|收|做)|没(?:坏|问题|毛病)|不需要|清单|明细|账单|单据|报价|要价|"
        r"缺氟|加氟|保养项目))", re.S),
    # short weight: something off with the weight, the scale or the meter told (fruit weighed out
    # at the stall, "称了两斤樱桃", then found rotten is the fruit's question, not the scale's)
    "short_weight": _compile(
        r"少|缺|短|不足|不够|差|轻|虚|多算|超|快|慢|手脚|作弊|磁铁|问题|不准|不对|不符|不一样|跳|(?:带|注|泡|沾|含|加|连)[^。？！，]{0,2}水|水分|冰衣|"
        r"连[^。？！]{0,8}(?:袋|盒|盘|包装|冰|绳|筐|框)|一起(?:称|算)|鬼秤|皮重|只有|实际|才|复秤|再称|重新称|"
        r"计量|净含量|分量|份量|克数|斤两|油箱|加油|(?:水|电|燃气|气)表|计价器|"
        # or a weight said against the one paid for ("明明一斤多，他说三斤", "绳子比螃蟹还重")
        r"明明|不到|还重|绳|说有|称出来|一称"),
    "invoice_refused": _compile(r"发票|票据|收据|开票|税票|小票|凭证|凭据|专票|普票|税"),
    # the estate's manager: named (a shop's own car park is a premises question)
    "property_service": _compile(r"物业|业主|业委会|小区|管理处|物管"),
    # a prepaid card's own rules: something the business did or refused with the card (its
    # expiry, balance, loss, transfer, fees, terms); a card only named is none
    "prepaid_card_rules": _compile(
        r"过期|到期|作废|清零|有效期|激活|丢|补办|挂失|转让|转给|过户|不让|不能|不给|不准|不退|不转|不补|不认|"
        # (whether it can be given back: "购物卡能退吗")
        r"能退|可以退|退吗|退不|退么|能不能退|可不可以退|怎么退|"
        r"不承认|余额|剩|涨价|加价|年费|收费|扣|换了?(?:人|老板)|新老板|规定|规则|条款|解释权|明细|调整|取消|没了|升级"),
    # goods not what they were claimed to be: a claim or its falsehood told (bottles that
    # broke on the way home are no counterfeit)
    "counterfeit": _compile(
        r"(?<![节请放寒暑休年婚产病])假(?!期|日)|仿|冒|山寨|A货|a货|正品|真品|鉴定|检测|防伪|翻新|二手|样机|展机|副厂|杂牌|原厂|原装|全新|纯|"
        r"赔三(?![万千百十块元])|三倍|欺诈|骗|以次充好|掺|其实是|实际是|实际上是|结果是|不是|并非|使用记录|专柜|品牌|名牌|"
        r"进口|国产|产地|克重|含量|材质"),
    # goods or a service forced on the buyer: the forcing told (a discount withdrawn after a
    # booking is a broken promise, not a tie-in)
    "forced_bundling": _compile(
        r"强制|强迫|强行|强买|强卖|必须|非要|一定要|不买|不办|不交|不用|不在|不给|不让|才(?:能|给|卖|让|可以)|"
        r"捆绑|搭售|搭配|搭着|默认|勾选|要求(?:买|购|交|用|同时|办|在)|指定|只能|被迫|附加|套餐"),
    # a second-hand deal: something bought or sold (a lost-property notice posted online is none)
    "secondhand_platform": _compile(r"买|卖|购|二手|闲置|闲鱼|转转|交易|出售|收购|回收|验货|鉴定|成色|几成新"),
    # money paid by mistake: the mistake told (a wrong number, twice, too much, unintended);
    # a top-up that never arrived or a stay cut short is no mistaken payment
    "mistaken_payment": _compile(
        r"错|误|多(?:付|充|扣|转|收|按|扫|打|交|缴|刷|点)|重复|两次|两笔|二次|又扣|不认账|(?:说|称)没收到|"
        # (a charge alone, "乱扣费", "扣了我八十", is the business's, not the consumer's mistake)
        r"别人的?(?:账|号)|另一个|没想|不小心|手滑|点了两|不认识的人|陌生"),
    # a bargain to undo for deceit, a mistake or unfairness: one of them told (a stay cut
    # short because a child fell ill is no deceit)
    "contract_mistake_fraud": _compile(
        r"骗|忽悠|误解|误以为|以为|隐瞒|冒充|错|显失公平|趁|压低|半推半就|拉进|哄|撤销|说的|说是|说好|"
        r"承诺|不一样|不符|套路|诱导|欺诈|蒙|瞒|假|虚|夸大|吹|推销|业务员|销售"),
    # earnest money, a deposit or an advance named (a year's rent paid is none)
    "dingjin_deposit": _compile(r"定金|订金|诚意金|意向金|预付|预定|预订|预交|押金|首付|认筹|订了|定了|先交|先付|"
                                 r"(?:让|要)我?(?:先)?交|不想|不买了|没买成|不要了"),
    # a carrier's service told: a line, a number, a plan, the network (a charging pile's or a
    # parking meter's charges are no telecom question)
    "telecom_service": _compile(
        r"电信|移动(?!电源|硬盘|支付|端)|联通|广电|运营商|营业厅|宽带|光猫|光纤|网速|断网|网络(?:信号|故障)|话费|流量|套餐|"
        r"手机卡|电话卡|流量卡|上网卡|物联卡|号码|手机号|携号转网|副卡|合约|漫游|增值业务|短信|彩铃|来电显示|机顶盒|"
        r"有线电视|IPTV|iptv|[45]G|停机|销户|拆机|信号|10086|10000|10010|月租"),
    # a renewal or a recurring charge told (a month's stay left early is none)
    # a renewal told: a charge alone ("停车场扣了我20块", "押金被扣了") is no renewal; a charge
    # that recurs, or one for a membership or a subscription, is
    "auto_renewal": _compile(r"续|自动|包月|包年|每[个]?月|每年|订阅|试用|免密(?:支付|扣费|代扣)|代扣|"
                             r"(?:又|再|连续|接连|每次|次月|下个?月|[两三四五六七八九十几\d]+个?月)[^。？！，,]{0,6}扣|"
                             r"(?:会员|VIP|vip|视频|音乐|网盘|[Aa][Pp][Pp]|软件)[^。？！]{0,10}扣|扣[^。？！，,]{0,8}(?:会员|VIP|vip)"),
    # the person's dignity: a search, a detention, an insult, a slander or a refusal told
    # (a necklace lost in a shop whose camera footage is not shown is none)
    "dignity_search": _compile(
        r"搜|翻|查(?:我的?)?包|开包|打开包|检查包|辱|骂|诽谤|污蔑|诬陷|冤枉|诬赖|小偷|偷|关(?:在|起来|进)|扣留|扣住|"
        r"不让(?:我)?(?:走|离开|出)|拦|羞|歧视|拒绝服务|打(?:了|我|人)|推(?:了|我)|动手|态度|尊严|人格|名誉|"
        r"贴出|曝光|公示|挂出|讹|老赖|买不起|穷"),
    # a change of mind: said so (a spoiled carton of milk is no change of mind)
    "store_change_of_mind": _compile(
        r"不(?:那么|太|怎么|是很|是那么)?喜欢|不想要|后悔|不合适|不要了|不满意|冲动|用不上|买多了|买错|选错|没拆|未拆|没用过|没穿|"
        r"七天|7天|无理由|包退|随时(?:可以)?退|标签|吊牌|小票"),
}
# A change of mind is no fault: a question that names one is about the fault.
_NO_FAULT_TYPE_UNLESS = (r"坏|故障|(?<!能)不能用|用不了|漏|裂|开胶|掉色|起球|失灵|瑕疵|毛病|次品|不合格|"
                         r"破损|异响|假|翻新|不对|不符|不一致|货不对板|做得很差|头晕|过敏|" + _TESTED_SHORT)
# The business damaged the consumer's things (把我车上的记录仪弄坏了): a damage question, not
# one of a fault in goods bought.
_DAMAGED_BY_THEM = _compile(r"把我(?:的|家|车上的|车里的)?[^，。？！]{0,10}"
                              r"(?:弄|搞|划|刮|磕|砸|碰|洗|修|烫)(?:坏|断|花|破|丢)")
# A home rented and in need of repair is the landlord's duty under the lease, not a
# repairer's delay or overcharge.
_RENTED_HOME = _compile(r"租的房|租房|房东|租住|长租公寓|公寓管家|承租|租的公寓|租的屋")
# A thing handed in for repair and a wait for it (a car towed to the 4S shop after a burst tyre,
# "等了五天还没换好"); and the words of a repair's charge or its parts disputed
_REPAIR_WAIT = (r"(?:送修|修理|维修|在修|修车|拖到|拖去|送到|送去|放在|开到|开去)[^。？！]{0,30}"
                r"(?:还没(?:有)?(?:修|换|弄)好|没(?:有)?(?:修|换|弄)好|还没好|迟迟|一直(?:没|不|拖|等)|拖了|等了|"
                r"[一二三四五六七八九十两几\d]+(?:天|周|个星期|星期|个月)(?:了|还|都))")
_REPAIR_CHARGE = (r"收费|多收|加收|乱收|收了|要价|报价|价格|贵|坑|骗|宰|忽悠|偷换|换了?(?:旧|二手|副厂)|旧件|二手|副厂|"
                  r"原装|原厂|账单|清单|明细|发票|不需要|没(?:坏|问题|毛病)|多少钱|[\d一二三四五六七八九十两几百千万]+(?:块|元)")
# A shared facility of a housing estate (its pump room, lifts, car park): the estate's
# manager's duty, not goods bought.
_ESTATE = (r"物业|小区(?:的|里的?|内的?)?(?:泵房|水泵|二次供水|配电房|变电箱|变压器|电梯|路灯|门禁|道闸|垃圾站|"
           r"垃圾房|化粪池|排污|下水道|公共|共用|地下车库|车库|停车场|绿化|楼道)")
# A purchase pressed on the consumer from the business's own stock ("非要我买他们的")
_FORCED_PURCHASE = (r"(?:非要|硬要|逼着?|强制|强迫|必须|只能)(?:我|我们|我家|业主|用户)?(?:买|购买|换|用|安装|装)"
                    r"(?:他们|他家|他们家|指定|公司|店里)")
# A ride whose driver took a longer way and charged for it (the detour facet's words)
_DETOUR = (r"(?=[\s\S]*(?:绕路|绕道|绕远|故意绕|多绕|走远路|不走(?:近路|导航)))"
           r"(?=[\s\S]*(?:司机|打车|出租|的士|网约车|滴滴|快车|专车|车费|计价器|打表))")
# A business's rider, courier or driver who ran into someone on the way
_WORKER_RAN_INTO = (r"(?:骑手|外卖员|外卖小哥|送餐员|送餐小哥|送餐的|送外卖的|跑腿|配送员|快递员|快递小哥|送快递的|"
                    r"司机|代驾)[^。？！]{0,30}(?:撞|碰倒|刮倒|轧)")


class _HurtAtService:
    """A TYPE_UNLESS for the prepaid service types: a person hurt during a class, a workout or a
    treatment paid ahead (the injury facet), with no refund, closing or leaving told. The injury is
    then the question (the safety duty, the harm's worth), not the prepaid contract."""

    _MONEY = _compile(r"退|跑路|关门|倒闭|停业|停课|转让|搬|换老板|不想(?:学|练|上|去|做)|不(?:学|练|上|做)了|"
                      r"剩(?:下|余)的?(?:课|次|钱|费)|余额|延期|补课|冻结|停卡")
    # (a refund the business offered instead of paying for the harm, "馆里只说给退剩下的课时费", is no
    # refund asked)
    _OFFERED = _compile(r"(?:只|就|才)(?:说|肯|同意|答应|愿意)?(?:给|帮)?(?:我们?|孩子)?退[^。？！，,]*")

    def __init__(self) -> None:
        self.pattern, self.flags = self._MONEY.pattern, self._MONEY.flags

    def search(self, question: str) -> re.Match[str] | None:
        if self._MONEY.search(self._OFFERED.sub("", question)):
            return None
        injury = next((f for f in facets_of(question) if f.id == _INJURY_FACET), None)
        return injury.cue.search(question) if injury is not None else None


_HURT_AT_SERVICE = _HurtAtService()
# A part replaced at a repair that needed no replacing: the old one fine, still usable, the work
# not needed ("换下来的旧件是好的", "拿到别处一看旧的还能用", "根本不用换")
_NEEDLESS_PART = (r"(?:换|更换)[^。？！]{0,12}(?:根本)?(?:没坏|是好的|好好的|不用换|没必要换|不需要换|不该换)|"
                  r"(?:旧件|旧的|拆下来的|换下来的)[^。？！]{0,12}(?:是好的|没坏|好好的|还能用)")
TYPE_UNLESS: dict[str, re.Pattern[str] | _HurtAtService] = {
    # a person hurt during a class, a workout or a beauty treatment paid ahead
    **{type_id: _HURT_AT_SERVICE for type_id in ("prepaid_training", "prepaid_fitness", "prepaid_beauty")},
    # a ride hailed through an app whose driver took a longer way and charged for it: the
    # carriage's route and fare (the detour facet: 民法典812, 813), not a platform's duty as seller
    # nor a rider or a driver who ran into someone: the employer's liability for its worker
    "platform_liability": _compile(_DETOUR + "|" + _WORKER_RAN_INTO),
    # a utility accusing its customer of tampering with the meter is the supply contract's
    # question, not a shop's search or insult
    "dignity_search": _compile(r"偷电|窃电|违约用电|私接电|偷水|偷气|"
                                 r"(?:动|改|调)(?:过|了)?[^。？！，]{0,4}(?:电表|水表|气表|燃气表)"),
    # a top-up or a payment that never arrived, with no mistake told: the service owed, not
    # money paid by mistake
    "mistaken_payment": _compile(r"^(?!.*(?:错|误|重复|两次|两笔|多(?:付|充|扣|转)))"
                                   r"(?=.*(?:没到账|未到账|没有到账|不到账|没到|没充上|没有充上|没(?:有)?显示))|"
                                   + _DETOUR, re.S),
    # a charge for a repair, a delivery or an installation, with no delay, no wait and nothing
    # broken or left undone told ("修个冰箱收了我八百"), is the charge's question, not a delay
    # nor a car bought (新买的雅阁 waiting for parts): the household-car rules on repair time answer
    # (a car a road mishap damaged, no fault nor warranty told, waits at a garage like any repair)
    "installation_repair_delay": _compile(
        r"^(?!(?=[\s\S]*(?:" + CAR_MISHAP.pattern + r"))(?![\s\S]*(?:" + CAR_FAULT.pattern + r")))"
        + CAR_BOUGHT.pattern[1:] + "|" + _RENTED_HOME.pattern
        # (a repair's bill against the price agreed, no wait told: the charge's question)
        + r"|^(?![\s\S]*(?:多久|多长时间|几天|时间|拖(?!到|去|车|走|回)|等|迟|晚|慢|延|久|还没|一直|天了|周|星期|个月|"
        r"放鸽子|没(?:有)?(?:来|送|到|发|上门)))(?=[\s\S]*(?:"
        r"说好的?(?:是|价)?[^。？！]{0,4}[\d一二三四五六七八九十两几百千万]|报价|要价|多收|乱收|加价|收了?我?[\d一二三四五六七八九十两几百千万]))"
        + r"|^(?!.*(?:多久|多长时间|几天|时间|拖(?!到|去|车|走|回)|等|迟|晚|慢|延|久|还没|"
        r"没(?:有)?(?:修|来|装|送|到|发|上门|人)|"
        r"不(?:来|修|装|送|管|理)|一直|天了|周|星期|个月|修不好|没修好|坏|漏|弄|放鸽子|打不通|备用|态度))"
        r"(?=.*(?:收|钱|费|元|块|[百千万]|价|贵))|"
        # nor a part said to be replaced and found not to be, no wait told: the repairer's deceit
        r"^(?!.*(?:多久|多长时间|几天|拖|等|迟|晚|慢|延|还没|一直|天了|周|星期|个月|修不好|没修好))"
        r"(?=.*(?:没(?:有)?换|还是(?:原来|以前|之前|旧)(?:的|那)|偷换|调包|掉包|以次充好|旧件|"
        r"二手(?:零件|配件)|" + _NEEDLESS_PART + r"))|"
        # nor a home's decoration past its date ("装修说好春节前完工"): the decoration contract's delay
        r"^(?=.*(?:装修|装潢|家装))(?=.*(?:完工|工期|竣工|开工|动工|施工进度))", re.S),
    # a ride's fare above its estimate is the carriage's fare (民法典813), not a shop's price tag,
    # nor a price set by the user (unless other users' fares for the same trip are told)
    **{type_id: _compile(r"^(?!.*(?:杀熟|新用户|老用户|别人|朋友|同事|不同(?:的)?(?:手机|账号|用户)|"
                           rf"[两俩](?:个|部)(?:手机|账号)))(?=.*(?:{TRIP_FARE}))", re.S)
       for type_id in ("price_fraud", "unmarked_price", "big_data_pricing")},
    # furniture or a mattress bought ready-made that gives off formaldehyde or smells: the goods
    # are faulty (a seller's and maker's duty), no decoration work was done
    "home_decoration": _compile(
        r"^(?!.*(?:装修|装潢|施工|装修公司|施工队|工人|工期|刷墙|铺地|贴砖|吊顶|水电))"
        r"(?=.*(?:买|购)(?:来|回来|回家|到)?的?[^。？！，]{0,8}(?:家具|沙发|床垫|床|衣柜|柜子|书柜|桌子|餐桌|书桌|椅子|地毯|"
        r"窗帘|茶几|鞋柜|橱柜))", re.S),
    # a rented home's repair is the landlord's, not a repairer's (what a repairer's overcharge
    # needs told: TYPE_NEEDS)
    # (nor is a wait for a repair with no charge nor part disputed: the delay's question)
    "repair_overcharge": _compile(_RENTED_HOME.pattern + r"|^(?![\s\S]*(?:" + _REPAIR_CHARGE + r"))"
                                  r"(?=[\s\S]*" + _REPAIR_WAIT + r")"),
    # a camera or a phone bought (photos found on it, its lens at fault) is goods, not a photo shoot
    "wedding_photography": _compile(r"(?:买|购)[^。？！，]{0,10}(?:相机|单反|微单|镜头|手机|电脑|平板|打印机)"),
    # a used thing bought in a shop (a phone shop, a computer mall's counter), with no platform,
    # no private seller and nothing sent: the shop's sale, not a second-hand platform's rules
    "secondhand_platform": _compile(
        r"^(?!.*(?:闲鱼|转转|平台|网上|网购|网店|[Aa][Pp][Pp]|小程序|链接|拍下|下单|快递|发货|寄|个人|闲置|自用|私人|"
        r"朋友圈|微信|群里|直播))"
        r"(?=.*(?:店家|店里|店员|店主|实体店|门店|专卖店|手机店|数码城|电脑城|数码广场|商场|柜台|营业厅))", re.S),
    # (nor a thing the business pressed the consumer to buy from it, its fault the business's own
    # word: "说我的软管不合格，非要我买他们的" is a forced sale)
    "quality_three_guarantees": _compile(_DAMAGED_BY_THEM.pattern + "|" + _RENTED_HOME.pattern + "|" + _ESTATE
                                         + "|" + CAR_BOUGHT.pattern + "|" + _FORCED_PURCHASE),
    # nor a car bought by its maker's or model's name (新买的卡罗拉, 问界M7): the household-car
    # rules are its (a tyre or a mat bought for one stays goods)
    "online_not_as_described": CAR_BOUGHT,
    # nor is a car rented, shared or driven by a hired driver a car bought
    # nor a car served at an independent garage, a car wash or a tyre shop (a service's
    # quality, not the maker's warranty), unless the car was bought new
    "household_car_three_guarantees": _compile(
        # nor the money of a car bought (the instalment, the loan, a fee) with no fault named
        r"^(?!.*(?:故障|坏|异响|漏|抖|熄火|维修|修理|返修|三包|换车|退车|质量|毛病|缺陷|召回))"
        r"(?=.*(?:月供|分期|贷款|首付|利息|利率|还款|尾款|手续费|服务费|金融|按揭))|" +
        _DAMAGED_BY_THEM.pattern + r"|租(?:了|的)?.{0,4}车|租车|共享汽车|代驾|"
        r"^(?!.*(?:提车|新车|买车|购车|刚买|买的车|三包))"
        r".*(?:洗车|汽修|修理厂|修理店|修理铺|维修店|维修厂|维修站|汽车维修|修车(?:店|铺|厂|的|行|师傅)|快修|补胎|贴膜|改装|钣金|"
        r"汽车美容|"
        # (or a part replaced that needed no replacing, the old one fine: the repairer's upsell)
        + _NEEDLESS_PART + r")|"
        # nor a car a road mishap damaged (爆胎, 追尾, 剐蹭) and waiting at the 4S shop, no fault
        # nor warranty told: a repair like any other, not the maker's warranty
        r"^(?![\s\S]*(?:" + CAR_FAULT.pattern + r"))(?=[\s\S]*(?:" + CAR_MISHAP.pattern + r"))", re.S),
    "store_change_of_mind": _compile(_NO_FAULT_TYPE_UNLESS),
    # a washing machine (洗衣机: bought, broken, repaired) shares the laundry's words but is no
    # laundry's care of clothes handed in, unless a laundry or things sent to be washed are told;
    # nor are clothes the consumer bought or washed at home ("按标签洗了一次就缩水"): the goods'
    # quality, not a launderer's care
    # (nor a car washed: the car wash's care of the car, not a laundry's of clothes)
    "laundry_damage": _compile(r"^(?![\s\S]*(?:洗衣店|洗衣房|干洗|送洗|送去洗|拿去洗|洗衣服))"
                               r"(?=[\s\S]*(?:洗车|汽车美容))|"
                               # (nor a laundry's card asked back, nothing harmed: money paid ahead)
                               r"^(?![\s\S]*(?:洗坏|缩水|掉色|染色|褪色|变形|破|丢|损|坏|烂|起球|发黄|少了|划|皱|赔))"
                               r"(?=[\s\S]*(?:卡|充值|充了|充的|会员|预存|储值))|"
                               r"^(?![\s\S]*(?:洗衣店|洗衣房|干洗|送洗|送去洗|拿去洗|洗鞋|(?:皮具|奢侈品|包包?)护理|"
                               r"洗护|水洗店|洗衣服务|洗衣铺))"
                               r"(?=[\s\S]*(?:洗衣机|买|购|自己洗|在家(?:里)?洗|手洗|机洗|我洗|"
                               r"(?:按|照|根据)[^。？！，]{0,6}(?:标签|水洗标|洗涤标|洗标|说明|吊牌)))"
                               # (nor clothes a waiter spilt on at a meal: the dry cleaning named is
                               # the damage's measure, no laundry's care)
                               r"|^(?![\s\S]*(?:洗衣店|洗衣房|送洗|送去洗|拿去洗|水洗店|洗衣服务))"
                               r"(?=[\s\S]*(?:洒|泼|溅|弄脏|弄湿|蹭脏))"
                               r"(?=[\s\S]*(?:饭店|餐厅|饭馆|火锅|酒楼|服务员|吃饭|用餐|上菜|端菜))"),
    # a housing estate named only as where a shop is ("小区门口的理发店"): the shop's service,
    # not the estate's manager
    "property_service": _compile(r"^(?!.*(?:物业|业主|业委会|管理处|物管))"
                                   r"(?=.*小区(?:门口|旁边|附近|对面|楼下|外面|里面?|内)的?[^。？！，]{0,8}"
                                   r"(?:店|馆|超市|摊|诊所|药房|中心|机构|铺))", re.S),
    # goods a carrier lost or damaged, with no seller in the story ("物流把东西丢了…还把我拉黑"):
    # the carrier's liability, not a private sale
    "private_seller": _compile(r"^(?!.*(?:卖家|卖给|商家|微商|代购|买的|买了|购买|下单|付款|转账))"
                                 r"(?=.*(?:物流|快递|货运|托运|承运))", re.S),
    # a passenger hurt on the ride is the carrier's duty, not a product's defect
    "product_defect_injury": PASSENGER_HURT,
    # an animal that bit or scratched someone is a tort of its keeper, not a pet's sale
    # nor is one's own pet left in a business's care (boarding, grooming, training, a vet) and
    # harmed there, no pet bought: the care taken of it (a service's damage, a bailment)
    "pet_purchase": _compile(r"(?:狗|猫|犬|宠物|动物)[^。？！，]{0,8}(?:咬|抓伤|抓了|抓破|扑倒|扑到|撞倒)|"
                             r"^(?![\s\S]*(?:买|购|卖给|卖的|订的|定的))(?=[\s\S]*(?:寄养|洗澡|洗护|美容|托管|代养|"
                             r"训练|训犬|宠物医院|动物医院|绝育|打针|疫苗|看病|驱虫|剃毛|修剪|寄放|遛狗|上门喂))"),
    # the online no-reason return: not for a fault or a difference, unless the question
    # itself asks about the no-reason right (七天无理由, 不喜欢 ...)
    "online_no_reason_return": _compile(
        r"^(?!.*(?:七天|7天|七日|7日|无理由|不喜欢|不想要|后悔|不合适|不要了|买错|选错|尺码|大小|没拆|未拆|拆封|"
        r"拆了|定制|定做|生鲜|数字|下载|运费险|退货运费))"
        r"(?=.*(?:" + _NO_FAULT_TYPE_UNLESS + r"|三无|色差|颜色差|差很多|不一样|能效|含量|冒烟|起火|"
        r"没声音|没反应|不亮))", re.S),
}
# Types that are the offline twin of an online one: not for a question bought online.
TYPE_NOT_FIELDS = {"store_change_of_mind": "online"}


def _field_type(dispute) -> bool:
    """A type about one special field (cars, food, drugs ...), not a general one."""
    return (TYPE_FIELDS.get(dispute.id) or field_of(dispute.articles[0])) in _THING_FIELDS


# Types whose facts may be told in a second field's words: goods lost or damaged by a
# logistics firm (物流, 货运, 托运) are the carrier's as a parcel is the courier's.
TYPE_ALSO_FIELDS = {"delivery_loss": ("transport", _compile(r"物流|货运|托运|承运|货物|运货|拉货|发货|货"))}
# Types whose field is also told by their own words: a concert's, a play's or a match's ticket is
# the ticket type's (its examples hold them), though no carriage is told.
# Only when a refund, a cancellation or a fee is told: a show moved in time is a promise broken
# (民法典577), not a refund's terms.
TYPE_OWN_WORDS = {"ticket_refund": re.compile(
    r"^(?=[\s\S]*(?:退|取消|手续费|改签|作废))[\s\S]*(?:"
    r"演唱会|音乐会|音乐节|演出|话剧|舞台剧|音乐剧|歌剧|相声|脱口秀|livehouse|[Ll]ive|球赛|赛事|比赛的?门?票|"
    r"电影票|展览|展会|(?:演出|比赛|展)[^。？！，]{0,4}票|门票)")}


PREMISES_TYPE = "premises_safety_injury"
CONTRIBUTORY_FAULT = "民法典:1173"  # 被侵权人对同一损害的发生或者扩大有过错的，可以减轻侵权人的责任
_INJURY_FACET = "injury"


def _hurt_on_premises(question: str) -> bool:
    """A person hurt (the injury facet) with no goods that did it (_GOODS_CAUSE): a business
    asking about such a customer faces the premises' safety duty, not a product's."""
    return (any(f.id == _INJURY_FACET for f in facets_of(question))
            and not re.search(_GOODS_CAUSE, question))


def type_in_field(dispute, question: str) -> bool:
    """A type about a field the question's words are not in is the wrong type, whatever
    words it shares (a toy car is no car, an expired gift card no food); so is a type
    whose core articles (its first three) all belong to such a field."""
    needed = TYPE_FIELDS.get(dispute.id)
    also, goods = TYPE_ALSO_FIELDS.get(dispute.id, (None, None))
    own_words = TYPE_OWN_WORDS.get(dispute.id)
    if (needed is not None and needed not in mentioned_fields(question)
            and not (also in question_fields(question) and goods is not None and goods.search(question))
            and not (own_words is not None and own_words.search(question))):
        return False
    if TYPE_NOT_FIELDS.get(dispute.id, "-") in mentioned_fields(question):
        return False
    if dispute.id in TYPE_NEEDS and not TYPE_NEEDS[dispute.id].search(question):
        return False
    if dispute.id in TYPE_UNLESS and TYPE_UNLESS[dispute.id].search(question):
        return False
    if needed is not None:
        return any(fits(key, question) for key in dispute.articles)
    return any(fits(key, question) for key in dispute.articles[:3])


# The civil code's articles a consumer dispute rests on: a bargain's validity (欺诈, 重大误解
# …), format clauses and void exemptions (506), performance, termination, breach and earnest
# money (586-588), and the torts of fault, personal
# and property harm, safety duties and defective products.
_CIVIL_CORE = (range(143, 158), range(496, 499), range(506, 507), range(509, 511), range(563, 567),
               range(577, 585), range(586, 589), range(1165, 1166), range(1179, 1185), range(1198, 1199),
               range(1202, 1208))


def consumer_core(key: str) -> bool:
    """An article a consumer dispute can rest on when nothing else (no dispute type, no
    general issue) chose it: any article of the consumer laws and of the special fields,
    but of the civil code only those of _CIVIL_CORE; its other parts (guardians, periods,
    warehousing, animals ...) answer no consumer's question on retrieval's words alone,
    however well those words match."""
    law, _, number = key.partition(":")
    if law != "民法典" or not number.isdigit():
        return True
    return any(int(number) in span for span in _CIVIL_CORE)


def _general_part(key: str) -> bool:
    """An article of the civil code's general part other than those on a bargain's validity
    (143-158) and on limitation (188-199): persons, guardians, agency, the counting of
    periods. A type's answer quotes none of them unless the type lists it."""
    law, _, number = key.partition(":")
    if law != "民法典" or not number.isdigit() or int(number) > 204:
        return False
    return not (143 <= int(number) <= 158 or 188 <= int(number) <= 199)


def _penalty_only(doc) -> bool:
    """An article that sets a fine and no damages: the business's side, not the consumer's."""
    return "罚款" in doc.text and "赔偿" not in doc.text


class _Facts:
    """One question's retrieval evidence over every law article: ranks fused once."""

    def __init__(self, eng: Engine, question: str):
        self.eng = eng
        self.question = question
        scores = eng.scores(question, "hybrid" if eng.has_dense else "bm25")
        self.scores = scores
        laws = np.flatnonzero(eng._mask("law"))
        self.laws = laws
        fused = np.zeros(len(eng.docs))
        for name, values in scores.items():
            order = laws[np.argsort(-values[laws], kind="stable")]
            if name == "bm25":
                order = order[values[order] > 0]
            ranks = np.empty(len(order))
            ranks[:] = np.arange(len(order))
            fused[order] += 1.0 / (RRF_K + ranks + 1)
        self.fused = fused
        self.ways = max(len(scores), 1)

    def fit(self, key: str) -> float:
        i = self.eng.by_key.get(key)
        return 0.0 if i is None else float(self.fused[i])

    def agreement(self, key: str) -> float:
        """1.0 when the article is first in every ranking, lower as it falls."""
        return self.fit(key) * (RRF_K + 1) / self.ways

    def best(self, n: int, allow=lambda doc: True) -> list[str]:
        order = self.laws[np.argsort(-self.fused[self.laws], kind="stable")]
        out = []
        for i in order:
            if self.fused[i] <= 0:
                break
            doc = self.eng.docs[i]
            if allow(doc):
                out.append(doc.key)
                if len(out) >= n:
                    break
        return out

    def rank_of(self, key: str) -> int | None:
        i = self.eng.by_key.get(key)
        if i is None or self.fused[i] <= 0:
            return None
        return int((self.fused[self.laws] > self.fused[i]).sum()) + 1


def _allowed(question: str, merchant: bool):
    def allow(doc) -> bool:
        if not fits(doc.key, question):
            return False
        if _penalty_only(doc) and not (merchant or re.search(_PENALTY, question)):
            return False
        return True
    return allow


def _expanded(question: str) -> str:
    """The question with the legal words for its consumer phrases (data/synonyms.yml)."""
    from .retrieval import synonyms

    return question + "".join(w for phrase, words in synonyms().items() if phrase in question
                              for w in words)


def _bigrams(text: str) -> set[str]:
    text = re.sub(r"[\s\W]", "", text)
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _matches(question: str, side: str, eng: Engine | None = None):
    """The guide's best types for one side: words and meaning (semantic.match) when the
    engine is given, the words alone for a clause."""
    try:
        if eng is not None:
            from .semantic import match as by_meaning

            return by_meaning(question, eng, k=5, side=side)
        from .guide import match

        return match(question, k=3, side=side)
    except Exception:  # noqa: BLE001 - the guide must never break answers
        log.exception("dispute guide failed")
        return []


def _clause_matches(clauses: list[str], side: str) -> list[list]:
    """_matches(clause, side) of each clause (the words alone), the classifier run once."""
    try:
        from .guide import match_many

        return match_many(clauses, k=3, side=side)
    except Exception:  # noqa: BLE001 - the guide must never break answers
        log.exception("dispute guide failed")
        return [[] for _ in clauses]


def _accept(matches, facts: _Facts):
    """The dispute type the whole question supports, or None."""
    kept = [m for m in matches if type_in_field(m.type, facts.question)]
    if not kept or _leftover(matches, kept, facts.question):
        return None
    # the share of types ruled out by their field goes to the rest, as if never offered;
    # but not beyond doubling them: when most of the share was on types of a field the
    # words miss, a small type left over is no answer ("健身房老板卷款跑了" is no clause)
    removed = min(0.5, sum(m.score for m in matches if m not in kept))
    matches = sorted((GuideMatch(m.type, m.score / max(1e-9, 1.0 - removed)
                                 * (FIELD_BOOST if _field_type(m.type) else 1.0)) for m in kept),
                     key=lambda m: -m.score)
    top = matches[0]
    if top.score >= ACCEPT:
        return top.type
    if _no_facts(facts.question):
        return None  # reads like a greeting, an errand or a question with no facts yet
    if top.score >= ACCEPT_LOW:
        runner_up = matches[1].score if len(matches) > 1 else 0.0
        if top.score >= LEAD_RATIO * runner_up:
            return top.type  # a clear favourite, if not a sure one
        ranks = [facts.rank_of(k) for k in top.type.articles]
        if any(r is not None and r <= AGREE_TOP for r in ranks):
            return top.type
    elif top.score >= ACCEPT_WEAK:
        # a weak but clear favourite: on real questions its general articles are right far
        # more often than the best of retrieval alone
        runner_up = matches[1].score if len(matches) > 1 else 0.0
        if top.score >= LEAD_RATIO * runner_up:
            return top.type
    return None


def _pair(matches, facts: _Facts):
    """Two types the question is about together, when neither is sure alone: the two likeliest
    that its fields allow, level (the second at least PAIR_SHARE of the first) and together
    past ACCEPT (a corkage fee and a minimum charge: an unfair clause and an unmarked price).
    Returns (first, second) or None."""
    kept = [m for m in matches if type_in_field(m.type, facts.question)]
    if len(kept) < 2 or _leftover(matches, kept, facts.question) or _no_facts(facts.question):
        return None
    removed = min(0.5, sum(m.score for m in matches if m not in kept))
    first, second = sorted(kept, key=lambda m: -m.score)[:2]
    scale = 1.0 / max(1e-9, 1.0 - removed)
    if (first.score * scale >= ACCEPT_LOW and second.score >= PAIR_SHARE * first.score
            and (first.score + second.score) * scale >= ACCEPT):
        return first.type, second.type
    return None


# A type left over is no guess when the facts it is about are told: a thing handed in for repair
# (a car a mishap damaged, once the maker's warranty is out) and a wait for it.
_NO_GUESS_WHEN = {
    "installation_repair_delay": _compile(_REPAIR_WAIT),
}


def _leftover(matches, kept, question: str = "") -> bool:
    """The likeliest type was ruled out (its field's words or its facts are missing) and
    the best one left is not even LEFTOVER of it: the question is of a kind the guide has
    no type for (spilt milk tea between a shop and its rider, a pet's boarding), and what
    is left over is a guess ("侮辱消费者" for the milk tea), unless the facts that type needs
    are told (TYPE_NEEDS: bites in a hotel bed are a safety question once booking is out)
    or the type is about a field of things (_THING_FIELDS) the question's own words are in
    (tea bought online that weighs short is a weights question once the online type is out)."""
    best = max(matches, key=lambda m: m.score)
    second = max(kept, key=lambda m: m.score)
    return (best not in kept and second.score < LEFTOVER * best.score
            and second.type.id not in TYPE_NEEDS
            and not (second.type.id in _NO_GUESS_WHEN and _NO_GUESS_WHEN[second.type.id].search(question))
            and not (question and TYPE_FIELDS.get(second.type.id) in _LEFTOVER_FIELDS & question_fields(question)
                     and (TYPE_FIELDS[second.type.id] != "prepaid" or own_words_in("prepaid", question))))


def _likeliest(matches, facts: _Facts):
    """The best type the question's fields allow, when it comes to FALLBACK_TYPE at least."""
    kept = [m for m in matches if type_in_field(m.type, facts.question)]
    if not kept or _leftover(matches, kept, facts.question):
        return None
    removed = min(0.5, sum(m.score for m in matches if m not in kept))
    best = max(kept, key=lambda m: m.score)
    return best.type if best.score / max(1e-9, 1.0 - removed) >= FALLBACK_TYPE else None


def _law_fits(facts: _Facts, key: str) -> bool:
    return key in facts.eng.by_key and law_fits(key.partition(":")[0], facts.question)


def _fits(facts: _Facts, key: str) -> bool:
    """The article may be quoted for this question: its law's field and its own."""
    return key in facts.eng.by_key and fits(key, facts.question)


def _no_facts(question: str) -> bool:
    """Reads like a greeting, an errand or a question with no facts yet (MAX_BACKGROUND)."""
    from .guide import normalise

    long = len(normalise(question)) >= LONG_MESSAGE
    return _background(question) >= (MAX_BACKGROUND_LONG if long else MAX_BACKGROUND)


def _background(question: str) -> float:
    """The guide classifier's share for "no dispute type" (greetings, errands, no facts)."""
    from .guide import BACKGROUND, matcher

    try:
        return matcher().probabilities(question).get(BACKGROUND, 0.0)
    except Exception:  # noqa: BLE001
        return 0.0


@lru_cache(maxsize=1)
def _cue_table() -> tuple[tuple[str, re.Pattern], ...]:
    import yaml

    with open(PACKAGE_DATA / "article_cues.yaml", encoding="utf-8") as fh:
        return tuple((str(e["article"]), _compile(e["cue"])) for e in yaml.safe_load(fh) or [])


def cued_articles(question: str, among) -> list[str]:
    """Those of `among` whose facts the question tells of (data/article_cues.yaml), in the
    table's order."""
    among = set(among)
    return [key for key in _cued(question) if key in among]


@lru_cache(maxsize=256)
def _cued(question: str) -> tuple[str, ...]:
    """Every article of the cue table whose facts the question tells of, in the table's order:
    the table read once per question (an answer asks for several sets of articles)."""
    return tuple(key for key, cue in _cue_table() if cue.search(question))


def _special_cues() -> list[str]:
    """The cued articles of the special fields' laws (prepaid, tourism, privacy ...; the
    general laws' cues need a type)."""
    return [key for key, _cue in _cue_table() if field_of(key)]


PREPAID_CORE = "消费者权益保护法:53"  # 经营者以预收款方式提供商品或者服务的，应当按照约定提供
PREPAID_LAW = "最高人民法院关于审理预付式消费民事纠纷案件适用法律若干问题的解释"


def _cue_scope(dispute) -> list[str]:
    """The articles a type's answer may take on its facts' cues: the type's own, CUED_EXTRA,
    and every cued article of a special law the type rests on (a fitness card's answer may
    quote the prepaid interpretation's rule on a unilateral price rise, though the type does
    not list it)."""
    own_laws = {k.partition(":")[0] for k in dispute.articles} - {"民法典", "消费者权益保护法"}
    if PREPAID_CORE in dispute.articles:
        # a type that answers money paid ahead (a business's customer asking a card's balance back)
        # may take the prepaid interpretation's rules its facts call for (how the refund is reckoned)
        own_laws.add(PREPAID_LAW)
    return [*dispute.articles, *CUED_EXTRA,
            *(key for key, _cue in _cue_table() if key.partition(":")[0] in own_laws)]


def _rank_articles(dispute, facts: _Facts, allow) -> list[tuple[float, str]]:
    scored = {}
    for position, key in enumerate(dispute.articles):
        # a type's rule from a special field only for a question in that field (a merchant
        # type's food article is not for a jeweller)
        if _fits(facts, key):
            scored[key] = facts.fit(key) + TYPE_BONUS - ORDER_STEP * position
    for key in facts.best(8, allow):
        scored.setdefault(key, facts.fit(key))
    for key in cued_articles(facts.question, _cue_scope(dispute)):
        if _fits(facts, key):  # the facts this article is about: before the type's others
            scored[key] = scored.get(key, facts.fit(key)) + CUE_BONUS
    return sorted(((s, k) for k, s in scored.items()), reverse=True)


# A remedy about a delay (拖延, 迟延, fifteen days without a repair), and a question that tells of
# time passing, a wait or something not yet done.
_DELAY_REMEDY = _compile(r"拖延|迟延|超过十五日|迟迟|一拖再拖")
# A remedy for a job done badly (刚修好又出毛病), and a question that tells of a fault (_FAULT).
_FAULT_REMEDY = _compile(r"出毛病")
# A remedy for work or goods of poor quality: not where only a delay is told (a decoration months
# late, nothing faulty named, is answered on the delay).
_QUALITY_REMEDY = _compile(r"瑕疵|不符合质量要求|质量不合格")
_DELAY_TOLD = _compile(
    r"多久|多长时间|几天|时间|拖|等|迟|晚|慢|延|久|还没|至今|到现在|一直|天了|周|星期|个月|年了|催|过期|到期|超过|超时|"
    r"没(?:有)?(?:修|来|装|送|到|发|上门|人|动静|下文|消息|回复|处理)|不(?:来|修|装|送|发货|交)|修不好|没修好|"
    r"放鸽子|打不通|不见人|没影|不履行|违约|还不|仍不|仍然没")
# A remedy on how a warranty's period is counted (三包期限自…起计算), and a question that tells of a
# warranty or of time: an installer who broke a pipe is answered on the work, not on the period.
_PERIOD_REMEDY = _compile(r"三包期限?自")
# A remedy on a used or repaired car sold as new, and a question that tells of a car's past
_USED_REMEDY = _compile(r"使用过或维修过")
_USED_TOLD = _compile(r"用过|维修过|修过|二手|翻新|里程|公里|事故|喷漆|补漆|钣金|漆面|漆膜|划痕|不是新车|旧车|"
                      r"试驾车|展车|库存车|泡水|调表|出过险|说是新车|当新车")
_PERIOD_TOLD = _compile(r"三包|保修|包修|质保|保质|期|多久|时间|(?:什么|啥|哪个)时候|哪天|拖|[天日周月年]")
# The consumer's multiple claims (three times for fraud, ten times for unsafe food), and a
# business's question that tells of a claim against it, fraud alleged or a multiple asked: a
# merchant asking whether refusing a return is lawful, or whether they will be fined, is
# answered with the rule on the return, not with when a multiple is owed.
_MULTIPLE_CLAIM_KEYS = ("消费者权益保护法:55", "食品安全法:148")
_CLAIM_TOLD = _compile(r"赔|索赔|欺诈|骗|假|仿|冒|山寨|翻新|以次充好|虚假|三倍|十倍|倍")
# A business's remedy on the pay owed for work done (尾款, 报酬), and a question that tells of pay
# withheld; one on money taken in advance (预收), and a question that tells of a card, fees paid
# ahead or a balance: a business asking about a refused return is answered on the return alone.
_PAY_REMEDY = _compile(r"尾款|报酬")
_PAY_TOLD = _compile(r"尾款|工钱|工程款|报酬|欠(?:我|我们)?的?钱|"
                     r"(?:拖欠|欠着|不给|不付|不结|赖)[^。？！，]{0,4}(?:钱|款|费)")
_ADVANCE_REMEDY = _compile(r"预收")
# ... and how money paid ahead is reckoned when the customer asks it back: only where a refund is told
_ASKED_BACK_REMEDY = _compile(r"预收[^。；]{0,40}要求退的")
_ASKED_BACK_TOLD = _compile(r"退|不想(?:学|练|做|去|上|继续)|不(?:学|练|做|去)了")
# ... and a consumer's remedy for stopping for their own reasons: only where such a reason is told
_OWN_REASON_REMEDY = _compile(r"因为您自己的原因")
_NOT_OWN_REASON_REMEDY = _compile(r"非因消费者原因")
_OWN_REASON_TOLD = _compile(
    # (none when the business moved, closed or vanished: the business's reason, whatever else is told)
    r"^(?![\s\S]*(?:(?:店|馆|房|院|机构|中心|校区|学校|门店|俱乐部|工作室|会所|老板)[^。？！，,]{0,6}(?:搬|迁)|"
    r"换了?(?:地址|地方|场地|校区)|新(?:地址|址|店|校区)|"
    r"跑路|卷款|倒闭|关门|闭店|停业|停课|失联|联系不上))[\s\S]*(?:"
    r"(?<![从在离到])(?:我|我们|我家|全家|家里|自己|本人|孩子|老人|老公|老婆)(?:要|也|已经|因为|因|现在)?[^。？！，,楼旁附门对边]{0,4}"
    r"(?:搬家|搬到|搬去|搬走|迁到|调动|调到|调去|调走|派到|派去|外派|去了?(?:外地|外省|别的城市)|到外地|回老家|出国|怀孕|"
    r"没(?:有)?时间|不想(?:学|练|做|去|上|继续|再)|不(?:学|练|做|去|上)了)|"
    # (no longer wanting it, said without a subject: "现在不想游了")
    r"(?:现在|后来|突然|实在|就|也)不想(?:学|练|做|去|上|游|跳|打|用|玩|继续|再)|不想(?:再|继续)?[\u4e00-\u9fff]{1,2}了|"
    r"工作调动|因为搬家|要搬家|个人原因|自己的原因)")
# ... and what the business owes when it cannot serve as agreed: only where its own failure is told
_UNSERVED_REMEDY = _compile(r"预收[^。；]{0,20}而不能按约提供")
_UNSERVED_TOLD = _compile(r"不能|没法|无法|做不了|停业|停课|暂停|转让|迁址|搬|关门|关店|倒闭|"
                            r"换了|换人|不按|没按|没有按|不开|装修|涨价|跑路|离职|辞职|走了|"
                            r"取消|约不上|排不上")
_ADVANCE_TOLD = _compile(r"办(?:了)?卡|会员卡|储值|充值|充了|充的|充[\d一二三四五六七八九十两几百千万]|"
                         r"预付|预存|预交|学费|课时|课程|余额|次卡|年卡|疗程|套餐|课")


# Remedies a type takes besides its guide's (kept out of the guide's text, which its classifier
# reads): (type, the place among its remedies, the sentence). A business whose prepaid customer
# asks money back for their own reasons: how the refund is reckoned.
EXTRA_REMEDIES = (
    (CUSTOMER_CLAIM, 1,
     "预收款（办卡、学费、课时费）的顾客因自己的原因（不想继续、搬家等）要求退的，可以解除合同，"
     "经营者应当退还预付款扣除已提供服务价款后的余额（预付式消费解释第十五条）；办卡时给了折扣或"
     "者赠送了金额的，因顾客原因退款，已消费部分按打折前的价格计算（第十九条）；赠送的商品或者服"
     "务要不要返还或者折价补偿，要综合赠送的价值、合同金额和履行情况等确定（第二十一条）。"),
    # a prepaid customer who stops for their own reasons (a move, a new job far away, no longer
    # wanting it): how the refund is reckoned, not the business's faults of 第十三条
    *((type_id, 1,
       "因为您自己的原因（搬家、工作调动、不想继续等）不再消费的，可以与经营者协商解除合同、退还余款："
       "合同解除后，经营者应当退还预付款扣除已消费部分后的余额（预付式消费解释第十五条），办卡时有折扣或者赠送的，"
       "已消费部分按打折前的价格计算（第十九条）；“概不退款”之类排除您请求返还预付款权利的格式条款无效（第九条）。")
      for type_id in ("prepaid_fitness", "prepaid_beauty", "prepaid_training", "prepaid_card_rules")),
    # a business that closes for a while, for good or for a refit, or moves: what it owes before and
    # what the card's holder may ask (told only where such a stop is: _STOPPED_TOLD)
    *((type_id, 1,
       "经营者决定停业（包括闭店装修）或者迁址的，应当提前告知您并公告联系方式（消费者权益保护法实施条例第二十一条）；"
       "停业期间，您有权要求继续履行（比如顺延会员期），或者退还未消费的预付款余额（实施条例第二十二条、"
       "消费者权益保护法第五十三条）。")
      for type_id in ("prepaid_fitness", "prepaid_beauty", "prepaid_training", "prepaid_card_rules")),
    # a business sold or handed to a new owner who will not honour the cards: the transfer needs the
    # holder's consent (told only where a new owner or a transfer is: _NEW_OWNER_TOLD)
    *((type_id, 1,
       "店铺转让、换了老板的，原经营者未经您同意把预付式消费合同的义务转给新老板，您可以解除合同、要求退还余额"
       "（预付式消费解释第十三条）；合同的权利和义务一并转让给第三人，须经您同意（民法典第五百五十五条），"
       "新老板不认卡的，可以要求原经营者继续履行或者退款。")
      for type_id in ("prepaid_fitness", "prepaid_beauty", "prepaid_training", "prepaid_card_rules")),
    # a decoration past its agreed date, nothing faulty told: the delay's remedy, not the quality rules
    ("home_decoration", 0,
     "装修公司超过合同约定的工期没有完工，属于迟延履行，您可以要求继续施工，并按合同约定支付逾期违约金"
     "或者赔偿损失（民法典第五百七十七条、第五百八十五条）；经催告后在合理期限内仍不完工的，可以解除合同"
     "（第五百六十三条）。"),
)


# Remedies for facts a consumer's question must tell to be answered with them: a business that
# stopped or moved, one handed to a new owner. (the remedy's words, the facts' words)
_STOPPED_REMEDY = _compile(r"决定停业（包括闭店装修）")
_STOPPED_TOLD = _compile(r"停业|歇业|暂停营业|不营业|闭馆|闭店|关店|关门|倒闭|装修|迁址|搬(?:走|家|迁|到|去)|"
                         r"换了?(?:地方|场地|地址)")
_NEW_OWNER_REMEDY = _compile(r"换了老板的，原经营者")
_NEW_OWNER_TOLD = _compile(r"转让|转手|盘给|易主|收购|新老板|新店主|新东家|新的?负责人|"
                           r"换(?:了)?(?:个|新)?(?:老板|店主|东家|负责人)|"
                           r"转给(?:了)?[^。？！，]{0,6}(?:公司|店|老板|机构|商家)")
_CONSUMER_REMEDIES_TOLD = ((_STOPPED_REMEDY, _STOPPED_TOLD), (_NEW_OWNER_REMEDY, _NEW_OWNER_TOLD))
# Articles whose rule holds only on facts the question must tell (their cue in
# data/article_cues.yaml): the seven days' refund of money paid just now, the punitive damages of
# a business that closed and dodges its customers. Neither is quoted, nor its remedy chosen,
# for a question that does not tell them, however near retrieval ranks them.
CUE_ONLY = frozenset({f"{PREPAID_LAW}:14", f"{PREPAID_LAW}:23"})


def remedies_of(dispute, law_names: bool = True) -> list[str]:
    """The type's remedy sentences, with EXTRA_REMEDIES in their places (and with_law_names)."""
    remedies = [str(r) for r in dispute.remedies]
    for type_id, place, sentence in EXTRA_REMEDIES:
        if type_id == dispute.id:
            remedies.insert(place, sentence)
    return [with_law_names(r, dispute.articles) for r in remedies] if law_names else remedies


# A business's remedies that rest on facts the question must tell (its pay withheld, money its
# customers paid ahead, asked back, or not served): (the remedy's words, the facts' words).
_MERCHANT_REMEDIES_TOLD = ((_PAY_REMEDY, _PAY_TOLD), (_ADVANCE_REMEDY, _ADVANCE_TOLD),
                           (_ASKED_BACK_REMEDY, _ASKED_BACK_TOLD), (_UNSERVED_REMEDY, _UNSERVED_TOLD))


# A person's harm told (a body hurt, or ill after eating, or treated for it): the injury damages
# (消法49, 民法典1179) are a type's articles only then.
_PERSON_HURT = _compile(r"受伤|伤了|伤到|摔伤|摔倒|烫伤|烧伤|割伤|咬伤|砸伤|撞伤|骨折|住院|过敏|中毒|流血|缝针|医药费|"
                        r"死亡|身体|拉肚子|腹泻|呕吐|吐了|肚子疼|肚子痛|胃疼|胃痛|不舒服|恶心|头晕|头疼|发烧|"
                        r"看病|医院|就医|诊所|吃坏|喝坏|病了|疼|痛|痒|红肿|起疹|伤")


def _choose(dispute, facts: _Facts, allow, question: str, focus: bool = True) -> tuple[list[str], str]:
    """(article keys to quote, lead) for one dispute type and this question's facts.

    The lead is the remedy sentence (or two) that fits best: the retrieval fit of the
    articles it names and the words it shares with the question (with the legal words for
    the consumer's phrases). Quoted: the lead's two best articles, the type's core rule
    (its first article that fits the question), then the best fitting of the type's
    other articles and of retrieval's in-field ones, at most one from outside the type
    and none of a special field the type's own articles are not in. With `focus` (the
    question's main issue, not a second one told aside), a remedy that answers the question's
    ask (asks.py: how much, who, how long, a return, a claim) opens the lead.
    """
    ranked = _rank_articles(dispute, facts, allow)
    remedies = remedies_of(dispute)
    # (how long a remedy is, for joining two in a lead: as written, before the law names were put in)
    size = [len(r) for r in remedies_of(dispute, law_names=False)]
    own = set(dispute.articles)
    score_of = {k: s for s, k in ranked}
    words = _bigrams(_expanded(question))
    values = []
    # a remedy for a delay only where the question tells of one (a house call's charge, an
    # installation that leaks the next day: no "拖延" added to what was asked)
    no_delay = not _DELAY_TOLD.search(question) and any(
        not _DELAY_REMEDY.search(r) for r in remedies)
    no_period = not _PERIOD_TOLD.search(question) and any(
        not _PERIOD_REMEDY.search(r) for r in remedies)
    no_used = not _USED_TOLD.search(question) and any(
        not _USED_REMEDY.search(r) for r in remedies)
    own_reason = bool(_OWN_REASON_TOLD.search(question))
    only_delay = (bool(_DELAY_TOLD.search(question)) and not re.search(_FAULT, question)
                  and any(_DELAY_REMEDY.search(r) for r in remedies))

    def multiple_claim(remedy: str) -> bool:
        return any(k in _MULTIPLE_CLAIM_KEYS for k in named_articles(remedy, dispute.articles))

    no_claim = (dispute.side == "merchant" and not _CLAIM_TOLD.search(question)
                and any(not multiple_claim(r) for r in remedies))
    told: set[str] = set()
    untold: set[str] = set()  # the articles only a case the question does not tell rests on
    cued_here = set(cued_articles(question, CUE_ONLY))
    quality_left_out = False
    candidates = []
    for position, remedy in enumerate(remedies):
        names = named_articles(remedy, dispute.articles)
        if dispute.side == "merchant" and any(remedy_words.search(remedy) and not told_words.search(question)
                                              for remedy_words, told_words in _MERCHANT_REMEDIES_TOLD):
            untold.update(names)  # a business's pay withheld, or its prepaid customers, only where told
            continue
        if any(not _fits(facts, k) for k in names):
            continue  # a remedy resting on another field's rule (十倍 for a jeweller)
        if any(k in CUE_ONLY and k not in cued_here for k in names):
            untold.update(k for k in names if k in CUE_ONLY)
            continue  # a remedy on facts the question does not tell (a refund within seven days)
        if dispute.side != "merchant" and any(remedy_words.search(remedy) and not told_words.search(question)
                                              for remedy_words, told_words in _CONSUMER_REMEDIES_TOLD):
            continue
        if no_delay and _DELAY_REMEDY.search(remedy):
            continue
        if no_period and _PERIOD_REMEDY.search(remedy):
            continue
        if no_used and _USED_REMEDY.search(remedy):
            continue  # a car's fees or extras asked about: no used car sold as new to answer
        if no_claim and multiple_claim(remedy):
            continue  # no multiple claimed of a business that asks about something else
        if _FAULT_REMEDY.search(remedy) and not re.search(_FAULT, question):
            continue
        if _OWN_REASON_REMEDY.search(remedy) and not own_reason:
            continue
        if own_reason and _NOT_OWN_REASON_REMEDY.search(remedy):
            continue  # a refund reckoned for the business's fault: not where the consumer's own reason is told
        if only_delay and _QUALITY_REMEDY.search(remedy) and not _DELAY_REMEDY.search(remedy):
            quality_left_out = True
            continue
        told.update(names)
        named = sorted((score_of.get(k, 0.0) for k in names), reverse=True)
        candidates.append((position, remedy, (named[0] if named else 0.0) + 0.3 * sum(named[1:2])
                           + 0.003 * len(words & _bigrams(remedy)) - 0.0002 * position))
    for position, remedy, value in candidates:
        # (a delay told with nothing faulty, where the type's quality remedies were left out for it,
        # or the consumer's own reason for a refund (kept above only where told): the remedy for it
        # before the type's others, whose articles retrieval may rank higher on the question's
        # other words)
        if quality_left_out and _DELAY_REMEDY.search(remedy):
            value += TYPE_BONUS
        if _OWN_REASON_REMEDY.search(remedy):
            value += CUE_BONUS
        if set(named_articles(remedy, dispute.articles)) & CUE_ONLY & cued_here:
            value += CUE_BONUS  # the remedy for facts only some questions tell, this one among them
        values.append((value, position))
    values = sorted(values, reverse=True) or [(0.0, 0)]
    untold -= told | set(cued_articles(question, score_of))
    untold |= CUE_ONLY - cued_here
    if not _PERSON_HURT.search(question) and not any(f.id == _INJURY_FACET for f in facets_of(question)):
        untold |= PERSONAL_INJURY_KEYS  # a person's injury damages where nobody was hurt (a spoiled melon)
    ranked = [(score, key) for score, key in ranked if key not in untold]
    first = remedies[values[0][1]]
    lead = first
    joined = ""
    ask = ask_of(question) if focus else None
    # (the second remedy joined to the first adds a rule: one that names only the first's articles
    # says the same again, and the next one is taken)
    first_named = set(named_articles(first, dispute.articles))
    def repeats(remedy: str) -> bool:
        said = set(named_articles(remedy, dispute.articles))
        return bool(first_named and said and said <= first_named)

    seconds = [v for v in values[1:] if not repeats(remedies[v[1]])]
    values = values[:1] + seconds
    if len(values) > 1:
        other = remedies[values[1][1]]
        # (a remedy that names no rule is ranked by the words it shares alone: sharing none, it
        # is another case of the type's, "卖家未按承诺时限交付" for a parcel the courier lost)
        unrelated = (not named_articles(other, dispute.articles)
                     and not len(words & _bigrams(other)) >= 2)
        if size[values[0][1]] + size[values[1][1]] <= 230 and not unrelated:
            lead = first + other if values[1][1] > values[0][1] else other + first
            if ask and answers(ask, first) and not answers(ask, other):
                lead = first + other  # the one that answers what is asked comes first
            joined = other
    # the articles the lead rests on (the best two of its first sentence, the best of the one
    # joined to it: a lead quotes what it cites), the type's core rule, then the best
    # fitting of the rest, at most one from outside the type
    def best_named(sentence: str) -> list[str]:
        return sorted((k for k in named_articles(sentence, dispute.articles) if _fits(facts, k)),
                      key=lambda k: -score_of.get(k, 0.0))

    lead_keys = best_named(first)[:2]
    also = [k for k in best_named(joined) if k not in lead_keys][:1]
    lead_keys += also
    # the question's ask (how much, who, how long, a return, a claim): when the best remedy does
    # not answer it and another of the type's fitting remedies does, that one opens the lead
    asked: list[str] = []
    if not answers(ask, first):
        fit_at = next((p for _v, p in values if answers(ask, remedies[p])), None)
        if fit_at is not None:
            fit = remedies[fit_at]
            lead = fit + first if size[fit_at] + size[values[0][1]] <= 230 else fit
            asked = best_named(fit)[:1]
    fitting = [k for k in dispute.articles if _fits(facts, k)]
    # the type's main rule (its first article that fits), whatever retrieval prefers: an
    # unfair-clause question quotes 消法26, not only the rules on how clauses are formed
    core = fitting[0] if fitting else None
    keys = list(lead_keys)
    # (an article quoted only on its own facts goes first: those facts are what the question is about)
    cued = sorted((k for k in cued_articles(question, score_of) if _fits(facts, k)), key=lambda k: k not in CUE_ONLY)
    keys += [k for k in cued if k not in keys and k in CUE_ONLY]
    keys += [k for k in cued if k not in keys][:2]
    if core and core not in keys:
        keys.append(core)
    outside = 0
    own_fields = {field_of(k) for k in own}
    # (a harm's other rules: the contract issues add their own main rule, _choose's caller)
    issue_keys = {k for facet in facets_of(question) if facet.id in HARM_FACETS for k in facet.articles}
    held = 0  # the place of an article from outside the type left out below
    for _score, key in ranked:
        if len(keys) + held >= MAX_QUOTES + len(also):
            break
        if key in keys or (key not in own and outside >= 1):
            continue
        if key not in own and field_of(key) not in own_fields:
            continue  # a rule of a field the type is not about, on retrieval's words alone
        if key not in own and _general_part(key):
            continue  # the civil code's persons, agency and periods, on retrieval's words alone
        outside += key not in own
        if key not in own and not (consumer_core(key) or key in issue_keys):
            # the civil code's other contracts and torts (a free ride, warehousing, a gift) on
            # retrieval's words alone: left out, its place not given to another article, unless
            # one of the question's own harms rests on it (a zoo's animal: 民法典1248)
            held += 1
            continue
        keys.append(key)
    keys = keys[:max(MAX_QUOTES + len(also), len(lead_keys) + len(cued[:2]) + 1)]
    keys += [k for k in asked if k not in keys]  # the opening's article: a lead quotes what it cites
    return keys, lead


def _told_issue(lead: str, dispute, question: str) -> bool:
    """Whether a type's chosen lead speaks to this question: it rests on one of the type's
    articles, or shares words with the question. A lead that does neither is the remedy left
    when every other one was set aside (a customer's claim on quality, '对质量有争议的…', added
    to a business's question about its advert's wording)."""
    return bool(named_articles(lead, dispute.articles)) or len(
        _bigrams(_expanded(question)) & _bigrams(_split_lead(lead, 1))) >= 2


def _second_issue(question: str, dispute, side: str, whole=()):
    """Another dispute type that one clause of the question is clearly about, and that the
    whole question's words and meaning (`whole`: its likeliest types) rank among its
    likeliest too: a bare question or an aside matched alone ("能告他们吗", "工作人员也没拦啊"
    read as forced dealing) tells no issue of its own."""
    clauses = [c for c in _CLAUSE.split(question) if len(re.sub(r"\W", "", c)) >= 5]
    if len(clauses) < 2:
        return None
    # (a business's: among the whole question's likeliest by a share of its own, since its few
    # types are all among any three likeliest, and "被工商查了" fits every fine)
    likely = {m.type.id for m in whole if side != "merchant" or m.score >= SECOND_WHOLE}
    for matched in _clause_matches(clauses, side):
        found = [m for m in matched if type_in_field(m.type, question)]
        if (found and found[0].type.id != dispute.id and found[0].type.id in likely
                and found[0].score >= SECOND_ISSUE):
            return found[0].type
    return None


@lru_cache(maxsize=4)
def _law_keys(eng: Engine) -> tuple[str, ...]:
    return tuple(d.key for d in eng.docs if d.kind == "law")


def _sentence_refs(eng: Engine, sentence: str) -> list[tuple[int, str | None]]:
    """(position, key) of every 第N条 of one sentence: of the law named before it in the
    sentence (None where none is, or the law is not in the index)."""
    laws = {k.partition(":")[0] for k in _law_keys(eng)}
    refs: list[tuple[int, str | None]] = []
    law: str | None = None
    start = 0
    for m in _ARTICLE_REF.finditer(sentence):
        found = _law_named(sentence[start:m.start()], laws)
        if found is not None:
            law = found
        key = f"{law}:{cn_to_int(m.group(1))}"
        refs.append((m.start(), key if law and key in eng.by_key else None))
        start = m.end()
    return refs


# Lead clauses on facts only some harms have: a place's safety duty where a person came to harm at a
# place (a fall, a slip, a blow, a bite, at a shop, a pool, a hotel ...), a product's defect where
# goods did the harm. A clause (between semicolons, not a sentence's first) naming only such rules,
# none of whose facts the question tells, is left out of the lead (a phone that exploded on charge
# is no shop's safety duty; a fall on a wet floor no product's defect), and its rules with it.
_AT_A_PLACE = _compile(
    r"摔|滑|跌|绊|砸|掉下|坠|撞|夹|溺|淹|掉进|踩空|卡住|地面|地板|台阶|楼梯|扶梯|电梯|泳池|游泳|商场|超市|"
    r"酒店|宾馆|民宿|餐厅|饭店|店里|店内|门口|停车场|游乐|景区|健身房|场所|场地|打伤|被打|咬|保安|顾客|客人")
_LEAD_CLAUSE_FACTS = {"消费者权益保护法:18": _AT_A_PLACE, "民法典:1198": _AT_A_PLACE,
                      "民法典:1203": _compile(_GOODS_CAUSE)}


def fitting_clauses(eng: Engine, lead: str, question: str) -> str:
    """The lead without its clauses on facts the question does not tell (_LEAD_CLAUSE_FACTS)."""
    out = []
    for sentence in re.split(r"(?<=[。！？])", lead):
        parts = re.split(r"(?<=；)", sentence)
        if len(parts) < 2:
            out.append(sentence)
            continue
        refs = _sentence_refs(eng, sentence)
        kept, at = [], 0
        for number, part in enumerate(parts):
            named = [k for m, k in refs if k and at <= m < at + len(part)]
            untold = named and all(k in _LEAD_CLAUSE_FACTS and not _LEAD_CLAUSE_FACTS[k].search(question)
                                   for k in named)
            if number == 0 or not untold:
                kept.append(part)
            at += len(part)
        text = "".join(kept)
        if text != sentence:
            text = with_law_names(re.sub(r"；$", "。", text), [k for _m, k in refs if k])
        out.append(text)
    return "".join(out)


def lead_named(eng: Engine, lead: str) -> list[str]:
    """The articles a lead names: each 第N条 of the law named before it in its own sentence
    (with_law_names puts it there), leaving out a bare number whose sentence names no law
    before it, which could be any law's."""
    named: list[str] = []
    for sentence in re.split(r"(?<=[。！？])", lead):
        for _at, key in _sentence_refs(eng, sentence):
            if key and key not in named:
                named.append(key)
    return named


def without_unquoted(eng: Engine, lead: str, quoted: set[str], fits_question) -> str:
    """The lead without its clauses (parts between semicolons) that name an article the answer
    could have quoted (its field fits) but does not (more than MAX_LEAD_ADDED were named): a
    lead says only what the answer quotes. A sentence's first clause stays."""
    out = []
    for sentence in re.split(r"(?<=[。！？])", lead):
        refs = _sentence_refs(eng, sentence)
        missing = [at for at, k in refs if k and k not in quoted and fits_question(k)]
        if not missing:
            out.append(sentence)
            continue
        parts = re.split(r"(?<=；)", sentence)
        kept, at = [], 0
        for number, part in enumerate(parts):
            if number == 0 or not any(at <= m < at + len(part) for m in missing):
                kept.append(part)
            at += len(part)
        text = "".join(kept)
        if text != sentence:
            # (a clause dropped at the end: the sentence ends where the kept ones do; a bare number
            # left without its law's name gets it again)
            text = re.sub(r"；$", "。", text)
            text = with_law_names(text, [k for _at, k in refs if k])
        out.append(text)
    return "".join(out)


def _results(eng: Engine, keys: list[str]) -> list[dict]:
    return [r for k in keys if (r := eng.result_for(k))]


def _pick_case(eng: Engine, question: str, facts: _Facts, dispute, quoted_keys: set[str]):
    """A published case only when it shares the dispute: the type names it, or it rests on a
    quoted article and its facts share the question's words."""
    titles = list(getattr(dispute, "cases", []) or []) if dispute is not None else []
    ranked = eng.rank(question, "case", guide=titles, scores=facts.scores)[:5]
    words = _bigrams(question)
    for i, _score, _details in ranked:
        case = eng.docs[i].record
        assert case is not None  # every case doc carries its record (make_docs)
        if any(_same_case(name, case) for name in titles):
            return case
        if quoted_keys & set(case["cited"] + case["related"]):
            story = " ".join([case.get("headline", ""), " ".join(case.get("keywords", [])),
                              case.get("facts", "")[:300]])
            if len(words & _bigrams(story)) >= 6:
                return case
    return None


def _same_case(name: str, case: dict) -> bool:
    """The guide names a case by its title, or (a case the project wrote up) a short name
    most of whose character pairs are in the title."""
    if name in (case["title"], case["id"]):
        return True
    pairs = _bigrams(name)
    return bool(pairs) and len(pairs & _bigrams(case["title"])) >= 0.8 * len(pairs)


def _notes_section(quoted: list[dict]) -> list[tuple[str, str]]:
    """The "提示" section (none, or one) an answer ends with when it quotes a text marked as
    superseded or possibly superseded (e.g. 反不正当竞争法, the 2019 text)."""
    notes = []
    if any(r.get("status") == "superseded" for r in quoted):
        notes.append("以上引用的部分规定已被新规取代，具体以现行规定为准。")
    for law in dict.fromkeys(r["law"] for r in quoted if r.get("status") == "possibly_superseded"):
        notes.append(f"《{law}》引用的是可能已被修订的旧文本，条文序号和内容可能已有变化，请以现行文本为准。")
    return [("提示", "".join(notes))] if notes else []


def _split_lead(text: str, limit: int = 3) -> str:
    sentences = [s for s in re.split(r"(?<=[。！？])", text) if s.strip()]
    return "".join(sentences[:limit])


@dataclass(frozen=True)
class Facet:
    """A general issue of a consumer dispute (data/facets.yaml): its cue in the question's
    words, the general articles it rests on (its main rule first) and a plain lead."""
    id: str
    cue: re.Pattern
    articles: tuple[str, ...]
    lead: str
    needs: re.Pattern | None = None
    unless: re.Pattern | None = None
    adds: int = 1  # how many of its rules a type's answer that leaves the issue out takes

    def found_in(self, question: str) -> bool:
        return bool(self.cue.search(question)) and (
            self.needs is None or bool(self.needs.search(question))) and (
            self.unless is None or not self.unless.search(question))


@lru_cache(maxsize=1)
def facets() -> tuple[Facet, ...]:
    import yaml

    with open(PACKAGE_DATA / "facets.yaml", encoding="utf-8") as fh:
        entries = yaml.safe_load(fh) or []
    return tuple(Facet(id=e["id"], cue=_compile(e["cue"]), articles=tuple(e["articles"]),
                       lead=with_law_names(e["lead"].strip(), e["articles"]),
                       needs=_compile(e["needs"]) if e.get("needs") else None,
                       unless=_compile(e["not"]) if e.get("not") else None,
                       adds=int(e.get("adds", 1))) for e in entries)



def facets_of(question: str) -> list[Facet]:
    """The general issues the question's words raise, most serious first (the file's order)."""
    return list(_facets_found(question))


@lru_cache(maxsize=256)
def _facets_found(question: str) -> tuple[Facet, ...]:
    # read once per question: an answer asks for them from several places (a long story's
    # cues cost milliseconds each time)
    # (an animal of the consumer's hurt is property harmed: no person's injury to answer)
    animal = only_an_animal_hurt(question)
    # (money paid ahead is an issue wherever the question is in that field by its own words: a
    # venue that closed or changed hands, a card asked back, a membership sold before the opening)
    prepaid = own_words_in("prepaid", question)
    return tuple(f for f in facets() if (f.found_in(question) or (
        f.id == "prepaid" and prepaid and not (f.unless is not None and f.unless.search(question))))
        and not (animal and f.id == "injury"))


def _facet_keys(facet: Facet, facts: _Facts, n: int) -> list[str]:
    """The facet's main rule, then its best fitting others (retrieval over this question)."""
    usable = [k for k in facet.articles if _fits(facts, k)]
    if not usable:
        return []
    rest = sorted(usable[1:], key=lambda k: (-facts.fit(k), usable.index(k)))
    return [usable[0], *rest][:n]


def _general(facets_found: list[Facet], facts: _Facts) -> tuple[list[str], str]:
    """(keys, lead) of a general answer: the first issue's main rules, then the second's and,
    room left, the third's (a course's "no refunds" bought online: prepaid, clause, no-reason)."""
    keys: list[str] = []
    leads: list[str] = []
    for number, facet in enumerate(facets_found[:3]):
        if number == 2 and len(keys) >= MAX_QUOTES:
            break  # a third issue's main rule only where there is room for it
        new = [k for k in _facet_keys(facet, facts, 2 if number == 0 else 1) if k not in keys]
        if not new:
            continue
        keys += new
        leads.append(facet.lead)
    lead = leads[0] if leads else ""
    if len(leads) > 1:
        lead += "另外，" + _split_lead(leads[1], 1)
    return keys[:MAX_QUOTES], lead


# Registering or defending a mark, a patent or a copyright: a business's question too, but
# none that consumer law answers.
_IP = (r"注册商标|抢注|(?:注册|申请)的商标|"
       r"商标(?:注册|申请|被驳回|驳回|复审|异议|近似|续展|转让)|(?:申请|注册)(?:了)?(?:个|一个)?商标|"
       r"专利(?:申请|被驳回|驳回|复审|侵权)|申请专利|著作权登记|版权登记")
_IP_WORDS = _compile(_IP)
_IP_REPLY = ("商标、专利、著作权等知识产权的注册、驳回复审和侵权问题不属于消费纠纷，我这里无法准确解答。"
             "建议您咨询国家知识产权局（商标注册和复审可以查看其官网的办事指南）、专业的知识产权代理机构或者律师。")
_CRIME_REPLY = ("这类情况可能涉及诈骗等违法犯罪，不属于消费纠纷，我这里无法准确解答。请尽快保存聊天记录和"
                "转账凭证，拨打110或者到当地公安机关报案，也可以拨打96110反诈专线咨询。")
# Matters of other laws and other regulators that a consumer question's words may share:
# the fine and points for driving (the traffic police), tax (the tax office).
_TRAFFIC_FINE = (r"违章|罚单|扣分|扣了?\d+分|记分|驾照|驾驶证|闯红灯|超速|违停|违法停车|电子眼|车管所|"
                 r"交警[^。？！]{0,8}罚")
_TRAFFIC_FINE_REPLY = (
    "交通违法的罚款、记分和驾驶证方面的问题由公安机关交通管理部门依照道路交通安全法处理，不属于消费纠纷，"
    "我这里无法准确解答。对处罚有异议的，可以向作出处罚的交管部门陈述、申辩，或者通过“交管12123”查询和申诉；"
    "不服处罚决定的，可以依法申请行政复议或者提起行政诉讼。")
_TAX = (r"(?:交|缴|纳|报|扣)[^。？！，,]{0,4}税(?!点)|个税|个人所得税|增值税|所得税|"
        r"印花税|契税|税务局|税务部门|税务机关|报税|偷税|漏税|逃税|"
        r"税率|起征点|核定征收|税务登记|汇算清缴|专项附加扣除|税负")
# An insurer's payout: its words (the policy's kind or the insurer, then the claim).
_INSURANCE = (r"(?:保险公司|车险|医疗险|重疾险|寿险|意外险|健康险|百万医疗|惠民保|财产险|保险法|保单|投保)"
              r"[^。？！]{0,30}"
              r"(?:拒赔|不赔|不给赔|理赔|赔付|报案|出险|免责|只赔|少赔|赔得少|赔一部分|赔一半|定损|退保|现金价值)|"
              r"(?:拒赔|理赔|出险|定损|退保)[^。？！]{0,20}(?:保险公司|保险法|保单)")
_INSURANCE_REPLY = (
    "保险合同的理赔争议（拒赔、报案时限、免责条款、定损和退保金额等）不属于市场监管部门处理的消费纠纷，"
    "我这里无法准确解答。建议您先向保险公司书面申请理赔并索要拒赔理由，不服的可以向金融监管部门投诉（12378），"
    "也可以申请调解或者向人民法院起诉。")
_STAFF_REPLY = ("您与员工之间的工资、社保、工伤和劳动合同问题属于劳动用工纠纷，不属于消费纠纷，我这里无法准确解答。"
                "建议您咨询当地人力资源和社会保障部门或者拨打12333，也可以咨询律师。")
_TAX_REPLY = ("纳税方面的问题（税种、税率、申报、减免和退税等）由税务机关主管，不属于消费纠纷，我这里无法准确解答。"
              "建议您拨打12366纳税缴费服务热线，或者咨询当地税务局、登录电子税务局查询。")
# Matters that name a bank, a platform or an app (words that otherwise make a question a
# consumer's) but are no purchase gone wrong: a debt's interest, arrears and collection; a
# market loss or a collapsed investment platform; a rider's, driver's or streamer's account
# on the platform they work through. Each: its words, what makes it a consumer question
# after all (goods at fault, a loan tied to a purchase, a product mis-sold), its reply.
_GOODS_TROUBLE = (r"质量|坏了|故障|翻新|假货|假的|退货|换货|发货|没收到|不符|维修|搭售|捆绑|强制|必须买|不买|"
                  r"才给贷|才能贷|才给办")
_MIS_SOLD = (r"存款|保本|保证收益|承诺收益|承诺.{0,4}收益|(?:没|未|不)(?:有)?(?:说|告知|提示|讲)[^。？！]{0,6}风险|"
             r"隐瞒|误导|风险评估|风险等级|双录|老人|老年|父母|爸|妈|奶奶|爷爷")
_PLATFORM_WORK = (r"(?:我是|本人是|我在|我当|我做|我跑|我开|我们是)[^。？！，,买购订点粉]{0,8}"
                  r"(?:骑手|外卖员|快递员|配送员|送餐员|网约车|滴滴|货拉拉|代驾|跑腿|主播|博主|达人|UP主|up主)|"
                  r"跑外卖|送外卖|跑滴滴|跑网约车|跑单|当骑手|做骑手|当主播|做主播")
_REGISTRATION = (r"营业执照(?:怎么|如何|要|需要|办理|申请|注册|过期|年检|注销|变更)|办(?:理)?(?:个)?营业执照|"
                 r"注册(?:公司|个体|营业执照)|个体户(?:注册|怎么办|登记|执照)|年报|经营异常|异常名录|"
                 r"注销(?:公司|执照|个体户)|工商(?:注册|登记|变更)|执照[^。？！]{0,10}(?:注销|办理|过期|变更|年检|移除)|"
                 r"[二三五多]证合一|[二三五多]合一(?:执照|营业执照)|(?:办|换|领|申请)[^。？！]{0,4}[二三五多]合一")
_REGISTRATION_REPLY = ("企业和个体工商户的登记、年报、经营异常名录和注销方面的问题不属于消费纠纷，我这里无法准确解答。"
                       "建议您到当地市场监管部门的登记窗口或者政务服务中心咨询办理，年报和异常名录可以通过"
                       "国家企业信用信息公示系统查询、补报，也可以拨打12345咨询。")
_FRANCHISEE = (r"我(?:是|们是|作为)(?:一[个名家])?加盟商|(?:交|付|缴)了?[^。？！，]{0,6}加盟费|退(?:还)?加盟费|"
               r"加盟费[^。？！]{0,6}(?:不退|退不|要回)")
_FRANCHISEE_REPLY = ("加盟商与品牌方之间的加盟（商业特许经营）合同纠纷不属于消费纠纷，我这里无法准确解答。"
                     "建议您保存好加盟合同、付款凭证和品牌方的承诺材料，先与品牌方协商，协商不成可以向商务主管部门反映，"
                     "或者向人民法院起诉，也可以咨询律师。")
# Things left behind in a taxi, a bus or a train: finding lost property, not a purchase.
_LEFT_IN_VEHICLE = (r"(?:落|忘|丢|遗落|遗失|掉)(?:在)?[^。？！，]{0,3}"
                    r"(?:出租车|的士|网约车|滴滴|公交车?|地铁|大巴|客车|火车|高铁|动车|车)(?:上|里)|(?:出租车|的士|网约车|公交车?|地铁|大巴|客车|火车|高铁|动车)(?:上|里)"
                    r"[^。？！]{0,6}(?:落|忘|丢|遗落|掉)(?:了|下)")
_LEFT_IN_VEHICLE_REPLY = ("物品遗落在出租车、公交、地铁等交通工具上，属于遗失物的查找问题，不属于消费纠纷，"
                          "我这里无法准确解答。建议您尽快联系出租车公司、网约车平台或者公交、地铁、铁路的失物招领部门（提供乘车时间、车牌号或"
                          "付款记录），也可以拨打12328交通运输服务监督电话；有人拾得后拒不归还的，可以报警处理。")
# A payment account or bank card restricted or frozen: the payment institution's or bank's
# account management, not a purchase.
_ACCOUNT_FROZEN = (r"(?:支付宝|微信支付|微信钱包|微信零钱|零钱通|财付通|余额宝|云闪付|银行卡|银行账户|银行账号)"
                   r"[^。？！]{0,12}(?:限制|冻结|封了|被封|封号|风控|止付|无法登录|不能登录|登录不了|登不上|用不了)")
_ACCOUNT_FROZEN_REPLY = ("支付账户、银行卡被限制或者冻结，属于支付机构和银行的账户管理问题，"
                         "不是市场监管部门处理的消费纠纷，我这里无法准确解答。建议您先通过支付宝、微信或者银行的官方客服了解限制原因，按要求申诉、核验身份；"
                         "对处理结果有异议的，可以向中国人民银行或者国家金融监督管理总局（12378）投诉；账户是被司法、公安机关"
                         "冻结的，请向作出冻结的机关咨询。")
# A game or social account frozen or banned under the platform's user agreement (no top-up,
# purchase or refund at stake): the platform's appeal, not a purchase gone wrong.
_ACCOUNT_BANNED = (r"(?:游戏|手游|网游|QQ|微信|抖音|快手|微博|直播)(?:的)?(?:账号|帐号|号)[^。？！]{0,12}"
                   r"(?:冻结|封了|被封|封号|封禁|永封|限制登录|无法登录|登录不了|登不上)|"
                   r"(?:封号|封了号|号被封)[^。？！]{0,12}(?:游戏|手游|网游|QQ|微信|抖音|快手)|被[^。？！，]{0,8}封号|"
                   # things in a game taken back by its operator, told without money paid for them
                   r"(?:游戏|手游|网游)(?:中|里|内)?的?[^。？！，]{0,4}(?:物品|道具|装备|金币|材料|宠物|角色|等级)[^。？！]{0,6}"
                   r"(?:被)?(?:无故|莫名其妙|莫名|突然)?(?:扣除|扣掉|扣了|删除|删了|清空|回收|没收|收回|清零|冻结|封了)")
_ACCOUNT_BANNED_REPLY = ("游戏、社交账号被冻结或者封号，一般是平台依照用户协议作出的账号管理，"
                         "不属于市场监管部门处理的消费纠纷，我这里无法准确解答。建议您先通过平台官方客服或者账号申诉入口"
                         "说明情况、提交身份和使用记录申诉，并保存好沟通记录；账号里有充值未用完、或者为账号内商品付过钱的，"
                         "可以就这部分钱款向平台要求处理，协商不成再投诉。")
# A new home's late handover, its acceptance or its title deed: a home-sale contract under the
# housing authority (the sources hold no rule on it), not a purchase of goods or services.
_HOME_HANDOVER = (r"(?:开发商|房地产公司|地产公司|售楼处)[^。？！]{0,30}"
                  r"(?:交房|延期|逾期|验收|房产证|不动产证|网签|办证)|"
                  r"(?:延期|逾期|推迟|迟迟(?:不|未|没))交房|"
                  r"(?:小区|楼盘|新房|期房)[^。？！]{0,16}(?:交房|验收)[^。？！]{0,12}(?:延期|逾期|迟迟|到现在|还没|未|没有)|"
                  # (a new home's floor area short of the contract's: the home-sale rules on area errors)
                  r"(?:开发商|商品房|新房|期房|买的房|购房|房子)[^。？！]{0,24}面积[^。？！]{0,12}"
                  r"(?:少了|缩水|误差|不足|不符|不一致|不一样|差了|小了|少[\d一二三四五六七八九十两几]|比合同)|"
                  r"面积误差|公摊面积[^。？！]{0,8}(?:多了|变大|太大|增加)")
_HOME_HANDOVER_REPLY = ("新房延期交房、面积误差、竣工验收和办理房产证等问题，属于商品房买卖合同纠纷，"
                        "由住房城乡建设（房管）部门监管，"
                        "不是市场监管部门处理的消费纠纷，我这里无法准确解答。建议您对照购房合同里交房和办证的约定，"
                        "向当地住房城乡建设（房管）部门反映，也可以与其他业主一起与开发商协商，协商不成可以向人民法院起诉。")
# A business refusing cash (只能扫码): the central bank's rules on the renminbi, not in the sources.
_CASH_REFUSED = (r"拒收(?:人民币)?现金|不收(?:人民币)?现金|现金(?:不收|不要|不能用|不让用)|"
                 r"不(?:能|让|给)(?:用|付|收)现金|"
                 r"只(?:能|收|让|接受)(?:扫码|微信|支付宝|手机支付|电子支付|刷卡)")
_CASH_REFUSED_REPLY = ("商家能不能拒收人民币现金，由中国人民银行依照人民币管理的规定监督管理，"
                       "不属于市场监管部门处理的消费纠纷，我这里无法准确解答。建议您保留好商家拒收现金的证据（照片、录音、告示），"
                       "向中国人民银行当地分支机构反映，也可以拨打12363金融消费权益保护热线。")
# Whether a lender is licensed: the regulators' public records answer it, not consumer law.
_LENDER_LICENCE = (r"(?:是不是|是否|是)?(?:合法|正规|有资质|有牌照|持牌)的?(?:金融机构|贷款公司|放贷机构|金融公司|"
                   r"小贷公司|分期平台|贷款平台|借贷平台)|(?:放贷|金融|贷款)(?:资质|牌照|许可证)")
_LENDER_LICENCE_REPLY = ("一家机构有没有放贷、分期等金融业务的资质，需要查询金融监管部门的公开信息，"
                         "不属于消费纠纷，我这里无法准确解答。建议您在国家金融监督管理总局、中国人民银行或者当地地方金融管理部门的网站查询它的许可信息，"
                         "也可以拨打12378咨询；签分期合同前请看清借款主体、年化利率和各项费用。")
# A venue's fire-safety procedures (approval, inspection): the fire and rescue authority's.
_FIRE_PERMIT = r"消防(?:手续|验收|审批|许可|备案|审核|安全检查合格证|设计审查)"
_FIRE_PERMIT_REPLY = ("场所的消防验收、备案和开业前消防安全检查等手续由消防救援机构和住房城乡建设部门办理，"
                      "不属于消费纠纷，我这里无法准确解答。建议您咨询当地消防救援机构或者政务服务中心的办事窗口，"
                      "也可以拨打12345问清所需材料；没有房产证的，可以问清能否以租赁合同等其他证明材料办理。")
# A school's fees raised (a private school, a kindergarten): the education and price
# authorities' matter, not a purchase gone wrong (fees already paid and asked back are one).
_SCHOOL_FEES = (r"(?:学校|私立|民办|公办|幼儿园|中学|小学|高中|初中)[^。？！]{0,10}"
                r"(?:涨学费|学费上涨|学费涨|提高学费|学费提高|涨价|收费上涨|乱收费)|(?:涨学费|学费上涨)")
_SCHOOL_FEES_REPLY = ("学校（包括民办学校、幼儿园）的收费标准和涨价，由教育行政部门和价格主管部门"
                      "依照当地的收费政策管理，不属于消费纠纷，我这里无法准确解答。"
                      "建议您向当地教育局或者发展改革（价格）部门反映、查询收费是否经过备案或者批准，"
                      "也可以拨打12345政务服务热线。")
# Whether buying or selling goods under a monopoly or a ban (cigarettes, duty-free or smuggled
# tobacco, controlled knives, crossbows, replica guns, fireworks) is itself lawful: the tobacco
# monopoly's or the police's rules, which the consumer texts do not hold.
_RESTRICTED_GOODS = (r"(?:香烟|烟草|免税烟|走私烟|[几\d一二三四五六七八九十两]+条(?:烟|中华|玉溪|芙蓉王|黄鹤楼)|"
                     r"免税(?:的)?(?:中华|烟)|免税店[^。？！]{0,6}烟|"
                     r"管制刀具|(?:买|卖)刀|弓弩|仿真枪|气枪|烟花爆竹|鞭炮)"
                     r"[^。？！]{0,20}(?:犯法|违法|合法|放法|判刑|被抓|能不能(?:卖|买)|可以(?:卖|买)吗|能(?:卖|买)吗)")
_RESTRICTED_GOODS_REPLY = ("个人买卖香烟、刀具、弓弩、烟花爆竹等特殊物品是否合法，"
                           "由烟草专卖、公安等部门依照各自的规定管理，"
                           "不属于消费纠纷，我这里无法准确解答。建议您咨询当地烟草专卖局（香烟）或者公安机关（刀具、弓弩、"
                           "仿真枪、烟花爆竹），也可以拨打12345；买到的东西有质量问题、是假货的，可以再来投诉。")
# Duty on goods brought or posted in from abroad (its allowance, its rate): the customs'.
_CUSTOMS = (r"关税|进口税|行邮税|跨境电商综合税|海关[^。？！]{0,10}(?:扣|查|收|征|申报|罚|放行)|"
            r"入境[^。？！]{0,8}(?:申报|携带|带了|能带|可以带)")
_CUSTOMS_REPLY = ("进出境物品要不要交税、税率多少、免税额度多少，由海关依照进出境物品的规定征收和认定，"
                  "不属于消费纠纷，我这里无法准确解答。建议您拨打12360海关服务热线，"
                  "或者在海关总署网站查询进境物品的税率和限值。")
# A block's repair fund (专项维修资金): how it is raised and spent is the owners' assembly's
# decision under the housing authority, no purchase gone wrong.
_REPAIR_FUND = r"维修资金|维修基金|大修基金|公共维修金"
_REPAIR_FUND_REPLY = ("住宅专项维修资金的交存、筹集和使用，由业主大会依法决定，"
                      "并由当地住房城乡建设（房管）部门监督管理，"
                      "不属于消费纠纷，我这里无法准确解答。建议您向业主委员会或者物业服务企业了解维修资金账户和使用方案，"
                      "也可以咨询当地住房城乡建设（房管）部门或者拨打12345。")
_OWNERS_BODY_REPLY = ("业主大会、业主委员会的成立、选举和换届属于业主自治事项，不属于消费纠纷，我这里无法准确解答。"
                      "建议您向小区所在地的街道办事处、乡镇人民政府或者房产管理部门反映，请其指导和监督选举；"
                      "也可以咨询律师。")
# A neighbour's renovation (its noise, dust, hours or harm to one's home): the neighbours'
# relations, not a bargain of the asker's (the property book's neighbour rules are not in the
# sources), unless the asker's own renovation, its contract or the estate's manager is asked about.
_NEIGHBOUR_WORKS = (r"(?:楼上|楼下|隔壁|对门|对面|邻居|邻居家|邻家|左邻右舍|上一层|下一层)[^。？！，,]{0,12}"
                    r"(?:装修|施工|砸墙|拆墙|电钻|冲击钻|打孔|打墙|敲墙|切割)")
_NEIGHBOUR_WORKS_UNLESS = (r"我(?:们)?家(?:在|正在|刚)?装修|我(?:们)?(?:家)?(?:的)?装修(?:公司|队|师傅|工人)|"
                           r"我(?:们)?(?:家)?(?:请|找|雇|签)(?:了|的)?[^。？！，]{0,6}(?:装修|施工)|合同|工期|半包|全包|物业|物管|租|房东|"
                           # (or something the asker bought that the works got in the way of)
                           r"我(?:们)?(?:家)?(?:刚)?(?:买|订|网购)|送货|快递|外卖")
_NEIGHBOUR_WORKS_REPLY = ("邻居装修的噪音、粉尘、施工时间以及装修给您家造成的损坏，属于邻里之间的纠纷，"
                          "不是经营者与消费者之间的消费纠纷，我这里无法准确解答。建议您先与邻居沟通，"
                          "或者请物业服务企业依照装修管理规定和管理规约、社区居委会或者人民调解委员会协调；"
                          "夜间或者休息时间施工噪声扰民的，可以向当地生态环境、城管部门反映，或者拨打12345；"
                          "装修给您家造成损坏的，可以要求对方赔偿，协商不成可以向人民法院起诉，也可以咨询律师。")
_FAMILY_REPLY = ("婚姻家庭和继承方面的问题不属于消费纠纷，我这里无法准确解答。建议您咨询当地的法律援助中心"
                 "（可拨打12348）或者律师，必要时向人民法院起诉。")
OUTSIDE_FIRST = [
    (_REGISTRATION, None, _REGISTRATION_REPLY),
    # a mark, a patent or a copyright registered or squatted (unless goods bought bear it)
    (_IP, r"买|购|假货|正品|退", _IP_REPLY),
    # the owners' own assembly and committee: their election, however the manager meddles
    (r"(?:业委会|业主委员会|业主大会)[^。？！]{0,12}(?:换届|选举|改选|成立|罢免|选出|拉票|投票|备案|筹备)",
     None, _OWNERS_BODY_REPLY),
    # a marriage ending and what the spouses bought or owe (unless a shop or a wedding
    # service is in it: then it is still a purchase)
    (_NEIGHBOUR_WORKS, _NEIGHBOUR_WORKS_UNLESS, _NEIGHBOUR_WORKS_REPLY),
    (r"离婚|夫妻共同(?:财产|债务)|婚前财产|婚后财产|分割财产",
     r"商家|店|退货|退款|质量|售后|维修|婚纱|婚庆|婚礼|影楼|婚介|相亲|会员|预付", _FAMILY_REPLY),
    # (unless the goods were fake or faulty: then it is a purchase gone wrong)
    (_RESTRICTED_GOODS, r"假(?:烟|货|的)|质量|坏了|赔|退", _RESTRICTED_GOODS_REPLY),
    # (unless a seller or a buying agent charged it: then it is their bill)
    (_CUSTOMS, r"商家|卖家|店|代购|平台|客服|退(?:款|货|钱|税)|多收|赔", _CUSTOMS_REPLY),
    # (unless the property company charges the owner for repairs: a property-fee question)
    (_REPAIR_FUND, r"物业费", _REPAIR_FUND_REPLY),
    (_SCHOOL_FEES, r"培训|辅导|课时|退(?:费|钱|款|学)|补习|兴趣班", _SCHOOL_FEES_REPLY),
    (_FIRE_PERMIT, None, _FIRE_PERMIT_REPLY),
    # (unless someone who found it keeps it or asks money for it: a claim against them)
    (_LEFT_IN_VEHICLE, r"(?:要|让)我(?:给|付|出|转)[^。？！]{0,8}(?:钱|块|元)|才(?:还|给)|不(?:还|给)我|拒不归还|"
                       r"扣着不|私吞|占为己有", _LEFT_IN_VEHICLE_REPLY),
    (_ACCOUNT_FROZEN, r"商家|店|买|卖|退款|订单|游戏|充值", _ACCOUNT_FROZEN_REPLY),
    (_LENDER_LICENCE, None, _LENDER_LICENCE_REPLY),
    # (unless something else went wrong with what was bought: a price, a refund, the goods)
    (_CASH_REFUSED, r"多收|贵|加价|退(?:款|钱|货)|质量|坏|假|赔", _CASH_REFUSED_REPLY),
    # (unless the estate's management, an advert or a gift, or the fitting-out is asked about)
    (_HOME_HANDOVER, r"物业|宣传|广告|样板|送的|赠送|装修|精装|中介|车位", _HOME_HANDOVER_REPLY),
    (_FRANCHISEE, None, _FRANCHISEE_REPLY),
    # tax, unless a business's refusal of an invoice or its "tax" surcharge on the bill
    # (or a seller's or buying agent's bill of duty: "包税" promised, then asked to pay it)
    (_TAX, r"发票|开票|小票|收据|(?:加|多收|另收|另付|额外)[^。？！]{0,6}(?:税|点)|包税|代购|"
           r"(?:商家|卖家|店家|客服)[^。？！]{0,12}(?:关税|补税|交税|税费)", _TAX_REPLY),
    # an insurer's payout, exclusions or surrender value, unless the policy was pushed with a
    # purchase or mis-sold (the one list of insurance words: a purchase named beside them
    # makes no consumer question of an insurer's payout)
    (_INSURANCE, r"搭售|捆绑|强制|必须买|不买|才给|隐瞒|误导|骗|承诺|存款|保本", _INSURANCE_REPLY),
    # an employer's own question about staff (a shop's owner asked for their social insurance)
    (r"(?=.*(?:我(?:是|们是)?开[^。？！，,]{0,8}(?:店|公司|厂|馆|铺)|我(?:的|们)?(?:店|公司|厂|馆)|我雇|我招|老板是我))"
     r"(?=.*(?:员工|店员|雇的|招的|伙计|学徒|工人|服务员|厨师)[^。？！]{0,15}"
     r"(?:工资|社保|工伤|劳动合同|加班费|五险|辞退|开除|试用期))",
     None, _STAFF_REPLY),

    (r"(?:信用卡|借呗|花呗|白条|微粒贷|网贷|贷款|房贷|车贷|消费贷)[^。？！]{0,25}"
     r"(?:利息|利率|年化|逾期|催收|征信|罚息|违约金|还不上|减免|停息|挂账|手续费)|"
     r"(?:逾期|催收|征信|罚息)[^。？！]{0,20}(?:信用卡|借呗|花呗|白条|网贷|贷款|银行)|暴力催收|停息挂账",
     _GOODS_TROUBLE + "|" + IDENTITY_MISUSED,  # nor a loan taken out in one's name without consent
     "信用卡、贷款的利息、逾期、催收和征信方面的问题属于金融借贷纠纷，不是市场监管部门处理的消费纠纷，"
     "我这里无法准确解答。建议您先与银行或贷款机构协商还款安排；对收费、利息或催收方式有异议的，可以向"
     "国家金融监督管理总局投诉（12378），征信记录有误的可以向中国人民银行征信中心提出异议；遭遇暴力催收的可以报警。"),
    (r"[Pp]2[Pp]|爆雷|暴雷|非法集资|股票|炒股|股市|期货|证券账户|基金[^。？！]{0,10}(?:亏|跌|赔了|缩水)|"
     r"(?:理财|投资)[^。？！]{0,12}(?:亏|赔了|血本|本金|爆|兑付|逾期|提不出|取不出|跑路)",
     _MIS_SOLD,
     "投资理财的盈亏、理财或P2P平台爆雷、股票基金亏损属于金融投资纠纷，不是消费纠纷，我这里无法准确解答。"
     "投资本身的风险一般由投资者自担；怀疑平台涉嫌非法集资或者诈骗的，请保存合同和转账凭证，尽快向公安机关报案；"
     "对银行、证券、基金公司的销售行为有异议的，可以向国家金融监督管理总局（12378）或中国证监会（12386）投诉，"
     "也可以咨询律师。"),
    (rf"(?=.*(?:{_PLATFORM_WORK}))(?=.*(?:封号|封了|被封|封禁|限流|扣分|罚款|罚了|扣钱|扣了|扣我|押金|保证金|提现|"
     r"收益|派单|接单|结算|工资|账号|申诉))",
     None,
     "平台与骑手、司机、主播等从业者之间的封号、扣款、罚款和收益结算问题不属于消费纠纷，我这里无法准确解答。"
     "建议您先通过平台的申诉渠道申诉，并保存好账号记录和沟通记录；涉及劳动报酬、劳动关系的，可以拨打12333"
     "咨询或者向劳动人事争议仲裁委员会申请仲裁，也可以向当地人社、交通运输等主管部门反映，或者咨询律师。"),
    # an account banned (after the platform's own workers: a rider's ban is theirs), unless money
    # paid into it is at stake: top-ups, skins bought, a refund asked
    (_ACCOUNT_BANNED, r"充值|充了|充的|买|购|皮肤|装备|点券|钻石|元宝|退款|退钱|余额|未成年|孩子",
     _ACCOUNT_BANNED_REPLY),
]
_OUTSIDE_FIRST = [(_compile(words, re.S), _compile(unless) if unless else None, reply)
                  for words, unless, reply in OUTSIDE_FIRST]
# A business asking whether it will be prosecuted (a case opened, a sentence): criminal law,
# which the consumer texts do not answer; a question that also asks about an administrative
# fine or names the market regulator (whose 立案 is an administrative case) is still
# answered from the fines' side.
_MERCHANT_CRIME = _compile(
    r"^(?!.*(?:罚款|罚多少|怎么罚|罚钱|行政处罚|市场监管|市监|工商|监管局|执法局))"
    r"(?=.*(?:刑事|判刑|坐牢|蹲监狱|刑拘|拘留|犯罪|构成.{0,6}罪|立案|追究[^。？！]{0,4}责任|"
    r"(?:公安|警察|派出所)[^。？！]{0,8}(?:立案|抓|带走)))", re.S)
# The asker is the seller, though the words do not make a merchant's question of it (进货,
# 卖出去): a question about their own prosecution is the same matter.
_SELLER_SELF = _compile(r"进货|进了一?批|进的货|卖出去|(?:我|我们)[^。？！，买在]{0,6}(?:卖|销售)(?:了|的|出)|个体户|"
                          r"我(?:们)?(?:自己)?(?:开的|的|家的?)[^。？！，在买]{0,4}店|我们?小店")
_MERCHANT_CRIME_REPLY = ("是否构成犯罪、要不要立案追究刑事责任，由公安机关和司法机关根据涉案金额、主观上是否明知等"
                         "事实依法认定，不属于消费纠纷，我这里无法准确解答。建议您尽快咨询刑事方面的律师，"
                         "并保存好进货凭证、供货商信息和销售记录，如实向办案机关说明情况。")
# A business's own matters outside consumer law: its marks and patents, its tax, its staff,
# its registration and annual reports, its franchise contract with a brand, a prosecution.
_MERCHANT_OUTSIDE = [
    (_MERCHANT_CRIME, _MERCHANT_CRIME_REPLY),
    (_compile(_RESTRICTED_GOODS), _RESTRICTED_GOODS_REPLY),
    (_compile(_FIRE_PERMIT), _FIRE_PERMIT_REPLY),
    (_IP_WORDS, _IP_REPLY),
    (_compile(_REGISTRATION), _REGISTRATION_REPLY),
    (_compile(_FRANCHISEE), _FRANCHISEE_REPLY),
    (_compile(_TAX), _TAX_REPLY),
    (_compile(r"(?:员工|店员|雇的|招的|伙计|服务员|厨师|学徒|工人)[^。？！]{0,15}"
                r"(?:工资|社保|工伤|劳动合同|辞退|开除|加班|离职|试用期|五险)"), _STAFF_REPLY),
]
# Legal questions outside consumer disputes (work, family, loans, crime, traffic, neighbours):
# said plainly, with where such a question belongs, instead of a consumer rule that does
# not apply. Each: the words that show the field, and the reply.
OUTSIDE = [
    (r"工资|工伤|劳动合同|劳动仲裁|社保|公积金|退休金|养老金|竞业|辞退|开除|加班费|离职|入职|试用期|"
     r"包工头|用人单位|五险一金|(?:我|我们)(?:是|作为)?(?:公司|单位|厂里)?的?员工|工厂干|"
     # work itself, not a consumer's day it got in the way of ("师傅迟到，耽误我上班")
     r"(?:上班|打工)[^。？！，]{0,12}(?:老板|公司|单位|厂|领导|主管|工头)|"
     r"(?:老板|公司|单位|厂里|领导|主管|工头)[^。？！，]{0,12}(?:上班|打工)",
     "劳动用工方面的问题（工资、工伤、劳动合同、社保等）不属于消费纠纷，我这里无法准确解答。"
     "建议您向当地人力资源和社会保障部门（劳动保障监察）反映，或者拨打12333咨询，"
     "也可以向劳动人事争议仲裁委员会申请仲裁。"),
    (r"离婚|抚养权|抚养费|出轨|婚前|彩礼|遗产|遗嘱|继承|赡养|前妻|前夫",
     _FAMILY_REPLY),
    (r"借条|借钱|借给|欠钱|欠我|欠款|还钱|高利贷|民间借贷|借款|欠条",
     "个人之间的借贷纠纷不属于消费纠纷，我这里无法准确解答。建议您保留好借条、转账记录和聊天记录，"
     "先催告对方还款，协商不成可以向人民法院起诉；也可以拨打12348咨询法律援助。"),
    # (the police called over a dispute with a shop, "我报警了警察说让协商", tell no crime)
    (r"网恋|杀猪盘|刷单返利|带我.{0,4}投资|做投资|炒币|虚拟货币|网上认识|被人骗.{0,8}转账|"
     r"^(?=.*(?:骗|诈骗|转账|盗刷|被偷|被盗|被抢|抢劫|敲诈|勒索|威胁)).*(?:报警(?!器)|公安)",
     _CRIME_REPLY),
    (_TRAFFIC_FINE, _TRAFFIC_FINE_REPLY),
    (r"交通事故|车祸|交警|闯红灯|追尾|(?:开车|骑车).{0,10}(?:刮|撞)|责任认定书|认定书",
     "交通事故方面的问题不属于消费纠纷，我这里无法准确解答。请以交警部门的事故责任认定为准，"
     "与对方及保险公司协商赔偿，协商不成可以申请调解或者向人民法院起诉。"),
    (r"入学|学区|学位|对口(?:学校|小学|中学|初中)|择校|转学|学籍|户口|户籍|落户",
     "入学、学籍和户籍方面的问题不属于消费纠纷，我这里无法准确解答。招生入学政策建议您咨询当地"
     "教育行政部门，户口和落户可以咨询派出所或者政务服务中心，也可以拨打12345政务服务热线。"),
    (_IP, _IP_REPLY),
    (r"医保|新农合|异地就医|医疗(?:费)?报销|报销比例",
     "医保报销、异地就医备案方面的问题不属于消费纠纷，我这里无法准确解答。建议您咨询参保地的医疗保障部门"
     "（可拨打12393医保服务热线），问清补办备案和报销的办法。"),
    (r"邻居|楼道|宅基地|拆迁|征地|土地承包|相邻|噪音扰民|村委",
     "邻里、土地和房屋权属方面的问题不属于消费纠纷，我这里无法准确解答。建议您先找社区或者"
     "人民调解委员会调解，涉及治安的可以报警，也可以咨询律师或拨打12348。"),
]
_OUTSIDE = [(_compile(words, re.S), reply) for words, reply in OUTSIDE]
# A business in the question: then it is a consumer dispute after all (a house bought
# before the marriage is not).
_PURCHASE = _compile(r"商家|商场|超市|店(?!长)|消费|商品(?!房)|产品|退货|退款|卖家|厂家|[4４][sS]|平台|网购|"
                       r"淘宝|京东|拼多多|充值|办卡|会员|售后|维修|装修|物业费|快递|订单|下单|经营者|餐厅|"
                       r"饭店|酒店|旅行社|培训|机构|医院|诊所|购买(?!.{0,2}房)|(?<!房)买了(?!.{0,2}房)|家政|保姆|月嫂|"
                       # a service received on the person or their things
                       r"理发|美发|烫发|染发|美甲|美容|按摩|足疗|洗车|洗衣|干洗|修车(?:店|铺|厂|行)|"
                       r"修理(?:厂|店|铺)|去修车|送修|"
                       # a photo or a copy made for an errand (an ID photo for a household
                       # registration or a passport) is bought from the studio
                       r"照相馆|影楼|摄影(?:馆|店|工作室|机构)|冲印|图文(?:店|社|部)|打印店|复印店|"
                       r"(?:证件|身份证|护照|驾驶证|驾照|签证|社保卡)(?:照|照片)|"
                       # a place whose business keeps its visitors safe, and its staff on duty
                       r"游泳馆|游泳池|泳池|浴场|洗浴|澡堂|健身房|游乐场|游乐园|乐园|景区|影院|网吧|KTV|救生员|"
                       # an estate's manager (its stairwell, its gate, a neighbour's dog it lets be) and
                       # lessons paid for (a coach who owes lessons, a driving school's car)
                       r"物业|物管|开发商|驾校|教练|私教|课时|课程|"
                       # goods bought and at fault, however told ("买的电动车刹车失灵出了车祸"; a
                       # house bought before the marriage is none)
                       r"(?:刚|新)买|买的(?!.{0,2}房)(?=[^。？！]{0,10}(?:坏|问题|质量|不能用|用不了|失灵|故障|假|过期|"
                       r"漏|裂|爆|炸|起火|着火|伤))|"
                       r"中介|卖给|他们卖|卖的|"
                       # money borrowed to buy something, or whether to buy it, is still a purchase
                       r"借(?:钱|款)(?:来|去)?买|(?:能|可以|值得|敢)买吗")


# An investment scam is no purchase, whatever it was paid into (充值 on an app, a platform).
_STAFF_LEFT = _compile(r"(?:教练|老师|店员|师傅|技师|医生|导游|员工|服务员|工作人员|老板|店长|销售|顾问|客服)"
                         r"[^。，！？]{0,6}(?:离职|辞职|被开除|开除|被辞退|辞退|跳槽|不干了|走了)")
_IDENTITY = _compile(IDENTITY_LOST + "|" + IDENTITY_MISUSED)
# (a loan "frozen" until a fee is paid, or that needs a deposit or "bank flow" first, is the
# advance-fee loan fraud: no lender asks it)
_SCAM = _compile(r"炒股群|荐股|股票群|带单|老师带|投资群|理财群|虚拟币|数字货币|博彩|赌博|杀猪盘|刷单返利|网恋|"
                   r"(?:借款|贷款|网贷|借钱|放款|下款)[^。？！]{0,40}(?:解冻|刷流水|验资|激活费|解冻费)|"
                   r"(?:解冻|刷流水|验资)[^。？！]{0,20}(?:才能|才可以|才给)?(?:放款|下款|到账)")


def outside_consumer_law(question: str, merchant: bool = False) -> str | None:
    """The reply for a legal question outside consumer disputes, or None (a business's own
    question is outside only when it is about one of its own matters: _MERCHANT_OUTSIDE)."""
    if merchant:
        return next((reply for words, reply in _MERCHANT_OUTSIDE if words.search(question)), None)
    if _SCAM.search(question):
        return _CRIME_REPLY
    if _MERCHANT_CRIME.search(question) and _SELLER_SELF.search(question):
        return _MERCHANT_CRIME_REPLY  # a seller asking whether they will be prosecuted
    for words, unless, reply in _OUTSIDE_FIRST:
        if words.search(question) and not (unless and unless.search(question)):
            return reply
    # someone else's job in a consumer's story (the coach left, the teacher was fired) is
    # no labour question of the asker's
    question = _STAFF_LEFT.sub("", question)
    if _PURCHASE.search(question) or _IDENTITY.search(question):
        return None  # a purchase, or an identity document a business lost or misused
    for words, reply in _OUTSIDE:
        if words.search(question):
            return reply
    return None


# A business's own duties that a named rule answers, though no dispute type is about them
# (the business asks, and the question is no purchase of its own gone wrong): using a name
# or a mark like another's (混淆), licensing a pharmacy, passing on another's ad, the words
# on its packaging, its genuine goods taken by a brand's anti-counterfeit staff. Each: the
# facts' words, the articles, the lead, the steps.
_ASKS_RULE = (r"可以吗|可不可以|能不能|能否|能用吗|行吗|行不行|允许|算不算|算侵权|侵权吗|是否侵权|违法吗|违规吗|"
              r"会不会(?:侵权|违法)|"
              r"什么责任|责任是什么|要负|承担|条件|需要|要什么|怎么办|如何|合法|手续|流程|许可|审批|要求|准许|不准|只要|"
              r"(?:可以|能|可否)[^。？！]{0,12}(?:吗|么)")
# (the buyer's purchase told by a seller, "买家买了", is none of the asker's)
_OWN_PURCHASE = _compile(r"我(?:们)?(?:买|购买|网购|订)|(?<!买家)(?<!顾客)(?<!客户)(?<!客人)买(?:了|的|到)|"
                         r"假一赔|赔偿我|十倍|三倍")
# A seller on a platform and what the platform did to it (its deposit kept, its shop closed or
# punished, a promotion or a fee imposed): the platform's duties to the sellers on it.
_PLATFORMS = (r"淘宝|天猫|拼多多|京东|抖音|快手|美团|饿了么|闲鱼|亚马逊|有赞|微店|小红书|得物|唯品会|"
              r"1688|阿里巴巴|视频号")
_SELLER_ON_PLATFORM = (
    rf"(?=[\s\S]*(?:我(?:是|在|们在|们是)[^。？！，]{{0,8}}(?:{_PLATFORMS}|平台|网上)[^。？！，]{{0,8}}"
    r"(?:开(?:了|的)?(?:个|家|一家|一个)?[^。？！，]{0,6}(?:店|店铺)|商家|卖家|店主|商户|入驻)|"
    rf"我(?:们)?(?:是)?(?:{_PLATFORMS}|平台)(?:的|上的)?(?:第三方)?(?:商家|卖家|店主|商户)|"
    rf"我(?:们)?(?:的|开的)(?:{_PLATFORMS})?(?:网店|店铺|小店|抖店|淘宝店)|"
    # (or told without "我": the shop as what the platform acted on, "网店被平台处罚了", "拼多多店铺因为…被罚款";
    # the asker as one who keeps a shop there, "在淘宝开网店的"; a seller's recourse asked, "店家能申诉吗";
    # not a buyer's order or money with a shop that was closed)
    r"^(?![\s\S]*(?:我(?:们)?的?(?:订单|钱|货|款)|付(?:了|的)钱|付款|下单|收不到|没收到|退款给我))[\s\S]*(?:"
    rf"(?:网店|店铺|小店|抖店|淘宝店|(?:{_PLATFORMS})(?:上的)?店)(?:因为[^。？！]{{0,12}})?被|"
    rf"(?:在)?(?:{_PLATFORMS}|网上)(?:上)?开(?:了|的)?(?:个|家|一家|一个)?[^。？！，,]{{0,4}}(?:店|店铺)的|"
    r"(?:店家|商家|卖家|店主)(?:能|可以|怎么|如何|该怎么|要怎么)(?:申诉|维权|起诉|投诉平台|找平台))))"
    rf"(?=[\s\S]*(?:{_PLATFORMS}|平台|小二|官方)[^。？！]{{0,20}}"
    r"(?:扣|冻结|罚|封|关(?:了|掉|停)|下架|降权|限流|不退|处罚|强制|强迫|逼|收取|抽成|佣金|技术服务费|"
    r"保证金|押金|清退|终止|暂停|改(?:了)?规则|修改规则|新规))")
_OWN_DUTIES = [
    (_SELLER_ON_PLATFORM,
     ("电子商务法:35", "电子商务法:36", "电子商务法:34"),
     "您好，您是以平台内经营者（卖家）的身份咨询。电子商务平台经营者不得利用服务协议、交易规则以及技术等手段，"
     "对平台内经营者的交易、交易价格等进行不合理限制或者附加不合理条件，也不得向平台内经营者收取不合理费用"
     "（电子商务法第三十五条）；平台依据服务协议和交易规则对平台内经营者实施警示、暂停或者终止服务等措施的，"
     "应当及时公示（第三十六条）；修改服务协议和交易规则，应当至少在实施前七日公示，平台内经营者不接受修改、"
     "要求退出的，平台不得阻止，并按修改前的协议和规则承担相关责任（第三十四条）。扣款、保证金能不能退、什么时候退，"
     "先看入驻时的服务协议和平台规则；不合理的限制、扣款和收费，可以提出异议。",
     ["在平台后台查阅并保存入驻时的服务协议、保证金规则、处罚或扣款通知和申诉记录",
      "通过平台的申诉渠道书面申诉，要求平台说明扣款、处罚的依据，退还不应扣的保证金或货款",
      "认为平台不合理限制、附加不合理条件或者收取不合理费用的，可以向平台所在地的市场监管部门反映；"
      "协商不成的，按服务协议约定的方式申请仲裁或者向人民法院起诉"]),
    (r"^(?!.*(?:驳回|复审|异议))(?:.*(?:名字|名称|店名|字号|招牌|商标)[^。？！]{0,20}"
     r"(?:一样|相同|同名|近似|相近|类似|相似|差一个字|只差|差不多|同音|同字|不同字|撞名|重名)|"
     r".*(?:品牌|牌子)[^。？！]{0,6}(?:差一个字|只差|同音|近似|相近|相似|撞名|重名)|"
     r".*(?:有人|别人|他人|对方|人家)[^。？！]{0,6}(?:用|使用|冒用|盗用)[^。？！]{0,12}(?:算|是不是|是否|属于)?侵权|"
     r".*(?:用|叫|起|取)[^。？！]{0,8}(?:别人|他人|人家|驰名|知名|有名)[^。？！]{0,6}(?:的)?(?:名字|名称|商标|品牌|店名|字号|商号|招牌)|"
     # the asker's own name for a shop or a product ("我用九九鸭脖这个名字算侵权吗")
     r".*(?:我|我们|本店)[^。？！，]{0,6}?(?:叫|起名|取名)[^。？！]{1,14}(?:算|是不是|是否|会不会|属于)?"
     r"(?:侵权|违法|冒用|傍名牌)|"
     r".*(?:我|我们)(?:用|使用)[^。？！，了过的]{2,10}(?:算|是不是|是否|会不会|属于)侵权)",
     ("反不正当竞争法:6",),
     "您好，经营者不得擅自使用与他人有一定影响的商品名称、包装、企业名称（字号）等相同或者近似的标识，"
     "引人误认为是他人商品或者与他人存在特定联系（反不正当竞争法第六条）；名字是否构成混淆，要看对方的名称或者商标"
     "是否有一定影响、两者是否相同或近似、是否容易让人误认。",
     ["起名前先在国家知识产权局商标局网站和国家企业信用信息公示系统查询有无相同或者近似的商标、字号",
      "名字容易与他人混淆的，建议换一个有区别的名字，以免被责令停止使用或者被索赔",
      "认为他人的名字与您的商标或者字号混淆的，可以向当地市场监管部门举报，或者咨询知识产权律师后起诉"]),
    (r"(?:开|开办|新开|开设|开个|开一家|办)[^。？！，]{0,6}药店|药店[^。？！]{0,10}(?:许可|审批|执照|资质|准许|准入|条件|批准|不让开|不准)|"
     r"药品经营许可",
     ("药品管理法:51", "药品管理法:52"),
     "您好，开办药店（从事药品零售）应当经所在地县级以上药品监督管理部门批准，取得药品经营许可证，"
     "无许可证不得经营药品（药品管理法第五十一条）；还要有依法认定的药师等药学技术人员、合适的营业场所和设备、"
     "质量管理机构或人员及质量管理制度（第五十二条）。",
     ["向拟开店所在地的县级以上药品监督管理部门（市场监管局）咨询当地的开办条件和审批要求",
      "按要求准备药师资格、场所、设备和质量管理制度等材料，提出药品经营许可申请",
      "对不予许可的决定有异议的，可以要求说明理由，依法申请行政复议或者提起行政诉讼"]),
    # selling medicines oneself (in a shop, on WeChat, as an agent): a licence, and online the same rules
    # (not a consumer telling of medicines sold to them: 卖给我, 吃了, 假药, 过期)
    (r"^(?!.*(?:给我|卖给|吃了|用了|服用|假药|劣药|过期|坑|骗))"
     r"(?:.*(?:卖|销售|代理|代卖|分销|做)[^。？！，]{0,6}(?:药品|药物|膏药|中药|西药|处方药|感冒药|[^农火弹炸]药(?:品|丸|膏|片))|"
     r".*(?:药品|药物|膏药|处方药)[^。？！，]{0,6}(?:代理|微商|网上卖|网上销售|朋友圈卖))",
     ("药品管理法:51", "药品管理法:61"),
     "您好，从事药品经营（包括在微信、朋友圈、网店等网络渠道卖药）须经药品监督管理部门批准、取得药品经营许可证，"
     "无许可证不得经营药品（药品管理法第五十一条）；通过网络销售药品，同样要遵守药品经营的有关规定，"
     "疫苗、麻醉药品、精神药品等国家特殊管理的药品不得在网络上销售（第六十一条）。",
     ["先确认您要卖的产品是药品、医疗器械还是普通商品（看包装上的批准文号：国药准字为药品，械字号为医疗器械）",
      "卖药品须由取得药品经营许可证的企业经营，个人或者代理商不能自己在微信上卖",
      "拿不准的，可以咨询当地市场监管（药品监管）部门"]),
    (r"(?:转发|转载|转了|代发|帮[^。？！]{0,4}发|刊登|发到|发在|挂在)[^。？！]{0,20}(?:广告|招生简章|简章|宣传|推广)|"
     r"(?:广告|招生简章|简章|宣传)[^。？！]{0,10}(?:转发|转载|转到|发到)|"
     r"(?:公众号|账号|抖音号|视频号|朋友圈|微博|网站|群)[^。？！]{0,4}(?:发|发布|推送)[^。？！]{0,8}(?:广告|推广|宣传|招生)",
     ("广告法:34", "广告法:55", "广告法:56"),
     "您好，把别人的广告发布到自己的公众号、网站或者账号上，您就是广告发布者：应当查验广告主的证明文件、"
     "核对广告内容（广告法第三十四条）；明知或者应知广告虚假仍然发布的，可能被没收广告费用、罚款（第五十五条），"
     "造成消费者损害的，还要与广告主承担连带责任（第五十六条）。",
     ["转发前核实发布方的资质（如招生简章应当是依法设立的学校发布）和广告内容是否真实",
      "发现广告内容虚假或者无法核实的，及时删除并保存当时的核对记录",
      "已经被调查或者被索赔的，如实说明情况，必要时咨询律师"]),
    (r"(?:包装|外包装|包装盒|包装袋|标签|标识|说明书)[^。？！]{0,12}"
     r"(?:中文|汉字|外文|英文|日文|韩文|蒙文|蒙古文|藏文|维文|维吾尔文|少数民族文字|文字)|"
     r"(?:中文|汉字|外文|英文|蒙文|蒙古文|藏文|维文|少数民族文字)[^。？！]{0,8}(?:包装|标签|标识)",
     ("产品质量法:27",),
     "您好，产品或者其包装上的标识必须真实，并有中文标明的产品名称、生产厂厂名和厂址等（产品质量法第二十七条）；"
     "在中文标注之外另加少数民族文字或者外文一般是可以的，但内容应与中文一致、真实，不能引人误解。",
     ["确保包装上有规范的中文标注，外文或者少数民族文字的内容与中文一致",
      "包装上使用的商标应当与注册的商标一致，另加文字不要改变注册商标的样子",
      "拿不准的，可以咨询当地市场监管部门或者商标代理机构"]),
    (r"(?=.*(?:合伙|合伙人|股东|合开|一起开)[^。？！]{0,30}(?:退出|退伙|散伙|不干了|撤出|退股|分开|拆伙))"
     r"(?=.*(?:顾客|客户|会员|办卡|办的卡|充值|储值|预付|欠款|债务|找我|找到我))",
     ("民法典:973", "消费者权益保护法:53"),
     "您好，合伙经营期间欠下的债务（包括当时办卡、充值的顾客未消费的余额和应退款项），合伙人承担连带责任，"
     "退出合伙不能免除退出前已经发生的债务；您清偿超过自己份额的，有权向其他合伙人追偿（民法典第九百七十三条）。"
     "以预收款方式提供服务的经营者应当按照约定提供服务，未按约定提供的应当退还预付款（消费者权益保护法第五十三条）。",
     ["找出当时的合伙协议、退伙协议和账目，确认办卡发生在合伙期间还是您退出之后",
      "与顾客协商处理办卡余额，同时要求仍在经营的合伙人履行或者承担相应份额",
      "您多承担的部分，可以依据合伙协议向其他合伙人追偿，协商不成的可以向人民法院起诉"]),
    (r"(?=.*(?:真(?:酒|货|品|的)|正品|正规渠道|授权|原厂))"
     r"(?=.*(?:打假|厂家|厂方|品牌方|公司的人|酒厂)[^。？！]{0,12}(?:扣押|扣了|扣走|查扣|没收|收走|拉走|拿走|封存))",
     ("民法典:1165", "民法典:1167"),
     "您好，品牌方或者厂家自己的“打假”人员不是执法机关，无权扣押您的商品；因过错侵害您的财产权益的，"
     "应当承担侵权责任（民法典第一千一百六十五条），您可以请求其停止侵害、返还财产（第一千一百六十七条）。"
     "商品确属真品的，请保存好进货凭证。",
     ["保存进货发票、供货合同和商品来源证明，证明商品是真品",
      "要求对方出具扣押清单并返还商品；对方拒不返还的，可以报警或者向人民法院起诉",
      "扣押的是市场监管等执法部门的，可以依法陈述申辩，不服的申请行政复议或者提起行政诉讼"]),
]
_OWN_DUTIES_RE = [(_compile(words, re.S), keys, lead, steps) for words, keys, lead, steps in _OWN_DUTIES]
_ASKS_RULE_RE = _compile(_ASKS_RULE)


# Duties whose facts told are the question, asked or not (a platform keeping a seller's deposit).
_TOLD_SUFFICES = frozenset({"电子商务法:35"})


def own_duty(question: str) -> tuple[tuple[str, ...], str, list[str]] | None:
    """A business's own duty a named rule answers (_OWN_DUTIES): its articles, lead and steps;
    None for a purchase of the asker's own gone wrong."""
    if _OWN_PURCHASE.search(question):
        return None
    for words, keys, lead, steps in _OWN_DUTIES_RE:
        if words.search(question) and (keys[0].startswith("民法典") or keys[0] in _TOLD_SUFFICES
                                       or _ASKS_RULE_RE.search(question)):
            return keys, lead, steps
    return None


# The general rules a consumer's claim rests on (消法's remedies, the civil code's breach,
# termination, deceit and tort rules): an answer that quotes none of them, only a special
# field's or a type's own rules (a courier's, an estate's, a ticket's), adds the one its
# facts call for (_backbone).
BACKBONE = frozenset({*(f"消费者权益保护法:{n}" for n in (7, 11, 18, 23, 24, 40, 44, 48, 49, 52, 53, 54, 55)),
                      *(f"民法典:{n}" for n in (148, 509, 563, 566, 577, 582, 584, 1165, 1179, 1198, 1203)),
                      "产品质量法:40"})
# Types whose answer is no claim on a bargain: how to complain, personal data, a search or an
# insult (the person's dignity), money paid to the wrong account, a financial product's terms.
NO_BACKBONE_TYPES = frozenset({"complaint_procedure", "personal_information", "dignity_search", "mistaken_payment",
                               "financial_product"})
_PERSON_HARMED = _compile(r"受伤|摔伤|摔倒|摔断|烫伤|烧伤|割伤|咬伤|砸伤|撞伤|骨折|住院|过敏|中毒|流血|缝针|"
                            r"医药费|死亡|身体")
_DECEIVED = _compile(r"骗|欺诈|假货|假的|是假|虚假|隐瞒|冒充|以次充好|以假充真|翻新")


def _backbone(question: str, facts: _Facts, quoted: set[str]) -> list[str]:
    """The general remedy rule a consumer's answer adds when it quotes none (BACKBONE): for
    a person hurt, the damages of 消法49; for deceit, 消法55; for faulty goods bought, the
    seller's duty to take back, replace or repair (消法24); for anything else, a contract
    not performed as agreed (民法典577). Personal data is no contract's performance."""
    if quoted & BACKBONE or "privacy" in question_fields(question):
        return []
    if only_an_animal_hurt(question):
        key = "消费者权益保护法:52"  # an animal of the consumer's: property harmed
    elif _PERSON_HARMED.search(question):
        key = "消费者权益保护法:49"
    elif _DECEIVED.search(question):
        key = "消费者权益保护法:55"
    elif re.search(_FAULT, question) and re.search(r"买|购", question):
        key = "消费者权益保护法:24"
    else:
        key = "民法典:577"
    return [key] if _fits(facts, key) else []


def _steps_section(steps: list[str], offer: str) -> tuple[str, str]:
    """The numbered next steps, then the offer to file here."""
    return ("下一步", "\n".join(f"{n}. {s.rstrip('。')}。" for n, s in enumerate(steps, 1)) + "\n" + offer)


def _composed(lead: str, sections: list[tuple[str, str]]) -> str:
    """An answer's text: the lead, then each section under its title."""
    return lead + "\n\n" + "\n\n".join(f"{title}：\n{content}" for title, content in sections)


def _citations(quoted: list[dict]) -> list[dict]:
    """The citations of the articles quoted, as answer() returns them."""
    return [{"law": r["law"], "article": r["article"], "text": r["text"], "status": r["status"], "key": r["key"],
             "note": r.get("note", ""), "title": r["title"]} for r in quoted]


def _own_duty_answer(eng: Engine, question: str) -> Answer | None:
    found = own_duty(question)
    if found is None:
        return None
    keys, lead, steps = found
    quoted = _results(eng, list(keys))
    if not quoted:
        return None
    sections: list[tuple[str, str]] = [("相关法律规定", "\n".join(_quote(r) for r in quoted)),
                                       _steps_section(steps, MERCHANT_OFFER.replace("具体处罚以执法部门认定的事实为准",
                                                                                    "具体以主管部门的认定为准")),
                                       *_notes_section(quoted)]
    return Answer(text=_composed(lead, sections), citations=_citations(quoted), confident=True, next_steps=list(steps),
                  summary=lead, sections=sections, side="merchant")


def _concept_answer(eng: Engine, question: str) -> Answer | None:
    """A question that asks what a right or remedy is, or how much it gives, and tells no
    facts (knowledge_base.concepts): the concept explained from its defining articles."""
    from .concepts import concepts_asked, right_lead

    found = concepts_asked(question)
    if not found:
        return None
    keys: list[str] = []
    leads: list[str] = []
    for concept in found:
        own = list(concept.articles)
        lead = concept.lead
        if concept.id.startswith("right_"):
            first = _results(eng, own[:1])
            if not first:
                continue
            lead = right_lead(concept, first[0]["text"])
        for words, extra, sentence in concept.asks:
            if re.search(words, question):
                # asked this way: what it adds comes second, after what the concept is
                own += extra
                opening, _, rest = lead.partition("。")
                lead = opening + "。" + sentence + rest
        keys += [k for k in own if k not in keys]
        leads.append(lead)
    quoted = _results(eng, keys)
    if not quoted:
        return None
    summary = "您好，" + "另外，".join(leads)
    steps = [*NEXT_STEPS, "想知道您自己遇到的情况能不能适用、怎么主张，可以把经过告诉我（买了什么、在哪里买的、"
                          "出了什么问题、希望怎么解决），我再结合情况为您解答"]
    sections: list[tuple[str, str]] = [("相关法律规定", "\n".join(_quote(r) for r in quoted)),
                                       _steps_section(steps, OFFER), *_notes_section(quoted)]
    return Answer(text=_composed(summary, sections), citations=_citations(quoted), confident=True,
                  next_steps=steps, summary=summary, sections=sections)


def _decline(question: str) -> Answer:
    text = CLARIFY if _CONSUMER_WORDS.search(question or "") else FALLBACK
    return Answer(text=text, confident=False, summary=text)


@lru_cache(maxsize=1)
def _typos() -> tuple[tuple[str, str], ...]:
    import yaml

    with open(PACKAGE_DATA / "typos.yaml", encoding="utf-8") as fh:
        table = yaml.safe_load(fh) or {}
    return tuple(sorted(((str(k), str(v)) for k, v in table.items()), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=1)
def _simplified() -> dict[int, int]:
    import yaml

    with open(PACKAGE_DATA / "traditional.yaml", encoding="utf-8") as fh:
        table = yaml.safe_load(fh) or {}
    return str.maketrans(table.get("traditional", ""), table.get("simplified", ""))


COMPLAINT_TYPE = "complaint_procedure"
_COMPLAINT_ASK = _compile(r"投诉|举报|维权|12315|消协|找谁|找哪")


def _without_complaint_ask(question: str) -> str:
    """The question less its short clauses that only ask where or how to complain ("能投诉吗",
    "去哪里举报"), or the question itself when the facts are too few to stand alone."""
    clauses = [c for c in _CLAUSE.split(question) if c and c.strip()]
    kept = [c for c in clauses if not (_COMPLAINT_ASK.search(c) and len(re.sub(r"\W", "", c)) <= 10)]
    rest = "，".join(kept)
    return rest if kept and len(kept) < len(clauses) and len(re.sub(r"\W", "", rest)) >= 8 else question


def fix_typos(question: str) -> str:
    """The question in simplified characters (data/traditional.yaml: a question written in
    traditional ones reads as the same words), with common misspellings of the legal words
    fixed (data/typos.yaml)."""
    question = question.translate(_simplified())
    for wrong, right in _typos():
        if wrong in question:
            question = question.replace(wrong, right)
    return question


# Greetings and "I'd like to ask" before the facts: they tell nothing, but the guide's
# background class (greetings and errands) reads the whole message as one of them.
_PREAMBLE = _compile(
    r"^(?:(?:你好|您好|hello|hi|在吗|在不在|打扰(?:一下|了)?|麻烦(?:您|你)?|请问(?:一下)?|"
    # (a bare 问 only before what asking takes or a pause: 问界 is a car's name, no preamble)
    r"(?:我)?(?:(?:想|要)(?:咨询|请教|问问|问)|咨询|请教|问问|问(?=[您你一下个点几事\s，,。！!？?、~～…:：]|$))(?:您|你)?(?:一下|下|个|点|几个|一个)?(?:问题|事情|事)?|"
    r"有(?:个|一个|点)?(?:问题|事)(?:想)?(?:咨询|请教|问)?(?:一下)?|"
    # (whom the message is addressed to, before a pause: "你好律师，", "律师您好，", "各位老师好，")
    r"(?:各位|大)?(?:律师|老师|客服|专家|工作人员)(?:们)?(?:你好|您好|好)?(?=[\s，,。！!？?、~～…:：]))"
    r"(?:啊|呀|哈)?[\s，,。！!？?、~～…:：]*)+", re.I)


# Thanks, urgency and stickers after the question ("急急急，在线等", "谢谢律师", "[捂脸]"):
# they tell nothing, yet their words (律师, 等) pull retrieval and the guide off the facts.
_POSTSCRIPT_ITEM = (r"(?:(?:谢谢|感谢|多谢)(?:律师|老师|您|你|了|啦|大家)*|万分感谢|急+|着急|很急|挺急的?|在线等|"
                    r"求(?:解答|回复|帮助|助)|麻烦(?:了|您了|你了)|\[[\u4e00-\u9fa5A-Za-z]{1,4}\]|"
                    r"[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?)")
# the question mark before them stays: "怎么办？谢谢" is still a question
_POSTSCRIPT = _compile(rf"[\s，,。！!~～…]*{_POSTSCRIPT_ITEM}"
                         rf"(?:[\s，,。！!？?~～…]*{_POSTSCRIPT_ITEM})*[\s！!。~～…]*$")


def without_preamble(question: str) -> str:
    """The question from its facts on and up to its end: greetings and 'I'd like to ask'
    before them, thanks and urgency after them left out (the whole message when nothing
    is left without them)."""
    from .guide import normalise

    rest = _POSTSCRIPT.sub("", _PREAMBLE.sub("", question, count=1), count=1)
    return rest if len(normalise(rest)) >= 4 else question


# Facts told beside an overview question ("健身房老板关门跑了，我可以投诉吗"): at least this
# many characters left once the overview's own words are taken out.
FACTS_BESIDE_TOPIC = 8


def facts_beside_topic(question: str) -> bool:
    """Whether the question tells facts besides asking an overview question (where to
    complain, what rights one has): then it is answered on those facts, the overview's
    article added, not with the overview's articles alone."""
    from .guide import normalise
    from .retrieval import _topics

    rest = question
    for patterns, _keys in _topics():
        for pattern in patterns:
            rest = pattern.sub("", rest)
    rest = re.sub(r"[吗么呢吧啊？?，,。！!\s]", "", rest)
    return len(normalise(rest)) >= FACTS_BESIDE_TOPIC


def answer(question: str, eng: Engine | None = None, use_guide: bool = True) -> Answer:
    from .guide import is_merchant

    eng = eng or engine()
    question = without_preamble(fix_typos((question or "").strip()))
    if not question:
        return _decline(question)
    concept = _concept_answer(eng, question)
    if concept is not None:
        return concept
    duty = _own_duty_answer(eng, question) if use_guide else None
    if duty is not None:
        return duty
    merchant = use_guide and is_merchant(question)
    if not merchant and is_errand(question):
        return Answer(text=ERRAND, confident=False, summary=ERRAND)
    elsewhere = outside_consumer_law(question, merchant)
    if elsewhere:
        text = ("您好，" + elsewhere + "如果您遇到的是购物或者接受服务方面的纠纷，欢迎详细说明，"
                "也可以输入“人工”转接人工客服。")
        return Answer(text=text, confident=False, summary=text)
    side = "merchant" if merchant else "consumer"
    facts = _Facts(eng, question)
    allow = _allowed(question, merchant)
    matches = _matches(question, side, eng) if use_guide else []
    if matches and matches[0].type.id == COMPLAINT_TYPE:
        # "能投诉吗" after the facts (含金量不够, 买到假货): the facts choose the type, the ask
        # adds where to turn (topic_keys); the complaint procedure only for a question of its own
        facts_told = _without_complaint_ask(question)
        if facts_told != question and not _no_facts(facts_told):
            matches = _matches(facts_told, side, eng) or matches
    dispute = _accept(matches, facts) if use_guide else None
    pair = _pair(matches, facts) if use_guide and dispute is None else None
    if pair is not None:
        dispute = pair[0]  # two issues the question is about together: the first, the second added below
    hurt_here = (merchant and getattr(dispute, "id", None) == CUSTOMER_CLAIM and _hurt_on_premises(question))
    if hurt_here:
        from .guide import get_type

        # a customer hurt at the business's place, no goods at fault: the premises' safety duty
        dispute = get_type(PREMISES_TYPE) or dispute
    topic = topic_keys(question)
    beside = bool(topic) and facts_beside_topic(question)
    second = None

    found = facets_of(question) if not merchant else []
    overview_only = False  # an overview question (where to complain, what rights) and no facts
    # (the issues the question's words name; money paid ahead found by the field's words alone,
    # _facets_found, leaves the likeliest type to be tried first, as before)
    named_issues = [f for f in found if f.found_in(question)]
    if (dispute is None and not named_issues and (not topic or beside) and use_guide and not merchant
            and not _no_facts(question)):
        # nothing sure, no general issue in the words: the likeliest type that fits the
        # question's field, if any comes near, before retrieval alone
        dispute = _likeliest(matches, facts)
    if dispute is None and found and use_guide:
        # no dispute type fits, but the question clearly raises a general issue (a defect,
        # deceit, an injury, a broken promise ...): the general rules for it
        keys, lead = _general(found, facts)
        # facts that call for a special field's own rule (a prepaid card's business that
        # closed, a franchise's head office): that rule too, when the question is in its field
        keys += [k for k in cued_articles(question, [*_special_cues(), *CUED_EXTRA])
                 if _fits(facts, k) and k not in keys][:2]
        if topic and topic[0] not in keys:
            keys.append(topic[0])  # and where to turn, when it asks
        quoted = _results(eng, keys)
    elif topic and dispute is None and not beside:
        overview_only = True
        quoted = _results(eng, topic[:MAX_QUOTES])
        lead = f"根据{quoted[0]['title']}，{_first_sentence(quoted[0]['text'])}"
    elif dispute is not None:
        keys, lead = _choose(dispute, facts, allow, question)
        chosen = list(keys)
        second = pair[1] if pair is not None else _second_issue(question, dispute, side, matches)
        if getattr(second, "id", None) == PREMISES_TYPE and not _AT_A_PLACE.search(question):
            second = None  # harm the goods did, at no place told: no place's safety duty beside it
        if hurt_here and getattr(second, "id", None) == CUSTOMER_CLAIM:
            second = None  # the customer's claim is the injury the premises' type answers, no issue beside it
        if second is not None:
            extra, extra_lead = _choose(second, facts, allow, question, focus=False)
            if not _told_issue(extra_lead, second, question):
                second = None  # none of its remedies fits: another case of that type, not this one's
            elif set(named_articles(_split_lead(extra_lead, 1), second.articles)) <= set(keys):
                # its lead rests only on rules the answer quotes already (a gym's card read again as
                # a school's fees): the same issue, not a second one, and the type's own lead stays
                second = None
        if second is not None:
            also = _split_lead(extra_lead, 1)
            said = sorted((k for k in named_articles(also, second.articles) if _fits(facts, k)),
                          key=lambda k: also.find(f"第{int_to_cn(int(k.rpartition(':')[2]))}条"))
            keys += [k for k in said + extra if k not in keys][:1]
            lead = _split_lead(lead, 1) + "另外，" + also
        lead = _split_lead(lead, 3)
        added = 0
        if merchant and dispute.id == CUSTOMER_CLAIM:
            found = facets_of(question)  # a customer's claim rests on the consumer's rules
        for facet in found:
            # the question's own issues the type's articles leave out (a promise broken in
            # a decoration contract, deceit in a phone sale, a burn from a free gift, a
            # 'no liability' notice): the main rule of each, two at most
            if ((added >= MAX_ADDED and facet.id not in ASKED_FACETS)
                    or facet.id not in CONTRACT_FACETS + HARM_FACETS + FAULT_FACETS):
                continue
            if (dispute.id in REPAIR_TYPES and facet.id in HARM_FACETS + FAULT_FACETS
                    and not facet.found_in(after_visit(question)) and not _BOUGHT_BEFORE_VISIT.search(
                        question[:len(question) - len(after_visit(question))])):
                continue  # the reason the thing was taken for repair, not what the repairer did
            main = facet.articles[:1] if facet.id in HARM_FACETS else facet.articles[:2]
            # an issue whose rules come in a pair (who is liable and what the harm is worth,
            # ending the contract and what follows) is answered only by both of them
            if facet.adds > 1 or not set(main) & set(keys):
                # not yet answered by its main rules (a product-liability answer that
                # quotes who is liable but not what the harm is worth adds 消法49)
                usable = [k for k in facet.articles if _fits(facts, k)]
                new = [k for k in usable[:facet.adds] if k not in keys]
                keys += new
                added += bool(new)  # an issue whose rule is already quoted takes no place
                if new and second is None and "另外" not in lead:
                    # the lead says what the first such issue adds, as a second issue's does
                    lead += "另外，" + _split_lead(facet.lead, 1)
        if merchant and "penalty" in question_fields(question) and FIRST_OFFENCE not in keys:
            keys.append(FIRST_OFFENCE)  # a business asking about a fine: when none is due
        if topic and topic[0] not in keys:
            # the question also asks where to turn or what rights it has: that article too
            keys.append(topic[0])
        if len(keys) > MAX_TOTAL:
            kept = set(named_articles(lead, dispute.articles)) | set(cued_articles(question, chosen))
            kept |= {k for facet in found for k in facet.articles}  # a rule of the question's own issues
            spare = [k for k in chosen if k not in dispute.articles and k not in kept]
            for key in sorted(spare, key=facts.fit)[:len(keys) - MAX_TOTAL]:
                keys.remove(key)
        quoted = _results(eng, keys)
    else:
        candidates = facts.best(3, allow if merchant else lambda doc: allow(doc) and consumer_core(doc.key))
        weak = not merchant and (_no_facts(question) or not candidates
                                 or facts.agreement(candidates[0]) < MIN_AGREEMENT)
        if beside and weak:
            candidates = []  # facts too vague to rest on: the overview's articles alone, as asked
        elif not merchant and _no_facts(question):
            return _decline(question)
        penalty = merchant and "penalty" in question_fields(question)
        general = facets_of(question) if merchant and not penalty else []
        special: list[str] = []
        if general:
            # a business asking about a customer's claim: the rules the claim rests on
            keys, _lead = _general(general, facts)
            candidates = keys
        elif merchant:
            # and the rule its facts call for: a special field's (equipment past its inspection)
            # or one any type may take (a quality mark claimed: 产品质量法5)
            special = [k for k in cued_articles(question, [*_special_cues(), *CUED_EXTRA])
                       if _fits(facts, k)][:1]
            candidates = list(dict.fromkeys(candidates[:2] + special + ([FIRST_OFFENCE] if penalty else [])))
        elif not beside and (not candidates or facts.agreement(candidates[0]) < MIN_AGREEMENT):
            return _decline(question)
        if general:
            quoted = _results(eng, candidates)
        else:
            top = facts.fit(candidates[0]) if candidates else 0.0
            # a business asking about a fine keeps the rule on when none is due, however
            # few of the question's words it shares
            keys = candidates[:1] + [k for k in candidates[1:]
                                     if facts.fit(k) >= 0.8 * top or (penalty and k == FIRST_OFFENCE)
                                     or k in special]
            keys = keys[:MAX_QUOTES] if keys else topic[:MAX_QUOTES]
            if beside and topic[0] not in keys:
                keys.append(topic[0])  # and where to turn, as asked beside the facts
            quoted = _results(eng, keys)
        if penalty:
            lead = ("您是以经营者的身份咨询。是否处罚、罚多少，由执法部门根据违法事实、情节和后果依法认定；"
                    "初次违法且危害后果轻微并及时改正的，可以不予行政处罚（行政处罚法第三十三条）。"
                    "处罚决定作出前您有权陈述、申辩，不服的可以申请行政复议或者提起行政诉讼。")
        elif merchant:
            lead = ("您是以经营者的身份咨询。顾客的要求是否成立，要看商品或者服务是否确有问题、双方有什么约定"
                    "或者承诺；下面是与这类情况相关的法律规定，您可以对照处理。"
                    "协商不成的，可以请市场监管部门或者消费者协会调解，也可以通过诉讼解决。")
        elif quoted:
            lead = f"根据{quoted[0]['title']}，{_first_sentence(quoted[0]['text'])}"
    if quoted and not merchant and not overview_only:
        # the ask and the facts told: a sentence that answers it (yes, no, who) opens the answer,
        # and the article it names is quoted
        direct = direct_lead(question)
        if direct is not None:
            lead = focused(with_law_names(direct.text, direct.articles), lead.removeprefix("您好，"), question)
            have = {r["key"] for r in quoted}
            quoted += _results(eng, [k for k in direct.articles if k not in have and _fits(facts, k)])
    if not quoted:
        return _decline(question)
    if hurt_here:
        lead = ("您是以经营者的身份咨询。顾客在经营场所受伤，经营者是否赔偿、赔多少，要看是否尽到了合理限度内的"
                "安全保障义务以及顾客自身有无过错；下面是顾客一方可以主张的规定，您可以对照处理。" + lead)
        # the customer's own fault the lead weighs: the rule that lessens the business's share
        quoted += [r for r in _results(eng, [CONTRIBUTORY_FAULT]) if r["key"] not in {q["key"] for q in quoted}]
    if not overview_only:
        # a lead quotes what it cites: an article it names (the type's remedy, a general issue's
        # sentence) and the answer left out is quoted too, when its field fits the question
        lead = fitting_clauses(eng, lead, question)
        have = {r["key"] for r in quoted}
        named = [k for k in lead_named(eng, lead) if k not in have and _fits(facts, k)]
        quoted += _results(eng, named[:MAX_LEAD_ADDED])
        lead = without_unquoted(eng, lead, {r["key"] for r in quoted}, lambda k: _fits(facts, k))
    if not merchant and not overview_only and getattr(dispute, "id", None) not in NO_BACKBONE_TYPES:
        # a consumer's answer rests on one general remedy rule, whatever special rules it quotes
        quoted += _results(eng, [k for k in _backbone(question, facts, {r["key"] for r in quoted})])

    law_order = list(dict.fromkeys(r["law"] for r in quoted))
    quoted = sorted(quoted, key=lambda r: (law_order.index(r["law"]), r["article"]))
    quoted_keys = {r["key"] for r in quoted}
    case = _pick_case(eng, question, facts, dispute, quoted_keys) if not merchant else None

    if dispute is not None and dispute.next_steps:
        steps = [str(s) for s in dispute.next_steps]
    elif merchant:
        steps = ["配合执法部门调查，如实说明情况，及时改正并保留整改记录",
                 "在处罚决定作出前书面陈述、申辩，符合条件的可以要求听证",
                 "对处罚决定不服的，可以申请行政复议或者提起行政诉讼"]
    else:
        steps = list(NEXT_STEPS)

    summary = "您好，" + lead if not lead.startswith("您") else lead
    sections: list[tuple[str, str]] = [("相关法律规定", "\n".join(_quote(r) for r in quoted))]
    evidence = getattr(dispute, "evidence", None) if dispute is not None else None
    if evidence:
        sections.append(("建议您保留以下证据", "；".join(str(e).rstrip("。") for e in evidence) + "。"))
    if case is not None:
        sections.append(("类似案例", _case_lines(case)))
    sections.append(_steps_section(steps, MERCHANT_OFFER if merchant else OFFER))
    sections += _notes_section(quoted)
    return Answer(text=_composed(summary, sections), citations=_citations(quoted), cases=[case] if case else [],
                  confident=True,
                  dispute_type=getattr(dispute, "id", None), next_steps=steps,
                  summary=summary, sections=sections, side=side)
