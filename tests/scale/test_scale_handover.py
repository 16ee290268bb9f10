"""One conversation across two Rasa instances: shared tracker store and lock store."""
from __future__ import annotations

import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
import psycopg
import pytest
import redis
from sqlalchemy.engine import make_url

from bench.conversation import Consumer, next_message, texts_of
from scale_testlib import rasa_urls

pytestmark = [pytest.mark.e2e, pytest.mark.postgres]


def say(base: str, sender: str, text: str) -> str:
    r = httpx.post(f"{base}/webhooks/rest/webhook", json={"sender": sender, "message": text}, timeout=60)
    assert r.status_code == 200, r.text
    return texts_of(r.json())


def tracker(base: str, env: dict, sender: str) -> dict:
    r = httpx.get(f"{base}/conversations/{sender}/tracker", params={"token": env["RASA_TOKEN"]}, timeout=30)
    assert r.status_code == 200, r.text
    return r.json()


def tickets_of(env: dict, sender: str) -> list[str]:
    url = make_url(env["DATABASE_URL"]).set(drivername="postgresql")
    with psycopg.connect(url.render_as_string(hide_password=False)) as conn:
        return [row[0] for row in conn.execute("SELECT ticket_no FROM tickets WHERE conversation_id = %s", (sender,))]


def test_a_complaint_moves_between_instances_mid_form_without_losing_a_slot(scaled_stack):
    env = scaled_stack.env
    instances = rasa_urls(env)
    consumer = Consumer(index=7, sender=f"rest:handover-{uuid.uuid4().hex[:8]}")
    answered: dict[str, str] = {}
    message, turn = "我要投诉", 0
    while message is not None and turn < 20:
        here, there = instances[turn % 2], instances[(turn + 1) % 2]
        bot_text = say(here, consumer.sender, message)
        message, state = next_message(consumer, bot_text)
        assert state != "unknown", f"unexpected bot reply at turn {turn}: {bot_text}"
        if not state.startswith("filed:"):  # filing clears the form, by design
            # what the form holds so far, read through the *other* instance
            slots = tracker(there, env, consumer.sender)["slots"]
            for slot in answered:
                assert slots.get(slot), f"turn {turn}: slot {slot} lost on the other instance: {slots}"
        if state.startswith("ask:"):
            # the answer goes to the other instance next; it must keep this slot afterwards
            answered[state.split(":", 1)[1]] = message
        turn += 1
    assert state.startswith("filed:"), f"no ticket after {turn} turns (last state {state})"
    assert len(answered) >= 4, f"too few form questions to prove anything: {answered}"
    # the conversation was filed once, with the values given on both instances
    assert tickets_of(env, consumer.sender) == [state.split(":", 1)[1]]


def test_concurrent_messages_for_one_sender_are_serialised_by_the_redis_lock(scaled_stack):
    env = scaled_stack.env
    instances = rasa_urls(env)
    sender = f"rest:lock-{uuid.uuid4().hex[:8]}"
    say(instances[0], sender, "你好")
    lock_key = f"{env['REDIS_LOCK_PREFIX']}:lock:{sender}"
    client = redis.Redis(host=env["REDIS_HOST"], port=int(env["REDIS_PORT"]), db=int(env["REDIS_DB"]))
    seen_lock = threading.Event()
    done = threading.Event()

    def watch():
        while not done.is_set():
            if client.exists(lock_key):
                seen_lock.set()
            time.sleep(0.005)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    # greetings: answered by the bot itself, so the time measured is the lock, not a slow action
    messages = [f"你好，在吗？{i}" for i in range(6)]
    with ThreadPoolExecutor(len(messages)) as pool:
        replies = list(pool.map(lambda im: say(instances[im[0] % 2], sender, im[1]), enumerate(messages)))
    done.set()
    watcher.join()
    assert all(replies), "every message got an answer"
    assert seen_lock.is_set(), f"no Redis lock {lock_key!r} seen while the messages were processed"

    events = tracker(instances[1], env, sender)["events"]
    users = [e["text"] for e in events if e["event"] == "user"]
    assert sorted(users) == sorted(["你好"] + messages), users
    # Serialised: each message's turn (user, actions, bot replies) ends with
    # action_listen before the next user message starts; nothing interleaves.
    for i, event in enumerate(events):
        if event["event"] == "user" and event["text"] in messages:
            previous = [e for e in events[:i] if e["event"] in ("action", "user")][-1]
            assert previous["event"] == "action" and previous["name"] == "action_listen", (
                f"message {event['text']!r} started before the previous turn ended: {previous}")
            following = events[i + 1:]
            end = next(j for j, e in enumerate(following) if e["event"] == "action" and e["name"] == "action_listen")
            assert not any(e["event"] == "user" for e in following[:end])
            assert any(e["event"] == "bot" for e in following[:end]), f"no reply to {event['text']!r}"
