"""Pure timing rules of the scheduler: reminder stages, local days, digest due times."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from scheduler.digests import DigestKind, latest_due_time
from scheduler.sweeps import local_today, reminder_stage
from tests.scheduler.sweep_helpers import controller_settings


@pytest.mark.parametrize(
    ("days_left", "offsets", "stage"),
    [
        (10, (7, 3, 1), None),
        (7, (7, 3, 1), 7),
        (5, (7, 3, 1), 7),
        (3, (7, 3, 1), 3),
        (2, (7, 3, 1), 3),
        (1, (7, 3, 1), 1),
        (0, (7, 3, 1), 1),
        (0, (7, 3, 1, 0), 0),
        (-1, (7, 3, 1), None),
        (4, (), None),
        (14, (14,), 14),
    ],
)
def test_reminder_stage(days_left: int, offsets: tuple[int, ...], stage: int | None) -> None:
    assert reminder_stage(days_left, offsets) == stage


@pytest.mark.parametrize(
    ("zone", "now", "today"),
    [
        ("Europe/Paris", datetime(2027, 3, 27, 23, 30, tzinfo=UTC), date(2027, 3, 28)),
        ("UTC", datetime(2027, 3, 27, 23, 30, tzinfo=UTC), date(2027, 3, 27)),
        ("America/Los_Angeles", datetime(2027, 3, 8, 6, 0, tzinfo=UTC), date(2027, 3, 7)),
        ("Pacific/Auckland", datetime(2027, 3, 8, 12, 0, tzinfo=UTC), date(2027, 3, 9)),
        ("Asia/Kolkata", datetime(2027, 3, 8, 18, 29, tzinfo=UTC), date(2027, 3, 8)),
        ("Asia/Kolkata", datetime(2027, 3, 8, 18, 30, tzinfo=UTC), date(2027, 3, 9)),
    ],
)
def test_local_today(zone: str, now: datetime, today: date) -> None:
    assert local_today(now, controller_settings(zone=zone)) == today


# 2027-03-28 is the spring DST change in Paris (CET +1 → CEST +2);
# 2027-03-08 is a Monday.
@pytest.mark.parametrize(
    ("zone", "kind", "now", "period", "due_utc"),
    [
        ("Europe/Paris", "daily", datetime(2027, 3, 8, 6, 59, tzinfo=UTC), date(2027, 3, 7),
         datetime(2027, 3, 7, 7, 0, tzinfo=UTC)),
        ("Europe/Paris", "daily", datetime(2027, 3, 8, 7, 0, tzinfo=UTC), date(2027, 3, 8),
         datetime(2027, 3, 8, 7, 0, tzinfo=UTC)),
        ("Europe/Paris", "daily", datetime(2027, 3, 28, 6, 0, tzinfo=UTC), date(2027, 3, 28),
         datetime(2027, 3, 28, 6, 0, tzinfo=UTC)),
        ("Europe/Paris", "daily", datetime(2027, 3, 28, 5, 59, tzinfo=UTC), date(2027, 3, 27),
         datetime(2027, 3, 27, 7, 0, tzinfo=UTC)),
        ("America/Los_Angeles", "daily", datetime(2027, 3, 8, 15, 0, tzinfo=UTC),
         date(2027, 3, 7), datetime(2027, 3, 7, 16, 0, tzinfo=UTC)),
        ("Pacific/Auckland", "daily", datetime(2027, 3, 8, 12, 0, tzinfo=UTC),
         date(2027, 3, 8), datetime(2027, 3, 7, 19, 0, tzinfo=UTC)),
        ("Pacific/Auckland", "daily", datetime(2027, 3, 8, 19, 0, tzinfo=UTC),
         date(2027, 3, 9), datetime(2027, 3, 8, 19, 0, tzinfo=UTC)),
        ("Europe/Paris", "weekly", datetime(2027, 3, 8, 7, 0, tzinfo=UTC), date(2027, 3, 8),
         datetime(2027, 3, 8, 7, 0, tzinfo=UTC)),
        ("Europe/Paris", "weekly", datetime(2027, 3, 8, 6, 59, tzinfo=UTC), date(2027, 3, 1),
         datetime(2027, 3, 1, 7, 0, tzinfo=UTC)),
        ("Europe/Paris", "weekly", datetime(2027, 3, 14, 22, 0, tzinfo=UTC), date(2027, 3, 8),
         datetime(2027, 3, 8, 7, 0, tzinfo=UTC)),
        ("America/Los_Angeles", "weekly", datetime(2027, 3, 8, 7, 0, tzinfo=UTC),
         date(2027, 3, 1), datetime(2027, 3, 1, 16, 0, tzinfo=UTC)),
    ],
)  # fmt: skip
def test_latest_due_time(
    zone: str, kind: DigestKind, now: datetime, period: date, due_utc: datetime
) -> None:
    found_period, found_due = latest_due_time(now, controller_settings(zone=zone), kind)
    assert (found_period, found_due.astimezone(UTC)) == (period, due_utc)
    assert found_due <= now
