"""Regimes counted in days: us-ca-ccpa, br-lgpd, ca-qc and ch-fadp."""

from __future__ import annotations

from datetime import date

import pytest

from scheduler import Pause, compute_deadlines


@pytest.mark.parametrize(
    ("regime", "country", "received", "due"),
    [
        ("us-ca-ccpa", "US-CA", date(2027, 3, 1), date(2027, 4, 15)),
        # Calendar days: a Sunday deadline stays a Sunday (answer by Friday to be safe).
        ("us-ca-ccpa", "US-CA", date(2027, 3, 4), date(2027, 4, 18)),
        # US daylight saving starts Sun 14 Mar 2027: still exactly 45 days.
        ("us-ca-ccpa", "US-CA", date(2027, 3, 13), date(2027, 4, 27)),
        ("br-lgpd", "BR", date(2027, 3, 1), date(2027, 3, 16)),
        ("br-lgpd", "BR", date(2027, 4, 6), date(2027, 4, 22)),  # Tiradentes, 21 Apr
        ("br-lgpd", "BR", date(2027, 3, 5), date(2027, 3, 22)),  # Sat 20 Mar → Mon 22 Mar
        ("ca-qc", "CA-QC", date(2027, 6, 1), date(2027, 7, 2)),  # Canada Day
        ("ca-qc", "CA-QC", date(2027, 3, 4), date(2027, 4, 3)),  # a Saturday is not moved
        ("ca-qc", "CA-QC", date(2027, 3, 5), date(2027, 4, 5)),  # a Sunday is
        ("ca-qc", "CA-QC", date(2027, 2, 24), date(2027, 3, 27)),  # Good Friday → Saturday
        ("ca-qc", "CA-QC", date(2027, 11, 27), date(2027, 12, 27)),  # no substitute days
        ("ch-fadp", "CH-ZH", date(2027, 3, 1), date(2027, 3, 31)),
        ("ch-fadp", "CH-ZH", date(2027, 2, 27), date(2027, 3, 30)),  # Easter Monday in Zurich
        ("ch-fadp", "CH", date(2027, 2, 27), date(2027, 3, 29)),  # not a federal holiday
        ("ch-fadp", "CH-ZH", date(2027, 3, 4), date(2027, 4, 5)),  # Sat 3 Apr → Mon 5 Apr
    ],
)
def test_due_dates(regime: str, country: str, received: date, due: date) -> None:
    assert compute_deadlines(regime=regime, received=received, country=country).due == due


@pytest.mark.parametrize(
    ("regime", "extended_due", "notice_by"),
    [
        ("us-ca-ccpa", date(2027, 5, 30), date(2027, 4, 15)),  # 90 days, a Sunday, not moved
        ("br-lgpd", None, None),
        ("ca-qc", None, None),
        ("ch-fadp", None, date(2027, 3, 31)),  # extension of a length the controller sets
    ],
)
def test_extensions(regime: str, extended_due: date | None, notice_by: date | None) -> None:
    result = compute_deadlines(regime=regime, received=date(2027, 3, 1))
    assert (result.extended_due, result.extension_notice_by) == (extended_due, notice_by)


@pytest.mark.parametrize(
    ("country", "received", "acknowledge_by"),
    [
        (None, date(2027, 3, 1), date(2027, 3, 15)),
        ("US-CA", date(2027, 3, 19), date(2027, 4, 5)),  # Cesar Chavez Day, 31 Mar
        ("US-CA", date(2027, 11, 19), date(2027, 12, 7)),  # Thanksgiving and the day after
    ],
)
def test_ccpa_confirms_receipt_within_ten_business_days(
    country: str | None, received: date, acknowledge_by: date
) -> None:
    result = compute_deadlines(regime="us-ca-ccpa", received=received, country=country)
    assert result.acknowledge_by == acknowledge_by


@pytest.mark.parametrize("regime", ["br-lgpd", "ca-qc", "ch-fadp"])
def test_only_the_ccpa_requires_an_acknowledgement(regime: str) -> None:
    assert compute_deadlines(regime=regime, received=date(2027, 3, 1)).acknowledge_by is None


def test_ccpa_ignores_verification_pauses_and_later_clock_starts() -> None:
    result = compute_deadlines(
        regime="us-ca-ccpa",
        received=date(2027, 3, 1),
        clock_start=date(2027, 3, 8),
        pauses=[Pause(start=date(2027, 3, 2), end=date(2027, 3, 7))],
        pause_policy="suspend",
    )
    assert (result.clock_start, result.due) == (date(2027, 3, 1), date(2027, 4, 15))
    assert sum("§ 7021(b)" in line and "ignored" in line for line in result.explanation) == 1
    assert any("recorded, dates not moved" in line for line in result.explanation)


def test_ccpa_explains_a_deadline_on_a_weekend() -> None:
    result = compute_deadlines(regime="us-ca-ccpa", received=date(2027, 3, 4), country="US-CA")
    assert any("Sunday" in line and "not moved" in line for line in result.explanation)


def test_quebec_explains_a_saturday_deadline() -> None:
    result = compute_deadlines(regime="ca-qc", received=date(2027, 3, 4), country="CA-QC")
    assert "Sat 3 Apr 2027 (Saturday) is not moved" in result.explanation[-2]


@pytest.mark.parametrize(
    ("regime", "policy", "due"),
    [
        ("br-lgpd", "none", date(2027, 3, 16)),
        ("br-lgpd", "suspend", date(2027, 3, 19)),
        ("ca-qc", "suspend", date(2027, 4, 3)),  # 31 Mar + 3 = Sat 3 Apr, not moved
        ("ch-fadp", "suspend", date(2027, 4, 5)),  # 31 Mar + 3 = Sat 3 Apr → Mon 5 Apr
    ],
)
def test_pause_policy_where_the_law_is_silent(regime: str, policy: str, due: date) -> None:
    result = compute_deadlines(
        regime=regime,
        received=date(2027, 3, 1),
        pauses=[Pause(start=date(2027, 3, 2), end=date(2027, 3, 4))],
        pause_policy="suspend" if policy == "suspend" else "none",
    )
    assert result.due == due


def test_a_later_clock_start_is_honoured_where_the_law_allows() -> None:
    result = compute_deadlines(
        regime="br-lgpd", received=date(2027, 3, 1), clock_start=date(2027, 3, 3)
    )
    assert (result.clock_start, result.due) == (date(2027, 3, 3), date(2027, 3, 18))
