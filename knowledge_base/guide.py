"""Consumer dispute guide: the common 12315 dispute types, in consumers' words, mapped
to law articles, remedies, evidence, next steps and deadlines.

    from knowledge_base.guide import load_types, match
    match("网上买的螺蛳粉到手已经过了保质期，能赔吗")[0].type.id   # 'food_expired'

The data is YAML in knowledge_base/guide/ (one file per family of disputes, shared
wording in _common.yaml). match() is a linear classifier over character n-grams,
trained on the types' example phrasings when first called (about a second, most of
it importing scikit-learn); later calls take about a millisecond. Importing this module loads nothing heavy.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

GUIDE_DIR = Path(__file__).with_name("guide")
COMMON_FILE = "_common.yaml"
DEMANDS = ("退货", "换货", "维修", "退款", "赔偿", "三倍赔偿", "十倍赔偿")
MIN_EXAMPLES = 15
SIDES = ("consumer", "merchant")
SLUG = re.compile(r"^[a-z][a-z0-9_]*$")
KEY = re.compile(r"^(?P<law>[^:：\s]+):(?P<article>\d+)$")
BACKGROUND = "__background__"  # training label for questions that are no dispute type


class GuideError(ValueError):
    """The guide data is malformed (the message names the file and the type)."""


@dataclass(frozen=True)
class DisputeType:
    id: str
    name: str
    examples: list[str]
    articles: list[str]  # law/article keys, e.g. "消费者权益保护法:55", most relevant first
    remedies: list[str]
    evidence: list[str]
    next_steps: list[str]
    deadlines: list[str]
    cases: list[str] = field(default_factory=list)  # case titles
    demands: list[str] = field(default_factory=list)  # subset of DEMANDS, for the complaint form
    side: str = "consumer"  # who asks: "consumer", or "merchant" (fines, obligations, claims against them)


@dataclass(frozen=True)
class GuideMatch:
    type: DisputeType
    score: float  # in [0, 1]; about 0.5 and above is a confident match


# ------------------------------------------------------------------ loading
def _read_yaml(path: Path):
    import yaml

    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except yaml.YAMLError as exc:
        raise GuideError(f"{path.name}: not valid YAML: {exc}") from exc


def _strings(value, where: str, name: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise GuideError(f"{where}: '{name}' must be a list of non-empty strings")
    return [v.strip() for v in value]


def _expand(items: list[str], snippets: dict[str, str], where: str, name: str) -> list[str]:
    out = []
    for item in items:
        if item.startswith("@"):
            if item[1:] not in snippets:
                raise GuideError(f"{where}: unknown snippet {item!r} in '{name}'")
            out.append(snippets[item[1:]])
        else:
            out.append(item)
    return out


def _article_key(raw: str, laws: dict[str, str], where: str) -> str:
    text = raw[1:] if raw.startswith("~") else raw
    m = KEY.match(text)
    if not m:
        raise GuideError(f"{where}: article {raw!r} is not '<law>:<number>'")
    # "~消法:55" abbreviates the law's short title (see _common.yaml); a short title
    # itself passes through unchanged, with or without the "~".
    law = laws.get(m["law"], m["law"])
    return f"{law}:{int(m['article'])}"


def _parse_type(entry, laws, snippets, where: str) -> DisputeType:
    if not isinstance(entry, dict):
        raise GuideError(f"{where}: each type must be a mapping")
    type_id = entry.get("id")
    if not isinstance(type_id, str) or not SLUG.match(type_id):
        raise GuideError(f"{where}: id {type_id!r} must be a lowercase ascii slug")
    where = f"{where} [{type_id}]"
    unknown = set(entry) - {f for f in DisputeType.__dataclass_fields__}
    if unknown:
        raise GuideError(f"{where}: unknown fields {sorted(unknown)}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise GuideError(f"{where}: 'name' is required")
    fields = {f: _strings(entry.get(f), where, f) for f in
              ("examples", "articles", "remedies", "evidence", "next_steps", "deadlines",
               "cases", "demands")}
    if len(set(fields["examples"])) < MIN_EXAMPLES:
        raise GuideError(f"{where}: needs at least {MIN_EXAMPLES} distinct examples")
    for required in ("articles", "remedies", "evidence", "next_steps"):
        if not fields[required]:
            raise GuideError(f"{where}: '{required}' must not be empty")
    side = entry.get("side", "consumer")
    if side not in SIDES:
        raise GuideError(f"{where}: side {side!r} not among {SIDES}")
    bad = [d for d in fields["demands"] if d not in DEMANDS]
    if bad:
        raise GuideError(f"{where}: demands {bad} not among {DEMANDS}")
    articles = list(dict.fromkeys(_article_key(a, laws, where) for a in fields["articles"]))
    return DisputeType(
        id=type_id, name=name.strip(), examples=fields["examples"], articles=articles,
        remedies=fields["remedies"], evidence=fields["evidence"],
        next_steps=_expand(fields["next_steps"], snippets, where, "next_steps"),
        deadlines=_expand(fields["deadlines"], snippets, where, "deadlines"),
        cases=fields["cases"], demands=fields["demands"], side=side)


def _load(directory: Path) -> tuple[list[DisputeType], list[str]]:
    common = _read_yaml(directory / COMMON_FILE) or {}
    laws = {str(k): str(v) for k, v in (common.get("laws") or {}).items()}
    snippets = {str(k): str(v).strip() for k, v in (common.get("snippets") or {}).items()}
    background = _strings(common.get("background"), COMMON_FILE, "background")
    types: list[DisputeType] = []
    seen: dict[str, str] = {}
    files = sorted(p for p in directory.glob("*.yaml") if p.name != COMMON_FILE)
    if not files:
        raise GuideError(f"no guide files in {directory}")
    for path in files:
        entries = _read_yaml(path) or []
        if not isinstance(entries, list):
            raise GuideError(f"{path.name}: must be a list of dispute types")
        for number, entry in enumerate(entries, 1):
            dispute = _parse_type(entry, laws, snippets, f"{path.name}#{number}")
            if dispute.id in seen:
                raise GuideError(f"{path.name}: id {dispute.id!r} also in {seen[dispute.id]}")
            seen[dispute.id] = path.name
            types.append(dispute)
    return types, background


@lru_cache(maxsize=4)
def _cached(directory: str) -> tuple[tuple[DisputeType, ...], tuple[str, ...]]:
    types, background = _load(Path(directory))
    return tuple(types), tuple(background)


def load_types(directory: Path | str | None = None) -> list[DisputeType]:
    """All dispute types, in file order (cached per directory)."""
    return list(_cached(str(directory or GUIDE_DIR))[0])


def get_type(type_id: str) -> DisputeType | None:
    """The type with this id, or None (for stored tickets and the agent console)."""
    return next((t for t in load_types() if t.id == type_id), None)


# ------------------------------------------------------------------ matching
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """Full-width to half-width, lower case, punctuation and spaces dropped."""
    return _PUNCT.sub("", unicodedata.normalize("NFKC", text or "").lower())


def _generic(text: str) -> str:
    """The text with the names the examples do not hold but whose kind they know put as that
    kind: a car's maker or model ('新买的卡罗拉', '问界M7') is read as a car (汽车)."""
    from .fields import CAR_NAME

    return CAR_NAME.sub("汽车", text)


