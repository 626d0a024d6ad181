"""Delivering the outbox: each channel sends its own pending entries.

The pass itself (which entries are due, one session per entry, recording
the outcome and committing) is shared by every channel through
:func:`pending_entries` and :class:`DeliveryTally`; only the sending differs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
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


@dataclass
class DeliveryTally:
    """Counts a delivery pass while recording each attempt's outcome."""

    sent: int = 0
    failed: int = 0

    def record(
        self, session: Session, entry: OutboxEntry, *, now: datetime, error: str | None
    ) -> None:
        """Mark ``entry`` sent (``error`` is None) or failed for a retry, then commit.

        Committing per entry means a crash re-sends at most the one entry that
        was in flight.
        """
        if error is None:
            outbox_repo.mark_sent(session, entry=entry, now=now)
            self.sent += 1
        else:
            outbox_repo.mark_attempt_failed(session, entry=entry, now=now, error=error)
            self.failed += 1
        session.commit()

    def report(self) -> DeliveryReport:
        """The counts so far."""
        return DeliveryReport(sent=self.sent, failed=self.failed)


def pending_entries(
    sessions: sessionmaker[Session],
    *,
    channel: str,
    now: datetime,
    batch: int = 100,
    recipient: str | None = None,
) -> Iterator[tuple[Session, OutboxEntry]]:
    """Yield each due entry of ``channel`` (only ``recipient``'s when given), oldest first.

    Each entry comes with a session of its own, open until the next one is
    asked for; an entry another worker sent meanwhile is skipped.
    """
    with sessions() as session:
        ids = [
            e.id
            for e in outbox_repo.due_entries(session, channel=channel, now=now, limit=batch)
            if recipient is None or e.recipient == recipient
        ]
    for entry_id in ids:
        with sessions() as session:
            entry = session.get(OutboxEntry, entry_id)
            if entry is not None and entry.status == outbox_repo.PENDING:
                yield session, entry


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

    Transports are idempotent per entry id, so the one entry a crash may
    leave in flight is not delivered twice.
    """
    tally = DeliveryTally()
    for session, entry in pending_entries(sessions, channel=EMAIL, now=clock(), batch=batch):
        error: str | None = None
        try:
            built = build_email(entry, from_address=from_address, from_name=from_name)
            transport.deliver(
                attach_documents(session, built, outbox_id=entry.id), entry_id=entry.id
            )
        except Exception as exc:  # any transport error means "retry later"
            error = f"{type(exc).__name__}: {exc}"
            log.warning("outbox %s: delivery failed (%s)", entry.id, type(exc).__name__)
        tally.record(session, entry, now=clock(), error=error)
    return tally.report()
