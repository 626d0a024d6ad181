"""Applies one regime's rules step by step, writing down each step in plain English."""

from __future__ import annotations

from datetime import date, timedelta

from scheduler.calendar import (
    add_business_days,
    extend_for_pauses,
    format_day,
    non_working_reason,
    roll_forward,
)
from scheduler.regimes.rules import Period, Regime

PauseSpan = tuple[date, date, tuple[date, ...]]
"""A pause's first day, last day and every day in between."""


class Steps:
    """Computes one request's dates under one regime and records the explanation."""

    def __init__(self, rules: Regime, country: str | None) -> None:
        """Start an explanation for `rules`, with holidays of `country` (None: weekends only)."""
        self._rules = rules
        self._country = country
        self._where = f" in {country}" if country else ""
        self._lines: list[str] = []
        self._received: date | None = None

    def lines(self) -> tuple[str, ...]:
        """The explanation so far, one step per line."""
        return tuple(self._lines)

    def clock_start(self, received: date, clock_start: date | None) -> date:
        """The day the period runs from: receipt, or a later start the regime accepts."""
        self._received = received
        self._lines.append(f"received {format_day(received)}")
        if self._country is None:
            self._lines.append("no country given: only Saturdays and Sundays count as non-working")
        runs_from = received
        if clock_start is not None and clock_start != received:
            if self._rules.later_clock_start:
                runs_from = clock_start
                self._lines.append(
                    f"clock starts from {format_day(clock_start)} ({self._rules.clock_start_note})"
                )
            else:
                self._lines.append(
                    f"later clock start {format_day(clock_start)} ignored"
                    f" ({self._rules.clock_start_note})"
                )
        first = format_day(runs_from + timedelta(days=1))
        day = "the day of receipt" if runs_from == received else "the clock-start day"
        self._lines.append(self._rules.start_note.format(first=first, day=day))
        return runs_from

    def paused_days(self, pauses: tuple[PauseSpan, ...], policy: str) -> frozenset[date]:
        """The paused days that suspend the clock under this regime and `policy`."""
        if not pauses:
            return frozenset()
        spans = ", ".join(f"{format_day(start)} to {format_day(end)}" for start, end, _ in pauses)
        kind = self._rules.pauses
        if kind == "always" or (kind == "policy" and policy == "suspend"):
            reason = self._rules.pause_note if kind == "always" else "pause_policy 'suspend'"
            self._lines.append(f"paused {spans}: paused days do not count ({reason})")
            return frozenset(day for _, _, days in pauses for day in days)
        reason = self._rules.pause_note if kind == "never" else "pause_policy 'none'"
        self._lines.append(f"paused {spans}: recorded, dates not moved ({reason})")
        return frozenset()

    def due(self, runs_from: date, paused: frozenset[date]) -> tuple[date, date]:
        """The due date, and the period's nominal (unpaused, unrolled) end."""
        period, source = self._rules.period, self._rules.period_source
        lead = f"{period.describe()} {self._from(runs_from)} ({source})"
        nominal_end = self._period_end(period, runs_from, lead)
        return self._finish(runs_from, nominal_end, paused), nominal_end

    def extension(
        self, runs_from: date, nominal_end: date, due: date, paused: frozenset[date]
    ) -> tuple[date | None, date | None]:
        """The extended due date and the last day to give notice of the extension."""
        extension = self._rules.extension
        if extension is None:
            self._lines.append(f"no extension is available under {self._rules.name}")
            return None, None
        notice = f"notice of an extension must reach the data subject by {format_day(due)}"
        if extension.period is None:
            self._lines.append(f"extension: {extension.source}; {notice}")
            return None, due
        lead = f"extension ({extension.source}): {extension.period.describe()}"
        if extension.counted_from == "period_end":
            base = nominal_end
            lead += (
                f" further, counted from the unrolled end of the first period {format_day(base)}"
            )
        else:
            base = runs_from
            lead += f" in total {self._from(runs_from)}"
        end = self._period_end(extension.period, base, lead)
        extended = self._finish(runs_from, end, paused)
        self._lines.append(notice)
        return extended, due

    def acknowledgement(self, received: date) -> date | None:
        """The last day to confirm receipt, when the regime requires it."""
        count = self._rules.acknowledge_business_days
        if count is None:
            return None
        acknowledge_by = add_business_days(received, count, self._country)
        self._lines.append(
            f"confirm receipt within {count} business days ({self._rules.acknowledge_source})"
            f" → {format_day(acknowledge_by)}"
        )
        return acknowledge_by

    def _from(self, runs_from: date) -> str:
        return "from receipt" if runs_from == self._received else "from the clock start"

    def _period_end(self, period: Period, base: date, lead: str) -> date:
        end, clamped = period.end(base)
        shorter = "; that month has no such date, so its last day" if clamped else ""
        self._lines.append(f"{lead} → {format_day(end)}{shorter}")
        return end

    def _finish(self, runs_from: date, end: date, paused: frozenset[date]) -> date:
        # Paused days are given back first, then the last day is rolled: a pause moves the
        # end of the period, and only the final end can fall on a non-working day.
        first_day = runs_from + timedelta(days=1)
        end, given_back = extend_for_pauses(first_day, end, paused)
        if given_back:
            days = "day" if given_back == 1 else "days"
            self._lines.append(f"{given_back} paused {days} inside the period → {format_day(end)}")
        rolling = self._rules.rolling
        if rolling is None:
            reason = non_working_reason(end, self._country)
            if reason is not None:
                self._lines.append(
                    f"{format_day(end)} is not a working day{self._where} ({reason});"
                    f" {self._rules.no_rolling_note}"
                )
            return end
        rolled, skipped = roll_forward(
            end, self._country, weekend=rolling.weekend, observed=rolling.observed
        )
        if skipped:
            (first, reason), *others = skipped
            also = "".join(f", then {format_day(day)} ({why})" for day, why in others)
            self._lines.append(
                f"{format_day(first)} is not a working day{self._where} ({reason}){also}"
                f" → {format_day(rolled)} ({rolling.source})"
            )
        elif (reason := non_working_reason(end, self._country)) is not None:
            self._lines.append(f"{format_day(end)} ({reason}) is not moved ({rolling.source})")
        return rolled
