"""Deadlines counted in working days, with China's official holidays and make-up workdays.

《消费者权益保护法》第四十六条 (in force): a complaint is dealt with, and the consumer
told, within 7 working days of receipt (the 2022 暂行办法 said the same of the decision to
accept; it is replaced by a 2026 text not held here, see kb-sources/SOURCES.md). A report
(举报) gets the bureau's 15 working days to check it and decide whether to open a case: a
target for staff (the overdue list), taken from texts we hold only in superseded form, so
the consumer is not promised it. ODR merchants get 10 working days before the bureau steps in.
"""
from __future__ import annotations

import datetime as dt
import functools
import logging
from zoneinfo import ZoneInfo

import chinese_calendar

log = logging.getLogger(__name__)

CHINA = ZoneInfo("Asia/Shanghai")
ACCEPT_WORKING_DAYS = {"complaint": 7, "report": 15}
ODR_WORKING_DAYS = 10


def china_today() -> dt.date:
    return dt.datetime.now(CHINA).date()


def is_workday(day: dt.date) -> bool:
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        # The State Council publishes each year's holidays in November; until the
        # library has them, count Monday to Friday.
        log.warning("no official holiday data for %s; counting Monday-Friday", day.year)
        return day.weekday() < 5


def add_working_days(received: dt.date, days: int) -> dt.date:
    """The day the period ends: the day of receipt is not counted (it starts the next day)."""
    day, counted = received, 0
    while counted < days:
        day += dt.timedelta(days=1)
        if is_workday(day):
            counted += 1
    return day


@functools.lru_cache(maxsize=1024)  # every ticket of a day asks the same question
def accept_due(ticket_type: str, received: dt.date) -> dt.date:
    return add_working_days(received, ACCEPT_WORKING_DAYS[ticket_type])


@functools.lru_cache(maxsize=1024)
def odr_due(received: dt.date) -> dt.date:
    return add_working_days(received, ODR_WORKING_DAYS)
