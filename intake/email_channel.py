"""E-mail as an intake channel: normalise RFC 822 bytes, write replies as MIME.

Delivery transports (a folder of ``.eml`` files for the embedded default;
SMTP for real deployments) share the message-building code here.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Collection
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Protocol

from intake.email_parse import parse_email
from intake.envelope import Normalised
from intake.reply_html import plain_to_html
from store.models import OutboxEntry

CHANNEL = "email"


def normalise_email(raw: bytes, *, own_domains: Collection[str] = ()) -> Normalised:
    """Read what the pipeline needs out of raw e-mail bytes."""
    # Our own mail coming back (a loop) is recognised inside the parser, which
    # requires our domain *and* our headers, so a colleague's forward is kept.
    parsed = parse_email(raw, own_domains=own_domains)
    verdict = parsed.automatic
    return Normalised(
        sender_kind="email",
        sender=parsed.from_address,
        sender_name=parsed.from_name,
        subject=parsed.subject,
        text=parsed.text,
        new_text=parsed.new_text,
        recipients=parsed.to_addresses,
        header_message_id=parsed.message_id,
        in_reply_to=parsed.in_reply_to,
        references=parsed.references,
        automatic=verdict.automatic,
        automatic_reason=verdict.reason,
        attachments=parsed.attachments,
        authentication=dict(parsed.authentication),
        defects=parsed.defects,
    )


def build_email(entry: OutboxEntry, *, from_address: str, from_name: str) -> EmailMessage:
    """The MIME message for an outbox entry (RFC 3834 headers on automatic mail)."""
    message = EmailMessage()
    message["From"] = formataddr((from_name, from_address))
    message["To"] = entry.recipient
    message["Subject"] = entry.subject_line
    message["Date"] = format_datetime(entry.created_at)
    if entry.message_id:
        message["Message-ID"] = f"<{entry.message_id}>"
    in_reply_to = entry.headers.get("In-Reply-To")
    if in_reply_to:
        message["In-Reply-To"] = f"<{in_reply_to}>"
    references = entry.headers.get("References") or []
    if references:
        message["References"] = " ".join(f"<{r}>" for r in references)
    # RFC 3834: mark automatic answers so other robots do not answer back.
    # (Digests and reminders say "auto-generated": they answer nobody.)
    message["Auto-Submitted"] = entry.headers.get("Auto-Submitted") or "auto-replied"
    message["Content-Language"] = entry.language
    message["X-Guichet-Purpose"] = entry.purpose
    message.set_content(entry.body_text)
    # Text first, HTML last: clients show the last alternative they can render.
    message.add_alternative(
        entry.body_html
        or plain_to_html(entry.body_text, language=entry.language, title=entry.subject_line),
        subtype="html",
    )
    for attachment in entry.attachments or []:  # e.g. a digest's .ics calendar
        kind, *params = (part.strip() for part in attachment["content_type"].split(";"))
        maintype, _, subtype = kind.partition("/")
        message.add_attachment(
            attachment["text"].encode("utf-8"),  # bytes: base64 keeps CRLF line ends intact
            maintype=maintype, subtype=subtype, filename=attachment["filename"],
            params=dict(p.partition("=")[::2] for p in params) | {"charset": "utf-8"},
        )  # fmt: skip
    if "Content-Language" not in message:
        # Building the MIME tree moved it onto the first part; it describes
        # the whole message, so the top level carries it too.
        message["Content-Language"] = entry.language
    return message


class EmailTransport(Protocol):
    """Something that delivers a built message; raises on failure."""

    def deliver(self, message: EmailMessage, *, entry_id: int) -> None:
        """Deliver ``message``; delivering the same ``entry_id`` again must be harmless."""
        ...


class FolderTransport:
    """Writes each message as ``<entry id>.eml`` into a folder (the embedded default).

    The file is written under a temporary name and renamed into place, so a
    reader never sees half a message, and re-delivering an entry after a
    crash replaces the same file instead of creating a second one.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def path_for(self, entry_id: int) -> Path:
        """Where the message of an outbox entry lands."""
        return self.folder / f"{entry_id:08d}.eml"

    def deliver(self, message: EmailMessage, *, entry_id: int) -> None:
        """Write the message atomically."""
        data = message.as_bytes()
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-", suffix=".eml")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            Path(tmp).replace(self.path_for(entry_id))
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
