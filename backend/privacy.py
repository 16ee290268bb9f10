"""Personal data never reaches the logs in clear: phone numbers and names are masked."""
from __future__ import annotations

import logging
import re

# Mainland mobile numbers, with or without +86, and landlines like 010-12345678.
_PHONE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?(1[3-9]\d)[- ]?\d{4}[- ]?(\d{4})(?!\d)"
                    r"|(?<!\d)(0\d{2,3}-?)\d{3,4}(\d{4})(?!\d)")


def mask_phone(text: str | None) -> str:
    if not text:
        return ""
    return _PHONE.sub(lambda m: f"{m.group(1)}****{m.group(2)}" if m.group(1) else f"{m.group(3)}****{m.group(4)}",
                      text)


def mask_name(name: str | None) -> str:
    if not name:
        return ""
    return name[0] + "*" * max(1, len(name) - 1)


class MaskPhonesFilter(logging.Filter):
    """Safety net on every handler: masks phone numbers that slipped into a log line."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_phone(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def install_log_masking() -> None:
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in root.handlers:
        if not any(isinstance(f, MaskPhonesFilter) for f in handler.filters):
            handler.addFilter(MaskPhonesFilter())
