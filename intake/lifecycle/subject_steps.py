"""What a data subject still has to do to prove who they are, for chat channels.

The life cycle alone decides whether a request needs an identity check
(:mod:`intake.lifecycle.hooks`); a channel such as the Telegram bot only
asks :func:`pending_step` and renders the answer: ask for an e-mail address
(``email``), ask for the code mailed to it (``code``), or ask for a document
(``document``). The caller owns the transaction.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from sqlalchemy.orm import Session

from intake.lifecycle import history, states, verification
from intake.lifecycle.policy import controller_settings, settings_of
from intake.lifecycle.transition import setting_for, transition
from store.models import Request

Step = Literal["none", "email", "code", "document"]


def pending_step(session: Session, *, request: Request) -> Step:
    """What the subject of ``request`` must do before anything but "received" is told."""
    if request.status != states.AWAITING_VERIFICATION:
        return "none"
    controller = controller_settings(session, settings_of(session), request)
    level = verification.level_for(controller, request.kind_names)
    if level == "manual":
        return "document"
    if level == "none":
        return "none"
    return "code" if verification.email_on_file(session, request) else "email"


def reassess(session: Session, *, request: Request, now: datetime) -> Step:
    """After the subject corrected the rights asked: hold the request if a check is now due.

    Never lowers a check already asked for: a sender cannot talk their way
    out of verification by changing the request after filing it.
    """
    if request.status == states.RECEIVED:
        controller = controller_settings(session, settings_of(session), request)
        level = verification.level_for(controller, request.kind_names)
        if level != "none":
            verification.require(session, request=request, level=level, now=now)
            verification.send_request(
                session, settings=settings_of(session), controller=controller,
                request=request, level=level, now=now,
            )  # fmt: skip
    return pending_step(session, request=request)


def send_code_by_email(session: Session, *, request: Request, email: str, now: datetime) -> bool:
    """Mail a fresh one-time code to ``email`` (an address the subject gave in the chat).

    Returns:
        False when the request is not waiting for a code.

    Raises:
        ActionError: too many codes were sent for this request today.
    """
    if pending_step(session, request=request) not in ("email", "code"):
        return False
    settings = settings_of(session)
    controller = controller_settings(session, settings, request)
    return verification.send_request(
        session, settings=settings, controller=controller, request=request, level="confirm",
        now=now, email=email.strip().lower(),
    )  # fmt: skip


def confirm_code(
    session: Session, *, request: Request, code: str, actor: str, now: datetime
) -> bool:
    """Check a code the subject typed; when it matches, the request moves on to in progress."""
    if pending_step(session, request=request) != "code":
        return False
    setting = setting_for(session, request, actor=actor)
    secret = setting.settings.secret_key.get_secret_value().encode()
    if not verification.redeem_code(
        session, request=request, controller=setting.controller, secret=secret, code=code,
        now=now,
    ):  # fmt: skip
        return False
    transition(
        session, request=request, setting=setting, key="verify_identity",
        action=history.IDENTITY_VERIFIED, actor=actor, now=now,
        detail={"method": "telegram_linked_email", "level": "confirm"},
    )  # fmt: skip
    return True
