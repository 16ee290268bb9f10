"""Status notifications from the backend's outbox to the consumer's chat (issue 20).

The backend keeps every message for the consumer in its outbox (backend/notifications.py)
until a bridge reports it delivered. Each bridge polls
`GET /api/v1/notifications/pending?channel=<its channel>`, sends each message through
its platform, then reports `POST /api/v1/notifications/<id>/result`.

Exactly once, across crashes: after the platform accepts a message, and before the
backend hears of it, the bridge appends the id to a journal file (fsync'd, next to the
handoff cursor). A bridge killed after sending but before reporting finds the id in its
journal on restart and reports it instead of sending it again. What remains is the
platform call itself: a bridge killed while WeChat or Telegram is answering it cannot
know whether the message went out, and sends it again (at most one duplicate, only
then). A bridge that is down, or a platform that says "try later", leaves messages in
the outbox: nothing is lost, they go out when both are back, with a backoff per message.

Run one bridge process per channel (the journal is per channel and per host).
"""
from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path
from typing import Callable

import requests

from channels.common import ChannelSettings, Undeliverable, env

log = logging.getLogger(__name__)

BACKOFF_MAX_S = 300.0


class SentJournal:
    """Ids sent to the platform but maybe not yet reported, in an append-only file."""

    def __init__(self, path: Path):
        self.path = path
        self.unreported: dict[int, str] = {}
        self._load()

    def _load(self) -> None:
        try:
            lines = self.path.read_text().splitlines()
        except FileNotFoundError:
            return
        for line in lines:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                if parts[0] == "sent":
                    self.unreported[int(parts[1])] = parts[2] if len(parts) > 2 else ""
                elif parts[0] == "reported":
                    self.unreported.pop(int(parts[1]), None)

    def _append(self, line: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a") as out:
            out.write(line + "\n")
            out.flush()
            os.fsync(out.fileno())

    def sent(self, notification_id: int, via: str) -> None:
        self.unreported[notification_id] = via
        self._append(f"sent {notification_id} {via}")

    def reported(self, notification_id: int) -> None:
        self.unreported.pop(notification_id, None)
        self._append(f"reported {notification_id}")
        if not self.unreported and self.path.stat().st_size > 64 * 1024:
            self.path.write_text("")  # everything reported: start the file afresh


class NotificationRelay:
    """Polls the outbox for `channel` and hands each message to `deliver(item) -> via`.
    `deliver` raises RetryLater (keep it, try later) or Undeliverable (report failed)."""

    def __init__(self, settings: ChannelSettings, channel: str, deliver: Callable[[dict], str],
                 poll_s: float | None = None):
        self.settings, self.channel, self.deliver = settings, channel, deliver
        self.poll_s = float(env("NOTIFY_POLL_S", "2")) if poll_s is None else poll_s
        directory = Path(settings.handoff_cursor_dir)
        if not directory.is_absolute():
            directory = Path(__file__).resolve().parent.parent / directory
        self.journal = SentJournal(directory / f"notifications-{channel}.journal")
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {settings.service_token}"
        self._next_try: dict[int, tuple[float, float]] = {}  # id -> (monotonic time, current backoff)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._backend_down = False

    @property
    def base(self) -> str:
        return f"{self.settings.backend_url}/api/v1/notifications"

    def _report(self, notification_id: int, outcome: str, via: str | None = None, error: str | None = None) -> bool:
        try:
            r = self.http.post(f"{self.base}/{notification_id}/result", timeout=10,
                               json={"outcome": outcome, "via": via, "error": error})
        except requests.RequestException as exc:
            self._down(exc)
            return False
        if r.status_code == 404:  # the ticket was purged meanwhile: nothing left to report
            return True
        if r.status_code >= 300:
            self._down(f"HTTP {r.status_code}")
            return False
        return True

    def _down(self, why) -> None:
        if not self._backend_down:  # once per outage
            log.warning("notification outbox not reachable: %s", why)
        self._backend_down = True

    def fetch(self) -> list[dict] | None:
        try:
            r = self.http.get(f"{self.base}/pending", params={"channel": self.channel, "limit": 50}, timeout=10)
            r.raise_for_status()
            items = r.json()["notifications"]
        except (requests.RequestException, ValueError, KeyError, TypeError) as exc:
            self._down(exc)
            return None
        if self._backend_down:
            log.info("notification outbox reachable again")
        self._backend_down = False
        return items

    def run_once(self) -> int:
        """One round; returns how many messages were sent to the platform."""
        # Sent before a crash or an outage, not yet reported: report, never send again.
        for notification_id, via in list(self.journal.unreported.items()):
            if self._report(notification_id, "sent", via or None):
                self.journal.reported(notification_id)
            else:
                return 0
        items = self.fetch()
        if items is None:
            return 0
        sent = 0
        now = time.monotonic()
        for item in items:
            if self._stop.is_set():
                break
            notification_id = int(item["id"])
            if notification_id in self.journal.unreported:
                continue  # its report failed this round; it is retried above next round
            due, backoff = self._next_try.get(notification_id, (0.0, 0.0))
            if due > now:
                continue
            try:
                via = self.deliver(item)
            except Undeliverable as exc:
                log.warning("notification %s not deliverable: %s", notification_id, exc)
                self._report(notification_id, "failed", error=str(exc))
                self._next_try.pop(notification_id, None)
                continue
            except Exception as exc:  # RetryLater or anything unforeseen: keep it, back off
                backoff = min(max(backoff * 2, self.poll_s, 1.0), BACKOFF_MAX_S)
                self._next_try[notification_id] = (time.monotonic() + backoff, backoff)
                log.warning("notification %s not sent yet (retry in %.0fs): %s", notification_id, backoff, exc)
                self._report(notification_id, "retry", error=str(exc))
                continue
            self.journal.sent(notification_id, via)
            self._next_try.pop(notification_id, None)
            sent += 1
            log.info("notification %s sent via %s", notification_id, via)
            if self._report(notification_id, "sent", via):
                self.journal.reported(notification_id)
        return sent

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_once()
            except Exception:  # the relay must outlive any one bad round
                log.exception("notification relay round failed")
            self._stop.wait(self.poll_s)

    def start(self) -> "NotificationRelay":
        if self.poll_s > 0 and self._thread is None:
            self._thread = threading.Thread(target=self._loop, name=f"notify-{self.channel}", daemon=True)
            self._thread.start()
            log.info("delivering status notifications for %s every %ss", self.channel, self.poll_s)
        return self

    def stop(self, timeout: float = 5) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
