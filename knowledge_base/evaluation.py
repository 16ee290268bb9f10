"""Recall@1, Recall@5 and MRR of article retrieval on a labelled dev set (JSONL:
{"question": ..., "articles": ["消费者权益保护法:7", ...]} per line; any listed article counts)."""
from __future__ import annotations

import json
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
