"""Abuse: hostile and random input at every door; nothing may answer 5xx, crash or lose data.

    python -m bench.bench_abuse                  # about 6 minutes on 2 cores
    python -m bench.bench_abuse --security-only  # issue 18's attacks only, about 3 minutes

Starts the default stack (backend, action server, Rasa) on free ports, the WeChat and
Telegram bridges (fake credentials; the Telegram Bot API is a local fake), and
HAProxy with deploy/haproxy.cfg in front of the Rasa server (both `server` lines on
the one instance). Then:
  REST    hostile payloads to Rasa's REST channel, direct and through HAProxy
          (not JSON, wrong types, control characters, 10 KB .. 1 MB messages, random text)
  flood   one sender: 100 concurrent messages direct, 60 in a row through HAProxy
  WeChat  forged signatures, stale timestamps, random and hostile XML with a valid signature
  Telegram wrong secret token; random updates with the right one
  validators  the form's extractors and the correction parser on random and hostile text
          (in process); the ticket API on hostile bodies
Afterwards five ordinary complaints go through HAProxy: each must be filed exactly
once, and every process must still be running.

First, the attacks of issue 18 (`security`): sender ids of WeChat/Telegram/the widget on
the public REST channel; the bridges' channel unsigned, wrongly signed, stale, replayed;
forged and foreign widget session ids and origins; the backend started on 0.0.0.0 with
default secrets; Rasa's API through HAProxy's public entry; /healthz while 20 console
pages poll live lines; the bots' status look-up while 8 clients flood logins with new
user names (from one address, then from ever new ones behind a trusted proxy); 8 MB
uploads under new conversation ids from one address; a replayed WeChat URL with another
body; the login redirect; deeply nested JSON; a 100 KB message.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import os
import random
import subprocess
import tempfile
import threading
import time
import uuid
from collections import Counter
from complaint.channels import new_widget_session_id
from pathlib import Path

import httpx

from bench.bench_load import count_tickets, run_conversations
from bench.conversation import texts_of

HOSTILE_TEXTS = [
    "", " ", "\x00\x01\x02", "\u202e\u200b\ufeff", "🙂" * 500, "<script>alert(1)</script>",
    "'; DROP TABLE tickets; --", "{{7*7}}${jndi:ldap://x}", "/affirm", "/file_complaint{\"ticket_no\":\"X\"}",
    "/restart", "/session_start", "\n" * 1000, "我要投诉" * 300, "１３９１２３４５６７８", "9" * 400,
    "投诉\ufffd", "%s%s%s%n", "../../etc/passwd", "a" * 10_000,
]


def random_text(rng: random.Random, max_len: int = 200) -> str:
    ranges = [(0x20, 0x7E), (0x4E00, 0x9FFF), (0x3000, 0x303F), (0xFF00, 0xFFEF), (0x1F300, 0x1F5FF),
              (0x0, 0x1F), (0x200B, 0x200F), (0x0600, 0x06FF)]
    out = []
    for _ in range(rng.randint(0, max_len)):
        lo, hi = rng.choice(ranges)
        out.append(chr(rng.randint(lo, hi)))
    return "".join(out)


def rest_payloads(rng: random.Random) -> list[tuple[str, bytes, str]]:
    """(label, body, content type)."""
    cases: list[tuple[str, bytes, str]] = []

    def js(label, obj):
        cases.append((label, json.dumps(obj, ensure_ascii=False).encode("utf-8", "surrogatepass"),
                      "application/json"))

    cases.append(("not json", b"{not json", "application/json"))
    cases.append(("form body", b"sender=a&message=b", "application/x-www-form-urlencoded"))
    cases.append(("invalid utf-8", b'{"sender":"x","message":"\xff\xfe"}', "application/json"))
    for label, obj in [("array", [1, 2]), ("null", None), ("no sender", {"message": "你好"}),
                       ("no message", {"sender": "abuse:1"}), ("sender int", {"sender": 5, "message": "你好"}),
                       ("message dict", {"sender": "abuse:2", "message": {"a": 1}}),
                       ("message list", {"sender": "abuse:3", "message": ["a"]}),
                       ("metadata str", {"sender": "abuse:4", "message": "你好", "metadata": "x"}),
                       ("long sender", {"sender": "s" * 5000, "message": "你好"}),
                       ("10 KB message", {"sender": "abuse:5", "message": "投诉" * 1700}),
                       ("100 KB message", {"sender": "abuse:6", "message": "投诉" * 17000}),
                       ("1 MB message", {"sender": "abuse:7", "message": "投" * 350_000})]:
        js(label, obj)
    for i, text in enumerate(HOSTILE_TEXTS):
        js(f"hostile text {i}", {"sender": f"abuse:h{i}", "message": text})
    for i in range(40):
        js("random text", {"sender": f"abuse:r{i}", "message": random_text(rng)})
    return cases


async def post_all(client: httpx.AsyncClient, url: str, cases) -> tuple[Counter, list[str], float]:
    statuses: Counter = Counter()
    server_errors: list[str] = []
    slowest = 0.0
    for label, body, ctype in cases:  # one at a time: measure each, do not flood here
        start = time.perf_counter()
        try:
            r = await client.post(url, content=body, headers={"Content-Type": ctype}, timeout=60)
            status = r.status_code
        except httpx.HTTPError as exc:
            status = type(exc).__name__
        took = time.perf_counter() - start
        slowest = max(slowest, took)
        if took > 5:
            print(f"  slow: {label} ({len(body)} bytes) -> {status} after {took:.1f} s", flush=True)
        statuses[status] += 1
        if not isinstance(status, int) or status >= 500:
            server_errors.append(f"{label}: {status}")
    return statuses, server_errors, slowest


async def flood(url: str, sender: str, n: int, concurrent: bool) -> tuple[Counter, float, str]:
    statuses: Counter = Counter()
    polite = ""
    async with httpx.AsyncClient(timeout=httpx.Timeout(300.0), limits=httpx.Limits(max_connections=n + 5)) as client:
        async def one(i: int):
            nonlocal polite
            try:
                r = await client.post(url, json={"sender": sender, "message": f"在吗{i}"})
                statuses[r.status_code] += 1
                if r.status_code == 429:
                    polite = texts_of(r.json())
            except httpx.HTTPError as exc:
                statuses[type(exc).__name__] += 1

        start = time.perf_counter()
        if concurrent:
            await asyncio.gather(*(one(i) for i in range(n)))
        else:
            for i in range(n):
                await one(i)
        return statuses, time.perf_counter() - start, polite


def wechat_signature(token: str, timestamp: str, nonce: str) -> str:
    return hashlib.sha1("".join(sorted([token, timestamp, nonce])).encode()).hexdigest()


def wechat_cases(rng: random.Random, token: str) -> list[tuple[str, dict, bytes]]:
    now = str(int(time.time()))

    def signed() -> dict:
        # a fresh nonce per case: a signed URL is bound to the first body it came with
        nonce = uuid.uuid4().hex
        return {"timestamp": now, "nonce": nonce, "signature": wechat_signature(token, now, nonce)}

    text_xml = ("<xml><ToUserName>gh_1</ToUserName><FromUserName>o{u}</FromUserName><CreateTime>{t}</CreateTime>"
                "<MsgType>text</MsgType><Content><![CDATA[{c}]]></Content><MsgId>{m}</MsgId></xml>")
    cases = [
        ("forged signature", {**signed(), "signature": "0" * 40}, text_xml.format(u=1, t=now, c="你好", m=1).encode()),
        ("no signature", {}, b"<xml/>"),
        ("stale timestamp", {"timestamp": "1000", "nonce": "n", "signature": wechat_signature(token, "1000", "n")},
         b"<xml/>"),
        ("DTD / XXE", signed(), b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xml><a>&e;</a></xml>'),
        ("billion laughs", signed(), b'<!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><xml>&b;</xml>'),
        ("not xml", signed(), b"\x00\xff garbage"),
        ("empty", signed(), b""),
        ("no FromUserName", signed(), b"<xml><MsgType>text</MsgType><Content>hi</Content></xml>"),
        ("unknown MsgType", signed(), text_xml.replace("text", "hologram").format(u=2, t=now, c="x", m=2).encode()),
        ("200 KB", signed(), text_xml.format(u=3, t=now, c="投" * 70_000, m=3).encode()),
        ("aes without key", {**signed(), "encrypt_type": "aes", "msg_signature": "x"},
         b"<xml><Encrypt>abc</Encrypt></xml>"),
    ]
    for i in range(30):
        content = text_xml.format(u=100 + i, t=now, c=random_text(rng).replace("]]>", ""), m=1000 + i)
        cases.append(("random content", signed(), content.encode("utf-8", "replace")))
        cases.append(("random bytes", signed(), bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 300)))))
    return cases


def telegram_updates(rng: random.Random) -> list[object]:
    chat = {"id": 4242, "type": "private"}
    user = {"id": 4242, "is_bot": False, "first_name": "测试"}
    base = {"message_id": 1, "date": int(time.time()), "chat": chat, "from": user}
    updates: list[object] = [
        {}, [], "x", None, {"update_id": "NaN"}, {"update_id": 1, "message": "not a dict"},
        {"update_id": 2, "message": {**base, "text": "a" * 100_000}},
        {"update_id": 3, "message": {**base, "text": "/start@other_bot extra"}},
        {"update_id": 4, "callback_query": {"id": "c", "from": user, "chat_instance": "i", "data": "../../x"}},
        {"update_id": 5, "message": {**base, "sticker": {"file_id": "f", "file_unique_id": "u", "width": 1,
                                                         "height": 1, "is_animated": False, "is_video": False,
                                                         "type": "regular"}}},
        {"update_id": 6, "edited_message": {**base, "text": "改了"}},
    ]
    for i in range(30):
        updates.append({"update_id": 100 + i, "message": {**base, "message_id": 100 + i, "text": random_text(rng)}})
    return updates


class FakeBotAPI:
    """Just enough of the Telegram Bot API for the bridge to start and answer."""

    def __init__(self, token: str):
        from flask import Flask, jsonify
        from werkzeug.serving import make_server

        from tools.stack import free_port

        app = Flask("fake-bot-api")
        message = {"message_id": 1, "date": 0, "chat": {"id": 4242, "type": "private"}}

        @app.post(f"/bot{token}/<method>")
        def method(method: str):
            results = {"getMe": {"id": 1, "is_bot": True, "first_name": "bot", "username": "bot12315"},
                       "sendMessage": message, "editMessageText": message}
            return jsonify(ok=True, result=results.get(method, True))

        self.port = free_port()
        self.server = make_server("127.0.0.1", self.port, app, threaded=True)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()


def _fuzz_worker(texts: list[str], first: int, seed: int, progress) -> None:
    os.environ["ACTIONS_WARM_UP"] = "0"
    from actions import dialogue

    rng = random.Random(seed + first)
    for index in range(first, len(texts)):
        progress.send(("start", index))
        text = texts[index]
        for form in ("complaint_form", "report_form", "status_form"):
            try:
                requested = rng.choice(dialogue.required_slots(form, {}) + [None])
                dialogue.fill_from_message({"text": text, "intent": {"name": rng.choice(["inform", "deny", None])}},
                                           form, requested, {})
                dialogue.correction(text)
            except Exception as exc:  # noqa: BLE001 - that is what we count
                progress.send(("error", f"{form}/{requested}: {type(exc).__name__}: {exc} on {text[:40]!r}"))
    progress.send(("done", len(texts)))


def fuzz_validators(rng: random.Random, rounds: int = 1500, hang_s: float = 3.0) -> tuple[int, list[str], list[str]]:
    """The form's extractors on hostile and random text, each input watched by a clock:
    one that takes longer than `hang_s` is recorded as a hang and the worker replaced
    (a regular expression that backtracks cannot be interrupted in-process)."""
    import multiprocessing

    texts = HOSTILE_TEXTS + ["9" * n for n in (16, 24, 32)] + [random_text(rng, 400) for _ in range(rounds)]
    failures: list[str] = []
    hangs: list[str] = []
    first = 0
    context = multiprocessing.get_context("spawn")
    while first < len(texts):
        receive, send = context.Pipe(duplex=False)
        worker = context.Process(target=_fuzz_worker, args=(texts, first, 12315, send), daemon=True)
        worker.start()
        current, finished = first, False
        while True:
            if not receive.poll(hang_s if current > first or first else 60):
                hangs.append(f"{len(texts[current])} chars {texts[current][:24]!r}...")
                worker.kill()
                break
            kind, value = receive.recv()
            if kind == "start":
                current = value
            elif kind == "error":
                failures.append(value)
            else:
                finished = True
                break
        worker.join()
        first = len(texts) if finished else current + 1
    return len(texts), failures, hangs


async def ticket_api_abuse(client: httpx.AsyncClient, backend: str, token: str, rng: random.Random) -> Counter:
    statuses: Counter = Counter()
    headers = {"Authorization": f"Bearer {token}"}
    bodies: list[object] = [None, [], "x", {"type": "complaint"}, {"type": 1, "problem": None},
                            {"type": "complaint", "merchant_name": "x" * 100_000, "problem": "y"}]
    for _ in range(40):
        bodies.append({"type": rng.choice(["complaint", "report", "x", 3]), "channel": random_text(rng, 20),
                       "merchant_name": random_text(rng, 50), "problem": random_text(rng, 300),
                       "phone": random_text(rng, 15), "amount": rng.choice(["-1", "1e309", "NaN", 12, "三千"]),
                       "purchase_date": rng.choice(["2026-02-30", "9999-01-01", "昨天", 5]),
                       "complainant_name": random_text(rng, 10)})
    for body in bodies:
        r = await client.post(f"{backend}/api/v1/tickets", json=body,
                              headers=headers | {"Idempotency-Key": f"abuse-{uuid.uuid4().hex}"})
        statuses[r.status_code] += 1
    r = await client.post(f"{backend}/api/v1/tickets", json={"type": "complaint"},
                          headers={"Authorization": "Bearer forged", "Idempotency-Key": "k"})
    statuses[f"forged token -> {r.status_code}"] += 1
    return statuses


def start_haproxy(env: dict, rasa_port: str, log_dir: Path) -> tuple[subprocess.Popen, str, str]:
    from tools.run_scaled import ROOT, SCALED_ENV
    from tools.stack import free_port
    from dotenv import dotenv_values

    port = str(free_port())
    lb_env = {**os.environ, **{k: v or "" for k, v in dotenv_values(SCALED_ENV).items()},
              "RASA_HOST": "127.0.0.1", "RASA_PORT": port, "RASA1_PORT": rasa_port, "RASA2_PORT": rasa_port,
              "ACTIONS_PORT": str(free_port()),
              "ACTIONS1_PORT": env["ACTIONS_PORT"], "ACTIONS2_PORT": env["ACTIONS_PORT"],
              "HAPROXY_STATS_PORT": str(free_port()), "PUBLIC_HOST": "127.0.0.1", "PUBLIC_PORT": str(free_port()),
              "WECHAT_PORT": env.get("WECHAT_PORT") or str(free_port()),
              "TELEGRAM_PORT": env.get("TELEGRAM_PORT") or str(free_port())}
    proc = subprocess.Popen(["haproxy", "-W", "-db", "-f", str(ROOT / "deploy" / "haproxy.cfg")], env=lb_env,
                            stdout=open(log_dir / "lb.log", "ab"), stderr=subprocess.STDOUT, start_new_session=True)
    from tools.stack import wait_healthy
    wait_healthy(f"http://127.0.0.1:{lb_env['HAPROXY_STATS_PORT']}/", 20, proc)
    wait_healthy(f"http://127.0.0.1:{port}/", 30, proc)
    return proc, f"http://127.0.0.1:{port}", f"http://127.0.0.1:{lb_env['PUBLIC_PORT']}"


def main(argv: list[str] | None = None) -> int:
    import shutil

    from bench.bench_load import started_stack
    from tools.stack import free_port

    import argparse

    parser = argparse.ArgumentParser(prog="python -m bench.bench_abuse", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--direct-oversize", action="store_true",
                        help="also send a 100 KB message straight to Rasa and time another sender meanwhile")
    parser.add_argument("--security-only", action="store_true",
                        help="only the attacks of issue 18 (identities, secrets, exposure, exhaustion)")
    args = parser.parse_args(argv if argv is not None else [])
    from bench.bench_load import stop_on_sigterm
    stop_on_sigterm()
    rng = random.Random(12315)
    print(f"bench_abuse: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}", flush=True)

    total, failures, hangs = fuzz_validators(rng) if not args.security_only else (0, [], [])
    print(f"validators: {total} random/hostile inputs x 3 forms through fill_from_message and correction: "
          f"{len(failures)} exceptions" + (f" (first: {failures[:3]})" if failures else "")
          + f"; {len(hangs)} inputs took over 3 s (killed): {hangs}", flush=True)

    with tempfile.TemporaryDirectory(prefix="bench-abuse-") as tmp:
        log_dir = Path(tmp)
        with started_stack("default", log_dir) as (rasa_url, database_url, stack):
            env = stack.env
            wechat_token, tg_token, tg_secret = "abuse-wechat-token", "123:ABC-abuse", "abuse-secret"
            fake_api = FakeBotAPI(tg_token)
            tg_port = str(free_port())
            stack.env = env | {
                "WECHAT_TOKEN": wechat_token, "WECHAT_APPID": "wx0000", "WECHAT_SECRET": "s",
                "WECHAT_PORT": str(free_port()), "WECHAT_API_BASE": f"http://127.0.0.1:{fake_api.port}/cgi-bin/",
                "TELEGRAM_BOT_TOKEN": tg_token, "TELEGRAM_SECRET_TOKEN": tg_secret, "TELEGRAM_PORT": tg_port,
                "TELEGRAM_WEBHOOK_URL": f"http://127.0.0.1:{tg_port}/telegram",
                "TELEGRAM_API_BASE": f"http://127.0.0.1:{fake_api.port}"}
            stack.start("wechat")
            from tools.stack import wait_healthy
            wait_healthy(f"http://127.0.0.1:{stack.env['WECHAT_PORT']}/healthz", 60, stack.procs["wechat"])
            stack.start("telegram")
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:  # the webhook answers once PTB has set it up
                try:
                    httpx.get(f"http://127.0.0.1:{tg_port}/telegram", timeout=2)
                    break
                except httpx.HTTPError:
                    time.sleep(0.5)
            lb = None
            if shutil.which("haproxy"):
                lb, lb_url, public_url = start_haproxy(stack.env, env["RASA_PORT"], log_dir)
            try:
                security(stack, rasa_url, public_url if lb else None)
                if not args.security_only:
                    asyncio.run(abuse(stack, rasa_url, lb_url if lb else None, database_url, rng, fake_api,
                                      args.direct_oversize))
            finally:
                if lb:
                    lb.terminate()
                    lb.wait(10)
                fake_api.close()
                for name in ("wechat", "telegram", "backend", "actions", "rasa"):
                    proc = stack.procs.get(name)
                    if proc is not None and proc.poll() is not None:
                        print(f"!! {name} exited with {proc.returncode}:\n{stack.log_tail(name, 20)}")
    return 0


async def abuse(stack, rasa_url: str, lb_url: str | None, database_url: str, rng: random.Random, fake_api,
                direct_oversize: bool = False) -> None:
    env = stack.env
    async with httpx.AsyncClient(timeout=httpx.Timeout(300.0)) as client:
        cases = rest_payloads(rng)
        # Straight at Rasa, a 100 KB message blocks its event loop for tens of seconds
        # and 1 MB for minutes (every conversation waits): those two only go through
        # HAProxy, which refuses them; --direct-oversize shows the stall.
        oversize = {"100 KB message", "1 MB message"}
        for label, base in [("Rasa REST direct", rasa_url)] + ([("REST via HAProxy", lb_url)] if lb_url else []):
            subset = [c for c in cases if base != rasa_url or c[0] not in oversize]
            statuses, errors, slowest = await post_all(client, f"{base}/webhooks/rest/webhook", subset)
            print(f"{label}: {len(subset)} payloads -> {dict(statuses)}; 5xx/transport errors: {len(errors)} "
                  f"{errors[:5]}; slowest answer {slowest:.1f} s", flush=True)

        # flooding from one sender
        statuses, wall, _ = await flood(f"{rasa_url}/webhooks/rest/webhook", "rest:flood-direct", 100, True)
        print(f"flood direct to Rasa: 100 concurrent messages, one sender -> {dict(statuses)} in {wall:.1f} s "
              "(the Redis/in-memory lock serialises them; no rate limit without the load balancer)", flush=True)
        if lb_url:
            statuses, wall, polite = await flood(f"{lb_url}/webhooks/rest/webhook", "rest:flood-lb", 60, False)
            print(f"flood via HAProxy: 60 messages in a row, one sender -> {dict(statuses)} in {wall:.1f} s; "
                  f"reply: {polite!r}", flush=True)
            statuses, _, _ = await flood(f"{lb_url}/webhooks/rest/webhook", "rest:other-sender", 5, False)
            print(f"  meanwhile another sender -> {dict(statuses)}", flush=True)

        # WeChat
        wechat = f"http://127.0.0.1:{env['WECHAT_PORT']}/wechat"
        wc = Counter()
        wc_errors = []
        for label, params, body in wechat_cases(rng, env["WECHAT_TOKEN"]):
            try:
                r = await client.post(wechat, params=params, content=body, headers={"Content-Type": "text/xml"})
                wc[f"{label} -> {r.status_code}" if label not in ("random content", "random bytes")
                   else f"{label} -> {r.status_code}"] += 1
                if r.status_code >= 500:
                    wc_errors.append(label)
            except httpx.HTTPError as exc:
                wc_errors.append(f"{label}: {type(exc).__name__}")
        print(f"WeChat callback: {dict(wc)}; 5xx/transport errors: {wc_errors}", flush=True)

        # Telegram
        telegram = f"http://127.0.0.1:{env['TELEGRAM_PORT']}/telegram"
        tg = Counter()
        for secret in ("wrong", None):
            headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
            r = await client.post(telegram, json={"update_id": 1}, headers=headers)
            tg[f"{'wrong' if secret else 'no'} secret -> {r.status_code}"] += 1
        for update in telegram_updates(rng):
            r = await client.post(telegram, content=json.dumps(update, ensure_ascii=False).encode(),
                                  headers={"X-Telegram-Bot-Api-Secret-Token": env["TELEGRAM_SECRET_TOKEN"],
                                           "Content-Type": "application/json"})
            tg[f"update -> {r.status_code}"] += 1
        r = await client.post(telegram, content=b"x" * 2_000_000,
                              headers={"X-Telegram-Bot-Api-Secret-Token": env["TELEGRAM_SECRET_TOKEN"]})
        tg[f"2 MB body -> {r.status_code}"] += 1
        print(f"Telegram webhook: {dict(tg)}", flush=True)

        # the ticket API
        statuses = await ticket_api_abuse(client, env["BACKEND_URL"], env["BACKEND_SERVICE_TOKEN"], rng)
        print(f"ticket API, hostile bodies: {dict(statuses)}", flush=True)

    # nothing lost: ordinary complaints still go through, once each
    entry = lb_url or rasa_url
    outcomes, wall = await run_conversations(entry, 5, "after-abuse-" + uuid.uuid4().hex[:6])
    tickets = count_tickets(database_url, [o.sender for o in outcomes])
    print(f"afterwards: 5 ordinary complaints via {'HAProxy' if lb_url else 'Rasa'}: bot said filed "
          f"{sum(1 for o in outcomes if o.ticket_no)}/5, tickets {sum(tickets.values())}, "
          f"duplicated {sum(1 for v in tickets.values() if v > 1)}", flush=True)
    if direct_oversize:
        async with httpx.AsyncClient(timeout=httpx.Timeout(600.0)) as client:
            async def timed(sender, text):
                start = time.perf_counter()
                r = await client.post(f"{rasa_url}/webhooks/rest/webhook", json={"sender": sender, "message": text})
                return r.status_code, time.perf_counter() - start

            async def bystander():
                await asyncio.sleep(0.5)
                return await timed("rest:bystander", "你好")

            big, small = await asyncio.gather(timed("rest:big", "投诉" * 17000), bystander())
            print(f"100 KB message straight to Rasa: HTTP {big[0]} after {big[1]:.1f} s; another sender's "
                  f"'你好' meanwhile: HTTP {small[0]} after {small[1]:.1f} s", flush=True)
    alive = {name: proc.poll() is None for name, proc in stack.procs.items()}
    print(f"processes still running: {alive}", flush=True)


# ------------------------------------------------------------------ security (issue 18)

def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] if ordered else float("nan")


def _signed_bridge(secret: str, body: dict, timestamp: float | None = None) -> tuple[bytes, dict]:
    import hmac
    import secrets as _secrets

    raw = json.dumps(body, ensure_ascii=False).encode()
    ts, nonce = str(int(timestamp or time.time())), _secrets.token_hex(16)
    signature = hmac.new(secret.encode(), f"{ts}\n{nonce}\n".encode() + raw, hashlib.sha256).hexdigest()
    return raw, {"Content-Type": "application/json", "X-Bridge-Timestamp": ts, "X-Bridge-Nonce": nonce,
                 "X-Bridge-Signature": signature}


def _timed_lookups(url: str, headers: dict, stop: threading.Event, out: list[float]) -> None:
    import requests

    with requests.Session() as http:
        while not stop.is_set():
            start = time.perf_counter()
            http.get(url, headers=headers, timeout=30)
            out.append((time.perf_counter() - start) * 1000)
            time.sleep(0.02)


def login_flood(backend: str, service_token: str, lookup: str, clients: int, seconds: float,
                forwarded: bool, server_pid: int | None = None) -> dict:
    """Failed logins with ever new user names from `clients` threads while one bot looks up
    a ticket's status; returns the look-up's latencies and the flood's status counts."""
    import requests

    stop, latencies, statuses = threading.Event(), [], Counter()
    lock = threading.Lock()

    def flooder(i: int) -> None:
        with requests.Session() as http:
            token = http.get(f"{backend}/api/v1/auth/csrf", timeout=10).json()["csrf_token"]
            n = 0
            while not stop.is_set():
                n += 1
                headers = {"X-CSRF-Token": token}
                if forwarded:  # a different client address each time, through a trusted proxy
                    headers["X-Forwarded-For"] = f"10.{i}.{n // 250 % 250}.{n % 250 + 1}"
                r = http.post(f"{backend}/api/v1/auth/login", json={"username": f"guess{i}-{n}", "password": "x"},
                              headers=headers, timeout=30)
                with lock:
                    statuses[r.status_code] += 1

    threads = [threading.Thread(target=flooder, args=(i,), daemon=True) for i in range(clients)]
    looker = threading.Thread(target=_timed_lookups, args=(lookup, {"Authorization": f"Bearer {service_token}"},
                                                          stop, latencies), daemon=True)
    from bench.bench_backend import server_cpu_seconds

    cpu_before = server_cpu_seconds(server_pid) if server_pid else 0.0
    for t in threads + [looker]:
        t.start()
    time.sleep(seconds)
    stop.set()
    for t in threads + [looker]:
        t.join(30)
    cpu = (server_cpu_seconds(server_pid) - cpu_before) if server_pid else float("nan")
    floods = sum(statuses.values())
    return {"p50": _pct(latencies, 0.5), "p95": _pct(latencies, 0.95), "max": max(latencies or [float("nan")]),
            "n": len(latencies), "flood": dict(statuses),
            "cpu_ms_per_request": 1000 * cpu / max(1, floods + len(latencies))}


