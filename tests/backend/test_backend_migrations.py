"""Alembic: upgrade from an empty database, downgrade one step, and models == migrations."""
from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from backend import migrate, models  # noqa: F401  (tables on Base.metadata)
from backend.db import Base, make_engine


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_engine(request, tmp_path):
    url = f"sqlite:///{tmp_path / 'm.db'}" if request.param == "sqlite" else request.getfixturevalue("pg_schema_url")()
    engine = make_engine(url)
    yield engine
    engine.dispose()


def _revision(engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _tables(engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def test_upgrade_from_empty_then_downgrade_one_step(empty_engine):
    script = ScriptDirectory.from_config(migrate.alembic_config(empty_engine))
    head = script.get_current_head()
    previous = script.get_revision(head).down_revision
    assert _tables(empty_engine) == set()

    migrate.upgrade(empty_engine)
    assert _revision(empty_engine) == head
    expected = {"tickets", "ticket_events", "audit_log", "evidence", "staff_users", "odr_merchants"}
    assert expected <= _tables(empty_engine)

    at_head = _tables(empty_engine)
    migrate.downgrade(empty_engine, "-1")
    assert _revision(empty_engine) == previous
    assert {"tickets", "ticket_events", "evidence"} <= _tables(empty_engine) <= at_head
    migrate.upgrade(empty_engine)
    assert _revision(empty_engine) == head and _tables(empty_engine) == at_head


def test_odr_step_down_and_up_keeps_tickets(empty_engine):
    """0002 (ODR) adds columns to a table with rows: going down and up again keeps the rows."""
    migrate.upgrade(empty_engine, "0002")
    with empty_engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO tickets (ticket_no, idempotency_key, request_hash, type, channel, merchant_name, problem,"
            " anonymous, status, received_on, created_at, updated_at, odr_consent) VALUES ('TS20261001-000001',"
            " 'k-1', 'h', 'complaint', 'web', 'm', 'p', false, 'submitted', '2026-10-01', '2026-10-01 00:00:00',"
            " '2026-10-01 00:00:00', false)")
        conn.exec_driver_sql("INSERT INTO ticket_events (ticket_id, to_status, actor, at) "
                             "SELECT id, 'submitted', 'test', '2026-10-01 00:00:00' FROM tickets")
    migrate.downgrade(empty_engine, "-1")
    assert _revision(empty_engine) == "0001"
    assert "odr_merchants" not in _tables(empty_engine)
    assert "odr_due" not in {c["name"] for c in inspect(empty_engine).get_columns("tickets")}
    migrate.upgrade(empty_engine, "0002")
    with empty_engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM tickets").scalar() == 1
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM ticket_events").scalar() == 1


def test_models_match_migrations(empty_engine):
    migrate.upgrade(empty_engine)
    own_tables = {name for name in Base.metadata.tables if not name.startswith("console_")}
    with empty_engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    # Only this package's tables: the console's tables come with their own models and migration.
    relevant = [d for d in diff if _table_of(d) in own_tables]
    if empty_engine.dialect.name == "sqlite":
        # SQLAlchemy does not reflect ON DELETE of a column-level REFERENCES clause
        # (0002 adds one); SQLite itself has it, which PRAGMA shows.
        relevant = [d for d in relevant if not (d[0] in ("add_fk", "remove_fk") and _fk_key(d[1]) == (
            "tickets", ("odr_merchant_id",), ("odr_merchants.id",)))]
        with empty_engine.connect() as conn:
            fks = conn.exec_driver_sql("PRAGMA foreign_key_list(tickets)").fetchall()
        assert [(fk[2], fk[3], fk[6]) for fk in fks if fk[3] == "odr_merchant_id"] == [
            ("odr_merchants", "odr_merchant_id", "SET NULL")]
    assert relevant == []


def _fk_key(fk):
    return fk.table.name, tuple(c.name for c in fk.columns), tuple(e.target_fullname for e in fk.elements)


def _table_of(diff_item) -> str | None:
    """The table an alembic diff entry is about (entries have several shapes)."""
    if isinstance(diff_item, list):  # modify_* entries: (op, schema, table, column, ...)
        return diff_item[0][2]
    op, target = diff_item[0], diff_item[1]
    if op in ("add_table", "remove_table"):
        return target.name
    if op in ("add_column", "remove_column"):
        return diff_item[2]
    return getattr(getattr(target, "table", None), "name", None)


