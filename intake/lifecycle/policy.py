"""Which settings an action works with, and who the request's subject is reached at.

The public actions take only a session (their callers, the bot and the
e-mail channel, should not have to thread settings through); the settings
ride on the session's ``info``, put there once by the composition root
with :func:`bind_settings`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from config import ControllerSettings, Settings
from intake.lifecycle.errors import ActionError
from store.models import Controller, Message, Request

SETTINGS_KEY: Final = "guichet.settings"


def bind_settings(sessions: sessionmaker[Session], settings: Settings) -> None:
    """Make ``settings`` available to every session ``sessions`` creates."""
    info = dict(sessions.kw.get("info") or {})
    info[SETTINGS_KEY] = settings
    sessions.configure(info=info)


def settings_of(session: Session) -> Settings:
    """The settings bound to ``session``.

    Raises:
        ActionError: :func:`bind_settings` was never called for its factory.
    """
    settings = session.info.get(SETTINGS_KEY)
    if not isinstance(settings, Settings):
        raise ActionError("life-cycle actions need settings: call bind_settings() at start-up")
    return settings


def controller_settings(
    session: Session, settings: Settings, request: Request
) -> ControllerSettings:
    """The configuration of the request's controller."""
    name = session.scalars(
        select(Controller.name).where(Controller.id == request.controller_id)
    ).one()
    try:
        return settings.controller(name)
    except KeyError:
        raise ActionError(f"controller {name!r} is no longer configured") from None


@dataclass(frozen=True)
class Contact:
    """Where the data subject of a request is written to, and the thread to reply in."""

    channel: str
    recipient: str
    in_reply_to: str | None


def subject_contact(session: Session, request: Request) -> Contact | None:
    """The address or chat the request came from (its first message's sender)."""
    first = session.scalars(
        select(Message).where(Message.request_id == request.id, Message.sender.is_not(None))
        .order_by(Message.id).limit(1)
    ).first()  # fmt: skip
    if first is None or first.sender is None:
        return None
    return Contact(first.channel, first.sender, first.header_message_id)
