"""The knowledge base and the dispute guide as the console needs them.

Laws are quoted verbatim from the knowledge base's own records (never retyped here);
cases are shown in two lines: the point of law, then how it ended. When the knowledge
base is not built or not importable the console still fills the ticket and says which
part is missing (`degraded`).
"""
from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache

log = logging.getLogger(__name__)

ARTICLE_PREFIX = re.compile(r"^第[零〇一二三四五六七八九十百千]+条[ \u3000]+")
OUTCOME = re.compile(r"判决|支持|调解|赔偿|返还|退还|达成|驳回")


def cn_article(number: int) -> str:
    try:
        from knowledge_base.numerals import int_to_cn
    except ImportError:  # the knowledge base not installed: arabic numerals still cite right
        return str(number)
    return int_to_cn(int(number))


def sentences(text: str) -> list[str]:
    text = re.sub(r"\s+", "", text or "")
    return [s for s in re.split(r"(?<=[。；])", text) if s]


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


CLAUSE = re.compile(r"[^，,。；;！!？?\n]+[，,。；;！!？?\n]?")
# What is left of a demand clause ("我不要退款了，我要换一台新的") once its demand is gone.
DEMAND_FILLER = re.compile(r"我们|我|不要|要求|想要|希望|需要|请求|申请|就是|还是|只|要|想|给|帮|让|他们|商家|"
                           r"一[台个部件双份]|新的|新|全额|了|的|吧|啊|呢|[，,。；;！!？?\s]")


def dispute_story(story: str) -> str:
    """The caller's account without what they want done: a demand names the remedy, not
    the dispute ("空气炸锅用了三天就冒烟了；我想退款" is a defect, yet the words 退款/退货
    pulled it to 网购七天无理由退货, and that type went onto the ticket). A clause that is
    nothing but a demand (the demand patterns are the complaint registry's) is left out;
    one that also says what happened ("商家拒绝退货") stays. When what is left names no
    fault ("衣服不喜欢，想退货"), the demand is the dispute: the story stays whole."""
    try:
        from complaint.extract.demand import DEMANDS
        from complaint.extract.problem import PROBLEM_WORDS
    except ImportError:
        return story
    kept = []
    for clause in CLAUSE.findall(story):
        rest = clause
        for pattern in DEMANDS.values():
            rest = re.sub(pattern, "", rest)
        if rest != clause and not DEMAND_FILLER.sub("", rest):
            continue
        kept.append(clause)
    stripped = "".join(kept).strip()
    return stripped if stripped != story and PROBLEM_WORDS.search(stripped) else story


class _GuideOnly(Exception):
    pass


@dataclass
class Context:
    articles: list[dict] = field(default_factory=list)
    cases: list[dict] = field(default_factory=list)
    dispute_types: list[dict] = field(default_factory=list)


def article_view(item: dict, source: str) -> dict:
    """A law hit or citation as the console shows it: 《法》第N条 and the verbatim text."""
    return {
        "key": item.get("key") or f"{item['law']}:{item['article']}",
        "law": item["law"], "article": int(item["article"]),
        "citation": f"《{item['law']}》第{cn_article(item['article'])}条",
        "text": ARTICLE_PREFIX.sub("", item["text"]).strip(),
        "status": item.get("status", ""), "note": item.get("note", ""),
        "dispute_type": item.get("dispute_type"), "source": source,
    }


def case_view(record: dict, source: str) -> dict:
    """A case in two lines: the point of law, then the outcome."""
    point = (record.get("headline") or record.get("holding") or record.get("facts") or "")
    outcome = sentences(record.get("result") or record.get("reasoning") or "")
    line2 = next((s for s in outcome if OUTCOME.search(s)), outcome[0] if outcome else "")
    return {
        "id": record.get("id"), "title": record.get("title", ""),
        "line1": shorten(sentences(point)[0] if sentences(point) else "", 80),
        "line2": ("结果：" + shorten(line2, 80)) if line2 else "",
        "source": source,
    }


