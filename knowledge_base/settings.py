"""Where the knowledge base reads its sources and writes its index (env settings)."""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DATA = Path(__file__).resolve().parent / "data"


def _path(name: str, default: str) -> Path:
    # Relative settings are relative to the repository root, as in .env.example.
    value = Path(os.environ.get(name) or default)
    return value if value.is_absolute() else (ROOT / value).resolve()


def sources_dir() -> Path:
    return _path("KB_SOURCES", "../shared/kb-sources")


def seeds_dir() -> Path:
    return _path("KB_SEEDS", "../shared/seeds")


def corpora_dir() -> Path:
    return _path("KB_CORPORA", "../shared/corpora")


def index_dir() -> Path:
    return _path("KB_INDEX_DIR", "var/kb")
