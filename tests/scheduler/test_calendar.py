"""Calendar arithmetic: month ends, working days, holiday codes, rolling, pauses."""

from __future__ import annotations

from datetime import date

import pytest

from scheduler.calendar import (
    UnknownCountryError,
    add_business_days,
    add_months,
    canonical_country,
    extend_for_pauses,
    format_day,
    holiday_name,
    is_working_day,
    roll_forward,
)


@pytest.mark.parametrize(
    ("start", "months", "expected", "clamped"),
    [
        (date(2027, 1, 31), 1, date(2027, 2, 28), True),
        (date(2028, 1, 31), 1, date(2028, 2, 29), True),
        (date(2028, 1, 29), 1, date(2028, 2, 29), False),
        (date(2027, 3, 31), 1, date(2027, 4, 30), True),
        (date(2027, 3, 30), 1, date(2027, 4, 30), False),
        (date(2027, 8, 31), 1, date(2027, 9, 30), True),
        (date(2027, 12, 15), 1, date(2028, 1, 15), False),
        (date(2027, 11, 30), 3, date(2028, 2, 29), True),
        (date(2027, 1, 31), 3, date(2027, 4, 30), True),
    ],
)
def test_add_months_keeps_the_date_or_takes_the_last_day(
    start: date, months: int, expected: date, clamped: bool
) -> None:
    assert add_months(start, months) == (expected, clamped)


@pytest.mark.parametrize(
    ("day", "country", "working"),
    [
        (date(2027, 7, 14), "FR", False),  # Fête nationale, a Wednesday
        (date(2027, 7, 14), None, True),  # without a country only weekends count
        (date(2027, 3, 29), "FR", False),  # Easter Monday 2027
        (date(2027, 3, 29), "GB-ENG", False),
        (date(2027, 3, 29), "GB-SCT", True),  # not a bank holiday in Scotland
        (date(2027, 3, 29), "CH", True),  # not a federal holiday...
        (date(2027, 3, 29), "CH-ZH", False),  # ...but one in Zurich
        (date(2027, 6, 23), "LU", False),  # Luxembourg national day
        (date(2027, 7, 30), "MA", False),  # Moroccan Throne Day
        (date(2027, 6, 24), "CA-QC", False),  # Fête nationale du Québec
        (date(2027, 3, 31), "US-CA", False),  # Cesar Chavez Day
        (date(2027, 4, 21), "BR", False),  # Tiradentes
        (date(2027, 3, 27), "FR", False),  # a Saturday
        (date(2027, 3, 28), None, False),  # a Sunday
        (date(2027, 3, 30), "FR", True),
    ],
)
def test_is_working_day(day: date, country: str | None, working: bool) -> None:
    assert is_working_day(day, country=country) is working


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("FR", ("FR", None)),
        ("gb-eng", ("GB", "ENG")),
        ("ch-zh", ("CH", "ZH")),
        ("CA-QC", ("CA", "QC")),
    ],
)
def test_country_codes_are_case_insensitive(code: str, expected: tuple[str, str | None]) -> None:
    assert canonical_country(code) == expected


@pytest.mark.parametrize("code", ["XX", "FR-ZZ", "GB-ENGLAND", ""])
def test_unknown_country_codes_are_rejected(code: str) -> None:
    with pytest.raises(UnknownCountryError):
        canonical_country(code)


def test_holiday_names_and_observed_days() -> None:
    assert holiday_name(date(2027, 12, 25), "FR") == "Christmas Day"
    assert holiday_name(date(2027, 12, 27), "GB-ENG") == "Christmas Day (observed)"
    assert holiday_name(date(2027, 12, 27), "GB-ENG", observed=False) is None
    assert holiday_name(date(2027, 12, 25), None) is None


def test_roll_forward_reports_every_skipped_day() -> None:
    rolled, skipped = roll_forward(date(2026, 12, 25), "FR")
    assert rolled == date(2026, 12, 28)
    assert skipped == (
        (date(2026, 12, 25), "Christmas Day"),
        (date(2026, 12, 26), "Saturday"),
        (date(2026, 12, 27), "Sunday"),
    )
    assert roll_forward(date(2026, 12, 28), "FR") == (date(2026, 12, 28), ())


def test_roll_forward_with_a_sunday_only_weekend() -> None:
    assert roll_forward(date(2027, 4, 3), None, weekend={6}) == (date(2027, 4, 3), ())


@pytest.mark.parametrize(
    ("start", "country", "expected"),
    [
        (date(2027, 3, 1), None, date(2027, 3, 15)),
        (date(2027, 3, 19), "US-CA", date(2027, 4, 5)),  # skips Cesar Chavez Day
        (date(2027, 3, 20), None, date(2027, 4, 2)),  # a Saturday start is not counted
    ],
)
def test_add_business_days(start: date, country: str | None, expected: date) -> None:
    assert add_business_days(start, 10, country) == expected


@pytest.mark.parametrize(
    ("paused", "expected"),
    [
        (frozenset(), (date(2027, 3, 1), 0)),
        ({date(2027, 1, 31), date(2027, 3, 2)}, (date(2027, 3, 1), 0)),  # outside the period
        ({date(2027, 2, 5)}, (date(2027, 3, 2), 1)),
        # Giving back one day reaches 2 March, itself paused: that day is given back too.
        ({date(2027, 2, 5), date(2027, 3, 2)}, (date(2027, 3, 3), 2)),
    ],
)
def test_extend_for_pauses(paused: set[date], expected: tuple[date, int]) -> None:
    assert extend_for_pauses(date(2027, 2, 1), date(2027, 3, 1), frozenset(paused)) == expected


@pytest.mark.parametrize(
    ("day", "text"),
    [(date(2026, 1, 31), "Sat 31 Jan 2026"), (date(2027, 3, 29), "Mon 29 Mar 2027")],
)
def test_format_day_is_locale_independent(day: date, text: str) -> None:
    assert format_day(day) == text
