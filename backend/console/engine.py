"""The suggestion engine of this process (one: the knowledge base's indexes and caches
are process-wide) and its warm-up when an agent opens the console."""
from __future__ import annotations

import logging
import os
import threading

from flask import current_app

from backend.console.suggest import SuggestionEngine

log = logging.getLogger(__name__)

_lock = threading.Lock()
_engine: SuggestionEngine | None = None
_warm = threading.Event()


def engine() -> SuggestionEngine:
    global _engine
    with _lock:
        if _engine is None:
            from backend.console.fields import FieldExtractor, RasaNlu
            rasa_url = current_app.config.get("RASA_URL") or os.environ.get("RASA_URL", "http://127.0.0.1:5005")
            token = current_app.config.get("RASA_TOKEN") or os.environ.get("RASA_TOKEN", "")
            use_rasa = str(current_app.config.get("CONSOLE_USE_RASA", "1")).lower() not in ("0", "false", "")
            _engine = SuggestionEngine(FieldExtractor(RasaNlu(rasa_url, token) if use_rasa else None, use_rasa))
        return _engine


def warm_up_in_background() -> None:
    """The agent opens the page before the first call: load the indexes meanwhile."""
    if _warm.is_set():
        return
    _warm.set()
    eng = engine()
    threading.Thread(target=_safe_warm_up, args=(eng,), name="console-warm-up", daemon=True).start()


def _safe_warm_up(eng: SuggestionEngine) -> None:
    try:
        eng.warm_up()
    except Exception:  # a broken index must not take the console down; suggest() says what is missing
        log.exception("console warm-up failed")
