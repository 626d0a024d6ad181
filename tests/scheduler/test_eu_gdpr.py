"""eu-gdpr: Art. 12(3) GDPR counted under Regulation 1182/71, holidays of the controller."""

from __future__ import annotations

from datetime import date

import pytest

from scheduler import Pause, compute_deadlines


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (date(2027, 1, 31), date(2027, 3, 1)),  # 28 Feb 2027 is a Sunday
        (date(2028, 1, 31), date(2028, 2, 29)),  # leap year
        (date(2028, 1, 29), date(2028, 2, 29)),
        (date(2027, 1, 29), date(2027, 3, 1)),  # no 29 Feb 2027 → Sun 28 Feb → Mon
        (date(2027, 3, 31), date(2027, 4, 30)),
        (date(2027, 3, 30), date(2027, 4, 30)),
        (date(2027, 8, 31), date(2027, 9, 30)),
        (date(2027, 12, 31), date(2028, 1, 31)),
        (date(2027, 3, 6), date(2027, 4, 6)),  # received on a Saturday: counted all the same
    ],
)
def test_month_ends_and_leap_years(received: date, due: date) -> None:
    assert compute_deadlines(regime="eu-gdpr", received=received).due == due


@pytest.mark.parametrize(
    ("country", "received", "due"),
    [
        ("FR", date(2027, 6, 14), date(2027, 7, 15)),  # 14 July
        ("FR", date(2028, 7, 15), date(2028, 8, 16)),  # 15 August (a Tuesday in 2028)
        ("FR", date(2027, 10, 1), date(2027, 11, 2)),  # All Saints' Day
        ("FR", date(2027, 10, 11), date(2027, 11, 12)),  # Armistice Day
        ("FR", date(2027, 2, 28), date(2027, 3, 30)),  # Sun 28 Mar, then Easter Monday
        ("FR", date(2026, 11, 25), date(2026, 12, 28)),  # Christmas on a Friday
        ("FR", date(2027, 2, 26), date(2027, 3, 26)),  # Good Friday: a working day in FR...
        ("FR-57", date(2027, 2, 26), date(2027, 3, 30)),  # ...but not in Moselle
        ("LU", date(2027, 5, 23), date(2027, 6, 24)),  # national day, 23 June
        ("LU", date(2027, 2, 28), date(2027, 3, 30)),  # Easter Monday
        ("MA", date(2027, 6, 30), date(2027, 8, 2)),  # Throne Day on a Friday
        ("MA", date(2027, 10, 18), date(2027, 11, 19)),  # Independence Day
        ("MA", date(2027, 6, 14), date(2027, 7, 14)),  # 14 July is an ordinary day there
    ],
)
def test_due_dates_on_holidays_roll_to_the_next_working_day(
    country: str, received: date, due: date
) -> None:
    assert compute_deadlines(regime="eu-gdpr", received=received, country=country).due == due


def test_explanation_reads_step_by_step() -> None:
    result = compute_deadlines(regime="eu-gdpr", received=date(2026, 1, 31), country="FR")
    assert result.due == date(2026, 3, 2)
    assert result.explanation[0] == "received Sat 31 Jan 2026"
    assert "Sun 1 Feb 2026" in result.explanation[1]
    assert "→ Sat 28 Feb 2026; that month has no such date" in result.explanation[2]
    assert result.explanation[3].startswith("Sat 28 Feb 2026 is not a working day in FR (Saturday)")
    assert "→ Mon 2 Mar 2026" in result.explanation[3]


@pytest.mark.parametrize(
    ("received", "extended_due"),
    [
        (date(2027, 3, 5), date(2027, 6, 7)),  # 5 Apr + 2 months = Sat 5 Jun → Mon 7 Jun
        # 31 Jan → 28 Feb (unrolled) → 28 Apr: the two further months run from the
        # unrolled end of the first month, not three months from receipt (30 Apr).
        (date(2027, 1, 31), date(2027, 4, 28)),
        (date(2027, 11, 30), date(2028, 2, 29)),
    ],
)
def test_extension_counts_two_months_from_the_unrolled_end(
    received: date, extended_due: date
) -> None:
    result = compute_deadlines(regime="eu-gdpr", received=received, country="FR")
    assert result.extended_due == extended_due
    assert result.extension_notice_by == result.due
    assert result.acknowledge_by is None


def test_extension_ignores_the_roll_of_the_first_month() -> None:
    # The first month ends Sat 28 Feb 2026 and is rolled to Mon 2 Mar; the extension
    # still counts from 28 Feb.
    result = compute_deadlines(regime="eu-gdpr", received=date(2026, 1, 28), country="FR")
    assert result.due == date(2026, 3, 2)
    assert result.extended_due == date(2026, 4, 28)


@pytest.mark.parametrize(
    ("policy", "due", "extended_due"),
    [("none", date(2027, 4, 5), date(2027, 6, 7)), ("suspend", date(2027, 4, 8), date(2027, 6, 8))],
)
def test_pause_policy(policy: str, due: date, extended_due: date) -> None:
    result = compute_deadlines(
        regime="eu-gdpr",
        received=date(2027, 3, 5),
        country="FR",
        pauses=[Pause(start=date(2027, 3, 10), end=date(2027, 3, 12))],
        pause_policy="suspend" if policy == "suspend" else "none",
    )
    assert (result.due, result.extended_due) == (due, extended_due)
    assert any(f"pause_policy '{policy}'" in line for line in result.explanation)


def test_overlapping_pauses_count_each_day_once() -> None:
    result = compute_deadlines(
        regime="eu-gdpr",
        received=date(2027, 3, 5),
        pauses=[
            Pause(start=date(2027, 3, 10), end=date(2027, 3, 12)),
            Pause(start=date(2027, 3, 11), end=date(2027, 3, 13)),
        ],
        pause_policy="suspend",
    )
    assert result.due == date(2027, 4, 9)  # 5 Apr + 4 paused days


def test_a_pause_on_the_day_of_receipt_is_not_inside_the_period() -> None:
    result = compute_deadlines(
        regime="eu-gdpr",
        received=date(2027, 3, 5),
        pauses=[Pause(start=date(2027, 3, 5), end=date(2027, 3, 5))],
        pause_policy="suspend",
    )
    assert result.due == date(2027, 4, 5)


def test_a_later_clock_start_is_honoured_and_explained() -> None:
    result = compute_deadlines(
        regime="eu-gdpr", received=date(2027, 3, 1), clock_start=date(2027, 3, 10)
    )
    assert (result.clock_start, result.due) == (date(2027, 3, 10), date(2027, 4, 12))
    assert any("controller's position" in line for line in result.explanation)


@pytest.mark.parametrize(
    ("received", "due"),
    [
        # EU summer time starts Sun 28 Mar 2027 and ends Sun 31 Oct 2027: calendar dates
        # carry no clock, so a period spanning the change is exactly one month.
        (date(2027, 3, 27), date(2027, 4, 27)),
        (date(2027, 3, 28), date(2027, 4, 28)),
        (date(2027, 10, 30), date(2027, 11, 30)),
        (date(2027, 9, 30), date(2027, 11, 2)),  # Sun 31 Oct, then All Saints' Day
    ],
)
def test_daylight_saving_changes_move_nothing(received: date, due: date) -> None:
    assert compute_deadlines(regime="eu-gdpr", received=received, country="FR").due == due
