"""Grounded replies, templated from retrieved text only, fitted to the question's facts.

An answer is a short lead (`Answer.summary`: two or three plain sentences that answer what
was asked) and details (`Answer.sections`: the articles verbatim as 《法律名》第N条 with any
status note, the evidence to keep, a similar case when one truly shares the dispute, the
next step and an offer to file a complaint here). `Answer.text` is the lead, a blank line,
then the sections, so a channel can show the lead first and the rest on request.

How the parts are chosen:
- who asks: a merchant's question (fines, a customer's claim) is matched among the guide's
  merchant types and answered from the business's side (guide.is_merchant);
- the dispute type: the guide's classifier over the whole question; a middling match is
  taken only when retrieval agrees (one of the type's articles ranks high on its own);
- the articles: the type's articles and the best of retrieval, ranked by how well each
  fits this question (BM25 and e5 ranks fused), so two questions of one type can get
  different articles; a second issue in another clause adds its own type's best article;
- rules of a special field (cars, food, tourism, drugs, lifts and rides, weights,
  parcels, personal data, fines) are quoted only when the question is in that field;
- with no type and weak or off-field retrieval, it asks what happened instead of guessing.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

import numpy as np

from .guide import GuideMatch
from .numerals import int_to_cn
from .retrieval import RRF_K, Engine, engine, topic_keys

log = logging.getLogger(__name__)

# A guide match (semantic.match: words and meaning) at or above ACCEPT is taken as the
# dispute type; from ACCEPT_LOW up it is taken when it leads the runner-up by LEAD_RATIO,
# or when one of its articles is among retrieval's AGREE_TOP on its own. ACCEPT_LOW was
# chosen on the dev sets with `python -m bench.bench_guide --calibrate` (bench/RESULTS.md).
ACCEPT = 0.5
ACCEPT_LOW = 0.1
LEAD_RATIO = 1.5
# The words' "no dispute type" share above which a question is not put on a type below
# ACCEPT, nor answered from retrieval alone: it is asked what happened.
MAX_BACKGROUND = 0.3
AGREE_TOP = 15
# With no dispute type, answer from retrieval only when the best in-field article's
# agreement (its BM25 and e5 ranks fused, 1.0 = first in both) reaches this: chosen on
# the dev sets with `python -m bench.bench_guide --calibrate` (see bench/RESULTS.md).
MIN_AGREEMENT = 0.4
MAX_QUOTES = 3
# A type's own articles against retrieval's others: a bonus worth being ranked about
# 25th in both rankings, so an article outside the type is quoted only when it fits the
# question clearly better; the type's order breaks ties.
TYPE_BONUS = 2.0 / (RRF_K + 25)
ORDER_STEP = 0.0004
SECOND_ISSUE = 0.6  # a clause matched this well to another type is a second issue

NEXT_STEPS = [
    "先与经营者协商，提出明确诉求（修理、更换、退货、退款或赔偿），并保存好购物凭证和沟通记录",
    "协商不成，可以拨打12315或通过全国12315平台向市场监管部门投诉，也可以请求消费者协会调解",
    "还可以依约申请仲裁，或者向人民法院提起诉讼",
]
NEXT_STEPS_BASIS = "消费者权益保护法:39"  # 协商和解、消协调解、行政投诉、仲裁、诉讼
OFFER = "如需登记投诉，回复“我要投诉”，我在这里帮您登记并转交市场监管部门处理。"
MERCHANT_OFFER = "以上是一般性的法律规定，具体处罚以执法部门认定的事实为准；如需进一步咨询，回复“人工”转接人工客服。"
FALLBACK = ("抱歉，您的问题我暂时没有在消费者权益相关的法律条文和案例中找到足够匹配的依据，"
            "为免误导您，我不作猜测。您可以换个说法详细描述一下遇到的情况（买了什么、在哪里买的、"
            "出了什么问题、希望怎么解决），或者输入“人工”转接人工客服为您解答。")
CLARIFY = ("您好，为了给您准确的法律依据，想先了解一下：您买的是什么商品或服务？在哪里买的（实体店、"
           "网店、微信等）？出了什么问题？希望商家怎么解决（退货、退款、赔偿……）？"
           "您补充这些情况后我再为您解答；也可以输入“人工”转接人工客服。")
_CONSUMER_WORDS = re.compile(r"东西|商品|产品|买|卖|商家|店|退|赔|投诉|消费|质量|服务|合同|钱|费|付款|充值|订|假|坏|骗")

# Rules of a special field, quoted only for questions in that field (matched on the question).
_CAR = (r"汽车|轿车|新车|二手车|买车|购车|提车|车辆|车子|[4４][sS]店|发动机|变速箱|车主|修车|车险|保养|"
        r"里程|泡水车|事故车|SUV|房车|电动车|摩托|奥迪|宝马|奔驰|大众|丰田|本田|特斯拉|的车")
_FOOD = (r"食|吃|喝|饮|餐|奶|酒|茶|肉|菜|水果|果汁|米|面条|面包|方便面|泡面|油|蛋|糖|零食|外卖|保健|鸭|鸡|鱼|虾|蟹|"
         r"饼|糕|粉|饭|调料|酱|薯|味|罐头|月饼|粽|咖啡|豆|辣|冻|生鲜|保质期|变质|发霉|霉变|异物")
_ONLINE = (r"网上|网购|网店|网站|网页|网买|网络(?:平台|购物|交易|直播|店|上)|[\w]{1,4}网(?:上|买|购|下单)|"
           r"平台|电商|[Aa][Pp][Pp]|线上|微信|微商|直播|快递|淘宝|京东|拼多多|抖音|快手|美团|外卖|小程序|下单|"
           r"网店|代购|朋友圈|闲鱼|发货|包邮|链接|团购")
_PREPAID = (r"预付|充值|储值|办卡|会员|(?<!信用|银行|身份|电话|手机)卡|课|学费|培训|健身|美容|理发|预存|余额|跑路|"
            r"关门|倒闭|停业|券|套餐|预交|预收|学校|机构|[训习课辅]班")
_PENALTY = r"罚|处罚|查处|责令|吊销|没收|执法|立案"
_PRICE = r"价|收费|费用|多收|加收|打折|折扣|优惠|促销|划线|原价|涨|标签|便宜|贵"
FIELDS = {
    "家用汽车产品修理更换退货责任规定": _CAR,
    "缺陷汽车产品召回管理条例": _CAR,
    "食品安全法": _FOOD,
    "食品安全法实施条例": _FOOD,
    "最高人民法院关于审理食品安全民事纠纷案件适用法律若干问题的解释（一）": _FOOD,
    "旅游法": r"旅行社|导游|领队|跟团|报团|参团|组团|旅游团|团费|地接|行程|景区|景点|旅游合同|包价",
    "药品管理法": r"药",
    "特种设备安全法": (r"电梯|扶梯|游乐|索道|过山车|摩天轮|锅炉|压力容器|滑梯|蹦极|缆车|游艺|设施|设备"
                 r"|摇摇车|小火车|气瓶|滑道"),
    "计量法": r"秤|斤|两|计量|克|重量|分量|称|加油机|水表|电表|燃气表|缺斤|短两|毫升|升|米数",
    "快递暂行条例": r"快递|快件|包裹|物流|寄|驿站|签收|运单|保价|派送|揽收",
    "个人信息保护法": r"信息|隐私|电话|短信|骚扰|泄露|泄漏|人脸|刷脸|号码|通讯录|身份证|推销|个人资料|照片|定位|授权",
    "行政处罚法": _PENALTY,
    "价格违法行为行政处罚规定": _PENALTY,
    "侵害消费者权益行为处罚办法": _PENALTY + r"|欺诈|假|冒|虚假|修理|维修|退货|格式条款|霸王|信息|预付|拒绝|搭售",
    "最高人民法院关于审理消费民事公益诉讼案件适用法律若干问题的解释": r"公益",
    "市场监督管理投诉举报处理暂行办法": r"投诉|举报|受理|市场监管|工商|12315|调解",
    "广告法": r"广告|宣传|代言|推销|最|第一|顶级|功效|疗效|保健|极限",
    "反不正当竞争法": r"抽奖|有奖|奖品|中奖|宣传|误导|混淆|冒充|仿冒|诋毁|商誉|刷单|好评|竞争|广告",
    "价格法": _PRICE,
    "明码标价和禁止价格欺诈规定": _PRICE,
    "电子商务法": _ONLINE,
    "最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）": _ONLINE,
    "最高人民法院关于审理预付式消费民事纠纷案件适用法律若干问题的解释": _PREPAID,
}
_FIELDS = {law: re.compile(pattern) for law, pattern in FIELDS.items()}
_DISTANCE = _ONLINE + r"|电视购物|电话购物|邮购|直播"
# Articles of general laws that only fit one field (distance selling, platforms, medical
# treatment, carriage): quoted only when the question is in it.
ARTICLE_FIELDS = {
    "消费者权益保护法:25": _DISTANCE, "消费者权益保护法实施条例:19": _DISTANCE,
    "消费者权益保护法:28": _DISTANCE + r"|金融|银行|保险|证券|理财|贷款|信用卡",
    "消费者权益保护法:44": _ONLINE, "消费者权益保护法实施条例:14": r"直播",
    "消费者权益保护法实施条例:16": r"游戏|充值|打赏|直播|未成年|孩子|小孩|学生",
    **{f"民法典:{n}": r"医|诊|手术|治疗|牙|眼科|整形|美容|注射|玻尿酸|药" for n in range(1218, 1229)},
    **{f"民法典:{n}": r"票|车|船|航班|飞机|乘|运输|快递|托运|行李|物流|包裹|寄" for n in range(809, 843)},
}
_ARTICLE_FIELDS = {key: re.compile(pattern) for key, pattern in ARTICLE_FIELDS.items()}
# A type about one field whose words the question has outweighs a general type it is level
# with: "吃到异物" at a hotel is a food question before a hotel one.
FIELD_BOOST = 1.4
_CLAUSE = re.compile(r"[，。；！？,;!?\n]+|(?:而且|并且|另外|同时|还有|结果|后来|然后)")


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


def named_articles(sentence: str, keys: list[str]) -> list[str]:
    """Those of `keys` ("消费者权益保护法:25", in the guide's order) whose 第N条 the sentence names.

    The guide's remedy sentences cite by short name ("消费者权益保护法第二十五条",
    "实施条例第十九条", "第二十四条"); the dispute type's own article list says which law.
    """
    named = []
    for key in keys:
        law, _, number = key.partition(":")
        if number.isdigit() and f"第{int_to_cn(int(number))}条" in sentence and key not in named:
            named.append(key)
    return named


_REAL_CAR = re.compile(r"[4４][sS]店|轿车|新车|二手车|买车|购车|提车|车主|发动机|变速箱|行驶证|车架号")
_NOT_CARS = re.compile(r"玩具|模型|童车|儿童车|遥控车|扭扭车|购物车|车票|火车|高铁|动车|班车|大巴")


def in_field(law: str, question: str) -> bool:
    """Whether a rule of this law may be quoted for this question (see FIELDS)."""
    pattern = _FIELDS.get(law)
    if pattern is None:
        return True
    if pattern.pattern == _CAR and _NOT_CARS.search(question):
        # a toy car, a shopping cart, a train ticket: a car only when said outright
        return bool(_REAL_CAR.search(question))
    return bool(pattern.search(question))


# Types about one field whose articles are general laws: the field named outright.
TYPE_FIELDS = {"car_dealer_fraud": "家用汽车产品修理更换退货责任规定",
               "used_car": "家用汽车产品修理更换退货责任规定",
               "restaurant_takeaway": "食品安全法", "health_products_elderly": "食品安全法",
               "travel_agency": "旅游法"}


_SPECIAL = {"家用汽车产品修理更换退货责任规定", "缺陷汽车产品召回管理条例", "食品安全法",
            "食品安全法实施条例", "最高人民法院关于审理食品安全民事纠纷案件适用法律若干问题的解释（一）",
            "旅游法", "药品管理法", "特种设备安全法", "计量法", "快递暂行条例", "个人信息保护法"}


def _field_type(dispute) -> bool:
    """A type about one special field (cars, food, drugs ...), not a general one."""
    return dispute.id in TYPE_FIELDS or dispute.articles[0].partition(":")[0] in _SPECIAL


def type_in_field(dispute, question: str) -> bool:
    """A type whose core articles (its first three) all belong to a field the question is
    not in is the wrong type, whatever words it shares (a toy car is no car)."""
    if dispute.id in TYPE_FIELDS and not in_field(TYPE_FIELDS[dispute.id], question):
        return False
    laws = [key.partition(":")[0] for key in dispute.articles[:3]]
    return any(in_field(law, question) for law in laws)


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
        if not in_field(doc.law, question):
            return False
        if doc.key in _ARTICLE_FIELDS and not _ARTICLE_FIELDS[doc.key].search(question):
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


def _accept(matches, facts: _Facts):
    """The dispute type the whole question supports, or None."""
    kept = [m for m in matches if type_in_field(m.type, facts.question)]
    if not kept:
        return None
    # the share of types ruled out by their field goes to the rest, as if never offered
    removed = sum(m.score for m in matches if m not in kept)
    matches = sorted((GuideMatch(m.type, m.score / max(1e-9, 1.0 - removed)
                                 * (FIELD_BOOST if _field_type(m.type) else 1.0)) for m in kept),
                     key=lambda m: -m.score)
    top = matches[0]
    if top.score >= ACCEPT:
        return top.type
    if _background(facts.question) >= MAX_BACKGROUND:
        return None  # reads like a greeting, an errand or a question with no facts yet
    if top.score >= ACCEPT_LOW:
        runner_up = matches[1].score if len(matches) > 1 else 0.0
        if top.score >= LEAD_RATIO * runner_up:
            return top.type  # a clear favourite, if not a sure one
        ranks = [facts.rank_of(k) for k in top.type.articles]
        if any(r is not None and r <= AGREE_TOP for r in ranks):
            return top.type
    return None


def _law_fits(facts: _Facts, key: str) -> bool:
    i = facts.eng.by_key.get(key)
    return i is not None and in_field(facts.eng.docs[i].law, facts.question)


def _fits(facts: _Facts, key: str) -> bool:
    """The article may be quoted for this question: its law's field and its own."""
    pattern = _ARTICLE_FIELDS.get(key)
    return _law_fits(facts, key) and (pattern is None or bool(pattern.search(facts.question)))


