"""Bad input is refused with DeadlineError; check_extension enforces the extension rules."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from scheduler import REGIMES, DeadlineError, Deadlines, Pause, check_extension, compute_deadlines


def test_regimes_are_listed_in_a_stable_order() -> None:
    assert REGIMES == ("eu-gdpr", "uk-gdpr", "us-ca-ccpa", "br-lgpd", "ca-qc", "ch-fadp")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"regime": "gdpr"}, "unknown regime"),
        ({"country": "XX"}, "unknown country code"),
        ({"country": "FR-ZZ"}, "unknown subdivision"),
        ({"clock_start": date(2027, 2, 28)}, "before receipt"),
        ({"pauses": [Pause(start=date(2027, 2, 1), end=date(2027, 3, 2))]}, "before receipt"),
        ({"pause_policy": "sometimes"}, "pause_policy"),
        ({"received": datetime(2027, 3, 1, 23, 30, tzinfo=UTC)}, "calendar date"),
        ({"received": "2027-03-01"}, "calendar date"),
        ({"clock_start": datetime(2027, 3, 2, 9, 0)}, "calendar date"),
    ],
)
def test_bad_input_is_refused(arguments: dict[str, Any], message: str) -> None:
    values: dict[str, Any] = {"regime": "eu-gdpr", "received": date(2027, 3, 1)} | arguments
    with pytest.raises(DeadlineError, match=message):
        compute_deadlines(**values)


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (date(2027, 3, 5), date(2027, 3, 4), "after its end"),
        (datetime(2027, 3, 5, 10, 0), date(2027, 3, 6), "calendar date"),
    ],
)
def test_bad_pauses_are_refused(start: date, end: date, message: str) -> None:
    with pytest.raises(DeadlineError, match=message):
        Pause(start=start, end=end)


def test_deadline_error_is_a_value_error() -> None:
    assert issubclass(DeadlineError, ValueError)


def test_as_json_has_exactly_the_contract_keys() -> None:
    result = compute_deadlines(regime="us-ca-ccpa", received=date(2027, 3, 1))
    assert result.as_json() == {
        "regime": "us-ca-ccpa",
        "received": "2027-03-01",
        "clock_start": "2027-03-01",
        "due": "2027-04-15",
        "extended_due": "2027-05-30",
        "extension_notice_by": "2027-04-15",
        "acknowledge_by": "2027-03-15",
        "explanation": list(result.explanation),
    }
    assert (
        compute_deadlines(regime="br-lgpd", received=date(2027, 3, 1)).as_json()["extended_due"]
        is None
    )


def _eu(received: date = date(2027, 3, 5)) -> Deadlines:
    return compute_deadlines(regime="eu-gdpr", received=received, country="FR")


@pytest.mark.parametrize(
    "today",
    [date(2027, 3, 5), date(2027, 4, 5)],  # first day, and the notice deadline itself
)
def test_extension_allowed_until_the_notice_deadline(today: date) -> None:
    check_extension(deadlines=_eu(), today=today, reason="complex request", already_extended=False)


@pytest.mark.parametrize(
    ("deadlines", "today", "reason", "already_extended", "message"),
    [
        (_eu(), date(2027, 4, 6), "complex", False, "too late"),
        (_eu(), date(2027, 3, 20), "complex", True, "already extended"),
        (_eu(), date(2027, 3, 20), "   ", False, "reason"),
        (
            compute_deadlines(regime="br-lgpd", received=date(2027, 3, 1)),
            date(2027, 3, 2),
            "complex",
            False,
            "no extension",
        ),
        (
            compute_deadlines(regime="ca-qc", received=date(2027, 3, 1)),
            date(2027, 3, 2),
            "complex",
            False,
            "no extension",
        ),
        (_eu(), datetime(2027, 3, 20, 12, 0), "complex", False, "calendar date"),
    ],
)
def test_extension_refused(
    deadlines: Deadlines, today: date, reason: str, already_extended: bool, message: str
) -> None:
    with pytest.raises(DeadlineError, match=message):
        check_extension(
            deadlines=deadlines, today=today, reason=reason, already_extended=already_extended
        )


@pytest.mark.parametrize("regime", ["uk-gdpr", "us-ca-ccpa", "ch-fadp"])
def test_other_regimes_allow_one_extension(regime: str) -> None:
    result = compute_deadlines(regime=regime, received=date(2027, 3, 1))
    check_extension(
        deadlines=result, today=date(2027, 3, 2), reason="volume", already_extended=False
    )


def test_unknown_regime_in_deadlines_is_refused() -> None:
    forged = Deadlines(
        regime="xx",
        received=date(2027, 3, 1),
        clock_start=date(2027, 3, 1),
        due=date(2027, 4, 1),
        extended_due=None,
        extension_notice_by=date(2027, 4, 1),
        acknowledge_by=None,
        explanation=(),
    )
    with pytest.raises(DeadlineError, match="unknown regime"):
        check_extension(
            deadlines=forged, today=date(2027, 3, 2), reason="x", already_extended=False
        )
