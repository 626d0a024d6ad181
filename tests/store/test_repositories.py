"""Repository functions against a real database, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from store import messages as message_repo
from store import outbox as outbox_repo
from store import requests as request_repo
from store.db import make_session_factory
from store.events import append_event, verify_chain
from store.models import Event, Request

NOW = datetime(2027, 3, 5, 9, 30, tzinfo=UTC)


def _request(session: Session, *, email: str = "ana@example.org") -> Request:
    controller = request_repo.ensure_controller(session, name="acme", display_name="Acme", now=NOW)
    subject = request_repo.find_or_create_subject(
        session, kind="email", value=email, display_name="Ana", now=NOW
    )
    return request_repo.create_request(
        session, controller=controller, subject=subject, kinds=["erasure", "access", "access"],
        language="fr", channel="email", regime="eu-gdpr", received_at=NOW,
        received_on=date(2027, 3, 5),
        due=request_repo.DueDates(date(2027, 4, 6), date(2027, 6, 7), date(2027, 4, 6), None),
        needs_review=False, now=NOW,
    )  # fmt: skip


def test_request_round_trip_keeps_aware_times_and_sorted_kinds(engine: Engine) -> None:
    sessions = make_session_factory(engine)
    with sessions() as session:
        reference = _request(session).reference
        session.commit()
    with sessions() as session:
        loaded = request_repo.get_request(session, reference=reference)
        assert loaded is not None
        assert loaded.kind_names == ["access", "erasure"]
        assert loaded.received_at == NOW and loaded.received_at.tzinfo is not None
        assert loaded.due_on == date(2027, 4, 6)


def test_same_identity_is_the_same_subject(engine: Engine) -> None:
    with make_session_factory(engine)() as session:
        first = request_repo.find_or_create_subject(
            session, kind="email", value="x@example.org", display_name=None, now=NOW
        )
        again = request_repo.find_or_create_subject(
            session, kind="email", value="x@example.org", display_name=None, now=NOW
        )
        other = request_repo.find_or_create_subject(
            session, kind="telegram", value="x@example.org", display_name=None, now=NOW
        )
        assert first.id == again.id != other.id


def test_message_is_unique_per_channel_and_native_id(engine: Engine) -> None:
    sessions = make_session_factory(engine)
    with sessions() as session:
        message_repo.add_raw_message(
            session, channel="email", native_id="m1", raw=b"x", raw_format="rfc822",
            received_at=NOW,
        )  # fmt: skip
        session.commit()
    with sessions() as session, pytest.raises(IntegrityError):
        message_repo.add_raw_message(
            session, channel="email", native_id="m1", raw=b"y", raw_format="rfc822",
            received_at=NOW,
        )  # fmt: skip


def test_outbox_dedupe_key_is_enforced_by_the_database(engine: Engine) -> None:
    sessions = make_session_factory(engine)
    fields = dict(
        channel="email", purpose="ack", recipient="a@example.org", language="fr",
        subject_line="s", body_text="b", now=NOW,
    )  # fmt: skip
    with sessions() as session:
        first = outbox_repo.enqueue(session, dedupe_key="ack:1", **fields)  # type: ignore[arg-type]
        again = outbox_repo.enqueue(session, dedupe_key="ack:1", **fields)  # type: ignore[arg-type]
        assert first.id == again.id
        session.commit()
    # A second writer that skipped the lookup (as a racing process would) is refused.
    with sessions() as session, pytest.raises(IntegrityError):
        session.add(
            outbox_repo.OutboxEntry(
                dedupe_key="ack:1", channel="email", purpose="ack", recipient="b@example.org",
                language="fr", subject_line="s", body_text="b", headers={}, status="pending",
                attempts=0, next_attempt_at=NOW, created_at=NOW,
            )
        )  # fmt: skip
        session.flush()


def test_outbox_retries_back_off_then_give_up(engine: Engine) -> None:
    with make_session_factory(engine)() as session:
        entry = outbox_repo.enqueue(
            session, dedupe_key="k", channel="email", purpose="ack", recipient="a@example.org",
            language="en", subject_line="s", body_text="b", now=NOW,
        )  # fmt: skip
        outbox_repo.mark_attempt_failed(session, entry=entry, now=NOW, error="down")
        assert entry.next_attempt_at == NOW + timedelta(minutes=1)
        assert outbox_repo.due_entries(session, channel="email", now=NOW) == []
        later = NOW + timedelta(minutes=1)
        assert [e.id for e in outbox_repo.due_entries(session, channel="email", now=later)] == [
            entry.id
        ]
        for _ in range(outbox_repo.MAX_ATTEMPTS):
            outbox_repo.mark_attempt_failed(session, entry=entry, now=NOW, error="down")
        assert entry.status == outbox_repo.FAILED


def _request_with_three_events(session: Session) -> Request:
    request = _request(session)
    for action in ("received", "acknowledged", "verified"):
        append_event(session, request=request, at=NOW, actor="system", action=action)
    session.commit()
    return request


def test_event_chain_detects_edits_and_deletions(engine: Engine) -> None:
    sessions = make_session_factory(engine)
    with sessions() as session:
        request = _request_with_three_events(session)
        assert verify_chain(session, request=request) == []
        session.execute(
            update(Event).where(Event.request_id == request.id, Event.seq == 2).values(actor="x")
        )
        session.commit()
        problems = verify_chain(session, request=request)
        assert [(p.seq, p.problem) for p in problems] == [(2, "content altered")]


def test_event_chain_detects_a_removed_middle_event(engine: Engine) -> None:
    sessions = make_session_factory(engine)
    with sessions() as session:
        request = _request_with_three_events(session)
        middle = session.query(Event).filter_by(request_id=request.id, seq=2).one()
        session.delete(middle)
        session.commit()
        problems = {p.problem for p in verify_chain(session, request=request)}
        assert problems == {"event missing", "link to previous broken"}
