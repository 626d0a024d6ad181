"""Repository functions for IMAP checkpoints (the caller owns the transaction)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from store.email_models import ImapCheckpoint


def _find(session: Session, mailbox: str, uidvalidity: int) -> ImapCheckpoint | None:
    return session.scalar(
        select(ImapCheckpoint).where(
            ImapCheckpoint.mailbox == mailbox, ImapCheckpoint.uidvalidity == uidvalidity
        )
    )


def last_uid(session: Session, *, mailbox: str, uidvalidity: int) -> int | None:
    """The highest stored UID of this mailbox generation; None if never seen."""
    checkpoint = _find(session, mailbox, uidvalidity)
    return None if checkpoint is None else checkpoint.last_uid


def advance(session: Session, *, mailbox: str, uidvalidity: int, uid: int, now: datetime) -> None:
    """Record that every message up to ``uid`` is stored; never moves backwards.

    Two processes racing to create the same row is resolved by the unique
    constraint: the loser reads the winner's row and advances that.
    """
    checkpoint = _find(session, mailbox, uidvalidity)
    if checkpoint is None:
        try:
            with session.begin_nested():
                session.add(
                    ImapCheckpoint(
                        mailbox=mailbox, uidvalidity=uidvalidity, last_uid=uid, updated_at=now
                    )
                )
            return
        except IntegrityError:
            checkpoint = _find(session, mailbox, uidvalidity)
            if checkpoint is None:
                raise
    if uid > checkpoint.last_uid:
        checkpoint.last_uid = uid
        checkpoint.updated_at = now
    session.flush()
