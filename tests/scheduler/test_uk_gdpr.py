"""uk-gdpr: the ICO's calendar month, bank holidays per nation, stop-the-clock pauses."""

from __future__ import annotations

from datetime import date

import pytest

from scheduler import Pause, compute_deadlines


@pytest.mark.parametrize(
    ("country", "received", "due"),
    [
        ("GB-ENG", date(2025, 9, 3), date(2025, 10, 3)),  # the ICO's example: 3 Sep → 3 Oct
        ("GB-ENG", date(2027, 1, 30), date(2027, 3, 1)),  # ICO: 30 Jan → 28 Feb (a Sunday)
        ("GB-ENG", date(2028, 1, 30), date(2028, 2, 29)),  # ...or 29 Feb in a leap year
        ("GB-ENG", date(2027, 7, 30), date(2027, 8, 31)),  # late summer bank holiday
        ("GB-SCT", date(2027, 7, 30), date(2027, 8, 30)),  # not one in Scotland
        ("GB-SCT", date(2027, 10, 30), date(2027, 12, 1)),  # St Andrew's Day
        ("GB-ENG", date(2027, 10, 30), date(2027, 11, 30)),
        ("GB-ENG", date(2027, 11, 25), date(2027, 12, 29)),  # Christmas + substitute days
        ("GB", date(2027, 2, 28), date(2027, 3, 29)),  # UK-wide calendar: no Easter Monday
        ("GB-ENG", date(2027, 2, 28), date(2027, 3, 30)),
    ],
)
def test_due_dates(country: str, received: date, due: date) -> None:
    assert compute_deadlines(regime="uk-gdpr", received=received, country=country).due == due


def test_clock_starts_when_requested_identity_arrives() -> None:
    result = compute_deadlines(
        regime="uk-gdpr",
        received=date(2027, 3, 1),
        country="GB-ENG",
        clock_start=date(2027, 3, 10),
    )
    assert result.clock_start == date(2027, 3, 10)
    assert result.due == date(2027, 4, 12)  # 10 Apr 2027 is a Saturday
    assert result.extended_due == date(2027, 6, 10)


@pytest.mark.parametrize("policy", ["none", "suspend"])
def test_clarification_pauses_always_stop_the_clock(policy: str) -> None:
    result = compute_deadlines(
        regime="uk-gdpr",
        received=date(2027, 2, 1),
        country="GB-ENG",
        pauses=[Pause(start=date(2027, 2, 5), end=date(2027, 2, 14))],
        pause_policy="none" if policy == "none" else "suspend",
    )
    assert result.due == date(2027, 3, 11)  # 1 Mar + 10 paused days
    assert result.extended_due == date(2027, 5, 11)  # Sat 1 May + 10 → Tue 11 May
    assert any("art. 12A" in line for line in result.explanation)


def test_clock_restarts_after_identity_then_pauses_for_clarification() -> None:
    result = compute_deadlines(
        regime="uk-gdpr",
        received=date(2027, 2, 1),
        country="GB-ENG",
        clock_start=date(2027, 2, 8),
        # The first pause ends before the clock starts, so it gives nothing back.
        pauses=[
            Pause(start=date(2027, 2, 2), end=date(2027, 2, 7)),
            Pause(start=date(2027, 2, 20), end=date(2027, 2, 24)),
        ],
    )
    assert result.due == date(2027, 3, 15)  # 8 Mar + 5 days = Sat 13 Mar → Mon 15 Mar


@pytest.mark.parametrize(
    ("received", "extended_due"),
    [
        # Three calendar months from receipt (ICO), not two months after 28 Feb.
        (date(2027, 1, 31), date(2027, 4, 30)),
        (date(2027, 3, 5), date(2027, 6, 7)),  # Sat 5 Jun → Mon 7 Jun
        (date(2027, 11, 30), date(2028, 2, 29)),
    ],
)
def test_extension_is_three_months_from_receipt(received: date, extended_due: date) -> None:
    result = compute_deadlines(regime="uk-gdpr", received=received, country="GB-ENG")
    assert result.extended_due == extended_due
    assert result.extension_notice_by == result.due
    assert result.acknowledge_by is None


def test_daylight_saving_weekend_moves_nothing() -> None:
    # British Summer Time starts Sun 28 Mar 2027.
    result = compute_deadlines(regime="uk-gdpr", received=date(2027, 3, 26), country="GB-ENG")
    assert result.due == date(2027, 4, 26)