class Matcher:
    """Linear SVM over TF-IDF character uni- and bigrams of the example phrasings.

    Character n-grams need no word segmenter and tolerate typos and variants
    (健生房/健身房). Besides the examples, each type's name, remedies and evidence
    are training texts too: they carry the legal words (保质期, 定金, 三包) that
    consumers also use. A background class (greetings, general questions) keeps
    out-of-guide questions from being forced onto some type. Scores are a softmax
    of the SVM margins with a temperature that minimised the log-loss of 5-fold
    cross-validation on the examples, so they read as probabilities.
    Settings chosen by that cross-validation: `python -m bench.bench_guide --cv`.
    """

    NGRAMS = (1, 2)
    C = 1.0
    TEMPERATURE = 8.0

    def __init__(self, types: list[DisputeType], background: Sequence[str] = ()):
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.svm import LinearSVC

        self.types = {t.id: t for t in types}
        texts, labels = training_texts(types, background)
        self.vectorizer = TfidfVectorizer(analyzer="char", ngram_range=self.NGRAMS,
                                          sublinear_tf=True)
        self.model = LinearSVC(C=self.C)
        self.model.fit(self.vectorizer.fit_transform(texts), labels)
        self.labels = [str(c) for c in self.model.classes_]

    def probabilities(self, question: str) -> dict[str, float]:
        return self.probabilities_many([question])[0]

    def probabilities_many(self, questions: Sequence[str]) -> list[dict[str, float]]:
        """probabilities() of each text, in one pass of the vectorizer and the model (the
        clauses of a long question: one call each cost the model's input checks every time)."""
        import numpy as np

        if not questions:
            return []
        margins = self.model.decision_function(self.vectorizer.transform([normalise(_generic(q)) for q in questions]))
        out = []
        for row in np.atleast_2d(margins):
            z = self.TEMPERATURE * (row - row.max())
            p = np.exp(z)
            out.append(dict(zip(self.labels, (p / p.sum()).tolist())))
        return out

    def match(self, question: str, k: int = 3, side: str | None = "consumer") -> list[GuideMatch]:
        """Best k types of one side ("consumer", "merchant"; None: both). A side's scores are
        renormalised over its own types and the background, so a merchant's question about
        expired stock is scored among the merchant types, not against the consumer's ones."""
        return self.match_many([question], k, side)[0]

    def match_many(self, questions: Sequence[str], k: int = 3, side: str | None = "consumer"
                   ) -> list[list[GuideMatch]]:
        """match() of each text, the model run once for them all."""
        if k <= 0:
            return [[] for _ in questions]
        asked = [q for q in questions if normalise(q)]
        found = dict(zip(asked, self.probabilities_many(asked)))
        return [self._ranked(found[q], k, side) if q in found else [] for q in questions]

    def _ranked(self, probs: dict[str, float], k: int, side: str | None) -> list[GuideMatch]:
        mine = {label: p for label, p in probs.items()
                if label == BACKGROUND or side is None or self.types[label].side == side}
        total = sum(mine.values()) or 1.0
        ranked = sorted(((p / total, label) for label, p in mine.items() if label != BACKGROUND),
                        reverse=True)[:k]
        return [GuideMatch(self.types[label], round(float(p), 4)) for p, label in ranked]


