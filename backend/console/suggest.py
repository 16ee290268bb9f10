"""The suggestion engine behind the hotline console (pure Python, no Flask, no database).

After every caller line the agent sees: the next question to ask (missing or invalid
complaint fields, phrased the way an operator asks), answers with verbatim law quotes
when the caller asks about their rights, one or two similar cases, reply drafts to
insert with one click, and a ticket draft whose every field says where it came from.

The engine only combines the parts other folders own: field extraction (Rasa NLU
entities + the dialogue's validators, see `fields.py`) and the knowledge base and
dispute guide (see `knowledge.py`). Both are injected so the bench and the tests run
the same code the console runs.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from datetime import date

from backend.console import dialogue
from backend.console.fields import FieldExtractor, Found
from backend.console.knowledge import Knowledge
from complaint import fields

# The complaint fields in the order the dialogue's form asks for them, with their
# labels and the way an operator asks on the phone: all from the field registry.
FIELD_ORDER = tuple(fields.form_order("complaint"))
OPTIONAL_FIELDS = tuple(f.name for f in fields.ticket_fields() if f.name not in FIELD_ORDER and f.slot_type == "text")
FIELD_LABELS = {name: fields.label(name) for name in (*FIELD_ORDER, *OPTIONAL_FIELDS)}
QUESTIONS = {name: fields.get(name).spoken_question or fields.get(name).question for name in FIELD_ORDER}
REASKS = {name: fields.get(name).spoken_reask for name in FIELD_ORDER if fields.get(name).spoken_reask}
# The caller correcting what they said before.
CORRECTION_RE = re.compile(r"不对|错了|说错|记错|更正|改成|改为|应该是|其实是|不是.{1,12}[是，,]")
# A caller asking about their rights, not just telling what happened.
QUESTION_RE = re.compile(
    r"[？?]|吗|能不能|可不可以|可以不|怎么办|怎么处理|怎么弄|有没有|是不是|要不要|该不该|"
    r"合不合法|违法|犯法|管不管|算不算|凭什么|依据|规定|权利|能退|能赔|能要回|赔多少"
)


@dataclass
class Line:
    seq: int
    text: str
    speaker: str = "caller"  # caller | agent


@dataclass
class Suggestions:
    missing: list[dict]
    next_question: dict | None
    rights: dict | None
    articles: list[dict]
    cases: list[dict]
    dispute_types: list[dict]
    drafts: list[dict]
    ticket: dict
    degraded: list[str]
    elapsed_ms: float
    timings: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "missing": self.missing, "next_question": self.next_question,
            "rights": self.rights, "articles": self.articles, "cases": self.cases,
            "dispute_types": self.dispute_types, "drafts": self.drafts,
            "ticket": self.ticket, "degraded": self.degraded,
            "elapsed_ms": round(self.elapsed_ms, 1), "timings": self.timings,
        }


def is_rights_question(text: str) -> bool:
    return bool(QUESTION_RE.search(text))


class SuggestionEngine:
    def __init__(self, extractor: FieldExtractor | None = None, knowledge: Knowledge | None = None):
        self.extractor = extractor or FieldExtractor()
        self.knowledge = knowledge or Knowledge()
        # A line never changes: its extraction (and Rasa's parse) is cached.
        self._line_cache: dict[tuple[str, date], list[Found]] = {}

    def warm_up(self) -> None:
        """Load indexes and models now, not on the first caller's line."""
        self.extractor.warm_up()
        self.knowledge.warm_up()
        self.suggest([Line(1, "我上周买的电视坏了，能退吗？")])

    # ------------------------------------------------------------------ fields
    def _extract(self, line: Line, today: date) -> list[Found]:
        key = (line.text, today)
        if key not in self._line_cache:
            if len(self._line_cache) > 5000:
                self._line_cache.clear()
            self._line_cache[key] = self.extractor.extract(line.text, today=today)
        return self._line_cache[key]

    def ticket_draft(self, lines: list[Line], corrections: dict | None = None,
                     today: date | None = None) -> dict:
        """Every field with its value and provenance; the caller's later words win over
        earlier ones (they correct themselves), the agent's corrections win over all."""
        today = today or date.today()
        fields_: dict[str, dict] = {}
        for line in lines:
            if line.speaker != "caller":
                continue
            for found in self._extract(line, today):
                previous = fields_.get(found.field)
                if found.field == "problem" and previous and previous["valid"]:
                    # The caller's account grows over the call; questions and demands
                    # are not part of it.
                    more = dialogue.problem_clauses(line.text, is_rights_question)
                    if not more or more in previous["value"]:
                        continue
                    previous["value"] = f"{previous['value'].rstrip('。')}；{more}"[:2000]
                    previous["raw"] = previous["evidence"] = previous["value"]
                    continue
                # What the caller said first stands, unless it did not pass the
                # validators or the caller corrects it ("不对，是2月8号"); a later
                # mention in passing ("现在健身房关门了") does not replace a name.
                if previous and previous["valid"] and not CORRECTION_RE.search(line.text):
                    continue
                fields_[found.field] = {
                    "value": found.value, "raw": found.raw, "valid": found.valid,
                    "message": found.message, "source": found.source,
                    "line": line.seq, "evidence": found.raw,
                }
        for name, value in (corrections or {}).items():
            if name not in FIELD_LABELS:
                continue
            checked = self.extractor.validate(name, value, today=today)
            fields_[name] = {
                "value": checked.value, "raw": value, "valid": checked.valid,
                "message": checked.message, "source": "agent", "line": None, "evidence": value,
            }
        return {
            name: {"label": FIELD_LABELS[name], **fields_[name]} if name in fields_ else
            {"label": FIELD_LABELS[name], "value": None, "raw": None, "valid": False,
             "message": None, "source": None, "line": None, "evidence": None}
            for name in (*FIELD_ORDER, *OPTIONAL_FIELDS)
        }

    @staticmethod
    def missing_fields(ticket: dict) -> list[dict]:
        missing = []
        for name in FIELD_ORDER:
            entry = ticket[name]
            if entry["value"] in (None, "") and entry["raw"] in (None, ""):
                missing.append({"field": name, "label": FIELD_LABELS[name], "reason": "missing",
                                "question": QUESTIONS[name]})
            elif not entry["valid"]:
                missing.append({"field": name, "label": FIELD_LABELS[name], "reason": "invalid",
                                "question": REASKS.get(name, QUESTIONS[name]),
                                "message": entry["message"]})
        # Invalid values first: the caller just said them and can fix them at once.
        missing.sort(key=lambda m: m["reason"] != "invalid")
        return missing

    # -------------------------------------------------------------- suggestions
    def suggest(self, lines: list[Line], corrections: dict | None = None,
                today: date | None = None) -> Suggestions:
        started = time.perf_counter()
        timings: dict[str, float] = {}
        caller_lines = [line for line in lines if line.speaker == "caller"]
        ticket = self.ticket_draft(lines, corrections, today)
        timings["fields_ms"] = round((time.perf_counter() - started) * 1000, 1)
        missing = self.missing_fields(ticket)

        # What the dispute is about: the product and the caller's account, without the
        # names, numbers and addresses that only add noise to retrieval; before the
        # caller has told it, what they said so far.
        last = caller_lines[-1].text if caller_lines else ""
        about = " ".join(str(ticket[name]["value"]) for name in ("product", "problem")
                         if ticket[name]["value"] and ticket[name]["valid"])
        intent = self.extractor.intent(last) if last else None
        asked = bool(last) and (is_rights_question(last) or (
            intent is not None and intent[0] == "ask_law" and intent[1] >= 0.5))
        story = (about if last in about or asked else f"{about} {last}") if about else \
            "".join(line.text for line in caller_lines)[-300:]
        # The dispute is what the caller described; their question goes to the answer
        # with that description ("过了保修期…" alone reads like an expiry-date dispute).
        question = f"{story} {last}" if asked and last not in story else story
        t = time.perf_counter()
        # When the caller asks, the answer searches with the story and the question; a
        # second search for the story alone would cost a third of the time for little,
        # so the story then only brings its dispute type and that type's articles.
        story = story.strip()
        rights = self.knowledge.rights_answer(last, question.strip()) if asked else None
        context = self.knowledge.context(story, not asked) if story else None
        timings["knowledge_ms"] = round((time.perf_counter() - t) * 1000, 1)

        if rights and not rights["confident"]:
            rights = {**rights, "articles": [], "cases": []}  # the answer itself says it found nothing
        # Articles both the answer and the whole story point to lead, then the story's
        # (its dispute type's articles first), then the rest of the answer's: a question
        # alone ("过了保修期不管…") can pull the answer off the dispute the caller described.
        from_story = list(context.articles) if context else []
        from_answer = list(rights["articles"]) if rights else []
        answer_keys = {a["key"] for a in from_answer}
        ordered = [a for a in from_story if a["key"] in answer_keys] + \
            [a for a in from_story if a["key"] not in answer_keys] + \
            [a for a in from_answer if a["key"] not in {b["key"] for b in from_story}]
        articles = ordered[:5]
        cases = list(rights["cases"]) if rights else []
        for case in (context.cases if context else []):
            if case["title"] not in {c["title"] for c in cases} and len(cases) < 2:
                cases.append(case)
        cases = cases[:2]
        dispute_types = context.dispute_types if context else []

        # The guide's demands fill an empty 诉求 as a proposal the agent confirms.
        if ticket["demand"]["value"] is None and dispute_types and dispute_types[0].get("demands"):
            missing = [
                {**m, "question": f"{QUESTIONS['demand'][:-1]}？像您这种情况，一般可以要求"
                                  f"{'、'.join(dispute_types[0]['demands'][:3])}。"}
                if m["field"] == "demand" else m
                for m in missing
            ]
        drafts = self._drafts(ticket, missing, rights, articles, dispute_types)
        return Suggestions(
            missing=missing, next_question=missing[0] if missing else None, rights=rights,
            articles=articles, cases=cases, dispute_types=dispute_types, drafts=drafts,
            ticket=ticket, degraded=sorted(set(self.extractor.degraded()) | set(self.knowledge.degraded())),
            elapsed_ms=(time.perf_counter() - started) * 1000, timings=timings,
        )

    # ------------------------------------------------------------------ drafts
    def _drafts(self, ticket, missing, rights, articles, dispute_types) -> list[dict]:
        """Short replies the agent can insert and edit; each has a stable id per type."""
        drafts: list[dict] = []
        if rights and articles:
            top = articles[0]
            remedy = ""
            if dispute_types and dispute_types[0].get("remedies"):
                remedy = dispute_types[0]["remedies"][0].rstrip("。") + "。"
            drafts.append({
                "type": "law",
                "text": f"根据{top['citation']}的规定：“{top['text']}”{remedy}",
            })
        if missing:
            drafts.append({"type": "question", "text": missing[0]["question"]})
            if len(missing) > 1 and missing[0]["field"] in ("complainant_name", "phone") and \
                    missing[1]["field"] in ("complainant_name", "phone"):
                drafts.append({"type": "question",
                               "text": "麻烦您留一下姓名和联系电话，方便后续联系您。"})
        else:
            drafts.append({"type": "confirm", "text": readback(ticket)})
        product = ticket["product"]["value"]
        if product and not rights:
            drafts.append({
                "type": "empathy",
                "text": f"您先别着急，您反映的{product}的问题我这边都记下了，会帮您登记投诉。",
            })
        if dispute_types and dispute_types[0].get("evidence"):
            drafts.append({
                "type": "evidence",
                "text": f"麻烦您保留好{'、'.join(dispute_types[0]['evidence'][:4])}这些材料，"
                        "后面调解的时候会用到。",
            })
        for i, draft in enumerate(drafts):
            draft["id"] = f"{draft['type']}-{i}"
        return drafts


def readback(ticket: dict) -> str:
    """The summary an operator reads back before filing."""
    v = {name: (str(entry["value"]).rstrip("。") if entry["value"] not in (None, "") else "（未提供）")
         for name, entry in ticket.items()}
    v["amount"] = v["amount"].removesuffix(".00")
    return (f"跟您核对一下：{v['complainant_name']}，电话{v['phone']}，"
            f"{v['purchase_date']}在{v['merchant_name']}（{v['merchant_address']}）"
            f"购买的{v['product']}，金额{v['amount']}元。问题是：{v['problem']}。"
            f"您的诉求是{v['demand']}。信息都对吗？")
