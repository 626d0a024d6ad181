"""Calendar arithmetic for legal deadlines: month and day counting, holidays, rolling.

Everything here works on `datetime.date` values only. A date carries no time zone, so a
daylight-saving change can never move a deadline: callers convert the moment a message
arrived into a date in the controller's time zone before calling the engine.

Public holidays come from the `holidays` package. Country codes are the package's
ISO 3166 codes, optionally followed by `-SUBDIVISION` (`FR`, `GB-ENG`, `CH-ZH`, `CA-QC`).
The subdivision matters: `GB` alone only knows the bank holidays common to the whole UK,
`CH` alone only the four federal days, so Easter Monday needs `GB-ENG` or `CH-ZH`.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

import holidays

SATURDAY, SUNDAY = 5, 6
WEEKEND: frozenset[int] = frozenset({SATURDAY, SUNDAY})

_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_FULL_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class UnknownCountryError(ValueError):
    """The country or subdivision code is not one the `holidays` package knows."""


def format_day(day: date) -> str:
    """Render a date as `Sat 31 Jan 2026`, independently of the process locale."""
    return f"{_DAY_NAMES[day.weekday()]} {day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


@lru_cache(maxsize=256)
def canonical_country(code: str) -> tuple[str, str | None]:
    """Split and validate a `COUNTRY[-SUBDIVISION]` code, case-insensitively.

    Returns:
        The country and subdivision spelled as the `holidays` package expects them.

    Raises:
        UnknownCountryError: if the country or the subdivision is unknown.
    """
    country, _, subdivision = code.strip().partition("-")
    supported = holidays.list_supported_countries()
    country = country.upper()
    if country not in supported:
        raise UnknownCountryError(f"unknown country code {code!r}")
    if not subdivision:
        return country, None
    for known in supported[country]:
        if known.casefold() == subdivision.casefold():
            return country, known
    raise UnknownCountryError(f"unknown subdivision {subdivision!r} for country {country}")


@lru_cache(maxsize=1024)
def _holidays_of_year(
    country: str, subdivision: str | None, year: int, observed: bool
) -> Mapping[date, str]:
    # One frozen mapping per (calendar, year): `holidays` objects fill themselves lazily on
    # lookup, which is not safe to share between threads; a read-only copy is.
    calendar = holidays.country_holidays(country, subdiv=subdivision, years=year, observed=observed)
    return MappingProxyType(dict(calendar.items()))


def holiday_name(day: date, country: str | None, *, observed: bool = True) -> str | None:
    """Name of the public holiday on `day` in `country`, or None when it is not one."""
    if country is None:
        return None
    code, subdivision = canonical_country(country)
    return _holidays_of_year(code, subdivision, day.year, observed).get(day)


def non_working_reason(
    day: date,
    country: str | None,
    *,
    weekend: Collection[int] = WEEKEND,
    observed: bool = True,
) -> str | None:
    """Why `day` is not a working day (`Saturday`, `Christmas Day`...), or None if it is one."""
    if day.weekday() in weekend:
        return _FULL_DAY_NAMES[day.weekday()]
    return holiday_name(day, country, observed=observed)


def is_working_day(day: date, *, country: str | None) -> bool:
    """Whether `day` is a working day: not a Saturday, a Sunday or a public holiday.

    Args:
        day: the calendar date.
        country: a `holidays` code such as `FR` or `GB-ENG`; None means that only
            Saturdays and Sundays are non-working.

    Raises:
        UnknownCountryError: if `country` is not a known code.
    """
    return non_working_reason(day, country) is None


def roll_forward(
    day: date,
    country: str | None,
    *,
    weekend: Collection[int] = WEEKEND,
    observed: bool = True,
) -> tuple[date, tuple[tuple[date, str], ...]]:
    """Move `day` to the first working day on or after it.

    Returns:
        The working day, and each skipped day with the reason it was skipped.
    """
    skipped: list[tuple[date, str]] = []
    reason = non_working_reason(day, country, weekend=weekend, observed=observed)
    while reason is not None:
        skipped.append((day, reason))
        day += timedelta(days=1)
        reason = non_working_reason(day, country, weekend=weekend, observed=observed)
    return day, tuple(skipped)


def add_months(start: date, months: int) -> tuple[date, bool]:
    """The same date `months` later, or the last day of that month when it has no such date.

    Returns:
        The date, and whether it had to be moved back to the end of a shorter month.
    """
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    last_day = (first_of_next - timedelta(days=1)).day
    return date(year, month, min(start.day, last_day)), start.day > last_day


def add_business_days(
    start: date, count: int, country: str | None, *, observed: bool = True
) -> date:
    """The `count`-th working day after `start`; `start` itself is never counted."""
    day = start
    remaining = count
    while remaining:
        day += timedelta(days=1)
        if non_working_reason(day, country, observed=observed) is None:
            remaining -= 1
    return day


def extend_for_pauses(first_day: date, end: date, paused_days: frozenset[date]) -> tuple[date, int]:
    """Push `end` back by every paused day that falls inside the running period.

    The period runs from `first_day` to `end` inclusive; each paused day inside it is
    given back at the end, and a day given back may itself fall in a later pause, so
    the end is recomputed until it stops moving.

    Returns:
        The new end, and how many paused days were given back.
    """
    given_back = 0
    while True:
        inside = sum(
            1 for day in paused_days if first_day <= day <= end + timedelta(days=given_back)
        )
        if inside == given_back:
            return end + timedelta(days=given_back), given_back
        given_back = inside