def training_texts(types: list[DisputeType], background: Sequence[str] = (), examples: bool = True
                   ) -> tuple[list[str], list[str]]:
    """(normalised texts, labels) the matcher learns from; examples=False leaves the
    example phrasings out (cross-validation adds its own folds of them)."""
    texts, labels = [], []
    for t in types:
        for text in [*(t.examples if examples else []), t.name, *t.remedies, *t.evidence]:
            texts.append(normalise(_generic(text)))
            labels.append(t.id)
    for text in background:
        texts.append(normalise(_generic(text)))
        labels.append(BACKGROUND)
    return texts, labels


_matcher: Matcher | None = None
_lock = threading.Lock()


def matcher() -> Matcher:
    """The classifier, trained once per process on first use."""
    global _matcher
    if _matcher is None:
        with _lock:
            if _matcher is None:
                types, background = _cached(str(GUIDE_DIR))
                _matcher = Matcher(list(types), list(background))
    return _matcher


def match(question: str, k: int = 3, side: str | None = "consumer") -> list[GuideMatch]:
    """The k most likely dispute types for a question, best first: a consumer's types by
    default; side="merchant" for a business asking about its own duties and fines."""
    return matcher().match(question, k, side)


def match_many(questions: Sequence[str], k: int = 3, side: str | None = "consumer") -> list[list[GuideMatch]]:
    """match() of each text (the clauses of one question), the classifier run once."""
    return matcher().match_many(questions, k, side)


