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
from intake.delivery import DeliveryReport, DeliveryTally, pending_entries
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
    tally = DeliveryTally()
    due = pending_entries(sessions, channel=CHANNEL, now=clock(), batch=batch, recipient=recipient)
    for session, entry in due:
        pieces = split_text(_text(entry))
        done = int(entry.headers.get("pieces_sent", 0))
        error: str | None = None
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
            error = type(exc).__name__
            log.warning("telegram outbox %s: delivery failed (%s)", entry.id, error)
        tally.record(session, entry, now=clock(), error=error)
    return tally.report()
