"""Settings: defaults, relative SQLite paths, privacy helpers."""
from __future__ import annotations

from backend import config
from backend.privacy import mask_name, mask_phone


def test_relative_sqlite_path_is_under_the_repo_root(monkeypatch):
    for key in config.DEFAULTS:
        monkeypatch.delenv(key, raising=False)
    values = config.load()
    assert values["DATABASE_URL"] == f"sqlite:///{config.ROOT / 'var' / 'complaints.db'}"
    assert values["BACKEND_SERVICE_TOKEN"] == "change-me-service-token"
    assert values["BACKEND_HOST"] == "127.0.0.1" and values["BACKEND_PORT"] == "8000"
    pg = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    assert config.load({"DATABASE_URL": pg})["DATABASE_URL"] == pg


def test_masking():
    assert mask_phone("客户 13800138000 来电，备用 +86 139-1234-5678") == "客户 138****8000 来电，备用 139****5678"
    assert mask_phone("订单 202610031234567890") == "订单 202610031234567890"  # long numbers are not phones
    assert mask_name("欧阳娜娜") == "欧***" and mask_name(None) == ""
