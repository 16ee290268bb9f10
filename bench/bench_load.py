"""Load: N concurrent full-complaint conversations through Rasa's REST channel.

    python -m bench.bench_load                          # default and scaled, N = 10, 50, 200
    python -m bench.bench_load --mode default --n 10,50
    python -m bench.bench_load --n 10 --think 3         # latency when consumers pause 3 s between turns
    python -m bench.bench_load --url http://127.0.0.1:5005 --database-url sqlite:///var/complaints.db

Starts the stack itself on free ports (default mode: tools/stack.py's Procfile with
SQLite; scaled mode: deploy/Procfile.scaled with HAProxy, two Rasa and two action
servers, PostgreSQL, Redis, RabbitMQ), unless --url points at a running one. Each
conversation starts at once (with --think, spread over the pause) and answers the
bot's questions until it reads its ticket number (bench/conversation.py). Prints turns/s, p50/p95/p99 turn latency,
errors, and tickets created vs expected (read from the backend's database: lost =
conversations without a ticket, duplicated = conversations with more than one).
"""
from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

from bench.conversation import Consumer, Outcome, file_complaint


def stop_on_sigterm() -> None:
    """SIGTERM (e.g. from `timeout`) unwinds like Ctrl-C, so the stack's processes are stopped."""
    import signal

    def interrupt(*_):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def count_tickets(database_url: str, senders: list[str]) -> dict[str, int]:
    """Tickets per conversation id, straight from the backend's database."""
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT conversation_id, count(*) FROM tickets "
                                     "WHERE conversation_id LIKE :prefix GROUP BY conversation_id"),
                                {"prefix": senders[0].rsplit("-", 1)[0] + "-%"}).all()
    finally:
        engine.dispose()
    wanted = set(senders)
    return {sender: n for sender, n in rows if sender in wanted}


async def run_conversations(rasa_url: str, n: int, run_id: str, think_s: float = 0.0,
                            retry_errors: int = 0) -> tuple[list[Outcome], float]:
    url = f"{rasa_url}/webhooks/rest/webhook"
    limits = httpx.Limits(max_connections=n + 10, max_keepalive_connections=n + 10)
    async with httpx.AsyncClient(limits=limits, timeout=httpx.Timeout(120.0)) as client:
        async def one(i: int) -> Outcome:
            consumer = Consumer(index=i, sender=f"rest:load-{run_id}-{i}")
            if think_s:
                await asyncio.sleep(think_s * (i % 10) / 10)  # spread the starts
            return await file_complaint(client, url, consumer, retry_errors=retry_errors, think_s=think_s)

        start = time.perf_counter()
        outcomes = await asyncio.gather(*(one(i) for i in range(n)))
        return list(outcomes), time.perf_counter() - start


def report(mode: str, n: int, outcomes: list[Outcome], wall: float, tickets: dict[str, int] | None) -> dict:
    latencies = [x for o in outcomes for x in o.latencies]
    errors = sum(len(o.errors) for o in outcomes)
    filed = sum(1 for o in outcomes if o.ticket_no)
    row = {
        "mode": mode, "n": n, "turns": len(latencies), "wall_s": wall,
        "turns_per_s": len(latencies) / wall if wall else 0.0,
        "p50_ms": 1000 * percentile(latencies, 50), "p95_ms": 1000 * percentile(latencies, 95),
        "p99_ms": 1000 * percentile(latencies, 99),
        "mean_ms": 1000 * statistics.fmean(latencies) if latencies else float("nan"),
        "errors": errors, "bot_said_filed": filed,
        "not_finished": [f"{o.sender}:{o.state}" for o in outcomes if not o.ticket_no][:5],
        "first_unfinished": next((o.transcript for o in outcomes if not o.ticket_no), None),
    }
    if tickets is not None:
        row["tickets"] = sum(tickets.values())
        row["lost"] = sum(1 for o in outcomes if tickets.get(o.sender, 0) == 0)
        row["duplicated"] = sum(1 for n_ in tickets.values() if n_ > 1)
    return row


def print_row(row: dict) -> None:
    tickets = (f"tickets {row['tickets']}/{row['n']} (lost {row['lost']}, duplicated {row['duplicated']})"
               if "tickets" in row else "tickets: not checked")
    print(f"{row['mode']:>8} N={row['n']:<4} {row['turns']:>5} turns in {row['wall_s']:6.1f} s = "
          f"{row['turns_per_s']:6.1f} turns/s | p50 {row['p50_ms']:6.0f} ms  p95 {row['p95_ms']:6.0f} ms  "
          f"p99 {row['p99_ms']:6.0f} ms | errors {row['errors']} | bot said filed {row['bot_said_filed']}/{row['n']} | "
          f"{tickets} | load avg {os.getloadavg()[0]:.1f}", flush=True)
    if row["not_finished"]:
        print(f"         not finished (first 5): {row['not_finished']}", flush=True)