# A business asking about its own side: who it is, whom it served, or the penalty it faces.
_MERCHANT = re.compile(
    r"我是(?:一[个名家])?(?:商家|卖家|店主|老板|经营者|个体户|商户|代理商|经销商|厂家|房东)"
    r"|我(?:们|的|家)?(?:店|小店|超市|公司|门店|饭店|餐厅|网店|店铺|工厂|药店|商店|摊位)(?:里|被|的|卖|有|查|在)"
    r"|我们(?:商家|店家|卖家|公司|超市|门店|店铺|商户)"
    r"|(?:我|本人|俺|咱)(?:自己)?(?:在[^。？！，]{0,8})?开(?:了|的)?(?:一?[个家间])?(?:小)?(?:店|超市|饭店|餐厅|饭馆|面馆|网店|公司|厂|便利店|小卖部|"
    r"商店|药店|门店|奶茶店|服装店|美容院|理发店|健身房|培训班|民宿)"
    # (any shop by its kind: 开了个美容店, 开了一家五金店, 开了家小吃铺)
    r"|(?:我|本人|俺|咱)(?:自己)?开(?:了|的)(?:一?[个家间])?[^。？！，的]{0,6}(?:店|馆|铺|院|厂|公司|工作室|机构|诊所|药房|摊|"
    r"班|学校|园|中心|会所|门诊|行|吧|场|厅)(?!里买|买)"
    # the business named as what the asker runs or is ("我们是一家烧烤店", "我经营一家小宾馆",
    # "我们作为商家"), not where the asker works ("一家公司的员工")
    r"|我(?:们)?(?:是|经营|开办|承包|在经营)(?:着)?一?[家个间](?:小)?[^。？！，,?!的]{0,6}(?:店|馆|铺|超市|酒店|宾馆|旅馆|民宿|"
    r"饭店|餐厅|场|厅|会所|工作室|诊所|药房|机构|学校|培训班|中心)(?![^。？！，,?!]{0,4}(?:员工|职员|店员|服务员|上班|打工|工作|买|消费|吃饭|住))"
    r"|我们?是[^。？！，,?!]{1,8}的(?:工作室|店|小店|馆|机构|培训班|学校|门店|诊所|民宿|酒店|宾馆|饭店|餐厅|超市)(?![^。？！，,?!]{0,4}(?:员工|店员|顾客|客人|会员|学员))"
    # its own customers ("我们瑜伽馆的会员", "我们机构的学员")
    r"|我们(?:的|家)?[^。？！，,?!的]{0,4}(?:店|馆|机构|工作室|中心|学校|班)(?:的|办卡的|办年卡的|充值的|报名的)?(?:会员|顾客|客户|客人|学员|家长|学生)"
    r"|(?:我们|我)(?:作为|是)(?:商家|经营者|店家|卖家|店主|店老板)"
    # the asker's own goods and whether selling them needs a licence
    r"|我(?:们)?(?:在[^。？！，]{0,8})?(?:卖|销售)(?:自己|自家)"
    r"|我(?:们)?[^。？！，]{0,20}(?:卖|销售|经营|摆摊|开店)(?!家)[^。？！]{0,16}(?:需要|要|得)(?:办|有|申请)(?:什么|哪些|啥)?"
    r"(?:手续|证|执照|许可)"
    r"|我们?是(?:做|开|卖|搞|经营)[^，。？！,?!]{0,10}(?:生意|网店|电商|直播|批发|零售|店|民宿|餐饮|饭店|餐馆|酒店|宾馆|"
    r"培训|美容|健身|装修|维修|修理|家政|保洁|搬家|清洗|安装|开锁|摄影|婚庆|物流|中介|定做|定制|加工|回收|租赁|"
    r"超市|外卖|服装|水果|建材|家具|馆|铺|摊|厂|院|班|园|行|吧|厅|中心|工作室|公司)的"
    r"|(?<!归)本店(?!所有|概不|一律|规定|不)|(?:有|一[个位名])?(?:顾客|客户|客人|买家|消费者)(?:在我|在店|来店|来我|找我|来找|投诉|说|要求|买后|买了|购买后|起诉|举报|索赔)"
    r"|(?:有|一[个位名]|有[个位])(?:顾客|客户|客人|买家|消费者)(?:吃(?:完|了)|喝(?:完|了)|用了|做完|拿回去|买回去|来闹|闹事)"
    r"|(?:会|要)?被(?:罚|处罚|罚款|查处|吊销)|罚(?:款)?多少|怎么(?:处罚|罚)|处罚我|罚我|会受到.{0,6}(?:处罚|责任)"
    # asking to be let off a fine: only the one fined asks it
    r"|免罚|免(?:于|予)处罚|不予(?:行政)?处罚|(?:从轻|减轻)处罚"
    r"|打假人|职业打假|(?:工商|市场监管|市监|执法)(?:局|部门|所)?(?:的人)?(?:来|上门)?(?:查|调查|检查|抽检)"
    # an authority that came to the shop or may fine it, a fine it asks for: the shop's own question
    # (not a consumer's who reported the shop, nor a fine a business demands of a consumer)
    # (read over every line: ^ is the text's start, so a bare .* would read its first line only)
    # (or the sum it is to be fined: "监管局要罚款5万")
    r"|^(?![\s\S]*(?:举报|投诉|曝光|反映))(?:[\s\S]*(?:工商|市场监管|市监|监管局|执法)[^。？！，]{0,4}(?:会|要)(?:处罚|罚)(?:款)?(?:我|吗|\d|[一二两三四五六七八九十几]+[千万块元])"
    r"|[\s\S]*(?:监管局|市场监管|工商|执法)[^。？！]{0,12}(?:来|到)(?:我的?|我们)?店(?:里|上)"
    r"|(?=[\s\S]*(?:监管|工商|执法|稽查))[\s\S]*(?<![让要叫逼])我(?:要|得|需要|还要)?(?:交|缴)罚款)"
    r"|我们?是(?:做|开|卖)(?:早餐|早点|小吃|烧烤|快餐|熟食|卤味|面包|蛋糕|糕点|奶茶|水果|蔬菜|肉|海鲜)的"
    # the asker as the seller, however told: what they sell, their stock, their micro-shop
    r"|我(?:们)?(?:在[^。？！，]{0,8})?(?:卖|销售)的(?!人)|(?:我|我们)(?:是)?(?:做|搞)微商|做微商卖"
    r"|(?:我|我们)[^。？！，]{0,6}(?:进的货|进货|进(?:的|了)一?批)"
    # something the asker sold, then what the buyer said or did about it
    r"|我(?:们)?(?:在[^。？！，]{0,8})?(?:卖|销售|出)(?:了|出去了?)[^。？！]{0,20}(?:买家|顾客|客户|客人)"
    r"|(?:买家|顾客|客户|客人)(?:收到|拿到|用了|穿了)[^。？！，]{0,6}(?:说|称|反映|要求|要|申请|投诉|给了?差评)"
)
# (the buyer named by a seller, "我在网上卖的衣服，买家说…", is no purchase of the asker's)
_CONSUMER = re.compile(r"我(?:是)?(?:消费者|顾客|买家)|我买的|"
                       r"我在(?:(?!卖)[^。？！，]){1,12}买(?!家(?!电|具|居|纺|用))|店员|服务员|导购|营业员"
                       r"|(?:老板|商家|店家|卖家)(?:说|却|非|让我|要我|不给|不肯|不退)")


