"""Personal data never reaches a log in clear: phone numbers (and ID numbers) are masked
by a filter every service installs on its log handlers (backend, action server,
bridges, Rasa's channels). Standard library only, so each environment can import it."""
from __future__ import annotations

import logging
import re

# Mainland mobile numbers, with or without +86, and landlines like 010-12345678.
_PHONE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?(1[3-9]\d)[- ]?\d{4}[- ]?(\d{4})(?!\d)"
                    r"|(?<!\d)(0\d{2,3}-?)\d{3,4}(\d{4})(?!\d)")
# Resident identity card numbers (18 characters, the last may be X).
_ID_CARD = re.compile(r"(?<![0-9A-Za-z])(\d{6})(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
                      r"(\d{3}[\dXx])(?![0-9A-Za-z])")


def mask_phone(text: str | None) -> str:
    if not text:
        return ""
    text = _ID_CARD.sub(lambda m: f"{m.group(1)}********{m.group(2)}", text)
    return _PHONE.sub(lambda m: f"{m.group(1)}****{m.group(2)}" if m.group(1) else f"{m.group(3)}****{m.group(4)}",
                      text)


def mask_name(name: str | None) -> str:
    if not name:
        return ""
    return name[0] + "*" * max(1, len(name) - 1)


class MaskPhonesFilter(logging.Filter):
    """Safety net on every handler: masks phone numbers that slipped into a log line
    (message, arguments and the traceback text alike)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed call: leave it to the handler
            return True
        masked = mask_phone(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_phone(record.exc_text)
        return True


def install_log_masking(level: int | str | None = None) -> None:
    """Adds the filter to every handler of the root logger (configuring one if none)."""
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=level or logging.INFO,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in root.handlers:
        if not any(isinstance(f, MaskPhonesFilter) for f in handler.filters):
            handler.addFilter(MaskPhonesFilter())
