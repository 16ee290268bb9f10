"""Helpers the scale-out tests share (fixtures stay in conftest.py)."""
from __future__ import annotations


def rasa_urls(env: dict[str, str]) -> list[str]:
    """The two Rasa servers the scaled stack started, in order."""
    return [f"http://127.0.0.1:{env['RASA1_PORT']}", f"http://127.0.0.1:{env['RASA2_PORT']}"]
