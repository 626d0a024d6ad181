"""The outbox: notifications written once, delivered by their channel."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.models import OutboxEntry

PENDING = "pending"
SENT = "sent"
FAILED = "failed"
MAX_ATTEMPTS = 12


def enqueue(
    session: Session,
    *,
    dedupe_key: str,
    channel: str,
    purpose: str,
    recipient: str,
    language: str,
    subject_line: str,
    body_text: str,
    now: datetime,
    request_id: int | None = None,
    headers: dict[str, Any] | None = None,
    message_id: str | None = None,
) -> OutboxEntry:
    """Write a notification unless one with the same ``dedupe_key`` exists.

    The unique constraint on ``dedupe_key`` is the real guard (it holds
    across processes); the lookup only avoids a needless failed insert.

    Returns:
        The new entry, or the existing one with that key.
    """
    existing = session.scalar(select(OutboxEntry).where(OutboxEntry.dedupe_key == dedupe_key))
    if existing is not None:
        return existing
    entry = OutboxEntry(
        dedupe_key=dedupe_key,
        channel=channel,
        purpose=purpose,
        request_id=request_id,
        recipient=recipient,
        language=language,
        subject_line=subject_line,
        body_text=body_text,
        headers=headers or {},
        message_id=message_id,
        status=PENDING,
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )
    session.add(entry)
    session.flush()
    return entry


def due_entries(
    session: Session, *, channel: str, now: datetime, limit: int = 100
) -> list[OutboxEntry]:
    """Pending entries of a channel whose next attempt time has come, oldest first."""
    return list(
        session.scalars(
            select(OutboxEntry)
            .where(
                OutboxEntry.channel == channel,
                OutboxEntry.status == PENDING,
                OutboxEntry.next_attempt_at <= now,
            )
            .order_by(OutboxEntry.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    )


def mark_sent(session: Session, *, entry: OutboxEntry, now: datetime) -> None:
    """Record a successful delivery."""
    entry.status = SENT
    entry.sent_at = now
    entry.attempts += 1
    entry.last_error = None
    session.flush()


def mark_attempt_failed(session: Session, *, entry: OutboxEntry, now: datetime, error: str) -> None:
    """Schedule a retry with exponential backoff, or give up after many tries.

    Backoff doubles from one minute up to six hours, so a relay that is down
    for a day is retried about a dozen times, not thousands.
    """
    entry.attempts += 1
    entry.last_error = error[:1000]
    if entry.attempts >= MAX_ATTEMPTS:
        entry.status = FAILED
    else:
        delay = min(timedelta(minutes=2 ** (entry.attempts - 1)), timedelta(hours=6))
        entry.next_attempt_at = now + delay
    session.flush()
