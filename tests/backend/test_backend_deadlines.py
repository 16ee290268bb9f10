"""Working-day deadlines over China's official holidays and make-up workdays."""
from __future__ import annotations

import datetime as dt

import pytest

from backend import deadlines

D = dt.date


@pytest.mark.parametrize("received, due", [
    # Tuesday before 国庆 2026 (Oct 1-7 off): Sep 30, Oct 8, 9, Saturday Oct 10
    # (make-up workday), 12, 13, 14.
    (D(2026, 9, 29), D(2026, 10, 14)),
    # Received during the holiday: counting starts with the first workday after it.
    (D(2026, 10, 3), D(2026, 10, 15)),
    # An ordinary week: Monday + 7 working days skips one weekend.
    (D(2026, 11, 23), D(2026, 12, 2)),
])
def test_complaint_accept_due(received, due):
    assert deadlines.accept_due("complaint", received) == due


def test_make_up_saturday_counts_and_holiday_weekday_does_not():
    assert deadlines.is_workday(D(2026, 10, 10))  # Saturday, 国庆 make-up workday
    assert not deadlines.is_workday(D(2026, 10, 5))  # Monday inside 国庆
    assert deadlines.add_working_days(D(2026, 10, 9), 1) == D(2026, 10, 10)


def test_report_and_odr_periods():
    assert deadlines.accept_due("report", D(2026, 9, 29)) == D(2026, 10, 26)
    assert deadlines.odr_due(D(2026, 9, 29)) == D(2026, 10, 19)


def test_year_without_official_data_counts_weekdays():
    # Beyond the library's published years: Monday-Friday (warned in the log).
    due = deadlines.add_working_days(D(2031, 3, 7), 7)  # a Friday
    assert due == D(2031, 3, 18)
