"""Engine and sessions: SQLite (WAL) by default, PostgreSQL by DATABASE_URL."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from flask import current_app
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker


class Base(DeclarativeBase):
    pass


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)

    engine = create_engine(url, pool_size=16, max_overflow=8, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection, _record):
        # The driver's own transaction handling is off so that we can choose
        # BEGIN IMMEDIATE below (SQLAlchemy's documented pysqlite recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        # WAL + NORMAL: durable across application crashes, one fsync per checkpoint.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _sqlite_begin(conn):
        # Writers take the write lock up front: a deferred transaction that reads
        # and then writes can fail at once with "database is locked" under load,
        # whatever the busy timeout.
        immediate = conn.get_execution_options().get("sqlite_immediate")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class _SerializedSession(Session):
    """A SQLite write session that holds the process's write lock until it is closed.

    SQLite admits one writer at a time; a thread that finds the database locked
    waits in SQLite's busy handler, which sleeps in steps of up to 100 ms. Queueing
    the writers of this process on a lock instead hands over at once (other
    processes, such as the CLI, still meet the busy timeout).
    """

    def __init__(self, *args, write_lock: threading.Lock, **kwargs):
        super().__init__(*args, **kwargs)
        write_lock.acquire()
        self._write_lock: threading.Lock | None = write_lock

    def close(self) -> None:
        try:
            super().close()
        finally:
            lock, self._write_lock = self._write_lock, None
            if lock is not None:
                lock.release()


class Database:
    """One engine per app; `session(write=True)` for transactions that write (use it in a
    `with` block: on SQLite it holds the write lock until closed)."""

    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._reader = sessionmaker(bind=self.engine, expire_on_commit=False)
        if self.is_sqlite:
            self._write_lock: threading.Lock | None = threading.Lock()
            self._write_engine = self.engine.execution_options(sqlite_immediate=True)
            self._writer = sessionmaker(bind=self._write_engine, expire_on_commit=False,
                                        class_=_SerializedSession, write_lock=self._write_lock)
        else:
            self._write_lock, self._write_engine = None, self.engine
            self._writer = sessionmaker(bind=self.engine, expire_on_commit=False)

    def session(self, write: bool = False) -> Session:
        return (self._writer if write else self._reader)()

    @contextmanager
    def write_transaction(self) -> Iterator[Connection]:
        """A Core connection in one write transaction, committed when the block ends
        (rolled back on an exception). For the hot path (ticket creation): an ORM
        session's bookkeeping cost more than the statements themselves. On SQLite it
        holds the same process-wide write lock as `session(write=True)`."""
        lock = self._write_lock
        if lock is not None:
            lock.acquire()
        try:
            with self._write_engine.begin() as conn:
                yield conn
        finally:
            if lock is not None:
                lock.release()

    def dispose(self) -> None:
        self.engine.dispose()


def db() -> Database:
    """The current app's database (one per app, made by create_app): every view reads it here."""
    return current_app.extensions["db"]