def open_streams(backend: str, n: int, seconds: float) -> dict:
    """n agents' pages polling live call lines (backend/console/live.py) while /healthz is timed."""
    import requests

    stop, latencies = threading.Event(), []
    sessions = []
    for i in range(n):
        http = requests.Session()
        token = http.get(f"{backend}/api/v1/auth/csrf", timeout=10).json()["csrf_token"]
        r = http.post(f"{backend}/api/v1/auth/login", json={"username": f"bench-agent-{i // 3}",
                                                           "password": "bench-agent-password"},
                      headers={"X-CSRF-Token": token}, timeout=30)
        r.raise_for_status()
        http.headers["X-CSRF-Token"] = r.json()["csrf_token"]
        call = http.post(f"{backend}/console/api/calls", json={}, timeout=30).json()["call_key"]
        sessions.append((http, call))
    statuses = Counter()

    def page(http, call) -> None:
        while not stop.is_set():
            try:
                r = http.get(f"{backend}/console/api/calls/{call}/lines", params={"after": 0, "wait": 10},
                             timeout=30)
                statuses[r.status_code] += 1
                retry = (r.json().get("retry_ms") or 0) / 1000 if r.ok else 1
                stop.wait(retry)
            except requests.RequestException:
                statuses["error"] += 1

    threads = [threading.Thread(target=page, args=s, daemon=True) for s in sessions]
    for t in threads:
        t.start()
    time.sleep(2)
    deadline = time.monotonic() + seconds
    with requests.Session() as http:
        while time.monotonic() < deadline:
            start = time.perf_counter()
            http.get(f"{backend}/healthz", timeout=30)
            latencies.append((time.perf_counter() - start) * 1000)
            time.sleep(0.1)
    stop.set()
    for t in threads:
        t.join(15)
    return {"p50": _pct(latencies, 0.5), "p95": _pct(latencies, 0.95), "max": max(latencies or [float("nan")]),
            "n": len(latencies), "polls": dict(statuses)}


