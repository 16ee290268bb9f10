"""Ticket creation throughput and latency against the real backend (waitress, SQLite WAL).

    .venv/bin/python -m bench backend
    .venv/bin/python bench/bench_backend.py [--clients 16] [--tickets 4000]

Starts `python -m backend` from the Procfile on a free port with a fresh SQLite file,
then N client threads (one keep-alive connection each) create tickets with distinct
Idempotency-Keys. Two phases: saturated (closed loop: throughput) and paced (the 16 clients together
send --rate requests/s: latency at that load; in a closed loop latency is just
clients/throughput by Little's law). Targets: >= 300 creations/s, p95 <= 30 ms,
0 errors, 0 duplicates.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.stack import Stack, free_port, settings  # noqa: E402

TOKEN = "bench-service-token"


def body(i: int) -> dict:
    return {
        "type": "complaint", "channel": "web", "conversation_id": f"bench:{i}",
        "complainant_name": "测试用户", "phone": f"139{i % 10**8:08d}", "merchant_name": f"基准测试商店{i % 97}",
        "merchant_address": "北京市西城区某路1号", "product": "电饭煲", "purchase_date": "2026-10-10",
        "amount": "299.00", "problem": "使用一周后无法加热，商家拒绝维修。", "demand": "退货退款",
        "order_no": f"B{i:010d}",
    }


def server_cpu_seconds(pid: int) -> float:
    """User + system CPU time of the server process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def run(url: str, clients: int, tickets: int, rate: float | None = None) -> dict:
    """Closed loop (each client sends as soon as its last answer came) or, with `rate`,
    paced: the clients together send `rate` requests/s on a fixed schedule, and latency
    counts from the scheduled moment (so a slow server cannot hide its queue)."""
    latencies: list[float] = []
    errors: list[str] = []
    ticket_nos: list[str] = []
    lock = threading.Lock()
    counter = iter(range(tickets))
    start_gate = threading.Barrier(clients + 1)
    begin: list[float] = []

    host, port = url.removeprefix("http://").split(":")

    def client():
        # http.client, not requests: a lighter client leaves the CPU to the server measured.
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        start_gate.wait()
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                conn.close()
                return
            t0 = time.perf_counter()
            if rate:
                t0 = begin[0] + i / rate
                delay = t0 - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
            payload = json.dumps(body(i), ensure_ascii=False).encode()
            try:
                conn.request("POST", "/api/v1/tickets", body=payload, headers={
                    "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json",
                    "Idempotency-Key": f"bench-{uuid.uuid4().hex}"})
                response = conn.getresponse()
                data = response.read()
                elapsed = time.perf_counter() - t0
                with lock:
                    latencies.append(elapsed)
                    if response.status == 201:
                        ticket_nos.append(json.loads(data)["ticket_no"])
                    else:
                        errors.append(f"HTTP {response.status}")
            except (OSError, http.client.HTTPException) as exc:
                conn.close()
                conn = http.client.HTTPConnection(host, int(port), timeout=30)
                with lock:
                    errors.append(type(exc).__name__)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    begin.append(time.perf_counter() + 0.05)
    start_gate.wait()
    t0 = time.perf_counter()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    return {"latencies": latencies, "errors": errors, "ticket_nos": ticket_nos, "wall": wall}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--tickets", type=int, default=4000)
    parser.add_argument("--threads", type=int, default=4, help="waitress worker threads")
    parser.add_argument("--rate", type=float, default=300, help="paced phase: requests/s from all clients")
    parser.add_argument("--paced-seconds", type=float, default=10)
    args = parser.parse_args(argv if argv is not None else [])
    load_before = " ".join(f"{x:.1f}" for x in os.getloadavg())
    with tempfile.TemporaryDirectory(prefix="bench-backend-") as tmp:
        port = free_port()
        db_path = Path(tmp) / "bench.db"
        env = settings({
            "BACKEND_PORT": str(port), "BACKEND_URL": f"http://127.0.0.1:{port}",
            "DATABASE_URL": f"sqlite:///{db_path}", "BACKEND_SERVICE_TOKEN": TOKEN,
            "EVIDENCE_DIR": str(Path(tmp) / "evidence"), "BACKEND_THREADS": str(args.threads),
        })
        stack = Stack(env=env, log_dir=Path(tmp))
        stack.start("backend", timeout=60)
        try:
            run(env["BACKEND_URL"], 4, 200)  # warm-up: imports, connection pool, page cache
            cpu0 = server_cpu_seconds(stack.procs["backend"].pid)
            saturated = run(env["BACKEND_URL"], args.clients, args.tickets)
            cpu_per_ticket_ms = (server_cpu_seconds(stack.procs["backend"].pid) - cpu0) / args.tickets * 1000
            paced = run(env["BACKEND_URL"], args.clients, int(args.rate * args.paced_seconds), rate=args.rate)
        finally:
            stack.stop_all()
        conn = sqlite3.connect(db_path)
        stored = conn.execute("SELECT COUNT(*), COUNT(DISTINCT ticket_no), COUNT(DISTINCT idempotency_key) "
                              "FROM tickets WHERE conversation_id LIKE 'bench:%'").fetchone()
        conn.close()
    print(f"command: .venv/bin/python bench/bench_backend.py --clients {args.clients} --tickets {args.tickets}"
          f" --threads {args.threads} --rate {args.rate:g} --paced-seconds {args.paced_seconds:g}")
    print(f"machine: {os.cpu_count()} CPUs, load average before {load_before}; "
          f"server: waitress {args.threads} threads, SQLite WAL; clients in one process (http.client, keep-alive)")
    all_ok = []
    for label, result in (("saturated (closed loop)", saturated), (f"paced at {args.rate:g}/s", paced)):
        lat_ms = [x * 1000 for x in result["latencies"]]
        ok = len(result["ticket_nos"])
        all_ok += result["ticket_nos"]
        print(f"{label}: {ok} tickets in {result['wall']:.2f} s by {args.clients} clients -> "
              f"{ok / result['wall']:.0f} creations/s; latency ms p50 {statistics.median(lat_ms):.1f} "
              f"p95 {percentile(lat_ms, 0.95):.1f} p99 {percentile(lat_ms, 0.99):.1f} max {max(lat_ms):.1f}; "
              f"errors {len(result['errors'])} {sorted(set(result['errors']))[:5]}")
    print(f"server CPU per creation: {cpu_per_ticket_ms:.2f} ms (independent of other load: one core "
          f"would sustain about {1000 / cpu_per_ticket_ms:.0f}/s)")
    duplicates = (len(all_ok) - len(set(all_ok))) + (stored[0] - stored[1])
    print(f"duplicates: {duplicates} (stored {stored[0]} rows, {stored[1]} distinct numbers, "
          f"{stored[2]} distinct keys)")
    print("targets: >= 300 creations/s, p95 <= 30 ms (paced), 0 errors, 0 duplicates")

if __name__ == "__main__":
    main(sys.argv[1:])
