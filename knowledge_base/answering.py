"""Grounded replies for consumers, templated from retrieved text only.

Reply: one plain sentence (the matched dispute type's remedy, or the first sentence of
the top article), the articles quoted verbatim as 《法律名》第N条 (with any status note),
one similar case in two lines, and the next step. When nothing scores high enough: say so and offer a human agent.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .numerals import int_to_cn
from .retrieval import Engine, engine, topic_keys

# BM25 score of the best article below which the question is taken as not about
# consumer law (dev set + off-topic probes: see knowledge_base/dev/README.md).
MIN_BM25 = 8.0
MAX_QUOTES = 3

NEXT_STEPS = [
    "先与经营者协商，提出明确诉求（修理、更换、退货、退款或赔偿），并保存好购物凭证和沟通记录",
    "协商不成，可以拨打12315或通过全国12315平台向市场监管部门投诉，也可以请求消费者协会调解",
    "还可以依约申请仲裁，或者向人民法院提起诉讼",
]
NEXT_STEPS_BASIS = "消费者权益保护法:39"  # 协商和解、消协调解、行政投诉、仲裁、诉讼
FALLBACK = ("抱歉，您的问题我暂时没有在消费者权益相关的法律条文和案例中找到足够匹配的依据，"
            "为免误导您，我不作猜测。您可以换个说法详细描述一下遇到的情况（买了什么、在哪里买的、"
            "出了什么问题、希望怎么解决），或者输入“人工”转接人工客服为您解答。")


@dataclass
class Answer:
    text: str
    citations: list[dict] = field(default_factory=list)  # law, article, text, status, key, note
    cases: list[dict] = field(default_factory=list)
    confident: bool = False
    dispute_type: str | None = None
    next_steps: list[str] = field(default_factory=list)


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


def answer(question: str, eng: Engine | None = None, use_guide: bool = True) -> Answer:
    eng = eng or engine()
    question = (question or "").strip()
    laws = eng.search(question, k=8, kind="law", use_guide=use_guide) if question else []
    dispute = eng.guide_for(question)[2] if use_guide and question else None
    dispute_id = getattr(dispute, "id", None) if dispute is not None else None
    topical = bool(question) and bool(topic_keys(question))
    best_bm25 = max((r.get("bm25_score", 0.0) for r in laws[:3]), default=0.0)
    confident = bool(laws) and (dispute is not None or topical or best_bm25 >= MIN_BM25)
    if not confident:
        return Answer(text=FALLBACK, confident=False)

    # Quote the top articles: an overview topic's in its own order, a matched dispute
    # type's two best, else the best one and those nearly as lexically relevant.
    topic = topic_keys(question)
    if topic:
        by_key = {r["key"]: r for r in laws}
        quoted = [by_key[k] for k in topic if k in by_key][:MAX_QUOTES]
    elif any(r.get("dispute_type") for r in laws):
        quoted = [r for r in laws if r.get("dispute_type")][:2]
        if getattr(dispute, "remedies", None):
            # the articles the plain explanation names are quoted first, so it rests on them
            keys = [str(k).lstrip("~") for k in getattr(dispute, "articles", []) or []]
            named = [r for k in named_articles(str(dispute.remedies[0]), keys)
                     if (r := next((x for x in laws if x["key"] == k), None) or eng.result_for(k))]
            quoted = list({r["key"]: r for r in named + quoted}.values())[:2]
    else:
        top = laws[0].get("bm25_score", 0.0)
        quoted = [laws[0]] + [r for r in laws[1:4] if r.get("bm25_score", 0.0) >= 0.6 * top]
        quoted = quoted[:MAX_QUOTES]
    law_order = list(dict.fromkeys(r["law"] for r in quoted))
    quoted = sorted(quoted, key=lambda r: (law_order.index(r["law"]), r["article"]))
    quoted_keys = {r["key"] for r in quoted}

    cases = eng.search(question, k=5, kind="case", use_guide=use_guide)
    # Prefer a similar case that rests on one of the quoted articles.
    case = next((c for c in cases if quoted_keys & set(c["case"]["cited"] + c["case"]["related"])),
                cases[0] if cases else None)

    # The plain sentence: the dispute type's remedy, else the quoted article's own first
    # sentence (a similar case's holding is too specific to stand for the rule: it is shown
    # below as the case).
    if dispute is not None and getattr(dispute, "remedies", None):
        explanation = str(dispute.remedies[0])
    else:
        explanation = f"根据{quoted[0]['title']}，{_first_sentence(quoted[0]['text'])}"

    if dispute is not None and getattr(dispute, "next_steps", None):
        steps = [str(s) for s in dispute.next_steps]
    else:
        steps = list(NEXT_STEPS)

    parts = [f"您好，{explanation}", "相关法律规定：", *[_quote(r) for r in quoted]]
    evidence = getattr(dispute, "evidence", None) if dispute is not None else None
    if evidence:
        parts.append("建议您保留以下证据：" + "；".join(str(e) for e in evidence) + "。")
    if case is not None:
        parts.append("类似案例：" + _case_lines(case["case"]))
    parts.append("建议您：" + "；".join(s.rstrip("。") for s in steps) + "。")
    if any(r.get("status") == "superseded" for r in quoted):
        parts.append("提示：以上引用的部分规定已被新规取代，具体以现行规定为准。")
    citations = [{"law": r["law"], "article": r["article"], "text": r["text"],
                  "status": r["status"], "key": r["key"], "note": r.get("note", ""),
                  "title": r["title"]} for r in quoted]
    return Answer(text="\n".join(parts), citations=citations,
                  cases=[case["case"]] if case else [], confident=True,
                  dispute_type=dispute_id, next_steps=steps)
