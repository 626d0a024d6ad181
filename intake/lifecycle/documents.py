"""Files that travel with a request: answer attachments in, identity documents out.

Files are read straight into the (encrypted) database column, never
copied to a temporary file. An identity document is kept only until the
check is recorded: then its content is erased and, for e-mails, the
attachment parts of the stored raw message are replaced by a short note.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.lifecycle_models import Document
from store.models import Message, Request
from store.telegram_models import TelegramFile

MAX_ATTACHMENT_BYTES: Final = 20 * 1024 * 1024  # what most mail relays still accept
ANSWER = "answer"
ID_DOCUMENT = "id_document"


def store_document(
    session: Session, *, request: Request, purpose: str, filename: str, content: bytes,
    now: datetime, media_type: str | None = None, outbox_id: int | None = None,
) -> Document:  # fmt: skip
    """Keep a file with the request (encrypted at rest by its column type)."""
    guessed = media_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    document = Document(
        request_id=request.id, purpose=purpose, filename=Path(filename).name[:255],
        media_type=guessed, size=len(content), sha256=hashlib.sha256(content).hexdigest(),
        content=content, outbox_id=outbox_id, created_at=now,
    )  # fmt: skip
    session.add(document)
    session.flush()
    return document


def read_attachments(paths: list[Path]) -> list[tuple[str, bytes]]:
    """Read the files a controller attaches, refusing what cannot be sent.

    Raises:
        ValueError: a path is not a readable file, or the total is too large.
    """
    files: list[tuple[str, bytes]] = []
    for path in paths:
        if not path.is_file():
            raise ValueError(f"attachment {path.name!r} is not a readable file")
        files.append((path.name, path.read_bytes()))
    if sum(len(content) for _, content in files) > MAX_ATTACHMENT_BYTES:
        raise ValueError(f"attachments exceed {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB in total")
    return files


@dataclass(frozen=True)
class Attachment:
    """A file to attach to an outgoing message."""

    filename: str
    media_type: str
    content: bytes


def attachments_for(session: Session, *, outbox_id: int) -> list[Attachment]:
    """The files an outbox entry must carry (for the channel that delivers it)."""
    return [
        Attachment(d.filename, d.media_type, d.content)
        for d in session.scalars(
            select(Document).where(Document.outbox_id == outbox_id).order_by(Document.id)
        )
        if d.content is not None
    ]


def strip_attachments(raw: bytes, *, note: str) -> bytes | None:
    """The e-mail without its attached files (each replaced by ``note``); None if it had none."""
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    stripped = 0
    for part in message.walk():
        if part.is_multipart():
            continue
        is_file = part.get_filename() is not None or part.get_content_maintype() in (
            "image", "application", "audio", "video",
        )  # fmt: skip
        if part is not message and is_file:
            part.set_content(note, disposition="inline")
            stripped += 1
    return message.as_bytes() if stripped else None


def erase_identity_documents(
    session: Session, *, request: Request, now: datetime
) -> dict[str, int]:
    """Delete every copy of identity documents the request received; keep the facts.

    Returns:
        How many stored documents were erased and e-mails stripped, for the event.
    """
    erased = 0
    for document in session.scalars(
        select(Document).where(
            Document.request_id == request.id,
            Document.purpose == ID_DOCUMENT,
            Document.deleted_at.is_(None),
        )
    ):
        document.content, document.deleted_at = None, now
        erased += 1
    stripped = 0
    note = f"[identity document deleted on {now.date().isoformat()} after the check]"
    for message in session.scalars(
        select(Message).where(Message.request_id == request.id, Message.raw_format == "rfc822")
    ):
        without = strip_attachments(message.raw, note=note)
        if without is not None:
            message.raw = without
            stripped += 1
    # Photos and documents sent in the Telegram chat are the other copies.
    chat_files = list(
        session.scalars(select(TelegramFile).where(TelegramFile.request_id == request.id))
    )
    for chat_file in chat_files:
        session.delete(chat_file)
    session.flush()
    return {
        "documents_erased": erased,
        "messages_stripped": stripped,
        "chat_files_erased": len(chat_files),
    }


def attach_documents(session: Session, message: EmailMessage, *, outbox_id: int) -> EmailMessage:
    """Add the files stored for an outbox entry to its e-mail (answers to access requests)."""
    for attachment in attachments_for(session, outbox_id=outbox_id):
        maintype, _, subtype = attachment.media_type.partition("/")
        message.add_attachment(
            attachment.content, maintype=maintype, subtype=subtype or "octet-stream",
            filename=attachment.filename,
        )  # fmt: skip
    return message
