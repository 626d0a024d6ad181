"""Delivering the Telegram outbox: acknowledgements, replies, reminders and digests.

Entries are sent oldest first and committed one by one. A long text is cut
into pieces under the API limit and the number of pieces already sent is
kept on the entry, so a retry resumes where it stopped instead of
repeating the start. Notifications about a request that go to a chat
linked to its controller carry the action buttons.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker
from telegram import Bot, InlineKeyboardMarkup
from telegram.error import TelegramError

from bot.controller_side import action_buttons
from bot.deps import keyboard
from bot.flow_control import split_text
from bot.update_normaliser import CHANNEL
from intake.delivery import DeliveryReport
from store import outbox as outbox_repo
from store import telegram as telegram_repo
from store.models import OutboxEntry, Request

log = logging.getLogger(__name__)


def _markup(session: Session, entry: OutboxEntry, bot: Bot) -> InlineKeyboardMarkup | None:
    stored: dict[str, Any] | None = entry.headers.get("reply_markup")
    if stored is None and entry.request_id is not None and entry.purpose != "bot_reply":
        request = session.get_one(Request, entry.request_id)
        if telegram_repo.is_linked(
            session, controller_id=request.controller_id, chat_id=entry.recipient
        ):
            stored = keyboard(action_buttons(request, entry.language))
    return InlineKeyboardMarkup.de_json(stored, bot) if stored else None


def _text(entry: OutboxEntry) -> str:
    if entry.subject_line:
        return f"{entry.subject_line}\n\n{entry.body_text}"
    return entry.body_text


async def deliver_telegram_outbox(
    *,
    bot: Bot,
    sessions: sessionmaker[Session],
    clock: Callable[[], datetime],
    recipient: str | None = None,
    batch: int = 100,
) -> DeliveryReport:
    """Send every due Telegram entry (only ``recipient``'s when given)."""
    sent = failed = 0
    with sessions() as session:
        ids = [
            e.id
            for e in outbox_repo.due_entries(session, channel=CHANNEL, now=clock(), limit=batch)
            if recipient is None or e.recipient == recipient
        ]
    for entry_id in ids:
        with sessions() as session:
            entry = session.get(OutboxEntry, entry_id)
            if entry is None or entry.status != outbox_repo.PENDING:
                continue
            pieces = split_text(_text(entry))
            done = int(entry.headers.get("pieces_sent", 0))
            try:
                markup = _markup(session, entry, bot)
                for index in range(done, len(pieces)):
                    last = index == len(pieces) - 1
                    await bot.send_message(
                        chat_id=entry.recipient, text=pieces[index],
                        reply_markup=markup if last else None,
                    )  # fmt: skip
                    done = index + 1
            except TelegramError as exc:
                entry.headers = {**entry.headers, "pieces_sent": done}
                outbox_repo.mark_attempt_failed(
                    session, entry=entry, now=clock(), error=type(exc).__name__
                )
                log.warning(
                    "telegram outbox %s: delivery failed (%s)", entry_id, type(exc).__name__
                )
                failed += 1
            else:
                outbox_repo.mark_sent(session, entry=entry, now=clock())
                sent += 1
            session.commit()
    return DeliveryReport(sent=sent, failed=failed)
