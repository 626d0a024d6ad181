"""Tables of the Telegram channel: seen updates, chat state, controller links, files.

Nothing here holds message text: inbound messages live in ``messages`` like
every other channel's. These tables only remember what the bot needs to
carry a conversation over a restart and to know which chats speak for a
controller.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from store.crypto import EncryptedBytes
from store.models import Base


class TelegramUpdate(Base):
    """An update id the bot has fully handled; a second delivery is ignored."""

    __tablename__ = "telegram_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    handled_at: Mapped[datetime]


class TelegramChat(Base):
    """What the bot keeps about one chat; ``/forget`` deletes the row.

    ``data`` is python-telegram-bot's ``chat_data`` (JSON, never a pickle):
    the step the conversation is at and what it waits for.
    """

    __tablename__ = "telegram_chats"

    chat_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    controller: Mapped[str | None] = mapped_column(String(64))
    language: Mapped[str | None] = mapped_column(String(8))
    data: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class TelegramConversation(Base):
    """State of a python-telegram-bot ``ConversationHandler`` for one key."""

    __tablename__ = "telegram_conversations"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    state: Mapped[dict[str, Any]]


class TelegramLinkCode(Base):
    """A one-time code that links a chat to a controller; only its hash is kept."""

    __tablename__ = "telegram_link_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    controller_id: Mapped[int] = mapped_column(ForeignKey("controllers.id"))
    code_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    used_by: Mapped[str | None] = mapped_column(String(32))


class TelegramControllerChat(Base):
    """A chat that receives a controller's notifications and may act for it."""

    __tablename__ = "telegram_controller_chats"
    __table_args__ = (UniqueConstraint("controller_id", "chat_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    controller_id: Mapped[int] = mapped_column(ForeignKey("controllers.id"), index=True)
    chat_id: Mapped[str] = mapped_column(String(32), index=True)
    linked_at: Mapped[datetime]


class TelegramFile(Base):
    """A photo or document a data subject sent for a request."""

    __tablename__ = "telegram_files"
    __table_args__ = (UniqueConstraint("request_id", "file_unique_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    chat_id: Mapped[str] = mapped_column(String(32), index=True)
    file_unique_id: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(16))  # "photo" | "document"
    file_name: Mapped[str | None] = mapped_column(String(255))
    mime_type: Mapped[str | None] = mapped_column(String(128))
    size: Mapped[int]
    content: Mapped[bytes] = mapped_column(EncryptedBytes())  # ID documents among them
    received_at: Mapped[datetime]
