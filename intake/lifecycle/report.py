"""The annual report: counts, response times and the on-time rate. Pure."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from intake.lifecycle.register import RegisterRow


@dataclass(frozen=True)
class AnnualReport:
    """A year of requests, by the day they were received."""

    year: int
    total: int
    by_kind: dict[str, int]
    by_channel: dict[str, int]
    by_outcome: dict[str, int]
    median_days: float | None
    worst_days: int | None
    on_time_rate: float | None

    def lines(self) -> list[str]:
        """The report as plain text lines."""

        def table(title: str, counts: dict[str, int]) -> list[str]:
            return [f"{title}:"] + [f"  {name:<20} {n:>6}" for name, n in counts.items()]

        days = "n/a" if self.median_days is None else f"{self.median_days:g}"
        rate = "n/a" if self.on_time_rate is None else f"{self.on_time_rate:.1%}"
        return [
            f"Requests received in {self.year}: {self.total}",
            *table("by kind", self.by_kind),
            *table("by channel", self.by_channel),
            *table("by outcome", self.by_outcome),
            f"median response time: {days} days; worst: {self.worst_days or 'n/a'} days",
            f"answered on time: {rate}",
        ]


def annual_report(rows: Iterable[RegisterRow], *, year: int) -> AnnualReport:
    """Summarise the register rows of requests received in ``year``.

    Response time runs from receipt to closing, in calendar days; only
    closed requests have one. The on-time rate counts closed requests and
    open ones already late.
    """
    chosen = [row for row in rows if row.received_on.year == year]
    kinds = Counter(kind for row in chosen for kind in row.kinds)
    days = [(r.closed_on - r.received_on).days for r in chosen if r.closed_on is not None]
    judged = [row.on_time for row in chosen if row.on_time is not None]
    return AnnualReport(
        year=year, total=len(chosen),
        by_kind=dict(kinds.most_common()),
        by_channel=dict(Counter(row.channel for row in chosen).most_common()),
        by_outcome=dict(Counter(row.outcome for row in chosen).most_common()),
        median_days=statistics.median(days) if days else None,
        worst_days=max(days) if days else None,
        on_time_rate=sum(judged) / len(judged) if judged else None,
    )  # fmt: skip
