"""Question-shapes probe for law answers (metamorphic): the same question asked in another shape
should get an answer as right as before.

For every labelled question of the tuning halves (the first real set's tune half and the
written public-style sets' tune halves; never a hold-out half), it judges answer() on the
question as written, then on variants a real person types with the same meaning: a greeting
or "想咨询一下" before it, "急急急" or "在线等" after it, thanks, particles (啊 呢 哈), an
emoji or a WeChat sticker code, no punctuation at all (spaces or nothing), a line break
between sentences, full-width digits and letters, and the message cut off near its end (the
last sixth dropped, only for long questions: real messages arrive cut off; facts may be
lost with it, so that kind is shown apart). It reports per kind how often a question answered
with ≥ 1 right article is no longer, how often a fully right one is no longer fully right,
and how often an unrelated field's rule appears, with samples.

    .venv/bin/python -m bench.bench_kb_shapes [--samples 3] [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from knowledge_base.evaluation import judge_real, load_real_labels, load_real_questions

DEV = Path(__file__).resolve().parent.parent / "knowledge_base" / "dev"
# (labels, questions): questions None = the real questions file (../shared/real-questions)
TUNING = [(DEV / "real_labels.jsonl", None)] + [
    (DEV / f"public_style{n}_labels.jsonl", DEV / f"public_style{n}_questions.jsonl") for n in ("", 2, 3, 4, 5)]

_MARKS = re.compile(r"[，,。.！!？?；;：:、]+")
_HALF = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_FULL = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in _HALF})


def _particle(q: str) -> str:
    # 啊 after the first clause, 呢 before a final question mark (or at the end)
    first = re.search(r"[，,]", q)
    q = q[:first.start()] + "啊" + q[first.start():] if first else q + "啊"
    return re.sub(r"[？?]?$", "呢？", q, count=1)


def _lines(q: str) -> str:
    return re.sub(r"(?<=[。！？!?])\s*(?=\S)", "\n", q).replace("，", "\n", 1)


VARIANTS: dict[str, Callable[[str], str]] = {
    "greeting": lambda q: "你好，想咨询一下，" + q,
    "hello_in_line": lambda q: "在吗在吗 " + q,
    "urgent": lambda q: q.rstrip("。") + "  急急急！在线等",
    "thanks": lambda q: q + " 谢谢律师",
    "particles": _particle,
    "emoji": lambda q: q + "😭😭",
    "sticker": lambda q: q + "[捂脸][捂脸]",
    "no_marks_spaces": lambda q: _MARKS.sub(" ", q).strip(),
    "no_marks": lambda q: _MARKS.sub("", q),
    "line_breaks": _lines,
    "full_width": lambda q: q.translate(_FULL),
}
CUT = "cut_off"


def _cut(q: str) -> str | None:
    return q[:len(q) - len(q) // 6] if len(q) >= 40 else None


def _labelled() -> list[tuple[dict, str]]:
    out = []
    for labels_path, questions_path in TUNING:
        labels = [row for row in load_real_labels(labels_path) if row["split"] == "tune"]
        questions = load_real_questions(questions_path)
        out += [(row, questions[row["id"]]) for row in labels if row["id"] in questions]
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--samples", type=int, default=3)
    parser.add_argument("--json", help="write the per-variant verdicts here")
    args = parser.parse_args(argv if argv is not None else sys.argv[1:])
    from knowledge_base import answer

    rows = _labelled()
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    samples: dict[str, list[str]] = defaultdict(list)
    dump = []
    for label, question in rows:
        base = judge_real(label, answer(question))
        kinds = dict(VARIANTS)
        if _cut(question) is not None:
            kinds[CUT] = _cut  # type: ignore[assignment]
        for kind, make in kinds.items():
            variant = make(question)
            if not variant or variant == question:
                continue
            got = judge_real(label, answer(variant))
            c = counts[kind]
            c["n"] += 1
            c["right_before"] += base["right"]
            c["full_before"] += base["full"]
            lost_right = base["right"] and not got["right"]
            lost_full = base["full"] and not got["full"]
            new_unrelated = bool(got["unrelated"]) and not base["unrelated"]
            c["lost_right"] += lost_right
            c["lost_full"] += lost_full
            c["new_unrelated"] += new_unrelated
            if (lost_right or lost_full or new_unrelated) and len(samples[kind]) < args.samples:
                samples[kind].append(f"{label['id']}: {variant[:70]!r}")
            dump.append({"id": label["id"], "kind": kind, "before": base, "after": got})
    print(f"question-shapes probe: {len(rows)} labelled tuning questions")
    print(f"{'variant':<16}{'n':>5}{'lost ≥1 right':>15}{'lost fully':>12}{'new unrelated':>15}")
    total = defaultdict(int)
    for kind in [*VARIANTS, CUT]:
        c = counts.get(kind)
        if not c:
            continue
        lr = c["lost_right"] / max(c["right_before"], 1)
        lf = c["lost_full"] / max(c["full_before"], 1)
        print(f"{kind:<16}{c['n']:>5}{lr:>14.1%} {lf:>11.1%} {c['new_unrelated']:>14}")
        if kind != CUT:
            for key in ("lost_right", "right_before", "lost_full", "full_before", "new_unrelated", "n"):
                total[key] += c[key]
    print(f"{'same meaning':<16}{total['n']:>5}{total['lost_right'] / max(total['right_before'], 1):>14.1%} "
          f"{total['lost_full'] / max(total['full_before'], 1):>11.1%} {total['new_unrelated']:>14}"
          "   (all kinds but cut_off)")
    for kind, lines in samples.items():
        print(f"  {kind}: " + " | ".join(lines))
    if args.json:
        Path(args.json).write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in dump), encoding="utf-8")


if __name__ == "__main__":
    main()
