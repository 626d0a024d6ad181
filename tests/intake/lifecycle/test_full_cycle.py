"""A request's whole life on SQLite and PostgreSQL: receive, verify, extend, answer."""

from __future__ import annotations

import email
import re
from datetime import date
from pathlib import Path

from intake import lifecycle
from intake.delivery import deliver_email_outbox
from intake.email_channel import FolderTransport
from intake.lifecycle.audit import verify_all
from intake.lifecycle.register import register_rows
from store.events import verify_chain
from tests.intake.helpers import email_bytes
from tests.intake.lifecycle.helpers import ACTOR, advance, file_request, lifecycle_harness, load
from tests.intake.lifecycle.helpers import outbox as outbox_of


def test_receive_verify_extend_answer(tmp_path: Path, db_url: str) -> None:
    harness = lifecycle_harness(tmp_path, db_url, levels={"access": "confirm"})
    reference = file_request(harness)
    with harness.sessions() as session:
        request = load(session, reference)
        assert request.status == "awaiting_verification"
        assert lifecycle.allowed_actions(request) == ["verify_identity", "close"]
        (challenge,) = outbox_of(session, "verification_request")
        match = re.search(r"\b(\d{6})\b", challenge.body_text)
        assert match and "expire" in challenge.body_text
        code = match.group(1)

    harness.clock.now = harness.clock.now.replace(hour=18)  # the code comes back that evening
    harness.ingest(email_bytes(body=f"Voici mon code : {code}", subject=f"Re: [{reference}]"))
    with harness.sessions() as session:
        request = load(session, reference)
        assert request.status == "in_progress"
        assert request.due_on == date(2027, 4, 5)  # the EU GDPR clock runs from receipt

        advance(harness, 10)
        lifecycle.extend(
            session,
            request=request,
            actor=ACTOR,
            now=harness.clock.now,
            reason="Your request covers twelve years of records in four systems.",
        )
        assert request.status == "extended"
        (notice,) = outbox_of(session, "extension_notice")
        assert (
            "twelve years" in notice.body_text and "lundi 7 juin 2027" in notice.body_text
        )  # 5 June is a Saturday

        advance(harness, 30)
        attachment = tmp_path / "export.csv"
        attachment.write_text("field,value\nname,Ana\n", encoding="utf-8")
        lifecycle.answer(
            session,
            request=request,
            actor=ACTOR,
            now=harness.clock.now,
            summary="Vous trouverez ci-joint vos données.",
            attachments=[attachment],
        )
        session.commit()
        assert request.status == "answered" and request.closed_at is not None
        (answer,) = outbox_of(session, "answer")
        assert "(1)" in answer.body_text

        actions = [e.action for e in request.events]
        assert actions == [
            "received",
            "verification_required",
            "acknowledgement_queued",
            "verification_requested",
            "message_received",
            "follow_up_receipt_queued",
            "identity_verified",
            "extended",
            "answered",
        ]
        extended = next(e for e in request.events if e.action == "extended")
        assert extended.actor == ACTOR and extended.detail["from"] == "in_progress"
        assert extended.detail["to"] == "extended" and extended.reason
        assert verify_chain(session, request=request) == []
        assert verify_all(session).ok

        (row,) = register_rows(session, settings=harness.settings, today=date(2027, 12, 31))
        assert (row.reference, row.outcome, row.on_time) == (reference, "answered", True)
        assert row.received_on == date(2027, 3, 5) and row.verified_on == date(2027, 3, 5)
        assert row.extended_on == date(2027, 3, 15) and row.closed_on == date(2027, 4, 14)
        assert row.due_on == date(2027, 6, 7)

    report = deliver_email_outbox(
        sessions=harness.sessions,
        transport=FolderTransport(tmp_path / "sent"),
        from_address="guichet@acme.example",
        from_name="Guichet",
        clock=harness.clock,
    )
    assert report.failed == 0 and report.sent >= 5
    sent = [email.message_from_bytes(p.read_bytes()) for p in (tmp_path / "sent").glob("*.eml")]
    attached = [
        part.get_filename() for message in sent for part in message.walk() if part.get_filename()
    ]
    assert attached == ["export.csv"]
