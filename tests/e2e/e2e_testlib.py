"""What the end-to-end tests share: a conversation through Rasa's REST channel and the
tickets it filed (the stack itself is the session fixture in conftest.py)."""
from __future__ import annotations

import re
import sqlite3
import uuid

import requests


class Conversation:
    def __init__(self, stack, channel=None):
        self.stack = stack
        self.sender = f"e2e-{uuid.uuid4().hex[:12]}"
        self.metadata = {"channel": channel} if channel else None

    def say(self, text: str) -> str:
        body = {"sender": self.sender, "message": text}
        if self.metadata:
            body["metadata"] = self.metadata
        r = requests.post(f"{self.stack.env['RASA_URL']}/webhooks/rest/webhook", json=body, timeout=120)
        r.raise_for_status()
        return "\n".join(m.get("text", "") for m in r.json())

    def tracker(self) -> dict:
        r = requests.get(f"{self.stack.env['RASA_URL']}/conversations/{self.sender}/tracker",
                         params={"token": self.stack.env["RASA_TOKEN"]}, timeout=30)
        r.raise_for_status()
        return r.json()

    def slots(self) -> dict:
        return self.tracker()["slots"]

    def form(self) -> str | None:
        return (self.tracker().get("active_loop") or {}).get("name")


def tickets(stack, where: str = "1=1", params=()) -> list[dict]:
    with sqlite3.connect(stack.db_path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(f"SELECT * FROM tickets WHERE {where}", params)]


def ticket_no_in(reply: str) -> str:
    m = re.search(r"(TS|JB)\d{8}-\d{6}", reply)
    assert m, reply
    return m.group(0)
