"""What a request's event log says about its life: verification, pauses, extension, end.

Pure: it reads event facts (action, time, detail) and returns dates in the
controller's time zone. The deadline recomputation and the register both
read the log through this one function, so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

VERIFICATION_REQUIRED = "verification_required"
IDENTITY_VERIFIED = "identity_verified"
EXTENDED = "extended"
PAUSED = "paused"
RESUMED = "resumed"
CLOSING_ACTIONS = {"answered": "answered", "refused": "refused", "closed": ""}


@dataclass(frozen=True)
class Fact:
    """One event, as much of it as the life cycle needs."""

    action: str
    at: datetime
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class History:
    """The dates that shape a request's deadlines and its register row."""

    verification_required: bool = False
    verified_on: date | None = None
    extended_on: date | None = None
    pauses: tuple[tuple[date, date | None], ...] = ()
    closed_on: date | None = None
    outcome: str | None = None

    @property
    def paused_now(self) -> bool:
        """Whether the last pause is still open."""
        return bool(self.pauses) and self.pauses[-1][1] is None


def read_history(facts: Iterable[Fact], zone: ZoneInfo) -> History:
    """Fold event facts, oldest first, into a :class:`History`."""
    required, verified, extended = False, None, None
    pauses: list[tuple[date, date | None]] = []
    closed_on, outcome = None, None
    for fact in facts:
        day = fact.at.astimezone(zone).date()
        if fact.action == VERIFICATION_REQUIRED:
            required = True
        elif fact.action == IDENTITY_VERIFIED and verified is None:
            verified = day
        elif fact.action == EXTENDED and extended is None:
            extended = day
        elif fact.action == PAUSED:
            pauses.append((day, None))
        elif fact.action == RESUMED and pauses and pauses[-1][1] is None:
            pauses[-1] = (pauses[-1][0], day)
        elif fact.action in CLOSING_ACTIONS:
            closed_on = day
            outcome = CLOSING_ACTIONS[fact.action] or str(fact.detail.get("to", "closed"))
    return History(required, verified, extended, tuple(pauses), closed_on, outcome)
