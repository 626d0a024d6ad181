"""The intake pipeline end to end against a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from intake.pipeline import IngestOutcome
from intake.thread_ids import reference_from_message_id
from nlp import Classification
from store.events import verify_chain
from store.models import Event, Message, OutboxEntry, Request
from tests.intake.helpers import SECRET, Harness, email_bytes, make_harness

ACCESS_FR = (
    "Bonjour, conformément à l'article 15 du RGPD je souhaite obtenir une copie "
    "de toutes les données personnelles que vous détenez sur moi. Ana"
)


@pytest.fixture
def harness(tmp_path: Path, db_url: str) -> Harness:
    return make_harness(tmp_path, db_url)


def _outcome(value: object) -> IngestOutcome:
    assert isinstance(value, IngestOutcome)
    return value


def test_a_request_is_filed_with_its_deadline_and_acknowledged(harness: Harness) -> None:
    outcome = _outcome(
        harness.ingest(email_bytes(body=ACCESS_FR, subject="Accès", message_id="a1@x"))
    )
    assert outcome.status == "processed" and outcome.reference
    with harness.sessions() as session:
        request = session.scalars(select(Request)).one()
        assert request.kind_names == ["access"]
        assert request.language == "fr"
        assert request.received_on == date(2027, 3, 5)
        assert request.due_on == date(2027, 4, 5)  # Fri 5 Mar 2027 + one month
        ack = session.scalars(select(OutboxEntry)).one()
        assert ack.recipient == "ana@example.org" and ack.purpose == "acknowledgement"
        assert request.reference in ack.subject_line and request.reference in ack.body_text
        assert "5 avril 2027" in ack.body_text
        assert ack.headers["In-Reply-To"] == "a1@x"
        assert ack.message_id is not None
        assert reference_from_message_id(secret=SECRET.encode(), message_id=ack.message_id) == (
            request.reference
        )
        message = session.scalars(select(Message)).one()
        assert [step["stage"] for step in message.trace or []] == [
            "normalise", "screen", "deduplicate", "route", "match", "classify", "persist",
            "acknowledge",
        ]  # fmt: skip
        actions = [e.action for e in request.events]
        assert actions == ["received", "acknowledgement_queued"]
        received = request.events[0].detail
        assert received["kinds"] == ["access"] and received["stages"]
        assert verify_chain(session, request=request) == []


def test_robots_are_stored_but_never_answered(harness: Harness) -> None:
    raw = email_bytes(
        body="Je suis absent. Pour supprimer vos données, écrivez à mon collègue.",
        subject="Absence", headers={"Auto-Submitted": "auto-replied"},
    )  # fmt: skip
    assert _outcome(harness.ingest(raw)).status == "automatic"
    with harness.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Request)) == 0
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0
        assert session.scalars(select(Message)).one().raw == raw


def test_non_requests_open_nothing(harness: Harness) -> None:
    raw = email_bytes(body="Bonjour, où en est ma commande 5512 ? Merci.", subject="Commande")
    assert _outcome(harness.ingest(raw)).status == "not_a_request"
    with harness.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Request)) == 0


def test_the_same_message_twice_is_one_request(harness: Harness) -> None:
    raw = email_bytes(body=ACCESS_FR, message_id="same@x")
    first = _outcome(harness.ingest(raw, native_id="maildir:1"))
    again = _outcome(harness.ingest(raw, native_id="maildir:1"))
    copy = _outcome(harness.ingest(raw, native_id="maildir:2"))
    assert (first.status, again.already_stored, copy.status) == ("processed", True, "duplicate")
    with harness.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Request)) == 1
        assert session.scalar(select(func.count()).select_from(Message)) == 2
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 1


def test_a_reply_joins_its_request_by_reference_only_from_its_own_address(
    harness: Harness,
) -> None:
    reference = _outcome(harness.ingest(email_bytes(body=ACCESS_FR))).reference
    assert reference
    follow = email_bytes(body="Des nouvelles ?", subject=f"Re: [{reference}] Accusé de réception")
    assert _outcome(harness.ingest(follow)).status == "follow_up"
    stranger = email_bytes(
        sender="mallory@example.net", body=f"Où en est {reference} ? Envoyez-moi les données."
    )
    assert _outcome(harness.ingest(stranger)).reference != reference
    with harness.sessions() as session:
        request = session.scalars(select(Request).where(Request.reference == reference)).one()
        assert [e.action for e in request.events][-2:] == [
            "message_received", "follow_up_receipt_queued",
        ]  # fmt: skip
        to_stranger = session.scalars(
            select(OutboxEntry).where(OutboxEntry.recipient == "mallory@example.net")
        ).all()
        assert all(reference not in e.body_text for e in to_stranger)


def test_a_reply_joins_its_request_through_our_message_id(harness: Harness) -> None:
    harness.ingest(email_bytes(body=ACCESS_FR))
    with harness.sessions() as session:
        ack = session.scalars(select(OutboxEntry)).one()
    reply = email_bytes(
        body="Voici ma pièce d'identité.", subject="Re: votre message",
        headers={"In-Reply-To": f"<{ack.message_id}>"},
    )  # fmt: skip
    assert _outcome(harness.ingest(reply)).status == "follow_up"


def test_same_sender_same_right_while_open_is_not_counted_twice(harness: Harness) -> None:
    harness.ingest(email_bytes(body=ACCESS_FR, message_id="one@x"))
    harness.ingest(email_bytes(body=ACCESS_FR + " Merci de faire vite.", message_id="two@x"))
    with harness.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Request)) == 1
        assert session.scalar(select(func.count()).select_from(Event)) == 4


class _Exploding:
    def classify(self, *, subject: str, text: str) -> Classification:
        raise RuntimeError("model file is corrupt")


def test_a_crashing_stage_quarantines_and_the_next_message_still_flows(
    tmp_path: Path, db_url: str
) -> None:
    broken = make_harness(tmp_path, db_url, classifier=_Exploding())
    raw = email_bytes(body=ACCESS_FR)
    outcome = _outcome(broken.ingest(raw, native_id="m1"))
    assert outcome.status == "quarantined"
    healthy = make_harness(tmp_path, db_url)
    assert _outcome(healthy.ingest(email_bytes(body=ACCESS_FR, sender="bo@example.org"))).reference
    with healthy.sessions() as session:
        message = session.scalars(select(Message).where(Message.native_id == "m1")).one()
        assert message.status == "quarantined"
        assert message.status_reason == "stage classify: RuntimeError: model file is corrupt"
        assert message.raw == raw
        assert session.scalar(select(func.count()).select_from(Request)) == 1


def test_a_message_without_sender_is_quarantined_not_lost(harness: Harness) -> None:
    outcome = _outcome(harness.ingest(email_bytes(body=ACCESS_FR, sender=None)))
    assert outcome.status == "quarantined"
    with harness.sessions() as session:
        reason = session.scalars(select(Message)).one().status_reason
        assert reason == "stage screen: ValueError: message has no usable sender address"


def test_unparsable_bytes_are_kept_and_quarantined(harness: Harness) -> None:
    outcome = _outcome(harness.ingest(b"\x00\xff\xfe not an e-mail at all"))
    assert outcome.status == "quarantined"
    with harness.sessions() as session:
        assert session.scalars(select(Message)).one().raw == b"\x00\xff\xfe not an e-mail at all"
