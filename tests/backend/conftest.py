"""Backend fixtures: the app on SQLite and on PostgreSQL (a fresh schema per run)."""
from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy.engine import make_url

from backend import create_app, migrate
from backend.auth import create_staff

from backend_testlib import SERVICE_TOKEN
PG_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _pg_reachable() -> str | None:
    import psycopg

    try:
        url = make_url(PG_URL)
        with psycopg.connect(host=url.host, port=url.port or 5432, user=url.username, dbname=url.database,
                             password=url.password, connect_timeout=3):
            return None
    except Exception as exc:  # noqa: BLE001 - any failure means: skip, and say why
        return f"PostgreSQL not reachable at {PG_URL} ({type(exc).__name__}: {exc})"


@pytest.fixture(scope="session")
def pg_schema_url():
    """A URL whose connections use a schema made for this run; dropped afterwards."""
    import psycopg

    reason = _pg_reachable()
    if reason:
        pytest.skip(reason)
    url = make_url(PG_URL)
    schemas = []

    def make() -> str:
        schema = f"test_backend_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(host=url.host, port=url.port or 5432, user=url.username, dbname=url.database,
                             password=url.password, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        schemas.append(schema)
        return url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)

    yield make
    with psycopg.connect(host=url.host, port=url.port or 5432, user=url.username, dbname=url.database,
                         password=url.password, autocommit=True) as conn:
        for schema in schemas:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request, tmp_path_factory):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('db') / 'complaints.db'}"
    return request.getfixturevalue("pg_schema_url")()


@pytest.fixture(scope="module")
def app(database_url, tmp_path_factory):
    app = create_app({
        "DATABASE_URL": database_url,
        "BACKEND_SERVICE_TOKEN": SERVICE_TOKEN,
        "SECRET_KEY": "test-secret",
        "EVIDENCE_DIR": str(tmp_path_factory.mktemp("evidence")),
        "EVIDENCE_MAX_BYTES": 200_000,
    })
    migrate.upgrade(app.extensions["db"].engine)
    yield app
    app.extensions["db"].dispose()


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture(scope="module")
def staff_token(app):
    return create_staff(app.extensions["db"], f"alice-{uuid.uuid4().hex[:6]}", "correct horse 12315",
                        with_token=True)
