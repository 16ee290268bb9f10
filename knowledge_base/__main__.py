"""python -m knowledge_base build | search "问题" [--k 5] [--kind law|case] [--json] [--batch FILE] | eval FILE.jsonl
| eval-real [--set tune|holdout|all] [--ids ID,...] [--wrong] [--json] [--compare FILE]"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m knowledge_base")
    sub = parser.add_subparsers(dest="command", required=True)
    p_build = sub.add_parser("build", help="build or refresh the index (no-op when unchanged)")
    p_build.add_argument("--force", action="store_true", help="rebuild even if unchanged")
    p_build.add_argument("--no-dense", action="store_true", help="BM25 only (no encoder)")
    p_search = sub.add_parser("search", help="search laws and cases")
    p_search.add_argument("question", nargs="?")
    p_search.add_argument("--k", type=int, default=5)
    p_search.add_argument("--kind", choices=("law", "case"))
    p_search.add_argument("--mode", choices=("bm25", "dense", "hybrid"), default="hybrid")
    p_search.add_argument("--no-guide", action="store_true")
    p_search.add_argument("--json", action="store_true", help="print a JSON list")
    p_search.add_argument("--batch", type=Path, help="one question per line -> one JSON list per line")
    p_answer = sub.add_parser("answer", help="print the consumer reply for a question")
    p_answer.add_argument("question")
    p_eval = sub.add_parser("eval", help="Recall@1/5 and MRR for bm25, dense and hybrid")
    p_eval.add_argument("file", type=Path)
    p_eval.add_argument("--no-guide", action="store_true",
                        help="only retrieval alone (the ablation), not the system as shipped")
    p_real = sub.add_parser("eval-real", help="answer() on the labelled real questions: "
                            "per-question verdicts and the shares (dev/real_labels.jsonl)")
    p_real.add_argument("--set", dest="split", choices=("tune", "holdout", "all"), default="tune",
                        help="tune (default: the part a developer may read), holdout or all")
    p_real.add_argument("--wrong", action="store_true", help="list only answers not fully right")
    p_real.add_argument("--json", action="store_true", help="one JSON verdict per line")
    p_real.add_argument("--questions", type=Path, help="the questions file (default: "
                        "KB_REAL_QUESTIONS or ../shared/real-questions/dev.jsonl)")
    p_real.add_argument("--labels", type=Path, help="labels file (default: dev/real_labels.jsonl)")
    p_real.add_argument("--ids", help="only these ids, comma-separated (e.g. rq-004,rq-008)")
    p_real.add_argument("--compare", type=Path, help="an earlier run's --json output: list the "
                        "questions whose verdict moved (e.g. dev/real_baseline_tune.jsonl)")
    args = parser.parse_args(argv)

    if args.command == "build":
        from .retrieval import build

        manifest = build(dense=not args.no_dense, force=args.force)
        if manifest["up_to_date"]:
            print(f"knowledge base up to date ({manifest['articles']} articles, "
                  f"{manifest['cases']} cases, corpus {manifest['corpus_hash'][:12]})")
        else:
            print(f"built {manifest['articles']} articles and {manifest['cases']} cases in "
                  f"{manifest['build_seconds']} s (encoder: {manifest['encoder']})")
        for problem in manifest.get("unparsed", []):
            print(f"  not parsed: {problem}", file=sys.stderr)
        if manifest.get("encoder"):
            from .retrieval import engine
            from .semantic import type_vectors

            # the guide examples' vectors, so the first answer does not encode them
            print(f"dispute guide: {len(type_vectors(engine()).texts)} example vectors ready")
        return 0

    if args.command == "search":
        from .retrieval import engine

        eng = engine()

        def run(question: str) -> list[dict]:
            return eng.search(question, k=args.k, kind=args.kind, mode=args.mode,
                              use_guide=not args.no_guide)

        if args.batch:
            for line in args.batch.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    print(json.dumps(run(line.strip()), ensure_ascii=False), flush=True)
            return 0
        if not args.question:
            parser.error("search needs a question or --batch FILE")
        results = run(args.question)
        if args.json:
            print(json.dumps(results, ensure_ascii=False, indent=1))
        else:
            for r in results:
                print(f"{r['score']:.4f}  [{r['kind']}] {r['title']}  {r['text'][:60]}")
        return 0

    if args.command == "answer":
        from . import answer

        reply = answer(args.question)
        print(reply.text)
        return 0

    if args.command == "eval":
        from .evaluation import evaluate, format_table, load_dev

        rows = load_dev(args.file)
        print(f"{len(rows)} questions")
        if not args.no_guide:
            # what `search` and answer() do: the dispute guide's articles fused with BM25/dense
            print(format_table(evaluate(rows, use_guide=True), "as shipped (dispute guide + retrieval):"))
        print(format_table(evaluate(rows, use_guide=False), "retrieval alone (no dispute guide):"))
        return 0

    if args.command == "eval-real":
        from .evaluation import (compare_verdicts, evaluate_real, format_real, format_verdicts,
                                 load_real_labels, load_real_questions)

        splits = ("tune", "holdout") if args.split == "all" else (args.split,)
        if "holdout" in splits:
            print("note: holdout verdicts are for reports; improving answers on them makes the "
                  "holdout figures meaningless (dev/README.md)", file=sys.stderr)
        labels = load_real_labels(args.labels) if args.labels else load_real_labels()
        if args.ids:
            wanted = {i.strip() for i in args.ids.split(",") if i.strip()}
            unknown = wanted - {row["id"] for row in labels}
            if unknown:
                parser.error(f"--ids: not labelled: {', '.join(sorted(unknown))}")
            labels = [row for row in labels if row["id"] in wanted]
        result = evaluate_real(labels, load_real_questions(args.questions),
                               splits=splits)
        verdicts = [v for v in result["verdicts"] if not (args.wrong and v["full"])]
        if args.json:
            for v in verdicts:
                print(json.dumps(v, ensure_ascii=False))
        else:
            print(format_verdicts(verdicts))
            print(format_real(result, "\nreal questions (answer() as shipped):"))
        if args.compare:
            before = [json.loads(line) for line in
                      args.compare.read_text(encoding="utf-8").splitlines() if line.strip()]
            print(f"\ncompared with {args.compare}:\n" + compare_verdicts(before, result["verdicts"]),
                  file=sys.stderr if args.json else sys.stdout)
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
