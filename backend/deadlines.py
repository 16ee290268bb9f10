"""Deadlines counted in working days, with China's official holidays and make-up workdays.

《市场监督管理投诉举报处理暂行办法》第十八条: the decision to accept a complaint is
due within 7 working days of receipt. 《市场监督管理行政处罚程序规定》第十八条: a
report (举报) is checked and the decision whether to open a case is due within 15
working days. ODR merchants get 10 working days before the bureau steps in.
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
