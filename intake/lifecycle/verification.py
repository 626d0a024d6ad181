"""Identity checks in proportion: one-time codes that expire, are single-use and rate-limited.

Only a keyed hash of each code is stored. A new code burns the previous
one, each code takes a few wrong guesses before it is burnt, and only a
few codes are sent per request and day: at most a handful of guesses a
day against a million possible codes.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from config import ControllerSettings, Settings
from config.lifecycle_settings import VerificationLevel
from intake.lifecycle import history, notify, policy, states
from intake.lifecycle.errors import ActionError
from intake.templates import pick_language
from intake.templates_lifecycle import verification_request
from store.events import append_event
from store.lifecycle_models import VerificationChallenge
from store.models import ContactIdentity, Request

_CODE: Final = re.compile(r"(?<!\d)(\d{3})[ -]?(\d{3})(?!\d)")
ACTOR: Final = "system:verification"


def level_for(controller: ControllerSettings, kinds: list[str]) -> VerificationLevel:
    """The verification level the controller requires for these rights."""
    return controller.verification.level_for(kinds)


def _hash(secret: bytes, request: Request, code: str) -> str:
    return hmac.new(secret, f"{request.reference}:{code}".encode(), hashlib.sha256).hexdigest()


def issue_code(
    session: Session, *, request: Request, controller: ControllerSettings, secret: bytes,
    channel: str, now: datetime,
) -> tuple[VerificationChallenge, str]:  # fmt: skip
    """Create a fresh code for ``request``, burning any code still open.

    Raises:
        ActionError: too many codes were sent for this request in 24 hours.
    """
    policy = controller.verification
    recent = session.scalar(
        select(func.count()).select_from(VerificationChallenge).where(
            VerificationChallenge.request_id == request.id,
            VerificationChallenge.created_at > now - timedelta(days=1),
        )
    )  # fmt: skip
    if (recent or 0) >= policy.max_codes_per_day:
        raise ActionError(f"{policy.max_codes_per_day} codes already sent today; try tomorrow")
    for old in _open_challenges(session, request, now):
        old.burnt_at = now
    code = f"{secrets.randbelow(1_000_000):06d}"
    challenge = VerificationChallenge(
        request_id=request.id, channel=channel, code_hash=_hash(secret, request, code),
        created_at=now, expires_at=now + timedelta(minutes=policy.code_ttl_minutes), attempts=0,
    )  # fmt: skip
    session.add(challenge)
    session.flush()
    return challenge, code


def _open_challenges(
    session: Session, request: Request, now: datetime
) -> list[VerificationChallenge]:
    return list(
        session.scalars(
            select(VerificationChallenge).where(
                VerificationChallenge.request_id == request.id,
                VerificationChallenge.used_at.is_(None),
                VerificationChallenge.burnt_at.is_(None),
                VerificationChallenge.expires_at > now,
            ).order_by(VerificationChallenge.id)
        )
    )  # fmt: skip


def redeem_code(
    session: Session, *, request: Request, controller: ControllerSettings, secret: bytes,
    code: str, now: datetime,
) -> bool:  # fmt: skip
    """Check ``code`` against the request's open code; True (and used up) when it matches.

    Every wrong guess counts; the code is burnt after ``max_attempts``.
    """
    open_now = _open_challenges(session, request, now)
    if not open_now:
        return False
    challenge = open_now[-1]
    challenge.attempts += 1
    if hmac.compare_digest(challenge.code_hash, _hash(secret, request, code.strip())):
        challenge.used_at = now
        session.flush()
        return True
    if challenge.attempts >= controller.verification.max_attempts:
        challenge.burnt_at = now
    session.flush()
    return False


def codes_in(text: str) -> list[str]:
    """Six-digit codes in a reply (``123456`` or ``123 456``), in order."""
    return ["".join(match.groups()) for match in _CODE.finditer(text)]


def require(session: Session, *, request: Request, level: VerificationLevel, now: datetime) -> None:
    """Mark a new request as waiting for an identity check (the pipeline calls this)."""
    previous = request.status
    request.status = states.AWAITING_VERIFICATION
    append_event(
        session, request=request, at=now, actor="system:intake",
        action=history.VERIFICATION_REQUIRED, detail={"level": level, "from": previous,
                                                     "to": request.status},
    )  # fmt: skip


def email_on_file(session: Session, request: Request) -> str | None:
    """The address a ``confirm`` code goes to: the sender's, or the latest one they gave.

    An e-mail request is checked at its own sender address. A chat proves
    only control of a Telegram account, which the controller's records do
    not know: there, the code goes to an e-mail address the person gave.
    """
    contact = policy.subject_contact(session, request)
    if contact is not None and contact.channel == "email":
        return contact.recipient
    return session.scalars(
        select(ContactIdentity.value).where(
            ContactIdentity.subject_id == request.subject_id, ContactIdentity.kind == "email"
        ).order_by(ContactIdentity.id.desc())
    ).first()  # fmt: skip


def _elsewhere(session: Session, request: Request, address: str | None) -> policy.Contact | None:
    """Where to send the code when it is not the request's own thread (a chat's request)."""
    sender = policy.subject_contact(session, request)
    if address is None or (sender is not None and sender.channel == "email"):
        return None
    return policy.Contact("email", address, None)


def send_request(
    session: Session, *, settings: Settings, controller: ControllerSettings, request: Request,
    level: VerificationLevel, now: datetime, email: str | None = None,
) -> bool:  # fmt: skip
    """Send the subject a one-time code (``confirm``) or ask for a document (``manual``).

    Returns:
        False when a code is needed but no e-mail address is on file (nothing
        was sent; the chat asks for one, then calls this again with ``email``).
    """
    address = email or (email_on_file(session, request) if level == "confirm" else None)
    if level == "confirm" and address is None:
        append_event(
            session, request=request, at=now, actor=ACTOR, action="verification_requested",
            detail={"level": level, "needs": "email"},
        )  # fmt: skip
        return False
    language = pick_language(request.language, controller.default_language)
    name = controller.display_name or controller.name
    code, expires = None, None
    detail: dict[str, object] = {"level": level}
    if level == "confirm":
        challenge, code = issue_code(
            session, request=request, controller=controller, channel="email",
            secret=settings.secret_key.get_secret_value().encode(), now=now,
        )  # fmt: skip
        expires = challenge.expires_at.astimezone(controller.zone).date()
        detail["challenge"] = challenge.id
    rendered = verification_request(
        language=language, reference=request.reference, controller=name, level=level,
        code=code, expires=expires,
    )  # fmt: skip
    event = append_event(
        session, request=request, at=now, actor=ACTOR, action="verification_requested",
        detail=detail,
    )  # fmt: skip
    notify.to_subject(
        session, settings=settings, request=request, event=event,
        purpose="verification_request", rendered=rendered,
        contact=_elsewhere(session, request, address),
    )  # fmt: skip
    return True
