"""Retention: closed requests and their messages are purged after the controller's period.

The register keeps a minimal, pseudonymised row per purged request (see
:class:`store.lifecycle_models.RegisterEntry`); everything else about the
request (messages, events, outbox entries, documents, and the person when
they have no other request) is deleted. Run it daily from the scheduler.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from config import Settings
from intake.lifecycle import states
from intake.lifecycle.register import row_of
from store import messages as message_repo
from store.lifecycle_models import AuditSeal, RegisterEntry
from store.models import ContactIdentity, Controller, Message, Request
from store.purge import delete_with_dependents

log = logging.getLogger(__name__)
# Messages that opened no request: nothing in the register refers to them.
_STRAY = (message_repo.NOT_A_REQUEST, message_repo.AUTOMATIC, message_repo.DUPLICATE)


@dataclass(frozen=True)
class PurgeReport:
    """What one purge removed."""

    requests: int
    messages: int
    subjects: int


def pseudonym(secret: bytes, session: Session, subject_id: int) -> str:
    """A keyed hash of the subject's first contact: same person, same pseudonym."""
    identity = session.scalars(
        select(ContactIdentity).where(ContactIdentity.subject_id == subject_id)
        .order_by(ContactIdentity.id).limit(1)
    ).first()  # fmt: skip
    seed = f"{identity.kind}:{identity.value}" if identity else f"subject:{subject_id}"
    return hmac.new(secret, seed.encode(), hashlib.sha256).hexdigest()[:32]


def purge_expired(session: Session, *, now: datetime, settings: Settings) -> PurgeReport:
    """Purge every closed request older than its controller's retention period.

    The caller commits. Counts (never contents) are logged.
    """
    secret = settings.secret_key.get_secret_value().encode()
    purged_requests = purged_messages = purged_subjects = 0
    for controller in settings.controllers:
        cutoff = now - timedelta(days=controller.retention_days)
        row = session.scalars(select(Controller).where(Controller.name == controller.name)).first()
        if row is None:
            continue
        expired = list(
            session.scalars(
                select(Request).where(
                    Request.controller_id == row.id, Request.status.in_(states.FINAL),
                    Request.closed_at.is_not(None), Request.closed_at < cutoff,
                ).options(selectinload(Request.kinds), selectinload(Request.controller))
            )
        )  # fmt: skip
        subjects = {request.subject_id for request in expired}
        for request in expired:
            _keep_register_row(session, request, controller.zone, secret, now)
            purged_messages += len(
                list(session.scalars(select(Message.id).where(Message.request_id == request.id)))
            )
        ids = [request.id for request in expired]
        purged_requests += delete_with_dependents(session, table_name="requests", ids=ids)
        stray = list(
            session.scalars(
                select(Message.id).where(
                    Message.controller_id == row.id, Message.request_id.is_(None),
                    Message.status.in_(_STRAY), Message.received_at < cutoff,
                )
            )
        )  # fmt: skip
        purged_messages += delete_with_dependents(session, table_name="messages", ids=stray)
        purged_subjects += _drop_orphans(session, subjects)
    session.flush()
    log.info(
        "retention purge: %d request(s), %d message(s), %d person(s) removed",
        purged_requests, purged_messages, purged_subjects,
    )  # fmt: skip
    return PurgeReport(purged_requests, purged_messages, purged_subjects)


def _keep_register_row(
    session: Session, request: Request, zone: ZoneInfo, secret: bytes, now: datetime
) -> None:
    row = row_of(session, request, zone, now.date())
    seal = session.get(AuditSeal, request.id)
    entry = RegisterEntry(
        reference=row.reference, controller_id=request.controller_id,
        subject_pseudonym=pseudonym(secret, session, request.subject_id), kinds=row.kinds,
        channel=row.channel, regime=row.regime, received_on=row.received_on,
        verified_on=row.verified_on, extended_on=row.extended_on, closed_on=row.closed_on,
        due_on=row.due_on, outcome=row.outcome, on_time=row.on_time,
        chain_head=seal.hash if seal else "", purged_at=now,
    )  # fmt: skip
    session.add(entry)
    session.flush()


def _drop_orphans(session: Session, subject_ids: set[int]) -> int:
    """Delete the people left without any request (their contacts go with them)."""
    orphans = [
        subject_id
        for subject_id in subject_ids
        if session.scalars(select(Request.id).where(Request.subject_id == subject_id)).first()
        is None
    ]
    return delete_with_dependents(session, table_name="data_subjects", ids=orphans)


def run_purge(sessions: sessionmaker[Session], *, settings: Settings, now: datetime) -> PurgeReport:
    """One scheduled purge in its own transaction (what a daily job calls)."""
    with sessions() as session:
        report = purge_expired(session, now=now, settings=settings)
        session.commit()
    return report
