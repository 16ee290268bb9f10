"""Live call lines for the agent's page, without tying up the request workers.

Waitress serves every request on one of a few worker threads (BACKEND_THREADS, 4 by
default), so a server-sent-event stream held one of them for hours and four open pages
stopped the backend. The page now long-polls instead (GET .../lines?after=N&wait=S):
a request with nothing new waits for a line only while a waiting slot is free, and
for at most MAX_WAIT_S; otherwise it answers at once and the page asks again after
`retry_ms`. At most half the workers ever wait, so /healthz, the bots' look-ups and
filings always find a free one; every poll reads the database, so lines stored by
another backend process are seen too. Each agent may keep a few pages live at once
(CONSOLE_LIVE_VIEWS_PER_AGENT), so one agent cannot take every waiting slot.

Why not an async server or a second one for the stream path: it would mean another
port or process, a proxy rule and cross-origin cookies for one page; a bounded long
poll keeps one server, one origin and the same login, at the cost of up to
`IDLE_RETRY_MS` latency for pages that found no free slot.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

MAX_WAIT_S = 10.0          # a poll never holds a worker longer than this
RECHECK_S = 1.0            # lines written by another process are seen within this
IDLE_RETRY_MS = 1000       # a page that could not wait asks again after this
VIEW_TTL_S = MAX_WAIT_S + 20.0  # a page that stopped polling no longer counts


class LineBus:
    """Wakes this process's waiting polls when a line is stored (the database stays
    the source of truth)."""

    def __init__(self):
        self._cond = threading.Condition()
        self._version = 0

    def publish(self) -> None:
        with self._cond:
            self._version += 1
            self._cond.notify_all()

    def wait(self, seen: int, timeout: float) -> int:
        with self._cond:
            self._cond.wait_for(lambda: self._version != seen, timeout=timeout)
            return self._version

    @property
    def version(self) -> int:
        return self._version


class TooManyViews(Exception):
    def __init__(self, limit: int):
        super().__init__(limit)
        self.limit = limit


class LiveViews:
    """Which pages poll (per agent, capped) and who may wait (a few workers at most)."""

    def __init__(self, wait_slots: int, per_agent: int):
        self.wait_slots, self.per_agent = max(0, wait_slots), max(1, per_agent)
        self._lock = threading.Lock()
        self._waiting = 0
        self._views: dict[str, dict[str, float]] = {}  # agent -> view id -> last seen (monotonic)

    def touch(self, agent: str, view: str) -> None:
        """Registers a page's poll; raises TooManyViews past the agent's cap."""
        now = time.monotonic()
        with self._lock:
            views = {v: at for v, at in self._views.get(agent, {}).items() if now - at < VIEW_TTL_S}
            if view not in views and len(views) >= self.per_agent:
                self._views[agent] = views
                raise TooManyViews(self.per_agent)
            views[view] = now
            self._views[agent] = views

    def forget(self, agent: str, view: str) -> None:
        with self._lock:
            self._views.get(agent, {}).pop(view, None)

    def open_views(self, agent: str) -> int:
        now = time.monotonic()
        with self._lock:
            return sum(1 for at in self._views.get(agent, {}).values() if now - at < VIEW_TTL_S)

    @contextmanager
    def waiting_slot(self) -> Iterator[bool]:
        """True when this request may wait for a line; False: answer at once."""
        with self._lock:
            granted = self._waiting < self.wait_slots
            if granted:
                self._waiting += 1
        try:
            yield granted
        finally:
            if granted:
                with self._lock:
                    self._waiting -= 1

    @property
    def waiting(self) -> int:
        return self._waiting


bus = LineBus()
