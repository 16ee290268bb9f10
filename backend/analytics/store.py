"""The analytics table, in the backend's database, and the counts the staff page shows.

One row per fact: a form started (key: conversation and event time) or a ticket
filed (key: ticket number). The broker delivers at least once; the unique key makes
a redelivered event count once.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from zoneinfo import ZoneInfo

from sqlalchemy import (Column, Date, DateTime, Engine, Integer, MetaData, String, Table, UniqueConstraint,
                        func, select)
from sqlalchemy.dialects import postgresql, sqlite

# The bureau's day: counts per day follow China Standard Time.
LOCAL_TZ = ZoneInfo("Asia/Shanghai")

metadata = MetaData()

facts = Table(
    "analytics_facts", metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),  # "started" | "filed"
    Column("key", String(250), nullable=False),
    Column("conversation_id", String(200)),
    Column("ticket_no", String(32)),
    Column("ticket_type", String(16)),  # complaint | report
    Column("category", String(64)),  # the dispute guide's type id, when known
    Column("merchant", String(200)),
    Column("channel", String(16)),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("day", Date, nullable=False, index=True),
    Column("hour", Integer, nullable=False),
    UniqueConstraint("kind", "key", name="uq_analytics_fact"),
)


def ensure_tables(engine: Engine) -> None:
    """Creates the analytics table if missing (it depends on no other table)."""
    metadata.create_all(engine, checkfirst=True)


def record(engine: Engine, rows: list[dict]) -> int:
    """Inserts facts, skipping those already recorded; returns how many were new."""
    if not rows:
        return 0
    values = []
    for row in rows:
        at = row["at"]
        local = at.astimezone(LOCAL_TZ)
        values.append({**row, "day": local.date(), "hour": local.hour})
    insert = (postgresql.insert if engine.dialect.name == "postgresql" else sqlite.insert)(facts)
    with engine.begin() as conn:
        result = conn.execute(insert.on_conflict_do_nothing(index_elements=["kind", "key"]), values)
    return max(result.rowcount, 0)


def category_label(category: str | None) -> str:
    """The dispute type's Chinese name from the dispute guide, else its id."""
    if not category:
        return "未分类"
    try:
        from knowledge_base.guide import get_type  # optional: another folder
        kind = get_type(category)
    except Exception:  # noqa: BLE001 - the label is cosmetic
        kind = None
    return getattr(kind, "name", None) or category


def summary(engine: Engine, days: int = 30, today: dt.date | None = None, top: int = 20) -> dict:
    """Counts for the last `days` days (local dates): totals, per category, merchant,
    channel, per day and channel, per hour of today."""
    today = today or dt.datetime.now(LOCAL_TZ).date()
    since = today - dt.timedelta(days=days - 1)
    in_window = facts.c.day >= since
    filed = in_window & (facts.c.kind == "filed")
    with engine.connect() as conn:
        totals = dict(conn.execute(
            select(facts.c.kind, func.count()).where(in_window).group_by(facts.c.kind)).all())

        def grouped(*columns, where=filed, limit=None):
            query = (select(*columns, func.count().label("n")).where(where).group_by(*columns)
                     .order_by(func.count().desc(), *columns))
            return conn.execute(query.limit(limit) if limit else query).all()

        by_category = [{"ticket_type": t or "complaint", "category": c, "label": category_label(c), "count": n}
                       for t, c, n in grouped(facts.c.ticket_type, facts.c.category)]
        by_merchant = [{"merchant": m or "（未知）", "count": n} for m, n in grouped(facts.c.merchant, limit=top)]
        by_channel = [{"channel": c or "unknown", "count": n} for c, n in grouped(facts.c.channel)]
        per_day: dict[str, dict] = defaultdict(lambda: {"filed": 0, "started": 0, "channels": {}})
        for day, kind, channel, n in conn.execute(
                select(facts.c.day, facts.c.kind, facts.c.channel, func.count())
                .where(in_window).group_by(facts.c.day, facts.c.kind, facts.c.channel)):
            entry = per_day[day.isoformat()]
            entry[kind] = entry.get(kind, 0) + n
            if kind == "filed":
                entry["channels"][channel or "unknown"] = n
        hours = dict(conn.execute(
            select(facts.c.hour, func.count()).where(filed & (facts.c.day == today)).group_by(facts.c.hour)).all())
    series = [{"day": (since + dt.timedelta(days=i)).isoformat(),
               **per_day.get((since + dt.timedelta(days=i)).isoformat(), {"filed": 0, "started": 0, "channels": {}})}
              for i in range(days)]
    return {
        "since": since.isoformat(), "until": today.isoformat(), "days": days,
        "filed": totals.get("filed", 0), "started": totals.get("started", 0),
        "by_category": by_category, "by_merchant": by_merchant, "by_channel": by_channel,
        "per_day": series, "today_by_hour": [{"hour": h, "count": hours.get(h, 0)} for h in range(24)],
    }
