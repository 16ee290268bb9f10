"""Complaint fields from what the caller says, with where each value came from.

Two sources, the same the dialogue uses: Rasa NLU entities (`POST /model/parse` on
Rasa's HTTP API) and the dialogue's own extractors and validators (`actions/`). Rasa
is optional at run time: when it does not answer, the console keeps working on the
Python extractors and says so (`degraded`), and does not try again for a while so one
slow Rasa does not cost every caller line its timeout.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass
from datetime import date

import re

import requests

from backend.console import dialogue

log = logging.getLogger(__name__)

# Rasa entity names (bot/domain) -> complaint field (the form's slot names).
ENTITY_FIELDS = {
    "phone": "phone", "amount": "amount", "money": "amount", "date": "purchase_date",
    "purchase_date": "purchase_date", "merchant": "merchant_name",
    "merchant_name": "merchant_name", "product": "product", "order_no": "order_no",
    "order_number": "order_no", "complainant_name": "complainant_name", "name": "complainant_name",
    "merchant_address": "merchant_address", "address": "merchant_address", "demand": "demand",
}

PHONE_ATTEMPT = re.compile(r"(?:电话|手机|号码|联系方式)[^0-9０-９]{0,6}([0-9０-９][0-9０-９ \-]{3,20}[0-9０-９])")


@dataclass
class Found:
    field: str
    raw: str
    value: object
    valid: bool
    message: str | None
    source: str  # e.g. "rasa:RegexEntityExtractor", "extractor", "agent"


class RasaNlu:
    """Rasa's HTTP API parse endpoint, with a short timeout and a back-off when down."""

    RETRY_AFTER_S = 30.0

    def __init__(self, url: str | None = None, token: str | None = None, timeout: float = 0.25):
        self.url = (url if url is not None else os.environ.get("RASA_URL", "http://127.0.0.1:5005")).rstrip("/")
        self.token = token if token is not None else os.environ.get("RASA_TOKEN", "")
        self.timeout = timeout
        self._down_until = 0.0
        self._session = requests.Session()
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        return bool(self.url) and time.monotonic() >= self._down_until

    def warm_up(self) -> bool:
        """One parse with a patient timeout: Rasa's first answer after loading is slow."""
        timeout, self.timeout, self._down_until = self.timeout, 10.0, 0.0
        try:
            return self.parse("你好") is not None
        finally:
            self.timeout = timeout

    def parse(self, text: str) -> dict | None:
        """Rasa's parse of one utterance (intent, entities), or None when not reachable."""
        if not self.available:
            return None
        try:
            r = self._session.post(f"{self.url}/model/parse", params={"token": self.token},
                                   json={"text": text}, timeout=self.timeout)
            r.raise_for_status()
            return r.json()
        except (requests.RequestException, ValueError) as exc:
            with self._lock:
                self._down_until = time.monotonic() + self.RETRY_AFTER_S
            log.info("Rasa NLU not reachable (%s); using the Python extractors for %.0fs",
                     type(exc).__name__, self.RETRY_AFTER_S)
            return None


class FieldExtractor:
    def __init__(self, nlu: RasaNlu | None = None, use_rasa: bool = True):
        self.nlu = nlu if nlu is not None else (RasaNlu() if use_rasa else None)
        self._intents: dict[str, tuple[str, float]] = {}

    def warm_up(self) -> None:
        if self.nlu is not None:
            self.nlu.warm_up()

    def intent(self, text: str) -> tuple[str, float] | None:
        """Rasa's intent for a line extract() has seen (None without Rasa)."""
        return self._intents.get(text)

    def degraded(self) -> list[str]:
        out = list(dialogue.missing())
        if self.nlu is None or not self.nlu.available:
            out.append("rasa")
        return out

    def validate(self, name: str, raw: str, today: date | None = None) -> Found:
        value, message = dialogue.normalise(name, raw, today or date.today())
        return Found(name, raw, value, message is None, message, "validator")

    def extract(self, text: str, today: date | None = None) -> list[Found]:
        """Fields found in one caller line. Rasa's entities come first; the Python
        extractors fill what Rasa missed; every value passes the same validators."""
        today = today or date.today()
        found: dict[str, Found] = {}
        parsed = self.nlu.parse(text) if self.nlu is not None else None
        if parsed and parsed.get("intent"):
            if len(self._intents) > 5000:
                self._intents.clear()
            self._intents[text] = (parsed["intent"].get("name"), float(parsed["intent"].get("confidence") or 0))
        for entity in (parsed or {}).get("entities", []):
            name = ENTITY_FIELDS.get(entity.get("entity", ""))
            if not name or name in found:
                continue
            raw = str(entity.get("value", ""))
            span = text[entity["start"]:entity["end"]] if "start" in entity and "end" in entity else raw
            value, message = dialogue.normalise(name, raw, today)
            found[name] = Found(name, span, value, message is None, message,
                                f"rasa:{entity.get('extractor', 'nlu')}")
        for name, value in dialogue.extract(text, today).items():
            if value in (None, ""):
                continue
            # The extractors return canonical values already; a valid Rasa value stays
            # (it says where it came from), an invalid one gives way to the rules'.
            if name in found and found[name].valid:
                continue
            found[name] = Found(name, str(value), value, True, None, "extractor")
        if "phone" not in found:
            # A number said for the phone that the rules could not read: the agent must
            # hear about it (a digit missed on the line), not see an empty field.
            attempt = PHONE_ATTEMPT.search(text)
            if attempt:
                raw = attempt.group(1)
                value, message = dialogue.normalise("phone", raw, today)
                found["phone"] = Found("phone", raw, value, message is None, message, "validator")
        return list(found.values())