class Knowledge:
    def __init__(self, law_k: int = 4, case_k: int = 2, guide_min: float = 0.25, guide_articles: int = 2):
        self.law_k = law_k
        self.case_k = case_k
        self.guide_min = guide_min
        self.guide_articles = guide_articles
        self._missing: set[str] = set()
        # A call's story only grows, but the same lines are asked for again (page reload,
        # SSE refresh, corrections): cache per text.
        self.context = lru_cache(maxsize=512)(self._context)
        self.rights_answer = lru_cache(maxsize=512)(self._rights_answer)

    # -------------------------------------------------------------- plumbing
    def _kb(self):
        try:
            import knowledge_base
            if not callable(getattr(knowledge_base, "search", None)):
                raise ImportError("knowledge_base.search not defined")
            self._limit_torch_threads()
            return knowledge_base
        except ImportError as exc:
            self._note_missing("knowledge_base", exc)
            return None

    _threads_set = False

    @classmethod
    def _limit_torch_threads(cls) -> None:
        """One intra-op thread for the query encoder. A query is a few dozen tokens: on
        a busy 2-core machine torch's thread pool spins against the other processes and
        a search took 0.3-1.9 s instead of 40-100 ms (measured, see bench_console).
        The backend serves each request on its own waitress thread anyway."""
        if cls._threads_set:
            return
        cls._threads_set = True
        threads = int(os.environ.get("CONSOLE_TORCH_THREADS", "1"))
        try:
            import torch
        except ImportError:
            return
        if threads > 0:
            torch.set_num_threads(threads)

    def _guide(self):
        try:
            from knowledge_base import guide
            if not callable(getattr(guide, "match", None)):
                raise ImportError("knowledge_base.guide.match not defined")
            return guide
        except ImportError as exc:
            self._note_missing("guide", exc)
            return None

    def _note_missing(self, part: str, exc: Exception) -> None:
        if part not in self._missing:
            log.warning("console: %s unavailable (%s); suggestions without it", part, exc)
        self._missing.add(part)

    def degraded(self) -> list[str]:
        return sorted(self._missing)

    def warm_up(self) -> None:
        kb = self._kb()
        if kb is not None:
            kb.search("电视自燃了商家不管", k=1)
            kb.answer("买的电视自燃了能赔偿吗")
        guide = self._guide()
        if guide is not None:
            guide.match("健身卡老板跑路了")

    # ------------------------------------------------------------ lookups
    def _context(self, story: str, search: bool = True) -> Context:
        """The dispute type (guide) and, with search, the articles and cases for the story.
        Without search only the type's own articles: used when the answer searches anyway."""
        context = Context()
        story = dispute_story(story)
        guide = self._guide()
        if guide is not None:
            try:
                matches = list(guide.match(story))[:2]
            except Exception:  # the guide must never cost the agent the ticket draft
                log.exception("dispute guide failed")
                matches = []
            for match in matches:
                # A second type only when it is nearly as likely as the first.
                if float(match.score) < self.guide_min or (
                        context.dispute_types and float(match.score) < 0.8 * context.dispute_types[0]["score"]):
                    break
                t = match.type
                context.dispute_types.append({
                    "id": t.id, "name": t.name, "score": round(float(match.score), 3),
                    "remedies": [str(x) for x in getattr(t, "remedies", []) or []],
                    "evidence": [str(x) for x in getattr(t, "evidence", []) or []],
                    "next_steps": [str(x) for x in getattr(t, "next_steps", []) or []],
                    "deadlines": [str(x) for x in getattr(t, "deadlines", []) or []],
                    "demands": [str(x) for x in getattr(t, "demands", []) or []],
                    "articles": [str(x) for x in getattr(t, "articles", []) or []],
                })
        kb = self._kb()
        if kb is not None:
            try:
                if not search:
                    raise _GuideOnly
                # The knowledge base ranks the guide's articles first itself (fusion).
                # One search for both kinds: each kind is ranked on its own and the query
                # is encoded once (half the time of two searches).
                hits = kb.search(story, k=4 * (self.law_k + self.case_k), kind=None)
            except _GuideOnly:
                hits = []
            except Exception as exc:  # e.g. the index not built: the ticket draft still works
                self._note_missing("knowledge_base", exc)
                return context
            laws = [h for h in hits if h["kind"] == "law"]
            cases = [h for h in hits if h["kind"] == "case"][: self.case_k]
            # The agent sees the type, so its governing articles lead (the knowledge base
            # itself promotes them only above its stricter consumer-facing threshold).
            if context.dispute_types:
                promoted = []
                for key in context.dispute_types[0]["articles"][: self.guide_articles]:
                    record = kb.article(key)
                    if record is not None:
                        promoted.append({"key": record.key, "law": record.law, "article": record.article,
                                         "text": record.text, "status": record.status, "note": record.note,
                                         "dispute_type": context.dispute_types[0]["id"]})
                keys = {p["key"] for p in promoted}
                laws = promoted + [h for h in laws if h["key"] not in keys]
            laws = laws[: self.law_k]
            # With 19 cases the runner-up is often about something else (a food case for
            # a burnt TV): a second case is shown only when it is the type's own or cites
            # one of the type's articles (without a type: one of the two leading articles).
            if context.dispute_types:
                anchors = {getattr(kb.article(k), "key", k) for k in context.dispute_types[0]["articles"]}
            else:
                anchors = {h["key"] for h in laws[:2]}
            cases = cases[:1] + [h for h in cases[1:] if h.get("dispute_type") or anchors & set(
                (h.get("case") or {}).get("cited", []) + (h.get("case") or {}).get("related", []))]
            self._missing.discard("knowledge_base")
            context.articles = [article_view(hit, "guide" if hit.get("dispute_type") else "search")
                                for hit in laws]
            context.cases = [case_view(hit.get("case") or {"title": hit["title"], "holding": hit["text"]}, "search")
                             for hit in cases]
        return context

    def _rights_answer(self, question: str, about: str) -> dict | None:
        """about: what the dispute is about (product, the caller's account)."""
        kb = self._kb()
        if kb is None:
            return None
        if not about:
            query = question
        else:
            query = about[-400:] if question in about else f"{about[-300:]} {question}"
        try:
            ans = kb.answer(query)
        except Exception as exc:
            self._note_missing("knowledge_base", exc)
            return None
        return {
            "question": question, "text": ans.text, "confident": bool(ans.confident),
            "dispute_type": ans.dispute_type,
            "articles": [article_view(c, "answer") for c in ans.citations],
            "cases": [case_view(c, "answer") for c in ans.cases],
        }
