"""Alembic environment: uses the service's engine (SQLite pragmas included)."""
from __future__ import annotations

import os

from alembic import context

from backend import models  # noqa: F401  (registers the tables on Base.metadata)
from backend.config import database_url
from backend.db import Base, make_engine

config = context.config
engine = config.attributes.get("engine") or make_engine(
    database_url(os.environ.get("DATABASE_URL", "sqlite:///var/complaints.db")))

with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()