@contextmanager
def started_stack(mode: str, log_dir: Path):
    """(rasa entry URL, backend database URL, stack) for a fresh stack on free ports."""
    from tools.stack import Stack, free_port, settings

    common = {"ACTIONS_WARM_UP": "0"}  # complaints do not use the knowledge base
    if mode == "default":
        ports = {k: str(free_port()) for k in ("RASA_PORT", "ACTIONS_PORT", "BACKEND_PORT")}
        env = settings(ports | common | {
            "DATABASE_URL": f"sqlite:///{log_dir / 'complaints.db'}", "OUTBOX_PATH": str(log_dir / "outbox.db")})
        stack = Stack(env=env, log_dir=log_dir)
        try:
            stack.start("backend")
            stack.start("actions")
            stack.start("rasa", timeout=300)
            yield env["RASA_URL"], env["DATABASE_URL"], stack
        finally:
            stack.stop_all()
        return
    from tools.run_scaled import (ScaledStack, check_prerequisites, create_databases, drop_stores,
                                  free_port_settings, scaled_settings)

    env = scaled_settings(free_port_settings() | common | {"OUTBOX_PATH": str(log_dir / "outbox.db")})
    check_prerequisites(env)
    create_databases(env)
    stack = ScaledStack(env=env, log_dir=log_dir)
    try:
        stack.start_all(timeout=300)
        yield env["RASA_URL"], env["DATABASE_URL"], stack
    finally:
        stack.stop_all()
        drop_stores(env)


def warm(rasa_url: str) -> None:
    """Two unmeasured conversations: the first turns load lazily built parts."""
    asyncio.run(run_conversations(rasa_url, 2, "warm-" + uuid.uuid4().hex[:6]))


def bench_mode(mode: str, ns: list[int], keep_logs: bool = False, think_s: float = 0.0) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory(prefix=f"bench-load-{mode}-") as tmp:
        log_dir = Path(tmp)
        started = time.perf_counter()
        with started_stack(mode, log_dir) as (rasa_url, database_url, stack):
            print(f"[{mode}] stack up in {time.perf_counter() - started:.0f} s "
                  f"({', '.join(stack.procs)})", flush=True)
            warm(rasa_url)
            for n in ns:
                run_id = uuid.uuid4().hex[:8]
                outcomes, wall = asyncio.run(run_conversations(rasa_url, n, run_id, think_s=think_s))
                time.sleep(1)
                tickets = count_tickets(database_url, [o.sender for o in outcomes])
                row = report(mode, n, outcomes, wall, tickets)
                print_row(row)
                rows.append(row)
                if keep_logs and row["first_unfinished"]:
                    print("first unfinished conversation:", *row["first_unfinished"][-4:], sep="\n  ")
            if keep_logs:
                for name in stack.procs:
                    print(f"--- {name} log tail ---\n{stack.log_tail(name, 15)}")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_load", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mode", choices=["default", "scaled", "both"], default="both")
    parser.add_argument("--n", default="10,50,200", help="concurrent conversations, comma-separated")
    parser.add_argument("--url", help="drive a running Rasa (entry) URL instead of starting a stack")
    parser.add_argument("--database-url", help="with --url: the backend's database, to count tickets")
    parser.add_argument("--logs", action="store_true", help="print each process's log tail afterwards")
    parser.add_argument("--think", type=float, default=0.0,
                        help="seconds each consumer pauses between turns (0: closed loop, the throughput "
                             "ceiling; people take several seconds to type, so latency at a realistic load "
                             "is measured with a pause)")
    args = parser.parse_args(argv if argv is not None else [])
    ns = [int(x) for x in args.n.split(",") if x.strip()]
    stop_on_sigterm()
    print(f"bench_load: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start, "
          f"think time {args.think:g} s between turns", flush=True)
    if args.url:
        for n in ns:
            outcomes, wall = asyncio.run(run_conversations(args.url.rstrip("/"), n, uuid.uuid4().hex[:8],
                                                           think_s=args.think))
            tickets = count_tickets(args.database_url, [o.sender for o in outcomes]) if args.database_url else None
            print_row(report("external", n, outcomes, wall, tickets))
        return 0
    modes = ["default", "scaled"] if args.mode == "both" else [args.mode]
    for mode in modes:
        try:
            bench_mode(mode, ns, keep_logs=args.logs, think_s=args.think)
        except SystemExit as exc:  # scaled mode without its services: say so, go on
            print(f"[{mode}] skipped: {exc}", flush=True)
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
