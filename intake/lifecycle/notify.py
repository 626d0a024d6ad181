"""Queueing the life cycle's messages: to the data subject, and to the controller."""

from __future__ import annotations

from typing import Final

from sqlalchemy.orm import Session

from config import Settings
from intake.lifecycle import states
from intake.lifecycle.errors import ActionError
from intake.lifecycle.policy import Contact, subject_contact
from intake.templates import Rendered
from intake.thread_ids import make_message_id
from store import outbox as outbox_repo
from store.models import Event, OutboxEntry, Request

# The only messages an unverified sender may receive: they reveal no
# personal data and no status beyond "received".
UNVERIFIED_PURPOSES: Final = frozenset(
    {"acknowledgement", "follow_up_receipt", "verification_request"}
)


def to_subject(
    session: Session,
    *,
    settings: Settings,
    request: Request,
    event: Event,
    purpose: str,
    rendered: Rendered,
    contact: Contact | None = None,
) -> OutboxEntry | None:
    """Queue ``rendered`` to the subject, once per event (the dedupe key says so).

    ``contact`` overrides where it goes (default: where the request came from),
    e.g. the e-mail address a Telegram user gave for their one-time code.

    Returns:
        The outbox entry, or None when the request has no contact to write to.

    Raises:
        ActionError: the message would tell an unverified sender more than "received".
    """
    if request.status == states.AWAITING_VERIFICATION and purpose not in UNVERIFIED_PURPOSES:
        raise ActionError(f"cannot send a {purpose} before the sender's identity is verified")
    contact = contact or subject_contact(session, request)
    if contact is None:
        return None
    domain = settings.maildir.from_address.rpartition("@")[2]
    secret = settings.secret_key.get_secret_value().encode()
    headers = {"In-Reply-To": contact.in_reply_to} if contact.in_reply_to else {}
    return outbox_repo.enqueue(
        session, dedupe_key=f"lifecycle:{event.id}:{purpose}", channel=contact.channel,
        purpose=purpose, recipient=contact.recipient, language=rendered.language,
        subject_line=rendered.subject, body_text=rendered.body, now=event.at,
        request_id=request.id, headers=headers,
        message_id=make_message_id(secret=secret, reference=request.reference, domain=domain),
    )  # fmt: skip


def to_controller(
    session: Session,
    *,
    recipients: list[str],
    request: Request,
    event: Event,
    purpose: str,
    rendered: Rendered,
) -> list[OutboxEntry]:
    """Queue ``rendered`` by e-mail to each of the controller's own recipients."""
    return [
        outbox_repo.enqueue(
            session,
            dedupe_key=f"lifecycle:{event.id}:{purpose}:{address}",
            channel="email",
            purpose=purpose,
            recipient=address,
            language=rendered.language,
            subject_line=rendered.subject,
            body_text=rendered.body,
            now=event.at,
            request_id=request.id,
        )
        for address in recipients
    ]
