"""python-telegram-bot persistence kept in Guichet's database, as JSON (never pickles).

Only ``chat_data`` (where a chat's conversation stands) and the states of
``ConversationHandler`` objects are stored; user and bot data are not
needed. The runner calls ``Application.update_persistence`` after each
update and before acknowledging it, so a restart resumes every chat at
the step it had reached.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker
from telegram.ext import BasePersistence, PersistenceInput
from telegram.ext._utils.types import ConversationDict, ConversationKey

from store import telegram as telegram_repo

ChatData = dict[str, Any]


class DatabasePersistence(BasePersistence[ChatData, ChatData, ChatData]):
    """Chat data and conversation states in the ``telegram_*`` tables."""

    def __init__(self, *, sessions: sessionmaker[Session], clock: Callable[[], datetime]) -> None:
        """Store through ``sessions``; ``clock`` stamps the rows."""
        super().__init__(
            store_data=PersistenceInput(bot_data=False, user_data=False, callback_data=False),
            update_interval=60,
        )
        self._sessions = sessions
        self._clock = clock

    async def get_chat_data(self) -> dict[int, ChatData]:
        """Every stored chat's data."""
        with self._sessions() as session:
            stored = telegram_repo.all_chat_data(session)
        return {int(chat_id): data for chat_id, data in stored.items()}

    async def update_chat_data(self, chat_id: int, data: ChatData) -> None:
        """Write one chat's data (JSON-serialisable values only)."""
        clean = json.loads(json.dumps(data))
        with self._sessions() as session:
            chat = telegram_repo.get_chat(session, chat_id=str(chat_id))
            if chat is None and not clean:
                return  # nothing to remember about a chat we do not know
            now = self._clock()
            chat = chat or telegram_repo.ensure_chat(session, chat_id=str(chat_id), now=now)
            chat.data, chat.updated_at = clean, now
            session.commit()

    async def drop_chat_data(self, chat_id: int) -> None:
        """Empty one chat's data (``/forget`` deletes the row itself)."""
        with self._sessions() as session:
            chat = telegram_repo.get_chat(session, chat_id=str(chat_id))
            if chat is not None:
                chat.data = {}
                session.commit()

    async def refresh_chat_data(self, chat_id: int, chat_data: ChatData) -> None:
        """Nothing to do: this process is the only writer of chat data."""

    async def get_conversations(self, name: str) -> ConversationDict:
        """States of the conversation handler ``name``."""
        with self._sessions() as session:
            stored = telegram_repo.conversations(session, name=name)
        return {tuple(json.loads(key)): value.get("state") for key, value in stored.items()}

    async def update_conversation(
        self, name: str, key: ConversationKey, new_state: object | None
    ) -> None:
        """Store one conversation's new state; ``None`` ends it."""
        state = None if new_state is None else {"state": json.loads(json.dumps(new_state))}
        with self._sessions() as session:
            telegram_repo.set_conversation(
                session, name=name, key=json.dumps(list(key)), state=state
            )
            session.commit()

    async def get_user_data(self) -> dict[int, ChatData]:
        """User data is not stored."""
        return {}

    async def get_bot_data(self) -> ChatData:
        """Bot data is not stored."""
        return {}

    async def get_callback_data(self) -> None:
        """Callback data are plain strings; nothing to store."""

    async def update_user_data(self, user_id: int, data: ChatData) -> None:
        """User data is not stored."""

    async def update_bot_data(self, data: ChatData) -> None:
        """Bot data is not stored."""

    async def update_callback_data(self, data: Any) -> None:
        """Callback data is not stored."""

    async def drop_user_data(self, user_id: int) -> None:
        """User data is not stored."""

    async def refresh_user_data(self, user_id: int, user_data: ChatData) -> None:
        """User data is not stored."""

    async def refresh_bot_data(self, bot_data: ChatData) -> None:
        """Bot data is not stored."""

    async def flush(self) -> None:
        """Every write is committed at once; nothing is buffered."""
