"""Turn latency of the complaint dialogue with the real processes (Rasa, actions, backend).

Starts the three processes on free loopback ports (temporary database and outbox),
drives whole complaints through Rasa's REST channel and prints p50/p95/max per turn:
form turns (validation action), the summary and the filing (backend), and law
questions (knowledge base) separately. Then the simulated consumers
(bench/bench_consumers.py) on the same processes: completion rate, field accuracy,
repeated questions and turns, tune and hold-out sets apart.

    .venv/bin/python -m bench dialogue      (or: python -m bench.bench_dialogue [conversations])
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import requests

from tools.stack import Stack, free_port, settings

COMPLAINT = [
    "我2月6号在宜宾鑫源家电城花3999买的电视自燃了",
    "宜宾市翠屏区长江大道18号",
    "退货并赔偿",
    "我叫张三",
    "139 1234 5678",
    "确认",
]
STEP_BY_STEP = ["我要投诉", "在国美买的冰箱不制冷", "宜宾市翠屏区人民路3号", "昨天", "两千八", "换货", "李明",
                "0831-2345678", "金额不对", "2900元", "确认"]
LAW = ["消费者有哪些权利", "电视机自燃了能索赔吗", "买到假货怎么赔偿"]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def report(name: str, values: list[float]) -> None:
    ms = [v * 1000 for v in values]
    print(f"{name:<34} n={len(ms):>4}  p50={statistics.median(ms):7.1f} ms  "
          f"p95={percentile(ms, 0.95):7.1f} ms  max={max(ms):7.1f} ms", flush=True)


def main(conversations: int = 20) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="bench-dialogue-"))
    env = settings({
        "RASA_PORT": str(free_port()), "ACTIONS_PORT": str(free_port()), "BACKEND_PORT": str(free_port()),
        "RASA_TOKEN": "bench-token", "DATABASE_URL": f"sqlite:///{tmp / 'complaints.db'}",
        "OUTBOX_PATH": str(tmp / "outbox.db"), "RASA_TELEMETRY_ENABLED": "false",
    })
    stack = Stack(env, tmp)
    url = f"{env['RASA_URL']}/webhooks/rest/webhook"
    session = requests.Session()

    def turn(sender: str, text: str) -> float:
        start = time.perf_counter()
        r = session.post(url, json={"sender": sender, "message": text}, timeout=120)
        r.raise_for_status()
        return time.perf_counter() - start

    try:
        started = time.perf_counter()
        for name in ("backend", "actions", "rasa"):
            stack.start(name, timeout=300)
        print(f"processes up in {time.perf_counter() - started:.1f} s (logs: {tmp})")
        # warm-up: first NLU call, first knowledge-base answer
        warm = f"warm-{uuid.uuid4().hex[:8]}"
        for text in ("你好", LAW[0]):
            turn(warm, text)

        form_turns: list[float] = []
        filing_turns: list[float] = []
        law_turns: list[float] = []
        whole: list[float] = []
        for i in range(conversations):
            script = COMPLAINT if i % 2 == 0 else STEP_BY_STEP
            sender = f"bench-{uuid.uuid4().hex[:12]}"
            times = [turn(sender, text) for text in script]
            form_turns.extend(times[:-1])
            filing_turns.append(times[-1])
            whole.append(sum(times))
            law_turns.append(turn(f"law-{uuid.uuid4().hex[:8]}", LAW[i % len(LAW)]))

        print(f"{conversations} complaints through the REST channel ({len(COMPLAINT)} and "
              f"{len(STEP_BY_STEP)} consumer turns, alternating):")
        report("form turns (validation action)", form_turns)
        report("confirm + filing (backend)", filing_turns)
        report("all turns with actions", form_turns + filing_turns)
        report("law questions (knowledge base)", law_turns)
        report("whole conversation", whole)

        # the simulated consumers on the same processes: completion and field accuracy
        from bench.bench_consumers import run_and_report
        print("\nsimulated consumers (bench/consumers, tune and hold-out):")
        run_and_report(env["RASA_URL"], env["RASA_TOKEN"], tmp / "complaints.db", "both")
    finally:
        stack.stop_all()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
