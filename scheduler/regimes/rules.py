"""The vocabulary a legal regime is described with: periods, extensions, rolling, pauses.

Each regime module states its rules as data built from these classes, next to the public
sources they come from; the engine in `scheduler.deadlines` only interprets that data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from scheduler.calendar import WEEKEND, add_months

PauseRule = Literal["policy", "always", "never"]
"""How waiting for the data subject affects the clock.

`policy`: the law is silent, the controller's `pause_policy` decides; `always`: the law
stops the clock; `never`: the law says the clock runs regardless.
"""


@dataclass(frozen=True)
class Period:
    """A length of time counted from the day after the day the period runs from."""

    months: int = 0
    days: int = 0

    def end(self, runs_from: date) -> tuple[date, bool]:
        """Last day of the period, and whether a month end had to be clamped."""
        if self.months:
            return add_months(runs_from, self.months)
        return runs_from + timedelta(days=self.days), False

    def describe(self) -> str:
        """`one month`, `three months`, `45 days`..."""
        words = {1: "one", 2: "two", 3: "three"}
        if self.months:
            unit = "month" if self.months == 1 else "months"
            return f"{words.get(self.months, str(self.months))} {unit}"
        return f"{self.days} calendar days"


@dataclass(frozen=True)
class Extension:
    """How far the period may be extended, and from which date the extension is counted.

    Attributes:
        period: the extension's length; None when the law lets the controller set it.
        counted_from: `period_end` adds `period` to the original, unrolled end of the first
            period; `clock_start` counts `period` (the total) from the day the clock runs from.
        source: the provision, for the explanation.
    """

    period: Period | None
    counted_from: Literal["period_end", "clock_start"]
    source: str


@dataclass(frozen=True)
class Rolling:
    """Which last days are moved to the next working day.

    Attributes:
        weekend: weekdays (Monday = 0) that never end a period.
        observed: whether substitute ("observed") holidays count as holidays.
        source: the provision, for the explanation.
    """

    source: str
    weekend: frozenset[int] = WEEKEND
    observed: bool = True


@dataclass(frozen=True)
class Regime:
    """One legal regime's deadline rules.

    Attributes:
        name: the regime code, such as `eu-gdpr`.
        period: the response period.
        period_source: the provision setting it, for the explanation.
        start_note: how the first counted day is chosen, for the explanation; `{day}`
            names the day the period runs from and `{first}` the first counted day.
        rolling: how a last day on a non-working day moves; None when it never moves.
        no_rolling_note: explanation when a period ends on a non-working day but stays.
        extension: the extension the law allows, or None.
        pauses: how waiting for the data subject affects the clock.
        pause_note: the provision or reading behind `pauses`, for the explanation.
        later_clock_start: whether the clock may run from a date later than receipt.
        clock_start_note: the rule for a later clock start, or why it is ignored.
        acknowledge_business_days: business days to confirm receipt, or None.
        acknowledge_source: the provision setting them, for the explanation.
    """

    name: str
    period: Period
    period_source: str
    start_note: str
    rolling: Rolling | None
    extension: Extension | None
    pauses: PauseRule
    pause_note: str
    clock_start_note: str
    later_clock_start: bool = True
    no_rolling_note: str = ""
    acknowledge_business_days: int | None = None
    acknowledge_source: str = ""
