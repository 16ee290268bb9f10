"""Faults: kill and restart the action server, the backend and one Rasa instance while
complaint conversations run; then check that every completed complaint exists exactly
once and that every conversation can continue.

    python -m bench.bench_faults                     # scaled mode, 40 conversations
    python -m bench.bench_faults --mode default --n 20

The consumers behave like people: a turn that failed (error, or a reply that asks
nothing) is sent again after a pause; they think 0.5 s between turns so that the
faults land mid-conversation. Schedule (seconds after the first message):
  4 s  SIGKILL an action server (scaled: actions1; default: the only one), restart at 9 s
 12 s  SIGKILL the backend, restart at 18 s (filings meanwhile go to the outbox)
 22 s  SIGKILL a Rasa server (scaled: rasa1, restarted at once; default mode: the only
       one, whose in-memory conversations are then gone - shown, not hidden)
Afterwards every conversation gets one more message (it must be answered; it also
hands out numbers that the outbox delivered late), and the tickets are counted in
the backend's database.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import signal
import tempfile
import time
import uuid
from pathlib import Path

import httpx

from bench.bench_load import count_tickets, percentile, started_stack
from bench.conversation import TICKET_NO, Consumer, Outcome, file_complaint, texts_of


def kill(stack, name: str) -> None:
    proc = stack.procs.pop(name)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def schedule(mode: str) -> list[tuple[float, str, str]]:
    actions = "actions1" if mode == "scaled" else "actions"
    rasa = "rasa1" if mode == "scaled" else "rasa"
    return [(4, "kill", actions), (9, "start", actions), (12, "kill", "backend"), (18, "start", "backend"),
            (22, "kill", rasa), (22.5, "start", rasa)]


def run_faults(stack, mode: str, t0: float, log: list[str]) -> None:
    for at, what, name in schedule(mode):
        time.sleep(max(0.0, t0 + at - time.perf_counter()))
        started = time.perf_counter()
        if what == "kill":
            kill(stack, name)
        else:
            stack.start(name, timeout=300)
        log.append(f"{time.perf_counter() - t0:6.1f} s  {what} {name}"
                   + (f" (healthy after {time.perf_counter() - started:.1f} s)" if what == "start" else ""))


async def drive(rasa_url: str, n: int, run_id: str, stack, mode: str) -> tuple[list[Outcome], list[str], float]:
    url = f"{rasa_url}/webhooks/rest/webhook"
    fault_log: list[str] = []
    async with httpx.AsyncClient(timeout=httpx.Timeout(120.0), limits=httpx.Limits(max_connections=n + 10)) as client:
        t0 = time.perf_counter()
        faults = asyncio.create_task(asyncio.to_thread(run_faults, stack, mode, t0, fault_log))

        async def one(i: int) -> Outcome:
            await asyncio.sleep(0.1 * (i % 20))
            consumer = Consumer(index=i, sender=f"rest:fault-{run_id}-{i}")
            return await file_complaint(client, url, consumer, max_turns=80, retry_errors=60,
                                        retry_pause=1.0, think_s=0.5)

        outcomes = await asyncio.gather(*(one(i) for i in range(n)))
        await faults
        return list(outcomes), fault_log, time.perf_counter() - t0


async def follow_up(rasa_url: str, outcomes: list[Outcome]) -> dict[str, str]:
    """One more message per conversation: answered? (and late ticket numbers)."""
    url = f"{rasa_url}/webhooks/rest/webhook"
    results: dict[str, str] = {}
    async with httpx.AsyncClient(timeout=httpx.Timeout(120.0)) as client:
        async def one(outcome: Outcome) -> None:
            try:
                r = await client.post(url, json={"sender": outcome.sender, "message": "你好"})
                text = texts_of(r.json()) if r.status_code == 200 else ""
            except Exception as exc:  # noqa: BLE001
                results[outcome.sender] = f"error {type(exc).__name__}"
                return
            found = TICKET_NO.search(text)
            if found and not outcome.ticket_no:
                outcome.ticket_no = found.group(1)
            results[outcome.sender] = "answered" if text else f"HTTP {r.status_code}, empty"

        await asyncio.gather(*(one(o) for o in outcomes))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_faults", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mode", choices=["default", "scaled"], default="scaled")
    parser.add_argument("--n", type=int, default=40)
    args = parser.parse_args(argv if argv is not None else [])
    from bench.bench_load import stop_on_sigterm
    stop_on_sigterm()
    print(f"bench_faults: mode {args.mode}, {args.n} conversations, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f}", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-faults-") as tmp:
        try:
            ctx = started_stack(args.mode, Path(tmp))
            rasa_url, database_url, stack = ctx.__enter__()
        except SystemExit as exc:
            print(f"skipped: {exc}")
            return 0
        try:
            run_id = uuid.uuid4().hex[:8]
            outcomes, fault_log, wall = asyncio.run(drive(rasa_url, args.n, run_id, stack, args.mode))
            print("faults:", *fault_log, sep="\n  ")
            time.sleep(2)
            answered = asyncio.run(follow_up(rasa_url, outcomes))
            time.sleep(1)
            answered_again = asyncio.run(follow_up(rasa_url, outcomes))  # numbers the outbox delivered
            tickets = count_tickets(database_url, [o.sender for o in outcomes])
            latencies = [x for o in outcomes for x in o.latencies]
            states: dict[str, int] = {}
            for o in outcomes:
                key = "filed" if o.ticket_no else o.state.split(":")[0]
                states[key] = states.get(key, 0) + 1
            completed = [o for o in outcomes if o.ticket_no or o.state == "queued"]
            print(f"{args.n} conversations in {wall:.1f} s; {len(latencies)} turns answered, "
                  f"p50 {1000 * percentile(latencies, 50):.0f} ms, p95 {1000 * percentile(latencies, 95):.0f} ms, "
                  f"max {1000 * max(latencies, default=0):.0f} ms")
            print(f"failed turns retried by the consumers: {sum(len(o.errors) for o in outcomes)} "
                  f"({', '.join(sorted({e for o in outcomes for e in o.errors}))})")
            print(f"final states: {states}")
            print(f"completed complaints (confirmed by the consumer): {len(completed)}; "
                  f"tickets in the database: {sum(tickets.values())}; "
                  f"completed without a ticket: {sum(1 for o in completed if tickets.get(o.sender, 0) == 0)}; "
                  f"conversations with more than one ticket: {sum(1 for v in tickets.values() if v > 1)}")
            print(f"follow-up message answered: {sum(v == 'answered' for v in answered.values())}/{args.n} "
                  f"(second round {sum(v == 'answered' for v in answered_again.values())}/{args.n})")
            unfinished = [o for o in outcomes if not o.ticket_no and o.state != "queued"]
            for o in unfinished[:3]:
                print(f"  unfinished {o.sender}: {o.state}; last turns: {o.transcript[-2:]}")
            if "lb" in stack.procs:  # HAProxy logs only failed requests (option dontlog-normal)
                print("HAProxy's log of failed requests (last 8):", stack.log_tail("lb", 8), sep="\n")
        finally:
            ctx.__exit__(None, None, None)
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