def _background(question: str) -> float:
    """The guide classifier's share for "no dispute type" (greetings, errands, no facts)."""
    from .guide import BACKGROUND, matcher

    try:
        return matcher().probabilities(question).get(BACKGROUND, 0.0)
    except Exception:  # noqa: BLE001
        return 0.0


def _rank_articles(dispute, facts: _Facts, allow) -> list[tuple[float, str]]:
    scored = {}
    for position, key in enumerate(dispute.articles):
        # a type's rule from a special field only for a question in that field (a merchant
        # type's food article is not for a jeweller)
        if _fits(facts, key):
            scored[key] = facts.fit(key) + TYPE_BONUS - ORDER_STEP * position
    for key in facts.best(8, allow):
        scored.setdefault(key, facts.fit(key))
    return sorted(((s, k) for k, s in scored.items()), reverse=True)


def _choose(dispute, facts: _Facts, allow, question: str) -> tuple[list[str], str]:
    """(article keys to quote, lead) for one dispute type and this question's facts.

    The lead is the remedy sentence (or two) that fits best: the retrieval fit of the
    articles it names and the words it shares with the question (with the legal words for
    the consumer's phrases). Quoted: the lead's two best articles, the type's core rule
    (the better fitting of its first two articles), then the best fitting of the type's
    other articles and of retrieval's in-field ones, at most one from outside the type.
    """
    ranked = _rank_articles(dispute, facts, allow)
    own = set(dispute.articles)
    score_of = {k: s for s, k in ranked}
    words = _bigrams(_expanded(question))
    values = []
    for position, remedy in enumerate(dispute.remedies):
        names = named_articles(remedy, dispute.articles)
        if any(not _law_fits(facts, k) for k in names):
            continue  # a remedy resting on another field's rule (十倍 for a jeweller)
        named = sorted((score_of.get(k, 0.0) for k in names), reverse=True)
        values.append(((named[0] if named else 0.0) + 0.3 * sum(named[1:2])
                       + 0.003 * len(words & _bigrams(remedy)) - 0.0002 * position, position))
    values = sorted(values, reverse=True) or [(0.0, 0)]
    first = dispute.remedies[values[0][1]]
    lead = first
    if len(values) > 1:
        other = dispute.remedies[values[1][1]]
        if len(first) + len(other) <= 230:
            lead = first + other if values[1][1] > values[0][1] else other + first
    # the articles the lead rests on (its best two), the type's core rule, then the best
    # fitting of the rest, at most one from outside the type
    lead_keys = sorted((k for k in named_articles(first, dispute.articles) if _fits(facts, k)),
                       key=lambda k: -score_of.get(k, 0.0))[:2]
    fitting = [k for k in dispute.articles if _fits(facts, k)]
    core = max(fitting[:2], key=facts.fit, default=None)
    keys = list(lead_keys)
    if core and core not in keys:
        keys.append(core)
    outside = 0
    for _score, key in ranked:
        if len(keys) >= MAX_QUOTES:
            break
        if key in keys or (key not in own and outside >= 1):
            continue
        outside += key not in own
        keys.append(key)
    keys = keys[:MAX_QUOTES]
    return keys, lead


