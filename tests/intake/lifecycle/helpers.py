"""A pipeline and the life-cycle actions wired to one database, for tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from config.lifecycle_settings import VerificationLevel, VerificationPolicy
from intake.lifecycle import ActionError, bind_settings
from intake.pipeline import IngestOutcome
from store.models import OutboxEntry, Request
from tests.intake.helpers import Harness, email_bytes, make_harness

ACCESS_FR = (
    "Bonjour, conformément à l'article 15 du RGPD je souhaite obtenir une copie "
    "de toutes les données personnelles que vous détenez sur moi. Ana"
)
ERASURE_EN = "Hello, under Article 17 GDPR please erase all my personal data. Regards, Bob"
ACTOR = "controller:dpo@acme.example"


def lifecycle_harness(
    tmp_path: Path,
    db_url: str,
    *,
    levels: dict[str, VerificationLevel] | None = None,
    pause_policy: str = "none",
) -> Harness:
    """The intake harness with verification levels set and settings bound to its sessions."""
    harness = make_harness(tmp_path, db_url)
    controller = harness.settings.controllers[0]
    controller.verification = VerificationPolicy(default="none", kinds=levels or {})
    controller.pause_policy = pause_policy  # type: ignore[assignment]
    controller.digest_recipients = ["dpo@acme.example"]
    bind_settings(harness.sessions, harness.settings)
    return harness


def file_request(harness: Harness, body: str = ACCESS_FR, sender: str = "ana@example.org") -> str:
    """Ingest one request e-mail and return its reference."""
    outcome = harness.ingest(email_bytes(body=body, sender=sender, subject="Demande"))
    assert isinstance(outcome, IngestOutcome) and outcome.reference, outcome
    return outcome.reference


def load(session: Session, reference: str) -> Request:
    """The request with ``reference``."""
    return session.scalars(select(Request).where(Request.reference == reference)).one()


def outbox(session: Session, purpose: str) -> list[OutboxEntry]:
    """Outbox entries of one purpose, oldest first."""
    return list(
        session.scalars(
            select(OutboxEntry).where(OutboxEntry.purpose == purpose).order_by(OutboxEntry.id)
        )
    )


def advance(harness: Harness, days: int) -> None:
    """Move the harness clock forward."""
    harness.clock.now = harness.clock.now + timedelta(days=days)


Action = Callable[[Session, Request, Harness], object]


def refused(harness: Harness, reference: str, action: Action, why: str) -> None:
    """Run ``action`` and check it is refused with ``why`` and changes nothing."""
    with harness.sessions() as session:
        request = load(session, reference)
        before = (request.status, len(request.events))
        with pytest.raises(ActionError, match=why):
            action(session, request, harness)
        session.rollback()
        request = load(session, reference)
        assert (request.status, len(request.events)) == before
