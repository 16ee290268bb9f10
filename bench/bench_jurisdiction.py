"""Jurisdiction benchmark: right district on the dev set's tune and holdout parts, and speed.

    .venv/bin/python -m bench.bench_jurisdiction            # both parts, mistakes listed
    make bench AREAS=jurisdiction

The dev set (bench/bench_jurisdiction_dev.jsonl) holds merchant addresses written for
this purpose in the shapes consumers give them: with and without province, short forms
(深圳南山, 成都高新区), autonomous prefectures and banners (自治州/盟/旗), street-only,
landmarks, online shops (with the platform named in the address or given apart), vague
ones. Each line's expectation is the province, city and district the text supports
(null where it does not say). The split is fixed by a hash of the text: about 40% tune
(looked at while writing backend/jurisdiction.py), 60% holdout (only counted).

"Right" means province, city and district all equal the expectation. Also printed:
how many results are confident, and confident-but-wrong (those would reach the wrong
bureau without a person looking).
"""
from __future__ import annotations

import hashlib
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEV = ROOT / "bench" / "bench_jurisdiction_dev.jsonl"


def load_rows(path: Path = DEV) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def split_of(row: dict) -> str:
    key = f"{row.get('address') or ''}|{row.get('platform') or ''}"
    return "tune" if hashlib.sha1(key.encode("utf-8")).digest()[0] % 10 < 4 else "holdout"


def evaluate(rows: list[dict]) -> dict:
    from backend.jurisdiction import locate

    right = confident = confident_wrong = 0
    mistakes = []
    for row in rows:
        got = locate(row.get("address"), row.get("platform"))
        want = row["expect"]
        ok = (got.province, got.city, got.district) == (want["province"], want["city"], want["district"])
        right += ok
        confident += got.confident
        if got.confident and not ok:
            confident_wrong += 1
        if not ok:
            mistakes.append((row.get("address"), row.get("platform"), want, got.as_dict()))
    n = len(rows)
    return {"n": n, "right": right, "accuracy": right / n if n else 0.0, "confident": confident,
            "confident_wrong": confident_wrong, "mistakes": mistakes}


def timing(rows: list[dict]) -> dict:
    from backend import jurisdiction

    jurisdiction.locate("四川省宜宾市翠屏区人民路88号")  # loads the tables and the tokenizer
    cold = []
    for row in rows:
        jurisdiction.locate.cache_clear()
        t = time.perf_counter()
        jurisdiction.locate(row.get("address"), row.get("platform"))
        cold.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    for _ in range(20):
        for row in rows:
            jurisdiction.locate(row.get("address"), row.get("platform"))
    cached = (time.perf_counter() - t) * 1000 / (20 * len(rows))
    cold.sort()
    return {"cold_median_ms": statistics.median(cold), "cold_p95_ms": cold[int(len(cold) * 0.95) - 1],
            "cached_ms": cached}


def main() -> None:
    t = time.perf_counter()
    from backend import jurisdiction  # noqa: F401  (import time is part of start-up)
    jurisdiction.locate("预热")
    print(f"start-up (import, tables, tokenizer): {time.perf_counter() - t:.2f} s")
    rows = load_rows()
    parts = {"tune": [r for r in rows if split_of(r) == "tune"],
             "holdout": [r for r in rows if split_of(r) == "holdout"]}
    for name, part in parts.items():
        res = evaluate(part)
        print(f"{name:8s} right district {res['right']}/{res['n']} = {res['accuracy']:.1%}   "
              f"confident {res['confident']}   confident but wrong {res['confident_wrong']}")
        for address, platform, want, got in res["mistakes"]:
            print(f"  ✗ {address!r} {platform or ''} want {want} got {got}")
    speed = timing(rows)
    print(f"locate(): uncached median {speed['cold_median_ms']:.2f} ms, p95 {speed['cold_p95_ms']:.2f} ms; "
          f"cached {speed['cached_ms'] * 1000:.1f} µs")


if __name__ == "__main__":
    main()
