"""The deadline sweep against a real database, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine

from scheduler.sweeps import sweep_deadlines
from store.db import make_session_factory
from tests.scheduler.sweep_helpers import Spec, controller_settings, file_requests, keys, outbox

D = date(2027, 3, 10)

# (zone, now, request specs, expected keys with {0}, {1}... for the request ids)
CASES = [
    pytest.param(
        "Europe/Paris", datetime(2027, 3, 27, 23, 30, tzinfo=UTC), [Spec(due=date(2027, 3, 31))],
        ["reminder:{0}:due:2027-03-31:3"], id="paris-after-midnight-on-dst-day",
    ),
    pytest.param(
        "UTC", datetime(2027, 3, 27, 23, 30, tzinfo=UTC), [Spec(due=date(2027, 3, 31))],
        ["reminder:{0}:due:2027-03-31:7"], id="utc-still-the-day-before",
    ),
    pytest.param(
        "America/Los_Angeles", datetime(2027, 3, 8, 6, 0, tzinfo=UTC), [Spec(due=date(2027, 3, 9))],
        ["reminder:{0}:due:2027-03-09:3"], id="los-angeles-two-days-left",
    ),
    pytest.param(
        "Pacific/Auckland", datetime(2027, 3, 8, 12, 0, tzinfo=UTC), [Spec(due=date(2027, 3, 9))],
        ["reminder:{0}:due:2027-03-09:1"], id="auckland-due-today",
    ),
    pytest.param(
        "Europe/Paris", datetime(2027, 3, 10, 2, 0, tzinfo=UTC), [Spec(due=date(2027, 3, 9))],
        ["escalation:{0}:due:2027-03-09"], id="paris-overdue",
    ),
    pytest.param(
        "America/Los_Angeles", datetime(2027, 3, 10, 2, 0, tzinfo=UTC),
        [Spec(due=date(2027, 3, 9))], ["reminder:{0}:due:2027-03-09:1"],
        id="los-angeles-not-yet-overdue",
    ),
    pytest.param(
        "Europe/Paris", datetime(2027, 3, 9, 9, 0, tzinfo=UTC),
        [Spec(due=D, status=s) for s in ("answered", "refused", "withdrawn", "closed_duplicate")],
        [], id="closed-requests-are-ignored",
    ),
    pytest.param(
        "Europe/Paris", datetime(2027, 3, 3, 9, 0, tzinfo=UTC),
        [Spec(due=D, status=s) for s in ("received", "awaiting_verification", "paused")],
        ["reminder:{0}:due:2027-03-10:7", "reminder:{1}:due:2027-03-10:7",
         "reminder:{2}:due:2027-03-10:7"], id="every-open-status",
    ),
    pytest.param(
        "Europe/Paris", datetime(2027, 3, 9, 9, 0, tzinfo=UTC),
        [Spec(due=date(2027, 3, 1), status="extended", extended_due=D)],
        ["reminder:{0}:extended_due:2027-03-10:1"], id="extended-uses-the-extended-date",
    ),
    pytest.param(
        "Europe/Paris", datetime(2027, 3, 9, 9, 0, tzinfo=UTC),
        [Spec(due=D, status="extended", extended_due=None)],
        ["reminder:{0}:due:2027-03-10:1"], id="extended-without-end-uses-due",
    ),
    pytest.param(
        "Europe/Paris", datetime(2027, 3, 1, 9, 0, tzinfo=UTC),
        [Spec(due=date(2027, 4, 1), notice_by=date(2027, 3, 4)),
         Spec(due=date(2027, 4, 1), notice_by=date(2027, 3, 5)),
         Spec(due=date(2027, 4, 1), notice_by=date(2027, 3, 3), status="extended",
              extended_due=date(2027, 6, 1))],
        ["extension-alert:{0}:2027-03-04"], id="extension-alert-window",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("zone", "now", "specs", "expected"), CASES)
def test_sweep_writes_the_due_notifications(
    engine: Engine, zone: str, now: datetime, specs: list[Spec], expected: list[str]
) -> None:
    sessions = make_session_factory(engine)
    controller = controller_settings(zone=zone)
    with sessions() as session:
        ids = file_requests(session, specs)
        first = sweep_deadlines(session, controller, now)
        again = sweep_deadlines(session, controller, now)
        session.commit()
        assert keys(session) == sorted(k.format(*ids) for k in expected)
    assert sum(first.written.values()) == len(expected)
    assert again.written == {}
    assert first.examined == again.examined == len(expected)


def test_downtime_sends_the_current_stage_once(engine: Engine) -> None:
    sessions = make_session_factory(engine)
    controller = controller_settings(zone="Europe/Paris")
    noon = datetime(2027, 3, 10, 11, 0, tzinfo=UTC)  # due day D at noon in Paris
    with sessions() as session:
        (request_id,) = file_requests(session, [Spec(due=D)])
        for days_before in (9, 8, 7, 6, 2, 1, -1, -2, -30):  # down from day -6 to day -2
            sweep_deadlines(session, controller, noon - timedelta(days=days_before))
        session.commit()
        assert keys(session) == [
            f"escalation:{request_id}:due:2027-03-10",
            f"reminder:{request_id}:due:2027-03-10:1",
            f"reminder:{request_id}:due:2027-03-10:3",
            f"reminder:{request_id}:due:2027-03-10:7",
        ]


@pytest.mark.parametrize(
    ("language", "escalation", "subject_start", "escalated_to"),
    [
        ("fr", [], "Réponse due dans 3 jours", ["dpo@acme.example"]),
        ("en", ["boss@acme.example", "legal@acme.example"], "Answer due in 3 days",
         ["boss@acme.example", "legal@acme.example"]),
        ("de", [], "Answer due in 3 days", ["dpo@acme.example"]),
    ],
)  # fmt: skip
def test_language_and_recipients(
    engine: Engine, language: str, escalation: list[str], subject_start: str,
    escalated_to: list[str],
) -> None:  # fmt: skip
    sessions = make_session_factory(engine)
    controller = controller_settings(language=language, escalation=escalation)
    with sessions() as session:
        file_requests(session, [Spec(due=D), Spec(due=date(2027, 3, 1))])
        sweep_deadlines(session, controller, datetime(2027, 3, 7, 9, 0, tzinfo=UTC))
        entries = outbox(session)
    reminders = [e for e in entries if e.purpose == "deadline_reminder"]
    assert [e.recipient for e in reminders] == ["dpo@acme.example"]
    assert reminders[0].subject_line.split("] ", 1)[1].startswith(subject_start)
    assert sorted(e.recipient for e in entries if e.purpose == "deadline_escalation") == (
        escalated_to
    )
    assert all(e.language == ("fr" if language == "fr" else "en") for e in entries)
    assert all(e.headers == {"Auto-Submitted": "auto-generated"} for e in entries)


def test_nothing_without_recipients_or_controller(engine: Engine) -> None:
    sessions = make_session_factory(engine)
    now = datetime(2027, 3, 9, 9, 0, tzinfo=UTC)
    with sessions() as session:
        assert sweep_deadlines(session, controller_settings(name="ghost"), now).examined == 0
        file_requests(session, [Spec(due=D), Spec(due=date(2027, 3, 1))])
        report = sweep_deadlines(session, controller_settings(recipients=()), now)
        assert report.written == {} and outbox(session) == []
