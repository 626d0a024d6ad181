"""Models of a request's life cycle: identity checks, documents, register, seals."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from store.crypto import EncryptedBytes
from store.models import Base


class VerificationChallenge(Base):
    """A one-time code sent to prove control of the address or chat on file.

    Only a keyed hash of the code is stored: a database reader cannot use it.
    """

    __tablename__ = "verification_challenges"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    code_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    attempts: Mapped[int] = mapped_column(default=0)
    used_at: Mapped[datetime | None]
    burnt_at: Mapped[datetime | None]


class Document(Base):
    """A file attached to a request: an answer's attachment or an identity document.

    ``content`` is encrypted at rest and set to NULL once the file is no
    longer needed (an identity document after the check is recorded): the
    row keeps the fact (name, size, hash), not the copy.
    """

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(16))  # "answer" | "id_document"
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(127))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes | None] = mapped_column(EncryptedBytes())
    outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id"), index=True)
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class AuditSeal(Base):
    """The last event of each request's chain, so a truncated tail is noticed.

    A hash chain alone cannot tell that its newest events were deleted; the
    seal remembers where the chain ended.
    """

    __tablename__ = "audit_seals"

    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), primary_key=True)
    seq: Mapped[int]
    hash: Mapped[str] = mapped_column(String(64))


class RegisterEntry(Base):
    """The minimal, pseudonymised row a purged request leaves in the register.

    No name, address or message: the subject is a keyed hash (so repeated
    requests by one person can still be counted), and ``chain_head`` is the
    hash of the request's last event, proof that its log existed.
    """

    __tablename__ = "register_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    controller_id: Mapped[int] = mapped_column(ForeignKey("controllers.id"), index=True)
    subject_pseudonym: Mapped[str] = mapped_column(String(64))
    kinds: Mapped[list[Any]] = mapped_column(JSON)
    channel: Mapped[str] = mapped_column(String(16))
    regime: Mapped[str] = mapped_column(String(16))
    received_on: Mapped[date] = mapped_column(Date)
    verified_on: Mapped[date | None] = mapped_column(Date)
    extended_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(32))
    on_time: Mapped[bool | None]
    chain_head: Mapped[str] = mapped_column(String(64))
    purged_at: Mapped[datetime]