def _second_issue(question: str, dispute, side: str):
    """Another dispute type that one clause of the question is clearly about."""
    clauses = [c for c in _CLAUSE.split(question) if len(re.sub(r"\W", "", c)) >= 5]
    if len(clauses) < 2:
        return None
    for clause in clauses:
        found = [m for m in _matches(clause, side) if type_in_field(m.type, question)]
        if found and found[0].type.id != dispute.id and found[0].score >= SECOND_ISSUE:
            return found[0].type
    return None


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


def _notes(quoted: list[dict]) -> list[str]:
    notes = []
    if any(r.get("status") == "superseded" for r in quoted):
        notes.append("以上引用的部分规定已被新规取代，具体以现行规定为准。")
    for law in dict.fromkeys(r["law"] for r in quoted if r.get("status") == "possibly_superseded"):
        notes.append(f"《{law}》引用的是可能已被修订的旧文本，条文序号和内容可能已有变化，请以现行文本为准。")
    return notes


def _split_lead(text: str, limit: int = 3) -> str:
    sentences = [s for s in re.split(r"(?<=[。！？])", text) if s.strip()]
    return "".join(sentences[:limit])


def _decline(question: str) -> Answer:
    text = CLARIFY if _CONSUMER_WORDS.search(question or "") else FALLBACK
    return Answer(text=text, confident=False, summary=text)


