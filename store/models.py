"""Typed SQLAlchemy 2 models: the database is Guichet's source of truth.

Every schema change goes through an Alembic migration in
``store/migrations/versions``; a test checks the models and migrations agree.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Date,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from store.crypto import EncryptedBytes, EncryptedText
from store.types import UTCDateTime

# Explicit names keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with shared naming and type maps."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


class Controller(Base):
    """A data controller (tenant); its settings live in the configuration."""

    __tablename__ = "controllers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime]


class DataSubject(Base):
    """A person who wrote in, known through one or more contact identities."""

    __tablename__ = "data_subjects"

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime]
    identities: Mapped[list[ContactIdentity]] = relationship(back_populates="subject")


class ContactIdentity(Base):
    """An address a data subject writes from: an e-mail address or a Telegram chat."""

    __tablename__ = "contact_identities"
    __table_args__ = (UniqueConstraint("kind", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("data_subjects.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # "email" | "telegram"
    value: Mapped[str] = mapped_column(String(320))
    verified_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    subject: Mapped[DataSubject] = relationship(back_populates="identities")


class Request(Base):
    """A data-subject request with its legal deadlines."""

    __tablename__ = "requests"
    __table_args__ = (
        Index(None, "status", "due_on"),
        # Intake looks up a sender's open requests (twins) on every message (0007).
        Index(None, "subject_id", "controller_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    controller_id: Mapped[int] = mapped_column(ForeignKey("controllers.id"), index=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("data_subjects.id"), index=True)
    status: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(8))
    channel: Mapped[str] = mapped_column(String(16))
    regime: Mapped[str] = mapped_column(String(16))
    needs_review: Mapped[bool] = mapped_column(default=False)
    received_at: Mapped[datetime]
    received_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    extended_due_on: Mapped[date | None] = mapped_column(Date)
    extension_notice_by: Mapped[date | None] = mapped_column(Date)
    acknowledge_by: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]

    controller: Mapped[Controller] = relationship()
    subject: Mapped[DataSubject] = relationship()
    kinds: Mapped[list[RequestKind]] = relationship(
        cascade="all, delete-orphan", order_by="RequestKind.kind"
    )
    events: Mapped[list[Event]] = relationship(order_by="Event.seq", viewonly=True)

    @property
    def kind_names(self) -> list[str]:
        """The rights asked for, e.g. ``["access", "erasure"]``."""
        return [k.kind for k in self.kinds]


class RequestKind(Base):
    """One right asked for in a request (a request may ask several)."""

    __tablename__ = "request_kinds"

    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)


class Message(Base):
    """An inbound message, kept verbatim before anything else happens to it."""

    __tablename__ = "messages"
    __table_args__ = (UniqueConstraint("channel", "native_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    native_id: Mapped[str] = mapped_column(String(255))
    raw: Mapped[bytes] = mapped_column(EncryptedBytes())
    raw_format: Mapped[str] = mapped_column(String(16))  # "rfc822" | "json"
    received_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(24), index=True)
    status_reason: Mapped[str | None] = mapped_column(Text)
    sender_kind: Mapped[str | None] = mapped_column(String(16))
    sender: Mapped[str | None] = mapped_column(String(320))
    header_message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    content_sha256: Mapped[str] = mapped_column(String(64), index=True)
    subject_line: Mapped[str | None] = mapped_column(EncryptedText())
    text: Mapped[str | None] = mapped_column(EncryptedText())
    language: Mapped[str | None] = mapped_column(String(8))
    classification: Mapped[dict[str, Any] | None]
    # SPF/DKIM/DMARC results our MTA wrote (Authentication-Results), for verification.
    authentication: Mapped[dict[str, Any] | None]
    trace: Mapped[list[Any] | None]
    controller_id: Mapped[int | None] = mapped_column(ForeignKey("controllers.id"))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    processed_at: Mapped[datetime | None]


class Event(Base):
    """An append-only log line of a request: who did what, when and why.

    ``hash`` covers the event and the previous event's hash, so an edited
    or deleted event breaks the chain (see :mod:`store.events`).
    """

    __tablename__ = "events"
    __table_args__ = (UniqueConstraint("request_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"))
    seq: Mapped[int]
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str | None] = mapped_column(EncryptedText())
    detail: Mapped[dict[str, Any]]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class OutboxEntry(Base):
    """A notification waiting for its channel to deliver it.

    ``dedupe_key`` is unique: writing the same notification twice (two
    schedulers, a retried transaction) is refused by the database itself.
    """

    __tablename__ = "outbox"
    __table_args__ = (Index(None, "channel", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    purpose: Mapped[str] = mapped_column(String(32))
    dedupe_key: Mapped[str] = mapped_column(String(255), unique=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    recipient: Mapped[str] = mapped_column(String(320))
    language: Mapped[str] = mapped_column(String(8))
    subject_line: Mapped[str] = mapped_column(Text)
    body_text: Mapped[str] = mapped_column(EncryptedText())
    # Digests only (references, rights, dates: no personal data): HTML part and files.
    body_html: Mapped[str | None] = mapped_column(Text)
    attachments: Mapped[list[Any] | None]  # [{"filename", "content_type", "text"}]
    headers: Mapped[dict[str, Any]]
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    status: Mapped[str] = mapped_column(String(16))  # pending | sent | failed
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
