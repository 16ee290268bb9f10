"""A socket.io client for probing the widget's channel; runs in the Rasa environment
(python-socketio lives there): `.venv-rasa/bin/python tools/socketio_probe.py URL ASKED TEXT NAMED ORIGIN`.

Connects (long polling), asks for session ASKED (empty: none), then sends TEXT naming
session NAMED (empty: the confirmed one) and prints what came back as one JSON line:
{"connected", "session", "replies"}. Used by tests/security and bench/bench_abuse.py.
"""
import asyncio
import json
import sys
import traceback

import socketio


async def main(url, asked, text, named, origin):
    sio = socketio.AsyncClient()
    confirmed, replies = asyncio.Queue(), []
    sio.on("session_confirm", lambda sid: confirmed.put_nowait(sid))
    sio.on("bot_uttered", lambda m: replies.append(m))
    headers = {"Origin": origin} if origin else {}
    try:
        await sio.connect(url, socketio_path="/socket.io", transports=["polling"], headers=headers)
    except Exception as exc:
        traceback.print_exc()  # to stderr, for whoever reads the probe's log
        print(json.dumps({"connected": False, "error": type(exc).__name__}))
        return
    await sio.emit("session_request", {"session_id": asked or None})
    session = await asyncio.wait_for(confirmed.get(), 20)
    if text:
        await sio.emit("user_uttered", {"message": text, "session_id": named or session})
        for _ in range(100):
            if replies:
                break
            await asyncio.sleep(0.1)
        await asyncio.sleep(0.5)
    await sio.disconnect()
    print(json.dumps({"connected": True, "session": session, "replies": replies}, ensure_ascii=False))

asyncio.run(main(*sys.argv[1:6]))
