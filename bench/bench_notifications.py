"""Consumer notifications: how long from a status change to the fake platform, and what a
bridge killed mid-burst loses or repeats.

    .venv/bin/python -m bench.bench_notifications          (make bench AREAS=notifications)

Real processes: the backend (python -m backend) on a fresh SQLite file, the WeChat and
Telegram bridges (python -m channels.wechat / channels.telegram) polling its outbox
every NOTIFY_POLL_S (default 2 s, as shipped), and fake WeChat and Telegram APIs on
loopback that timestamp what they receive (tests/casework/casework_testlib.py).

1. latency: N complaints per channel are accepted one after another through the staff
   API; for each, the time from the API's answer to the fake platform receiving the
   message (target: at most 5 s).
2. kill mid-burst: 30 acceptances spread over about 6 s; the WeChat bridge is SIGKILLed
   after the first third has been delivered and restarted 2 s later; then count the
   messages lost (never received) and duplicated (received twice).
"""
from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "tests" / "casework"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

PER_CHANNEL = 20


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main() -> None:
    import logging

    import casework_testlib as lib

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # the fakes' request lines

    tmp = Path(tempfile.mkdtemp(prefix="bench-notify-"))
    backend = lib.Backend(tmp)
    wechat, telegram = lib.FakeWeChat(), lib.FakeTelegram()
    poll = {"NOTIFY_POLL_S": "2"}
    bridges = {"wechat": lib.wechat_bridge(backend, wechat, tmp, **poll).start(),
               "telegram": lib.telegram_bridge(backend, telegram, tmp, **poll).start()}
    officer = backend.staff("bench-officer", None)
    try:
        time.sleep(3)  # bridges up
        jitter = random.Random(20)
        latencies: dict[str, list[float]] = {"wechat": [], "telegram": []}
        for i in range(PER_CHANNEL):
            for channel in ("wechat", "telegram"):
                who = f"oBench{i}" if channel == "wechat" else 90000 + i
                t = backend.file(channel=channel, conversation_id=f"{channel}:{who}")
                r = backend.act(officer, t["ticket_no"], "accept")
                changed = time.time()
                assert r.status_code == 200, r.text
                fake = wechat if channel == "wechat" else telegram

                def arrival(fake=fake, channel=channel, t=t):
                    with fake.lock:
                        msgs = fake.sent if channel == "wechat" else fake.messages
                        for m, at in zip(msgs, fake.received_at):
                            text = m["text"]["content"] if channel == "wechat" else m["text"]
                            if t["ticket_no"] in text:
                                return at
                    return None

                at = lib.wait_until(arrival, timeout=30)
                latencies[channel].append(at - changed)
            time.sleep(jitter.uniform(0, 2.5))  # changes at arbitrary points of the poll cycle
        print(f"poll interval {poll['NOTIFY_POLL_S']} s; {PER_CHANNEL} status changes per channel")
        for channel, values in latencies.items():
            print(f"  {channel:9s} change -> platform: median {statistics.median(values):.2f} s, "
                  f"p95 {_pct(values, 0.95):.2f} s, max {max(values):.2f} s  (target <= 5 s)")

        # 2. kill mid-burst
        base = len(wechat.sent)
        numbers = []
        killed = restarted = False
        start = time.monotonic()
        for i in range(30):
            t = backend.file(channel="wechat", conversation_id=f"wechat:oBurst{i}")
            assert backend.act(officer, t["ticket_no"], "accept").status_code == 200
            numbers.append(t["ticket_no"])
            if not killed and len(wechat.sent) - base >= 10:
                bridges["wechat"].kill()
                killed, killed_at = True, time.monotonic()
            if killed and not restarted and time.monotonic() - killed_at >= 2:
                bridges["wechat"].start()
                restarted = True
            time.sleep(0.2)
        if not restarted:
            bridges["wechat"].start()
        lib.wait_until(lambda: all(any(n in m["text"]["content"] for m in wechat.sent) for n in numbers),
                       timeout=60)
        time.sleep(5)  # anything sent twice would have arrived by now
        texts = [m["text"]["content"] for m in wechat.sent[base:]]
        counts = Counter(n for n in numbers for text in texts if n in text)
        lost = sum(1 for n in numbers if counts[n] == 0)
        duplicated = sum(1 for n in numbers if counts[n] > 1)
        print(f"kill mid-burst: 30 messages, WeChat bridge SIGKILLed after {10} and restarted 2 s later "
              f"({time.monotonic() - start:.1f} s): lost {lost}, duplicated {duplicated}")
    finally:
        for bridge in bridges.values():
            bridge.stop()
        backend.close()
        wechat.server.close()
        telegram.server.close()


if __name__ == "__main__":
    main()
