"""Retention: closed requests are purged after the period; the register keeps a bare row."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select

from intake import lifecycle
from intake.lifecycle.audit import verify_all
from intake.lifecycle.register import register_rows
from intake.lifecycle.retention import purge_expired
from store.lifecycle_models import RegisterEntry
from store.models import ContactIdentity, Event, Message, OutboxEntry, Request
from tests.intake.helpers import email_bytes
from tests.intake.lifecycle.helpers import ACTOR, file_request, lifecycle_harness, load


def test_closed_requests_are_purged_after_retention(tmp_path: Path, db_url: str) -> None:
    harness = lifecycle_harness(tmp_path, db_url)
    harness.settings.controllers[0].retention_days = 365
    closed = file_request(harness)
    still_open = file_request(harness, sender="carl@example.org")
    harness.ingest(email_bytes(body="Where is my order 5512?", sender="dan@example.org"))
    with harness.sessions() as session:
        lifecycle.answer(
            session,
            request=load(session, closed),
            actor=ACTOR,
            summary="Your data is attached.",
            now=harness.clock.now,
        )
        session.commit()

    with harness.sessions() as session:  # one day short of the period: nothing goes
        day_before = harness.clock.now + timedelta(days=364)
        assert purge_expired(session, now=day_before, settings=harness.settings).requests == 0

        report = purge_expired(
            session, now=harness.clock.now + timedelta(days=366), settings=harness.settings
        )
        session.commit()
        assert (report.requests, report.subjects) == (1, 1)
        assert report.messages == 2  # the request's message and the stray non-request
        remaining = session.scalars(select(Request.reference)).all()
        assert remaining == [still_open]
        identities = session.scalars(select(ContactIdentity.value)).all()
        assert "ana@example.org" not in identities
        for model in (Event, OutboxEntry, Message):
            ids = session.scalars(select(func.count()).select_from(model)).one()
            assert ids > 0  # the open request keeps its own
        entry = session.scalars(select(RegisterEntry)).one()
        assert entry.reference == closed and entry.outcome == "answered" and entry.on_time
        assert len(entry.subject_pseudonym) == 32 and "@" not in entry.subject_pseudonym
        rows = register_rows(session, settings=harness.settings, today=date(2029, 1, 1))
        assert {(r.reference, r.purged) for r in rows} == {(closed, True), (still_open, False)}
        assert verify_all(session).ok