def security(stack, rasa_url: str, lb_public: str | None) -> None:
    """Each attack of issue 18 against the running processes; prints what came back."""
    import subprocess as sp
    import sys

    import requests

    from backend import create_app
    from backend.auth import create_staff, safe_next
    from tools.stack import ROOT

    env = stack.env
    backend = env["BACKEND_URL"]
    rest = f"{rasa_url}/webhooks/rest/webhook"
    print("-- security (issue 18) --", flush=True)

    # 1. identity at Rasa's doors
    forged = {s: requests.post(rest, json={"sender": s, "message": "撤销我的投诉"}, timeout=60).status_code
              for s in ("telegram:424242", "wechat:o_victim", "web:" + "a" * 32)}
    own = requests.post(rest, json={"sender": "rest-bench", "message": "你好"}, timeout=60).status_code
    print(f"REST with another channel's sender id: {forged}; an own REST sender: {own}", flush=True)
    bridge = f"{rasa_url}/webhooks/bridge/webhook"
    body = {"sender": "telegram:424242", "message": "你好", "metadata": {"channel": "telegram"}}
    raw, good = _signed_bridge(env["RASA_BRIDGE_SECRET"], body)
    _, wrong = _signed_bridge("guessed-secret", body)
    _, stale = _signed_bridge(env["RASA_BRIDGE_SECRET"], body, time.time() - 300)
    results = {
        "unsigned": requests.post(bridge, data=raw, headers={"Content-Type": "application/json"},
                                  timeout=60).status_code,
        "wrong secret": requests.post(bridge, data=raw, headers=wrong, timeout=60).status_code,
        "stale": requests.post(bridge, data=raw, headers=stale, timeout=60).status_code,
        "signed": requests.post(bridge, data=raw, headers=good, timeout=60).status_code,
        "replayed": requests.post(bridge, data=raw, headers=good, timeout=60).status_code,
    }
    print(f"bridge channel: {results}", flush=True)
    probe = [str(ROOT / ".venv-rasa" / "bin" / "python"), "-W", "ignore", str(ROOT / "tools" / "socketio_probe.py")]

    def sock(*args: str) -> dict:
        done = sp.run(probe + [rasa_url, *args], capture_output=True, text=True, timeout=120)
        if not done.stdout.strip():
            return {"error": done.stderr[-300:]}
        return json.loads(done.stdout.strip().splitlines()[-1])

    victim = sock("", "你好", "", "")
    forged_id = sock("web:" + "0" * 32, "", "", "")
    attacker = sock("", "我要投诉", victim.get("session", ""), "")
    foreign = sock("", "", "", "https://evil.example")
    print(f"widget: forged session id -> fresh one: {forged_id.get('session') not in (None, 'web:' + '0' * 32)}; "
          f"reload with own id keeps it: {sock(victim['session'], '', '', '').get('session') == victim['session']}; "
          f"message naming another's session answered: {bool(attacker.get('replies'))}; "
          f"socket from https://evil.example connected: {foreign.get('connected')}", flush=True)

    # 2. default secrets off loopback
    clean = {k: v for k, v in env.items() if k not in ("SECRET_KEY", "BACKEND_SERVICE_TOKEN")}
    done = sp.run([sys.executable, "-m", "backend"], cwd=ROOT, capture_output=True, text=True, timeout=120,
                  env=clean | {"BACKEND_HOST": "0.0.0.0", "BACKEND_PORT": "0",
                               "SECRET_KEY": "change-me-secret", "BACKEND_SERVICE_TOKEN": "change-me-service-token"})
    print(f"backend on 0.0.0.0 with default secrets: exit {done.returncode}: "
          f"{(done.stderr.strip().splitlines() or [''])[-1][:160]}", flush=True)

    # 3. Rasa's API through the public entry
    if lb_public:
        exposure = {f"{m} {p}": requests.request(m, lb_public + p, timeout=10).status_code for m, p in (
            ("GET", f"/conversations/telegram:424242/tracker?token={env['RASA_TOKEN']}"), ("POST", "/model/parse"),
            ("PUT", "/model"), ("POST", "/webhooks/rest/webhook"), ("GET", "/status"))}
        sio = requests.get(lb_public + "/socket.io/?EIO=4&transport=polling", timeout=10).status_code
        print(f"through HAProxy's public entry: {exposure}; widget socket.io: {sio}", flush=True)

    # 4. live console pages and /healthz
    app = create_app({"DATABASE_URL": env["DATABASE_URL"], "SECRET_KEY": env["SECRET_KEY"]})
    for i in range(7):
        create_staff(app.extensions["db"], f"bench-agent-{i}", "bench-agent-password")
    app.extensions["db"].dispose()
    streams = open_streams(backend, 20, 10)
    print(f"20 live console pages polling: /healthz p50 {streams['p50']:.1f} ms, p95 {streams['p95']:.1f} ms, "
          f"max {streams['max']:.1f} ms over {streams['n']} requests (target p95 <= 100 ms); polls {streams['polls']}",
          flush=True)

    # 5. login floods vs the bots' status look-up
    ticket = requests.post(f"{backend}/api/v1/tickets", json={
        "type": "complaint", "channel": "web", "conversation_id": "bench:security", "complainant_name": "测试用户",
        "phone": "13900001111", "merchant_name": "基准测试商店", "merchant_address": "北京市西城区某路1号",
        "product": "电饭煲", "purchase_date": "2026-10-10", "amount": "299.00",
        "problem": "使用一周后无法加热，商家拒绝维修。", "demand": "退货退款"},
        headers={"Authorization": f"Bearer {env['BACKEND_SERVICE_TOKEN']}", "Idempotency-Key": uuid.uuid4().hex},
        timeout=30).json()
    lookup = f"{backend}/api/v1/tickets/status?ticket_no={ticket['ticket_no']}&phone=13900001111"
    quiet = login_flood(backend, env["BACKEND_SERVICE_TOKEN"], lookup, 0, 5, False)
    one = login_flood(backend, env["BACKEND_SERVICE_TOKEN"], lookup, 8, 15, False, stack.procs["backend"].pid)
    print(f"status look-up alone: p50 {quiet['p50']:.1f} ms, p95 {quiet['p95']:.1f} ms", flush=True)
    print(f"  under 8 clients flooding logins with new user names from one address: p50 {one['p50']:.1f} ms, "
          f"p95 {one['p95']:.1f} ms, max {one['max']:.0f} ms (target p95 <= 50 ms); logins {one['flood']}; "
          f"backend CPU {one['cpu_ms_per_request']:.2f} ms per request", flush=True)
    # The backend again, behind one trusted proxy (so the bench can speak from many
    # addresses), with the per-minute upload bucket opened to show the daily quota.
    stack.stop("backend")
    stack.env = env | {"TRUSTED_PROXIES": "1", "WIDGET_UPLOAD_BURST": "1000", "WIDGET_UPLOAD_PER_MINUTE": "60000"}
    stack.start("backend")
    many = login_flood(backend, env["BACKEND_SERVICE_TOKEN"], lookup, 8, 15, True, stack.procs["backend"].pid)
    print(f"  from ever new addresses (behind a trusted proxy): p50 {many['p50']:.1f} ms, p95 {many['p95']:.1f} ms, "
          f"max {many['max']:.0f} ms; logins {many['flood']}; backend CPU {many['cpu_ms_per_request']:.2f} ms "
          "per request", flush=True)

    # 6. uploads across many conversation ids from one address
    png = b"\x89PNG\r\n\x1a\n" + os.urandom(8 * 1024 * 1024)
    uploads = Counter()
    for _ in range(20):
        r = requests.post(f"{backend}/api/v1/widget/evidence", files={"file": ("a.png", png, "image/png")},
                          data={"conversation_id": new_widget_session_id(env["WIDGET_SESSION_SECRET"])},
                          headers={"X-Forwarded-For": "198.51.100.7"}, timeout=60)
        uploads[f"{r.status_code} {r.json().get('error', '') if r.status_code >= 400 else ''}".strip()] += 1
    other = requests.post(f"{backend}/api/v1/widget/evidence", files={"file": ("a.png", png[:2048], "image/png")},
                          data={"conversation_id": new_widget_session_id(env["WIDGET_SESSION_SECRET"])},
                          headers={"X-Forwarded-For": "198.51.100.8"}, timeout=60).status_code
    print(f"20 uploads of 8 MB from one address, each under a new conversation id: {dict(uploads)} "
          f"(EVIDENCE_MB_PER_ADDRESS_PER_DAY 100); another address meanwhile: {other}", flush=True)
    stack.stop("backend")
    stack.env = env
    stack.start("backend")

    # 7. the smaller items
    wechat = f"http://127.0.0.1:{env['WECHAT_PORT']}/wechat"
    ts, nonce = str(int(time.time())), "bench-replay"
    query = {"timestamp": ts, "nonce": nonce, "signature": wechat_signature(env["WECHAT_TOKEN"], ts, nonce)}

    def xml(openid, content, msg_id):
        return (f"<xml><ToUserName>gh</ToUserName><FromUserName>{openid}</FromUserName><CreateTime>{ts}</CreateTime>"
                f"<MsgType>text</MsgType><Content>{content}</Content><MsgId>{msg_id}</MsgId></xml>").encode()

    first = requests.post(wechat, params=query, data=xml("o_alice", "你好", 81), timeout=30).status_code
    retry = requests.post(wechat, params=query, data=xml("o_alice", "你好", 81), timeout=30).status_code
    replay = requests.post(wechat, params=query, data=xml("o_alice", "撤销投诉", 82), timeout=30).status_code
    print(f"WeChat signed URL: first {first}, WeChat's retry {retry}, replayed with another body {replay}", flush=True)
    page = requests.get(f"{backend}/console/login", params={"next": "/\\evil.example"}, timeout=10)
    print("redirect after login to /%5Cevil.example: "
          f"safe_next -> {safe_next('/' + chr(92) + 'evil.example', '/console/')}; "
          f"login page CSP frame-ancestors: {'frame-ancestors' in page.headers.get('Content-Security-Policy', '')}",
          flush=True)
    nested = "[" * 100_000 + "]" * 100_000
    csrf_http = requests.Session()
    token = csrf_http.get(f"{backend}/api/v1/auth/csrf", timeout=10).json()["csrf_token"]
    nested_login = csrf_http.post(f"{backend}/api/v1/auth/login", data=nested, timeout=30,
                                  headers={"Content-Type": "application/json", "X-CSRF-Token": token})
    nested_rest = requests.post(rest, data=nested, headers={"Content-Type": "application/json"}, timeout=30)
    big_rest = requests.post(rest, json={"sender": "rest-big", "message": "投诉" * 17000}, timeout=60)
    print(f"deeply nested JSON: login {nested_login.status_code}, REST {nested_rest.status_code}; "
          f"100 KB message to REST: {big_rest.status_code}", flush=True)


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
