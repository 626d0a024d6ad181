"""The channel-neutral envelope every inbound message travels in."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from intake.email_parse import Attachment


@dataclass(frozen=True)
class Envelope:
    """A message exactly as a channel received it, before any interpretation.

    Attributes:
        channel: ``"email"`` or ``"telegram"``.
        native_id: Stable identity within the channel (Maildir key, IMAP
            mailbox/UIDVALIDITY/UID, Telegram update id): taking the same
            message twice yields the same id, which is how exactly-once holds.
        raw: The bytes to keep verbatim.
        raw_format: ``"rfc822"`` or ``"json"``; selects the normaliser.
        received_at: When it reached us (aware), which starts the legal clock.
    """

    channel: str
    native_id: str
    raw: bytes
    raw_format: str
    received_at: datetime

    def __post_init__(self) -> None:
        if self.received_at.tzinfo is None:
            raise ValueError("Envelope.received_at must be timezone-aware")
        if not self.native_id:
            raise ValueError("Envelope.native_id must not be empty")


@dataclass(frozen=True)
class Normalised:
    """What the pipeline needs from a message, whatever its channel."""

    sender_kind: str  # "email" | "telegram"
    sender: str | None
    sender_name: str | None
    subject: str
    text: str
    new_text: str
    recipients: tuple[str, ...] = ()
    header_message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    automatic: bool = False
    automatic_reason: str | None = None
    attachments: tuple[Attachment, ...] = ()
    authentication: dict[str, str] = field(default_factory=dict)
    defects: tuple[str, ...] = ()
