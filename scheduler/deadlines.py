"""Pure legal-deadline engine: when a data-subject request must be answered.

No clock is read and nothing is stored: every date is passed in, and the same inputs
always give the same `Deadlines`, with a step-by-step explanation a lawyer can check.
The rules of each regime, and the public sources they come from, live in
`scheduler.regimes`; the arithmetic lives in `scheduler.calendar`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal, get_args

from scheduler.calendar import UnknownCountryError, canonical_country, format_day
from scheduler.regimes import REGISTRY, Regime
from scheduler.regimes.steps import Steps

PausePolicy = Literal["none", "suspend"]
REGIMES: tuple[str, ...] = tuple(REGISTRY)


class DeadlineError(ValueError):
    """Input no deadline can be computed from, or an extension the law does not allow."""


def _require_date(value: object, what: str) -> date:
    # A datetime is a date subclass, but its calendar day depends on the time zone: the
    # caller must decide which day a message arrived on, in the controller's zone.
    if isinstance(value, datetime) or not isinstance(value, date):
        raise DeadlineError(f"{what} must be a calendar date, not {type(value).__name__}")
    return value


@dataclass(frozen=True)
class Pause:
    """Days spent waiting for the data subject (identity, fee, clarification), inclusive."""

    start: date
    end: date

    def __post_init__(self) -> None:
        """Reject datetimes and reversed intervals.

        Raises:
            DeadlineError: if a bound is not a date or `start` is after `end`.
        """
        _require_date(self.start, "pause start")
        _require_date(self.end, "pause end")
        if self.start > self.end:
            raise DeadlineError(
                f"pause starts {format_day(self.start)}, after its end {format_day(self.end)}"
            )

    def days(self) -> tuple[date, ...]:
        """Every day of the pause."""
        length = (self.end - self.start).days + 1
        return tuple(self.start + timedelta(days=offset) for offset in range(length))


@dataclass(frozen=True)
class Deadlines:
    """The dates a request must be handled by, and how they were reached.

    Attributes:
        regime: the regime code, one of `REGIMES`.
        received: the day the request was received.
        clock_start: the day the period runs from (receipt, or the later day the clock
            started); that day itself is not counted.
        due: the last day to answer.
        extended_due: the last day when the period is extended, or None when the law
            allows no extension or lets the controller choose its length.
        extension_notice_by: the last day to tell the data subject of an extension, or
            None when no extension is possible.
        acknowledge_by: the last day to confirm receipt, or None when not required.
        explanation: one human-readable English step per line.
    """

    regime: str
    received: date
    clock_start: date
    due: date
    extended_due: date | None
    extension_notice_by: date | None
    acknowledge_by: date | None
    explanation: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        """A JSON-ready dict: ISO dates, None for absent dates, the explanation as a list."""

        def iso(day: date | None) -> str | None:
            return None if day is None else day.isoformat()

        return {
            "regime": self.regime,
            "received": iso(self.received),
            "clock_start": iso(self.clock_start),
            "due": iso(self.due),
            "extended_due": iso(self.extended_due),
            "extension_notice_by": iso(self.extension_notice_by),
            "acknowledge_by": iso(self.acknowledge_by),
            "explanation": list(self.explanation),
        }


def _regime(name: str) -> Regime:
    try:
        return REGISTRY[name]
    except KeyError:
        raise DeadlineError(
            f"unknown regime {name!r}; expected one of {', '.join(REGIMES)}"
        ) from None


def _country(code: str | None) -> str | None:
    if code is None:
        return None
    try:
        country, subdivision = canonical_country(code)
    except UnknownCountryError as error:
        raise DeadlineError(str(error)) from None
    return country if subdivision is None else f"{country}-{subdivision}"


def compute_deadlines(
    *,
    regime: str,
    received: date,
    country: str | None = None,
    clock_start: date | None = None,
    pauses: Sequence[Pause] = (),
    pause_policy: PausePolicy = "none",
) -> Deadlines:
    """Compute a request's deadlines under `regime`.

    Args:
        regime: one of `REGIMES`.
        received: the day the request was received, in the controller's time zone.
        country: the controller's `holidays` code (`FR`, `GB-ENG`, `CH-ZH`...); None
            treats only Saturdays and Sundays as non-working.
        clock_start: the day the period runs from when later than receipt (requested
            identity documents or fee received); defaults to `received`.
        pauses: waits for the data subject; whether they move dates depends on the regime.
        pause_policy: for regimes whose law is silent, whether pauses suspend the clock.

    Returns:
        The deadlines, with their explanation.

    Raises:
        DeadlineError: unknown regime or country, a datetime instead of a date,
            `clock_start` before `received`, a pause before receipt, a bad policy.
    """
    rules = _regime(regime)
    received = _require_date(received, "received")
    where = _country(country)
    if pause_policy not in get_args(PausePolicy):
        raise DeadlineError(f"pause_policy must be 'none' or 'suspend', not {pause_policy!r}")
    if clock_start is not None:
        clock_start = _require_date(clock_start, "clock_start")
        if clock_start < received:
            raise DeadlineError(
                f"clock_start {format_day(clock_start)} is before receipt {format_day(received)}"
            )
    for pause in pauses:
        if pause.start < received:
            raise DeadlineError(
                f"pause starting {format_day(pause.start)} is before receipt {format_day(received)}"
            )

    steps = Steps(rules, where)
    runs_from = steps.clock_start(received, clock_start)
    paused = steps.paused_days(
        tuple((pause.start, pause.end, pause.days()) for pause in pauses), pause_policy
    )
    due, nominal_end = steps.due(runs_from, paused)
    extended_due, notice_by = steps.extension(runs_from, nominal_end, due, paused)
    return Deadlines(
        regime=rules.name,
        received=received,
        clock_start=runs_from,
        due=due,
        extended_due=extended_due,
        extension_notice_by=notice_by,
        acknowledge_by=steps.acknowledgement(received),
        explanation=steps.lines(),
    )


def check_extension(
    *, deadlines: Deadlines, today: date, reason: str, already_extended: bool
) -> None:
    """Check that the controller may still extend the period today.

    Args:
        deadlines: the request's current deadlines.
        today: the day the extension notice would be sent.
        reason: the reason to give the data subject.
        already_extended: whether the period was extended before.

    Raises:
        DeadlineError: the regime allows no extension, the period was already extended,
            the reason is blank, or the notice would come too late.
    """
    rules = _regime(deadlines.regime)
    today = _require_date(today, "today")
    notice_by = deadlines.extension_notice_by
    if rules.extension is None or notice_by is None:
        raise DeadlineError(f"{rules.name} allows no extension of the response period")
    if already_extended:
        raise DeadlineError("the response period was already extended; it can be extended once")
    if not reason.strip():
        raise DeadlineError("an extension needs a reason to give the data subject")
    if today > notice_by:
        raise DeadlineError(
            f"too late to extend: the data subject had to be told by {format_day(notice_by)}"
        )
