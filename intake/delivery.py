"""Delivering the outbox: each channel sends its own pending entries."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from intake.email_channel import CHANNEL as EMAIL
from intake.email_channel import EmailTransport, build_email
from intake.lifecycle.documents import attach_documents
from store import outbox as outbox_repo
from store.models import OutboxEntry

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeliveryReport:
    """How one delivery pass went."""

    sent: int
    failed: int


def deliver_email_outbox(
    *,
    sessions: sessionmaker[Session],
    transport: EmailTransport,
    from_address: str,
    from_name: str,
    clock: Callable[[], datetime],
    batch: int = 100,
) -> DeliveryReport:
    """Send every due e-mail entry, committing after each one.

    Committing per entry means a crash re-sends at most the one entry that
    was in flight, and transports are idempotent per entry id.
    """
    sent = failed = 0
    with sessions() as session:
        ids = [
            e.id for e in outbox_repo.due_entries(session, channel=EMAIL, now=clock(), limit=batch)
        ]
    for entry_id in ids:
        with sessions() as session:
            entry = session.get(OutboxEntry, entry_id)
            if entry is None or entry.status != outbox_repo.PENDING:
                continue
            try:
                built = build_email(entry, from_address=from_address, from_name=from_name)
                transport.deliver(
                    attach_documents(session, built, outbox_id=entry.id), entry_id=entry.id
                )
            except Exception as exc:  # any transport error means "retry later"
                outbox_repo.mark_attempt_failed(
                    session, entry=entry, now=clock(), error=f"{type(exc).__name__}: {exc}"
                )
                log.warning("outbox %s: delivery failed (%s)", entry_id, type(exc).__name__)
                failed += 1
            else:
                outbox_repo.mark_sent(session, entry=entry, now=clock())
                sent += 1
            session.commit()
    return DeliveryReport(sent=sent, failed=failed)
