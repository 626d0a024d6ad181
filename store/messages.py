"""Repository functions for inbound messages."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.models import Message

RECEIVED = "received"
PROCESSED = "processed"
QUARANTINED = "quarantined"
DUPLICATE = "duplicate"
AUTOMATIC = "automatic"
NOT_A_REQUEST = "not_a_request"
FOLLOW_UP = "follow_up"
MESSAGE_STATUSES = (
    RECEIVED,
    PROCESSED,
    QUARANTINED,
    DUPLICATE,
    AUTOMATIC,
    NOT_A_REQUEST,
    FOLLOW_UP,
)


def add_raw_message(
    session: Session,
    *,
    channel: str,
    native_id: str,
    raw: bytes,
    raw_format: str,
    received_at: datetime,
) -> Message:
    """Store a message exactly as it arrived, with status ``received``."""
    message = Message(
        channel=channel,
        native_id=native_id,
        raw=raw,
        raw_format=raw_format,
        received_at=received_at,
        status=RECEIVED,
        content_sha256=hashlib.sha256(raw).hexdigest(),
    )
    session.add(message)
    session.flush()
    return message


def find_message(session: Session, *, channel: str, native_id: str) -> Message | None:
    """The message a channel already stored under ``native_id``, if any."""
    return session.scalar(
        select(Message).where(Message.channel == channel, Message.native_id == native_id)
    )


def find_earlier_copy(
    session: Session,
    *,
    message: Message,
) -> Message | None:
    """An earlier message that is the same one delivered again.

    Same ``Message-ID`` header from the same sender, or byte-identical
    content; only messages already past the pipeline count.
    """
    query = select(Message).where(
        Message.id != message.id,
        Message.status != RECEIVED,
        Message.status != QUARANTINED,
    )
    if message.header_message_id:
        query = query.where(
            Message.header_message_id == message.header_message_id,
            Message.sender == message.sender,
        )
    else:
        query = query.where(Message.content_sha256 == message.content_sha256)
    return session.scalar(query.order_by(Message.id).limit(1))


def set_status(
    session: Session,
    *,
    message: Message,
    status: str,
    reason: str | None = None,
    at: datetime | None = None,
    trace: list[Any] | None = None,
) -> None:
    """Record what became of a message (and why, for quarantine)."""
    if status not in MESSAGE_STATUSES:
        raise ValueError(f"unknown message status {status!r}")
    message.status = status
    message.status_reason = reason
    if at is not None:
        message.processed_at = at
    if trace is not None:
        message.trace = trace
    session.flush()


def list_messages(
    session: Session, *, statuses: tuple[str, ...] = (), limit: int = 1000
) -> list[Message]:
    """Most recent messages first, optionally only some statuses."""
    query = select(Message).order_by(Message.received_at.desc(), Message.id.desc()).limit(limit)
    if statuses:
        query = query.where(Message.status.in_(statuses))
    return list(session.scalars(query))
