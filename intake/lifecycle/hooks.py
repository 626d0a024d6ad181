"""Where the intake pipeline hands a request to the life cycle.

``persist`` calls :func:`on_filed` (does the request need an identity
check?) and ``acknowledge`` calls :func:`after_acknowledgement` (send the
check, or accept a code found in the subject's reply).
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from sqlalchemy.orm import Session

from config import ControllerSettings, Settings
from intake.lifecycle import history, states, verification
from intake.lifecycle.history import read_history
from intake.lifecycle.transition import Setting, facts_of, transition
from store.models import Request

CODES_PER_REPLY: Final = 3  # each counts as a guess: a reply full of numbers burns the code


def on_filed(
    session: Session, *, controller: ControllerSettings, request: Request, now: datetime
) -> None:
    """Put a new request on hold for an identity check when its rights require one."""
    level = verification.level_for(controller, request.kind_names)
    if level != "none":
        verification.require(session, request=request, level=level, now=now)


def after_acknowledgement(
    session: Session, *, settings: Settings, controller: ControllerSettings,
    request: Request, is_follow_up: bool, reply_text: str, now: datetime,
) -> str | None:  # fmt: skip
    """Send the verification request, or accept a code from a reply; a note for the trace."""
    if request.status != states.AWAITING_VERIFICATION:
        return None
    level = verification.level_for(controller, request.kind_names)
    if not is_follow_up:
        verification.send_request(
            session, settings=settings, controller=controller, request=request, level=level,
            now=now,
        )  # fmt: skip
        return f"verification requested ({level})"
    if level != "confirm":
        return None
    secret = settings.secret_key.get_secret_value().encode()
    for code in verification.codes_in(reply_text)[:CODES_PER_REPLY]:
        if verification.redeem_code(
            session, request=request, controller=controller, secret=secret, code=code, now=now
        ):
            setting = Setting(
                settings, controller, read_history(facts_of(session, request), controller.zone)
            )
            transition(
                session, request=request, setting=setting, key="verify_identity",
                action=history.IDENTITY_VERIFIED, actor=verification.ACTOR, now=now,
                detail={"method": "code", "level": level},
            )  # fmt: skip
            return "identity confirmed by code"
    return "no valid code in reply"
