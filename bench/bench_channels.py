"""Channel bridge overhead: how long the bridges add on top of Rasa's own answer time.

WeChat gives a callback 5 seconds; everything the bridge spends (signature, AES,
XML, the hop to Rasa) comes out of that budget. Rasa here is an instant loopback
stand-in, so the figures are the bridge's own cost. Prints p50/p95/max in ms.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor

import requests
from flask import Flask, jsonify, request
from werkzeug.serving import make_server
from wechatpy.crypto import WeChatCrypto

from tools.stack import ROOT, free_port

TOKEN, APPID, AES_KEY = "bench-token", "wxbench000000000", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
BOT_TOKEN, SECRET = "123:bench", "bench-secret"


def serve(app: Flask) -> str:
    port = free_port()
    server = make_server("127.0.0.1", port, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{port}"


def fake_rasa() -> str:
    app = Flask("bench-rasa")

    @app.post("/webhooks/bridge/webhook")  # the bridges' signed channel (bot/channels/bridge.py)
    def webhook():
        body = request.get_json()
        return jsonify([{"recipient_id": body["sender"], "text": "收到：" + body["message"]}])

    return serve(app)


def fake_bot_api(sent: dict[int, float]) -> str:
    app = Flask("bench-bot-api")

    @app.post(f"/bot{BOT_TOKEN}/<method>")
    def method(method: str):
        if method == "getMe":
            return jsonify(ok=True, result={"id": 1, "is_bot": True, "first_name": "b", "username": "b"})
        if method == "sendMessage":
            chat_id = int(json.loads(request.form["chat_id"]))
            sent[chat_id] = time.perf_counter()
            return jsonify(ok=True, result={"message_id": 1, "date": 0, "chat": {"id": chat_id, "type": "private"},
                                            "text": "x"})
        return jsonify(ok=True, result=True)

    return serve(app)


def start(module: str, env: dict[str, str], url: str) -> subprocess.Popen:
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen([sys.executable, "-m", module], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                            env={**os.environ, "LOG_LEVEL": "WARNING", **env})
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            requests.get(url, timeout=1)
            return proc
        except requests.RequestException:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError(f"{module} did not start")


def figures(name: str, samples: list[float]) -> None:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[int(len(ms) * 0.95) - 1]
    print(f"{name:<52} n={len(ms):<4} p50={statistics.median(ms):6.1f} ms  p95={p95:6.1f} ms  max={ms[-1]:6.1f} ms")


def wechat_round_trip(url: str, i: int, crypto: WeChatCrypto | None) -> float:
    ts, nonce = str(int(time.time())), f"n{i}"
    params = {"timestamp": ts, "nonce": nonce,
              "signature": hashlib.sha1("".join(sorted([TOKEN, ts, nonce])).encode()).hexdigest()}
    xml = (f"<xml><ToUserName>gh_b</ToUserName><FromUserName>o_{i % 50}</FromUserName><CreateTime>{ts}</CreateTime>"
           f"<MsgType>text</MsgType><Content>我要投诉{i}</Content><MsgId>{10**12 + i}</MsgId></xml>")
    if crypto:
        envelope = crypto.encrypt_message(xml, nonce, ts)
        root = ET.fromstring(envelope)
        params |= {"encrypt_type": "aes", "msg_signature": root.findtext("MsgSignature")}
        xml = f"<xml><ToUserName>gh_b</ToUserName><Encrypt>{root.findtext('Encrypt')}</Encrypt></xml>"
    started = time.perf_counter()
    r = requests.post(url, params=params, data=xml.encode(), timeout=10)
    elapsed = time.perf_counter() - started
    assert r.status_code == 200 and r.text != "success", r.text
    return elapsed


def bench_wechat(rasa_url: str, aes: bool, n: int = 200, concurrency: int = 1) -> None:
    port = free_port()
    env = {"WECHAT_TOKEN": TOKEN, "WECHAT_APPID": APPID, "WECHAT_SECRET": "x", "WECHAT_PORT": str(port),
           "RASA_URL": rasa_url, "WECHAT_AES_KEY": AES_KEY if aes else ""}
    proc = start("channels.wechat", env, f"http://127.0.0.1:{port}/healthz")
    crypto = WeChatCrypto(TOKEN, AES_KEY, APPID) if aes else None
    url = f"http://127.0.0.1:{port}/wechat"
    try:
        for i in range(10):  # warm-up
            wechat_round_trip(url, 10_000 + i, crypto)
        with ThreadPoolExecutor(concurrency) as pool:
            samples = list(pool.map(lambda i: wechat_round_trip(url, i, crypto), range(n)))
        mode = "safe mode (AES)" if aes else "plaintext"
        figures(f"WeChat passive reply, {mode}, {concurrency} at a time", samples)
    finally:
        proc.terminate()
        proc.wait(10)


def bench_telegram(rasa_url: str, n: int = 100) -> None:
    sent: dict[int, float] = {}
    api = fake_bot_api(sent)
    port = free_port()
    hook = f"http://127.0.0.1:{port}/tg"
    env = {"TELEGRAM_BOT_TOKEN": BOT_TOKEN, "TELEGRAM_API_BASE": api, "TELEGRAM_WEBHOOK_URL": hook,
           "TELEGRAM_SECRET_TOKEN": SECRET, "TELEGRAM_PORT": str(port), "RASA_URL": rasa_url}
    proc = start("channels.telegram", env, f"http://127.0.0.1:{port}/")
    samples = []
    try:
        for i in range(n + 10):
            chat = 5000 + i
            update = {"update_id": i + 1, "message": {"message_id": i + 1, "date": int(time.time()),
                      "chat": {"id": chat, "type": "private"}, "from": {"id": chat, "is_bot": False, "first_name": "x"},
                      "text": f"我要投诉{i}"}}
            started = time.perf_counter()
            requests.post(hook, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}, timeout=10)
            while chat not in sent and time.perf_counter() - started < 10:
                time.sleep(0.001)
            if i >= 10:  # the first ten are warm-up
                samples.append(sent[chat] - started)
        figures("Telegram webhook update -> sendMessage", samples)
    finally:
        proc.terminate()
        proc.wait(10)


def main() -> None:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    rasa_url = fake_rasa()
    print("Rasa is an instant loopback stand-in: figures are the bridges' own overhead.")
    bench_wechat(rasa_url, aes=False)
    bench_wechat(rasa_url, aes=True)
    bench_wechat(rasa_url, aes=True, concurrency=8)
    bench_telegram(rasa_url)


if __name__ == "__main__":
    main()
