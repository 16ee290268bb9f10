"""Recall@1, Recall@5 and MRR of article retrieval on a labelled dev set (JSONL:
{"question": ..., "articles": ["消费者权益保护法:7", ...]} per line; any listed article counts),
and the verdicts of answer() on the labelled real questions (dev/real_labels.jsonl)."""
from __future__ import annotations

import json
import re
import time
from pathlib import Path

from .retrieval import MODES, Engine, engine


def load_dev(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            row = json.loads(line)
            if not row.get("question") or not row.get("articles"):
                raise ValueError(f"{path}:{number}: needs 'question' and 'articles'")
            rows.append(row)
    return rows


def evaluate(rows: list[dict], eng: Engine | None = None, use_guide: bool = False,
             modes: tuple[str, ...] = MODES) -> dict[str, dict[str, float]]:
    eng = eng or engine()
    table = {}
    for mode in modes:
        if mode != "bm25" and not eng.has_dense:
            continue
        hits1 = hits5 = rr = 0.0
        latencies = []
        Engine._query_vector.cache_clear()  # every table times the encoder, not the cache
        for row in rows:
            gold = set(row["articles"])
            started = time.perf_counter()
            keys = [r["key"] for r in eng.search(row["question"], k=10, kind="law", mode=mode,
                                                   use_guide=use_guide)]
            latencies.append(time.perf_counter() - started)
            rank = next((i + 1 for i, key in enumerate(keys) if key in gold), None)
            hits1 += rank == 1
            hits5 += rank is not None and rank <= 5
            rr += 1 / rank if rank else 0
        n = len(rows)
        latencies.sort()
        table[mode] = {"recall@1": hits1 / n, "recall@5": hits5 / n, "mrr": rr / n,
                       "p95_ms": 1000 * latencies[int(0.95 * (n - 1))]}
    return table


def format_table(table: dict, title: str = "") -> str:
    lines = [title] if title else []
    lines.append(f"{'mode':<8} {'R@1':>6} {'R@5':>6} {'MRR':>6} {'p95 ms':>8}")
    for mode, m in table.items():
        lines.append(f"{mode:<8} {m['recall@1']:6.3f} {m['recall@5']:6.3f} {m['mrr']:6.3f} "
                     f"{m['p95_ms']:8.1f}")
    return "\n".join(lines)


# ---------------------------------------------------------------- real questions
# Labels: knowledge_base/dev/real_labels.jsonl (README there); texts stay in
# ../shared/real-questions (KB_REAL_QUESTIONS), outside the project.
REAL_LABELS = Path(__file__).resolve().parent / "dev" / "real_labels.jsonl"

# The field a rule belongs to when it only fits questions from that field: quoting it for
# a question outside the field (car warranty rules for a toy) is an unrelated-field quote.
# General laws (消法, 民法典, 产品质量法 ...) belong to no field and are never unrelated.
LAW_FIELDS = {
    "家用汽车产品修理更换退货责任规定": "cars",
    "缺陷汽车产品召回管理条例": "cars",
    "食品安全法": "food",
    "食品安全法实施条例": "food",
    "最高人民法院关于审理食品安全民事纠纷案件适用法律若干问题的解释（一）": "food",
    "旅游法": "tourism",
    "最高人民法院关于审理预付式消费民事纠纷案件适用法律若干问题的解释": "prepaid",
    "药品管理法": "medical",
    "快递暂行条例": "express",
    "特种设备安全法": "special_equipment",
    "计量法": "measurement",
    "行政处罚法": "penalty",
    "价格违法行为行政处罚规定": "penalty",
    "电子商务法": "online",
    "最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）": "online",
    "广告法": "advertising",
    "反不正当竞争法": "advertising",
    "个人信息保护法": "privacy",
    "价格法": "price",
    "明码标价和禁止价格欺诈规定": "price",
    "最高人民法院关于审理消费民事公益诉讼案件适用法律若干问题的解释": "public_interest",
}
# Articles of general laws that only fit one field.
ARTICLE_FIELDS = {
    "消费者权益保护法:25": "online",  # distance selling's no-reason return
    "消费者权益保护法:28": "online",
    "消费者权益保护法:44": "online",  # online platforms
    "消费者权益保护法实施条例:14": "online",  # live-stream selling
    "消费者权益保护法实施条例:16": "games",  # online games and minors
    "消费者权益保护法实施条例:19": "online",
    **{f"民法典:{n}": "medical" for n in range(1218, 1229)},  # medical malpractice
    **{f"民法典:{n}": "transport" for n in range(809, 843)},  # carriage contracts
}

# Where-to-complain articles fit almost any dispute: they make an answer right only for a
# question that asks about the complaint route (when its `must` lists them), never as an
# `acceptable` extra, so quoting 消法39 everywhere cannot pass for a right answer.
GENERIC_ARTICLES = {
    "消费者权益保护法:39", "消费者权益保护法:46", "消费者权益保护法实施条例:26",
    "消费者权益保护法实施条例:27", "消费者权益保护法实施条例:43", "电子商务法:60",
    "旅游法:92",
}
GENERIC_LAWS = {"市场监督管理投诉举报处理暂行办法"}


def is_generic(key: str) -> bool:
    key = canonical(key)
    return key in GENERIC_ARTICLES or key.partition(":")[0] in GENERIC_LAWS


# A reply that asks back or says it cannot answer, in its first paragraph.
DECLINE_MARKERS = re.compile(
    r"暂时没有.{0,30}(找到|依据)|无法(准确)?(回答|解答|判断|确定)|不能(准确)?(回答|解答)|不作猜测"
    r"|请(您)?(补充|说明|具体说说|详细描述|告诉我)|请问(您|一下)|能否(补充|说明|告诉|具体)"
    r"|方便(说明|告诉|补充)|需要(您)?(补充|说明|提供更多)|转接?人工")


def canonical(key: str) -> str:
    """'《中华人民共和国消费者权益保护法》:55' and '消费者权益保护法:55' compare equal."""
    law, _, article = str(key).partition(":")
    law = law.replace("中华人民共和国", "").replace("《", "").replace("》", "").strip()
    return f"{law}:{article.strip()}"


def field_of(key: str) -> str | None:
    key = canonical(key)
    return ARTICLE_FIELDS.get(key) or LAW_FIELDS.get(key.partition(":")[0])


def load_real_labels(path: Path = REAL_LABELS) -> list[dict]:
    rows = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("split") not in ("tune", "holdout") or not isinstance(row.get("must"), list):
            raise ValueError(f"{path}:{number}: needs 'split' (tune|holdout) and 'must' groups")
        if row.get("answerable", True) and not all(row["must"]):
            raise ValueError(f"{path}:{number}: an answerable question needs non-empty 'must' groups")
        rows.append(row)
    return rows


def load_real_questions(path: Path | None = None) -> dict[str, str]:
    from .settings import _path

    path = Path(path) if path else _path("KB_REAL_QUESTIONS", "../shared/real-questions/dev.jsonl")
    return {row["id"]: row["text"] for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and (row := json.loads(line))}


def cited_keys(reply) -> list[str]:
    keys = []
    for c in getattr(reply, "citations", None) or []:
        key = c.get("key") or f"{c.get('law', '')}:{c.get('article', '')}"
        if (key := canonical(key)) not in keys:
            keys.append(key)
    return keys


def is_declined(reply) -> bool:
    """Not confident, nothing quoted, or a lead that asks back / says it cannot answer."""
    if not getattr(reply, "confident", False) or not getattr(reply, "citations", None):
        return True
    lead = (getattr(reply, "text", "") or "").strip().split("\n", 1)[0]
    return bool(DECLINE_MARKERS.search(lead))


def judge_real(label: dict, reply) -> dict:
    """One question's verdict: declined, right (≥ 1 must article, or an acceptable one that
    is not a generic where-to-complain rule), full (every must group, no unrelated-field
    rule), the unrelated-field keys, and what was cited."""
    cited = cited_keys(reply)
    declined = is_declined(reply)
    groups = [{canonical(k) for k in group} for group in label.get("must", [])]
    extras = {canonical(k) for k in label.get("acceptable", [])}
    good = set().union(*groups, {k for k in extras if not is_generic(k)})
    fields = set(label.get("fields", []))
    unrelated = [] if declined else [k for k in cited if (f := field_of(k)) and f not in fields]
    if not label.get("answerable", True):
        right = full = declined
    else:
        right = not declined and bool(good & set(cited))
        full = right and all(group & set(cited) for group in groups) and not unrelated
    return {"id": label["id"], "split": label["split"], "declined": declined, "right": right,
            "full": full, "unrelated": unrelated, "cited": cited,
            "must": [sorted(g) for g in groups], "perspective": label.get("perspective", "consumer")}


def evaluate_real(labels: list[dict], questions: dict[str, str], answer_fn=None,
                  splits: tuple[str, ...] = ("tune", "holdout")) -> dict:
    """Answer every labelled question once (warm: one call first) and judge it.

    Returns {"verdicts": [...], "splits": {split: summary}}; a summary has n, right, full,
    declined (shares), unrelated (count of answers), p95_ms and median_ms per answer (wall
    time) and cpu_p95_ms (CPU time of this process).
    """
    warm = answer_fn is None
    if answer_fn is None:
        from .answering import answer as answer_fn
    # (a questions file may hold only the split asked for: a draw's tune half)
    missing = [row["id"] for row in labels if row["split"] in splits and row["id"] not in questions]
    if missing:
        raise KeyError(f"labelled ids not in the questions file: {missing[:5]}")
    answer_fn("买的东西坏了可以退货吗")  # warm: index, tokenizer and encoder loaded
    if warm:
        from . import warm_up

        warm_up()  # and the encoder of long questions, as a server loads it at start
    verdicts = []
    for row in labels:
        if row["split"] not in splits:
            continue
        started, cpu = time.perf_counter(), time.process_time()
        reply = answer_fn(questions[row["id"]])
        elapsed = 1000 * (time.perf_counter() - started)
        cpu_ms = 1000 * (time.process_time() - cpu)
        verdicts.append({**judge_real(row, reply), "ms": elapsed, "cpu_ms": cpu_ms,
                         "dispute_type": getattr(reply, "dispute_type", None)})
    summary = {}
    for split in splits:
        rows = [v for v in verdicts if v["split"] == split]
        if not rows:
            continue
        n = len(rows)
        ms = sorted(v["ms"] for v in rows)
        cpu_ms_sorted = sorted(v["cpu_ms"] for v in rows)
        p95 = min(n - 1, int(round(0.95 * (n - 1))))
        summary[split] = {
            "n": n, "right": sum(v["right"] for v in rows) / n,
            "full": sum(v["full"] for v in rows) / n,
            "declined": sum(v["declined"] for v in rows) / n,
            "unrelated": sum(bool(v["unrelated"]) for v in rows),
            "p95_ms": ms[p95], "median_ms": ms[n // 2],
            # CPU seconds of this process (all its threads): on a machine shared with other
            # work, wall time measures the queue for the cores, this the answer's own cost
            "cpu_p95_ms": cpu_ms_sorted[p95],
        }
    return {"verdicts": verdicts, "splits": summary}


def format_real(result: dict, title: str = "") -> str:
    lines = [title] if title else []
    lines.append(f"{'set':<8} {'n':>3} {'≥1 right':>9} {'fully':>6} {'declined':>9} "
                 f"{'unrelated':>9} {'p95 ms':>7} {'median':>7} {'cpu p95':>8}")
    for split, s in result["splits"].items():
        lines.append(f"{split:<8} {s['n']:>3} {s['right']:9.1%} {s['full']:6.1%} "
                     f"{s['declined']:9.1%} {s['unrelated']:>9} {s['p95_ms']:7.1f} {s['median_ms']:7.1f} "
                     f"{s['cpu_p95_ms']:8.1f}")
    return "\n".join(lines)


SHORT_LAWS = {
    "消费者权益保护法": "消法", "消费者权益保护法实施条例": "消法条例",
    "最高人民法院关于审理预付式消费民事纠纷案件适用法律若干问题的解释": "预付解释",
    "最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）": "网络消费规定",
    "最高人民法院关于审理食品安全民事纠纷案件适用法律若干问题的解释（一）": "食品安全解释",
    "最高人民法院关于适用民法典合同编通则若干问题的解释": "合同编通则解释",
    "最高人民法院关于适用民法典侵权责任编的解释（一）": "侵权编解释",
    "最高人民法院关于审理消费民事公益诉讼案件适用法律若干问题的解释": "公益诉讼解释",
    "家用汽车产品修理更换退货责任规定": "汽车三包规定",
    "市场监督管理投诉举报处理暂行办法": "投诉举报办法",
}


def short_key(key: str) -> str:
    law, _, article = canonical(key).partition(":")
    return f"{SHORT_LAWS.get(law, law)}{article}"


def verdict_word(v: dict) -> str:
    word = ("DECLINED" if v["declined"] else "FULL" if v["full"]
            else "RIGHT" if v["right"] else "WRONG")
    return word + ("+UNRELATED" if v["unrelated"] else "")


def _score(v: dict) -> tuple:
    # fully right > ≥1 right > declined > wrong; an unrelated-field quote counts against
    return (v["full"], v["right"], v["declined"], not v["unrelated"])


def compare_verdicts(before: list[dict], after: list[dict]) -> str:
    """The questions whose verdict moved between two runs (`eval-real --json` lines)."""
    old = {v["id"]: v for v in before}
    lines, better, worse, same = [], 0, 0, 0
    for v in after:
        if v["id"] not in old:
            continue
        was, now = verdict_word(old[v["id"]]), verdict_word(v)
        if was == now and _score(old[v["id"]]) == _score(v):
            same += 1
            continue
        up = _score(v) > _score(old[v["id"]])
        better += up
        worse += not up
        lines.append(f"{v['id']} {was} -> {now} ({'better' if up else 'worse'})")
    lines.append(f"{better} better, {worse} worse, {same} unchanged")
    return "\n".join(lines)


def format_verdicts(verdicts: list[dict]) -> str:
    """One line per question: id, verdict, what it cited, what it needed."""
    lines = []
    for v in verdicts:
        verdict = verdict_word(v)
        cited = ",".join(short_key(k) for k in v["cited"]) or "-"
        need = " & ".join("|".join(short_key(k) for k in g) for g in v["must"]) or "(decline)"
        who = " [merchant]" if v.get("perspective") == "merchant" else ""
        lines.append(f"{v['id']} {verdict:<18} type={v.get('dispute_type') or '-'}{who}\n"
                     f"    cited: {cited}\n    needs: {need}")
    return "\n".join(lines)
