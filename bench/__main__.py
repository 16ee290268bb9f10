"""`make bench` / `python -m bench [area ...]`: run the benchmarks and print their figures.

Each bench/bench_<area>.py exposes main(); with no arguments every one runs.
"""
from __future__ import annotations

import importlib
import pkgutil
import sys
import time

import bench


# Areas another area already runs: bench_dialogue runs the simulated consumers on its
# processes, so `make bench` does not start them a second time.
PART_OF = {"consumers": "dialogue"}


def main(argv: list[str]) -> int:
    areas = argv or sorted(
        m.name.removeprefix("bench_")
        for m in pkgutil.iter_modules(bench.__path__)
        if m.name.startswith("bench_") and m.name.removeprefix("bench_") not in PART_OF
    )
    for area in areas:
        module = importlib.import_module(f"bench.bench_{area}")
        print(f"\n=== bench_{area} ({time.strftime('%Y-%m-%d %H:%M')}) ===", flush=True)
        # each bench reads its own options from sys.argv: give it none, not the area names
        sys.argv = [f"bench_{area}"]
        module.main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
