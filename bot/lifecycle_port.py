"""The controller actions of :mod:`intake.lifecycle`, reached without a hard import.

The life-cycle module is written in parallel with the bot; until it is
installed the bot still runs and its controller buttons answer that the
action is unavailable. Once it is there, every button calls the same
functions as ``guichet requests ...`` (keyword-only, caller commits).
"""

from __future__ import annotations

import importlib
from datetime import datetime
from types import ModuleType
from typing import Final

from sqlalchemy.orm import Session, sessionmaker

from config import Settings
from store.models import Request

BUTTON_ACTIONS: Final = ("verify", "extend", "close")
CLOSE_OUTCOMES: Final = ("withdrawn", "duplicate")


class ActionUnavailableError(RuntimeError):
    """``intake.lifecycle`` is not installed yet."""


def _lifecycle() -> ModuleType:
    try:
        return importlib.import_module("intake.lifecycle")
    except ImportError as exc:
        raise ActionUnavailableError("intake.lifecycle is not available") from exc


def available() -> bool:
    """True when the life-cycle module can be used."""
    try:
        _lifecycle()
    except ActionUnavailableError:
        return False
    return True


def bind_settings(sessions: sessionmaker[Session], settings: Settings) -> None:
    """Give the life-cycle the settings it reads through the sessions, when installed."""
    try:
        _lifecycle().bind_settings(sessions, settings)
    except ActionUnavailableError:
        return


def action_error_type() -> type[Exception]:
    """The life-cycle's ``ActionError`` (a guard said no)."""
    error: type[Exception] = _lifecycle().ActionError
    return error


def allowed_actions(request: Request) -> list[str]:
    """Which button actions the request's state allows now (``verify``, ``extend``, ``close``)."""
    try:
        names = [str(n) for n in _lifecycle().allowed_actions(request)]
    except ActionUnavailableError:
        return []
    mapping = {
        "verify_identity": "verify",
        "verify": "verify",
        "extend": "extend",
        "close": "close",
    }
    found = {mapping[n] for n in names if n in mapping}
    return [a for a in BUTTON_ACTIONS if a in found]


def perform(
    session: Session,
    *,
    request: Request,
    action: str,
    actor: str,
    now: datetime,
    reason: str | None = None,
    outcome: str | None = None,
) -> None:
    """Run one button action; the life-cycle writes the event with ``actor``.

    Raises:
        ActionUnavailableError: The life-cycle module is not installed.
        ValueError: Unknown action, or a reason missing where one is needed.
        Exception: The life-cycle's ``ActionError`` when a guard refuses.
    """
    lifecycle = _lifecycle()
    if action == "verify":
        lifecycle.verify_identity(
            session, request=request, actor=actor, method="known_contact", now=now,
            note="confirmed from a linked Telegram chat",
        )  # fmt: skip
    elif action == "extend" and reason:
        lifecycle.extend(session, request=request, actor=actor, reason=reason, now=now)
    elif action == "close" and reason and outcome in CLOSE_OUTCOMES:
        lifecycle.close(
            session, request=request, actor=actor, outcome=outcome, reason=reason, now=now
        )
    else:
        raise ValueError(f"cannot perform {action!r} without its reason or outcome")


def verification_step(session: Session, *, request: Request) -> str:
    """What the subject must do to prove who they are: ``none``, ``email``, ``code``, ``document``.

    The life cycle decides; the bot only renders the step in the chat.
    """
    try:
        return str(_lifecycle().pending_step(session, request=request))
    except ActionUnavailableError:
        return "none"


def reassess(session: Session, *, request: Request, now: datetime) -> str:
    """After the person corrected the rights asked: the step now due (a check may start)."""
    return str(_lifecycle().reassess(session, request=request, now=now))


def send_code_by_email(session: Session, *, request: Request, email: str, now: datetime) -> bool:
    """Have the life cycle mail a one-time code to the address the person gave."""
    return bool(_lifecycle().send_code_by_email(session, request=request, email=email, now=now))


def confirm_code(
    session: Session, *, request: Request, text: str, actor: str, now: datetime
) -> bool:
    """Try the codes typed in ``text`` (at most three: each wrong one counts as a guess)."""
    lifecycle = _lifecycle()
    codes = importlib.import_module("intake.lifecycle.verification").codes_in(text)
    for code in codes[:3]:
        if lifecycle.confirm_code(session, request=request, code=code, actor=actor, now=now):
            return True
    return False
