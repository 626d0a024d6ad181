"""What every handler needs, and the one way the bot writes to a chat: the outbox.

Replies go through the outbox like acknowledgements do, with a dedupe key
made of the update id and a counter: if the bot dies after a handler and
the update is delivered again, the same replies are found, not written
twice, and a reply that failed to send is retried with backoff.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from bot.flow_control import ChatRateLimiter
from bot.update_normaliser import CHANNEL
from config import Settings
from intake.pipeline import Pipeline
from store import outbox as outbox_repo

Button = tuple[str, str]  # (label, callback data)


def keyboard(rows: list[list[Button]]) -> dict[str, Any]:
    """An inline keyboard in the Bot API's JSON shape."""
    return {
        "inline_keyboard": [
            [{"text": label, "callback_data": data} for label, data in row] for row in rows
        ]
    }


@dataclass
class BotDeps:
    """Long-lived collaborators of the handlers, built once by the runner.

    Attributes:
        settings: The deployment's settings.
        sessions: Database sessions.
        pipeline: The intake pipeline the bot files messages through.
        clock: Aware current time (tests move it by hand).
        monotonic: Seconds for the per-chat rate limit.
        deliver: Sends what is due in the Telegram outbox now.
    """

    settings: Settings
    sessions: sessionmaker[Session]
    pipeline: Pipeline
    clock: Callable[[], datetime]
    monotonic: Callable[[], float]
    deliver: Callable[[], Awaitable[object]]
    limiter: ChatRateLimiter = field(init=False)

    def __post_init__(self) -> None:
        self.limiter = ChatRateLimiter(per_minute=self.settings.telegram.messages_per_minute)


class Replies:
    """Outbox writer for the answers to one update, in one chat."""

    def __init__(self, session: Session, *, update_id: int, chat_id: str, now: datetime) -> None:
        """Write into ``session``; the caller commits."""
        self._session, self._update_id, self._chat_id, self._now = (
            session, update_id, chat_id, now,
        )  # fmt: skip
        self._count = 0

    def say(
        self,
        text: str,
        *,
        language: str,
        buttons: list[list[Button]] | None = None,
        request_id: int | None = None,
    ) -> None:
        """Queue one message to the chat, with inline buttons if given."""
        self._count += 1
        outbox_repo.enqueue(
            self._session, dedupe_key=f"tg:{self._update_id}:{self._count}", channel=CHANNEL,
            purpose="bot_reply", recipient=self._chat_id, language=language, subject_line="",
            body_text=text, now=self._now, request_id=request_id,
            headers={"reply_markup": keyboard(buttons)} if buttons else {},
        )  # fmt: skip