# A supplier, an estate's manager or a landlord the consumer deals with that "fines" the consumer
# ("电力公司说我偷电要罚我5000", "物业说要罚我们"), no authority told: the customer's question, not a
# business's, unless the asker says they run one.
_FINED_BY_SUPPLIER = re.compile(
    r"^(?![\s\S]*(?:工商|市场监管|市监|监管局|执法|稽查|税务|卫健|消防|环保|城管))[\s\S]*"
    r"(?:电力|供电|电业|电网|燃气|煤气|天然气|自来水|水务|水厂|热力|供热|供暖|物业|房东|中介|驾校|健身房)"
    r"[^。？！]{0,30}(?:罚|处罚)(?:款)?(?:我|了我|我们|我家)")
_OWNER_TOLD = re.compile(r"我是(?:一[个名家])?(?:商家|卖家|店主|老板|经营者|个体户|商户)"
                         r"|(?:我|本人|俺|咱)(?:自己)?开(?:了|的)")


_FULL_WIDTH_STOPS = str.maketrans({",": "，", "?": "？", "!": "！"})


def is_merchant(question: str) -> bool:
    """Whether a question is asked from the business's side (fines, duties, a customer's claim)."""
    # (NFKC makes "，？！" ASCII; put them back, or the patterns' "[^。？！，]" would read across a
    # comma: "我问他，进货价…" is no stock of the asker's)
    text = unicodedata.normalize("NFKC", question or "").translate(_FULL_WIDTH_STOPS)
    if _FINED_BY_SUPPLIER.search(text) and not _OWNER_TOLD.search(text):
        return False
    return bool(_MERCHANT.search(text)) and not (_CONSUMER.search(text) and not re.search(
        r"我是(?:商家|卖家|店主|老板|经营者)|罚", text))
