"""Debian's Chromium for the browser tests (Playwright with executable_path): one
launch, the same flags everywhere, a skip that says how to install it."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


def require_chromium() -> None:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: run `make browser`")


def chromium(artifacts: Path | None = None) -> Iterator:
    """A headless Chromium for a fixture to yield from (`yield from chromium(dir)`);
    `artifacts` is created for the screenshots."""
    from playwright.sync_api import sync_playwright

    require_chromium()
    if artifacts is not None:
        artifacts.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()
