"""Intent classification in 5-fold cross-validation (`rasa test nlu --cross-validation`).

Trains the NLU pipeline of config.yml five times on four fifths of bot/data and tests on
the fifth; prints weighted intent F1 over the held-out folds and the per-intent table.
Takes several minutes on 2 cores (five trainings).

    .venv/bin/python -m bench nlu          (or: python -m bench.bench_nlu [folds])
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RASA = ROOT / ".venv-rasa" / "bin" / "rasa"


def main(folds: int = 5) -> None:
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2")
    with tempfile.TemporaryDirectory(prefix="bench-nlu-") as out:
        started = time.perf_counter()
        result = subprocess.run(
            [str(RASA), "test", "nlu", "--nlu", "bot/data", "--config", "config.yml",
             "--cross-validation", "--folds", str(folds), "--out", out],
            cwd=ROOT, env=env, capture_output=True, text=True)
        took = time.perf_counter() - started
        if result.returncode != 0:
            print((result.stdout + result.stderr)[-3000:])
            raise SystemExit(f"rasa test nlu failed ({result.returncode})")
        log = result.stdout + result.stderr
        summary = log[log.find("Intent evaluation results"):]
        figures = dict(re.findall(r"test (Accuracy|F1-score|Precision): ([\d.]+ \([\d.]+\))", summary)[:3])
        report = json.loads((Path(out) / "intent_report.json").read_text(encoding="utf-8"))
    examples = int(report["weighted avg"]["support"])
    print(f"{folds}-fold cross-validation of {examples} examples in {took:.0f} s")
    print(f"intent test F1 {figures.get('F1-score')}, accuracy {figures.get('Accuracy')}, "
          f"precision {figures.get('Precision')}  (mean (std) over folds)")
    print(f"{'intent':<22}{'F1':>7}{'P':>7}{'R':>7}{'n':>6}")
    for name, row in sorted(report.items(), key=lambda kv: -kv[1]["f1-score"] if isinstance(kv[1], dict) else 0):
        if isinstance(row, dict) and "f1-score" in row and not name.endswith("avg"):
            print(f"{name:<22}{row['f1-score']:7.3f}{row['precision']:7.3f}{row['recall']:7.3f}{row['support']:6d}")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:2]))
