"""Tables of the e-mail channel on real servers: where each IMAP mailbox stands.

A checkpoint belongs to one ``(mailbox, UIDVALIDITY)`` pair: IMAP promises
that UIDs only grow while UIDVALIDITY stays the same, so "the highest UID we
stored" is all we need to resume. When the server changes UIDVALIDITY the old
row stays as history and a new one starts from zero.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from store.models import Base


class ImapCheckpoint(Base):
    """The highest UID of a mailbox generation whose message is safely stored."""

    __tablename__ = "imap_checkpoints"
    __table_args__ = (UniqueConstraint("mailbox", "uidvalidity"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(400))  # user@host:port/folder, no secret
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[datetime]
