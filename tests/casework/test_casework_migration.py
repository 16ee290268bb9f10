"""The 0200_casework migration: down and up again on a database with tickets; tickets
filed before it get their bureau from the stored merchant address."""
from __future__ import annotations

import uuid

from sqlalchemy import inspect

from backend import create_app, migrate

import casework_testlib as lib


def test_downgrade_and_upgrade_assign_existing_tickets(tmp_path):
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'm.db'}", "BACKEND_SERVICE_TOKEN": lib.SERVICE_TOKEN,
                      "SECRET_KEY": "test-secret-casework-0123456789", "EVIDENCE_DIR": str(tmp_path / "ev")})
    engine = app.extensions["db"].engine
    try:
        migrate.upgrade(engine)
        client = app.test_client()
        numbers = {}
        for address in ("宜宾市叙州区南岸街道", "万达广场3楼"):
            r = client.post("/api/v1/tickets", headers={**lib.SERVICE, "Idempotency-Key": uuid.uuid4().hex}, json={
                "type": "complaint", "channel": "web", "complainant_name": "王五", "phone": "13600136000",
                "merchant_name": "某店", "merchant_address": address, "problem": "问题", "demand": "退款"})
            numbers[address] = r.get_json()["ticket_no"]
        migrate.downgrade(engine, "0100_console")
        assert "notifications" not in inspect(engine).get_table_names()
        assert "bureau_code" not in {c["name"] for c in inspect(engine).get_columns("tickets")}
        migrate.upgrade(engine)
        with engine.connect() as conn:
            rows = dict(conn.exec_driver_sql(
                "SELECT ticket_no, bureau_code || '|' || jurisdiction_confident FROM tickets").all())
        assert rows[numbers["宜宾市叙州区南岸街道"]] == "511504|1"
        assert rows[numbers["万达广场3楼"]] is None  # NULL bureau: unassigned, seen by all-bureau staff
    finally:
        app.extensions["db"].dispose()
