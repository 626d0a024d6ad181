"""Legal deadlines for data-subject requests: a pure engine, no clock and no I/O."""

from __future__ import annotations

from scheduler.calendar import is_working_day
from scheduler.deadlines import (
    REGIMES,
    DeadlineError,
    Deadlines,
    Pause,
    PausePolicy,
    check_extension,
    compute_deadlines,
)

__all__ = [
    "REGIMES",
    "DeadlineError",
    "Deadlines",
    "Pause",
    "PausePolicy",
    "check_extension",
    "compute_deadlines",
    "is_working_day",
]
