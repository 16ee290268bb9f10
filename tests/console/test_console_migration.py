"""The console's migration creates exactly what its models declare (SQLite and
PostgreSQL), and steps down and up cleanly."""
from __future__ import annotations

import os

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.engine import make_url

from backend import migrate
from backend.console import models as console_models  # noqa: F401  (tables on Base.metadata)
from backend.db import Base, make_engine

CONSOLE_TABLES = {name for name in Base.metadata.tables if name.startswith("console_")}
PG_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request, tmp_path):
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
        yield engine
        engine.dispose()
        return
    import uuid

    import psycopg
    url = make_url(PG_URL)
    schema = f"test_console_{uuid.uuid4().hex[:10]}"
    try:
        admin = psycopg.connect(host=url.host, port=url.port or 5432, user=url.username, dbname=url.database,
                                autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable at {PG_URL} ({exc})")
    admin.execute(f'CREATE SCHEMA "{schema}"')
    engine = make_engine(url.update_query_dict({"options": f"-csearch_path={schema}"})
                         .render_as_string(hide_password=False))
    yield engine
    engine.dispose()
    admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
    admin.close()


def _table(diff) -> str | None:
    if isinstance(diff, list):
        return diff[0][2]
    if diff[0] in ("add_table", "remove_table"):
        return diff[1].name
    if diff[0] in ("add_column", "remove_column"):
        return diff[2]
    return getattr(getattr(diff[1], "table", None), "name", None)


def test_console_models_match_the_migration(engine):
    migrate.upgrade(engine)
    assert CONSOLE_TABLES == {"console_calls", "console_call_lines", "console_suggestion_events",
                              "console_handoffs", "console_handoff_replies"}
    assert CONSOLE_TABLES <= set(inspect(engine).get_table_names())
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert [d for d in diff if _table(d) in CONSOLE_TABLES] == []


def test_console_migration_steps_down_and_up(engine):
    migrate.upgrade(engine, "0100_console")
    migrate.downgrade(engine, "0002")
    assert not CONSOLE_TABLES & set(inspect(engine).get_table_names())
    assert "tickets" in inspect(engine).get_table_names()
    migrate.upgrade(engine, "0100_console")
    assert CONSOLE_TABLES <= set(inspect(engine).get_table_names())
