"""Properties that must hold for any receipt date, country, clock start and pauses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler import REGIMES, Deadlines, Pause, PausePolicy, compute_deadlines, is_working_day

ROLLING = ("eu-gdpr", "uk-gdpr", "br-lgpd", "ch-fadp")  # ca-qc keeps Saturdays: see its notes
COUNTRIES = (None, "FR", "LU", "MA", "GB-ENG", "GB-SCT", "CH-ZH", "US-CA", "BR", "CA-QC")
POLICIES: tuple[PausePolicy, ...] = ("none", "suspend")


@dataclass(frozen=True)
class Request:
    """One generated request."""

    regime: str
    received: date
    country: str | None
    clock_start: date
    pauses: tuple[Pause, ...]

    def deadlines(self, policy: PausePolicy = "none") -> Deadlines:
        return compute_deadlines(
            regime=self.regime,
            received=self.received,
            country=self.country,
            clock_start=self.clock_start,
            pauses=self.pauses,
            pause_policy=policy,
        )


@st.composite
def requests(draw: st.DrawFn, regimes: tuple[str, ...] = REGIMES) -> Request:
    received = draw(st.dates(min_value=date(2024, 1, 1), max_value=date(2032, 12, 31)))
    spans = draw(st.lists(st.tuples(st.integers(0, 80), st.integers(0, 20)), max_size=3))
    return Request(
        regime=draw(st.sampled_from(regimes)),
        received=received,
        country=draw(st.sampled_from(COUNTRIES)),
        clock_start=received + timedelta(days=draw(st.integers(0, 20))),
        pauses=tuple(
            Pause(start=received + timedelta(days=skip), end=received + timedelta(days=skip + n))
            for skip, n in spans
        ),
    )


@settings(max_examples=300)
@given(requests(ROLLING), st.sampled_from(POLICIES))
def test_rolling_regimes_end_on_working_days(request: Request, policy: PausePolicy) -> None:
    result = request.deadlines(policy)
    assert is_working_day(result.due, country=request.country)
    if result.extended_due is not None:
        assert is_working_day(result.extended_due, country=request.country)


@settings(max_examples=300)
@given(requests(), st.sampled_from(POLICIES))
def test_dates_are_ordered(request: Request, policy: PausePolicy) -> None:
    result = request.deadlines(policy)
    assert result.clock_start >= result.received
    assert result.due > result.received
    assert result.due > result.clock_start
    if result.extended_due is not None:
        assert result.extended_due >= result.due
    if result.extension_notice_by is not None:
        assert result.extension_notice_by == result.due
    if result.acknowledge_by is not None:
        assert result.received < result.acknowledge_by <= result.due


@settings(max_examples=300)
@given(requests())
def test_suspending_never_shortens_a_deadline(request: Request) -> None:
    ignoring, suspending = request.deadlines("none"), request.deadlines("suspend")
    assert suspending.due >= ignoring.due
    if ignoring.extended_due is not None:
        assert suspending.extended_due is not None
        assert suspending.extended_due >= ignoring.extended_due


@settings(max_examples=200)
@given(requests())
def test_same_input_same_output_with_an_explanation(request: Request) -> None:
    first = request.deadlines()
    assert request.deadlines() == first
    assert first.explanation
    assert all(line.strip() for line in first.explanation)