def answer(question: str, eng: Engine | None = None, use_guide: bool = True) -> Answer:
    from .guide import is_merchant

    eng = eng or engine()
    question = (question or "").strip()
    if not question:
        return _decline(question)
    merchant = use_guide and is_merchant(question)
    side = "merchant" if merchant else "consumer"
    facts = _Facts(eng, question)
    allow = _allowed(question, merchant)
    dispute = _accept(_matches(question, side, eng), facts) if use_guide else None
    topic = topic_keys(question)
    second = None

    if topic and dispute is None:
        quoted = _results(eng, topic[:MAX_QUOTES])
        lead = f"根据{quoted[0]['title']}，{_first_sentence(quoted[0]['text'])}"
    elif dispute is not None:
        keys, lead = _choose(dispute, facts, allow, question)
        second = _second_issue(question, dispute, side)
        if second is not None:
            extra, extra_lead = _choose(second, facts, allow, question)
            also = _split_lead(extra_lead, 1)
            said = sorted((k for k in named_articles(also, second.articles) if _fits(facts, k)),
                          key=lambda k: also.find(f"第{int_to_cn(int(k.rpartition(':')[2]))}条"))
            keys += [k for k in said + extra if k not in keys][:1]
            lead = _split_lead(lead, 1) + "另外，" + also
        lead = _split_lead(lead, 3)
        if topic and topic[0] not in keys:
            # the question also asks where to turn or what rights it has: that article too
            keys.append(topic[0])
        quoted = _results(eng, keys)
    else:
        candidates = facts.best(3, allow)
        if not merchant and _background(question) >= MAX_BACKGROUND:
            return _decline(question)
        if merchant:
            candidates = list(dict.fromkeys(candidates[:2] + ["行政处罚法:33"]))
        elif not candidates or facts.agreement(candidates[0]) < MIN_AGREEMENT:
            return _decline(question)
        top = facts.fit(candidates[0])
        keys = [candidates[0]] + [k for k in candidates[1:] if facts.fit(k) >= 0.8 * top]
        quoted = _results(eng, keys[:MAX_QUOTES])
        if merchant:
            lead = ("您是以经营者的身份咨询。是否处罚、罚多少，由执法部门根据违法事实、情节和后果依法认定；"
                    "初次违法且危害后果轻微并及时改正的，可以不予行政处罚（行政处罚法第三十三条）。"
                    "处罚决定作出前您有权陈述、申辩，不服的可以申请行政复议或者提起行政诉讼。")
        else:
            lead = f"根据{quoted[0]['title']}，{_first_sentence(quoted[0]['text'])}"
    if not quoted:
        return _decline(question)

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
    step_text = "\n".join(f"{n}. {s.rstrip('。')}。" for n, s in enumerate(steps, 1))
    sections.append(("下一步", step_text + "\n" + (MERCHANT_OFFER if merchant else OFFER)))
    notes = _notes(quoted)
    if notes:
        sections.append(("提示", "".join(notes)))
    text = summary + "\n\n" + "\n\n".join(f"{title}：\n{content}" for title, content in sections)
    citations = [{"law": r["law"], "article": r["article"], "text": r["text"],
                  "status": r["status"], "key": r["key"], "note": r.get("note", ""),
                  "title": r["title"]} for r in quoted]
    return Answer(text=text, citations=citations, cases=[case] if case else [], confident=True,
                  dispute_type=getattr(dispute, "id", None), next_steps=steps,
                  summary=summary, sections=sections, side=side)
