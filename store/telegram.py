"""Repository functions of the Telegram channel; the caller owns the transaction."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from store.models import ContactIdentity, Controller, Message, Request
from store.requests import OPEN_STATUSES
from store.telegram_models import (
    TelegramChat,
    TelegramControllerChat,
    TelegramConversation,
    TelegramFile,
    TelegramLinkCode,
    TelegramUpdate,
)

LINK_CODE_LIFETIME = timedelta(minutes=30)
# No 0/O or 1/I/L: the code is read off a terminal and typed into a phone.
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_CODE_LENGTH = 10


def update_handled(session: Session, *, update_id: int) -> bool:
    """True when this update id was already fully handled."""
    return session.get(TelegramUpdate, update_id) is not None


def mark_update_handled(session: Session, *, update_id: int, now: datetime) -> None:
    """Remember that an update was handled, so a redelivery is ignored."""
    if session.get(TelegramUpdate, update_id) is None:
        session.add(TelegramUpdate(update_id=update_id, handled_at=now))
        session.flush()


def get_chat(session: Session, *, chat_id: str) -> TelegramChat | None:
    """The stored state of a chat, if the bot keeps any."""
    return session.get(TelegramChat, chat_id)


def ensure_chat(session: Session, *, chat_id: str, now: datetime) -> TelegramChat:
    """The chat's row, created on first contact."""
    chat = session.get(TelegramChat, chat_id)
    if chat is None:
        chat = TelegramChat(chat_id=chat_id, data={}, created_at=now, updated_at=now)
        session.add(chat)
        session.flush()
    return chat


def all_chat_data(session: Session) -> dict[str, dict[str, Any]]:
    """Every chat's conversation data, keyed by chat id."""
    return {c.chat_id: dict(c.data) for c in session.scalars(select(TelegramChat))}


def conversations(session: Session, *, name: str) -> dict[str, dict[str, Any]]:
    """Stored states of one conversation handler, keyed by the encoded key."""
    rows = session.scalars(select(TelegramConversation).where(TelegramConversation.name == name))
    return {row.key: dict(row.state) for row in rows}


def set_conversation(
    session: Session, *, name: str, key: str, state: dict[str, Any] | None
) -> None:
    """Store (or, with ``None``, delete) one conversation's state."""
    row = session.get(TelegramConversation, (name, key))
    if state is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(TelegramConversation(name=name, key=key, state=state))
    else:
        row.state = state
    session.flush()


def _code_hash(code: str) -> str:
    return hashlib.sha256(code.strip().upper().encode()).hexdigest()


def new_link_code(session: Session, *, controller: Controller, now: datetime) -> str:
    """Create a one-time code that links a chat to ``controller``; returns the code.

    Only the code's hash is stored, so a copy of the database cannot be
    used to link a chat.
    """
    code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_LENGTH))
    session.add(
        TelegramLinkCode(
            controller_id=controller.id, code_sha256=_code_hash(code),
            created_at=now, expires_at=now + LINK_CODE_LIFETIME,
        )
    )  # fmt: skip
    session.flush()
    return code


def redeem_link_code(
    session: Session, *, code: str, chat_id: str, now: datetime
) -> Controller | None:
    """Link ``chat_id`` to the code's controller; ``None`` for a wrong, used or old code."""
    row = session.scalar(
        select(TelegramLinkCode).where(TelegramLinkCode.code_sha256 == _code_hash(code))
    )
    if row is None or row.used_at is not None or row.expires_at <= now:
        return None
    row.used_at, row.used_by = now, chat_id
    if not is_linked(session, controller_id=row.controller_id, chat_id=chat_id):
        session.add(
            TelegramControllerChat(controller_id=row.controller_id, chat_id=chat_id, linked_at=now)
        )
    session.flush()
    return session.get_one(Controller, row.controller_id)


def linked_chats(session: Session, *, controller_id: int) -> list[str]:
    """Chat ids linked to a controller: where its Telegram notifications go."""
    return list(
        session.scalars(
            select(TelegramControllerChat.chat_id)
            .where(TelegramControllerChat.controller_id == controller_id)
            .order_by(TelegramControllerChat.id)
        )
    )


def is_linked(session: Session, *, controller_id: int, chat_id: str) -> bool:
    """True when ``chat_id`` may act for the controller."""
    found = session.scalar(
        select(TelegramControllerChat.id).where(
            TelegramControllerChat.controller_id == controller_id,
            TelegramControllerChat.chat_id == chat_id,
        )
    )
    return found is not None


def controllers_of_chat(session: Session, *, chat_id: str) -> list[Controller]:
    """The controllers a chat is linked to."""
    return list(
        session.scalars(
            select(Controller)
            .join(TelegramControllerChat, TelegramControllerChat.controller_id == Controller.id)
            .where(TelegramControllerChat.chat_id == chat_id)
            .order_by(Controller.name)
        )
    )


def add_file(session: Session, *, file: TelegramFile) -> bool:
    """Keep a file sent for a request; False when that file was already kept."""
    exists = session.scalar(
        select(TelegramFile.id).where(
            TelegramFile.request_id == file.request_id,
            TelegramFile.file_unique_id == file.file_unique_id,
        )
    )
    if exists is not None:
        return False
    session.add(file)
    session.flush()
    return True


def forget_chat(session: Session, *, chat_id: str) -> int:
    """Erase what the bot stored about a chat; returns how many rows went.

    Requests, their messages and events are the controller's records and
    stay; the chat's state, its files and its messages that opened no
    request are deleted.
    """
    removed = 0
    for statement in (
        delete(TelegramFile).where(TelegramFile.chat_id == chat_id),
        delete(TelegramChat).where(TelegramChat.chat_id == chat_id),
        # Conversation keys are JSON lists that start with the chat id.
        delete(TelegramConversation).where(
            (TelegramConversation.key == f"[{chat_id}]")
            | TelegramConversation.key.startswith(f"[{chat_id},", autoescape=True)
        ),
        delete(Message).where(
            Message.channel == "telegram",
            Message.sender_kind == "telegram",
            Message.sender == chat_id,
            Message.request_id.is_(None),
        ),
    ):
        removed += session.execute(statement).rowcount  # type: ignore[attr-defined]
    session.flush()
    return removed


def requests_of_chat(session: Session, *, chat_id: str, open_only: bool = False) -> list[Request]:
    """Requests filed from this chat (never anyone else's), oldest first."""
    query = (
        select(Request)
        .join(ContactIdentity, ContactIdentity.subject_id == Request.subject_id)
        .where(ContactIdentity.kind == "telegram", ContactIdentity.value == chat_id)
        .options(selectinload(Request.kinds))
        .order_by(Request.id)
    )
    if open_only:
        query = query.where(Request.status.in_(OPEN_STATUSES))
    return list(session.scalars(query))
