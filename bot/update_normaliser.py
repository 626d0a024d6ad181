"""The ``json`` normaliser: a stored Telegram update becomes a :class:`Normalised`."""

from __future__ import annotations

import json
from typing import Any

from intake.envelope import Normalised

CHANNEL = "telegram"
RAW_FORMAT = "json"


def message_of(update: dict[str, Any]) -> dict[str, Any] | None:
    """The message an update carries (new or edited), if any."""
    for key in ("message", "edited_message"):
        value = update.get(key)
        if isinstance(value, dict):
            return value
    return None


def normalise_update(raw: bytes) -> Normalised:
    """Read a Telegram update's JSON bytes: sender is the chat id, text the text or caption.

    Raises:
        ValueError: The bytes are not an update with a message in a chat;
            the pipeline then quarantines the message with this reason.
    """
    update = json.loads(raw.decode("utf-8"))
    if not isinstance(update, dict):
        raise ValueError("a Telegram update must be a JSON object")
    message = message_of(update)
    if message is None or not isinstance(message.get("chat"), dict):
        raise ValueError("the update carries no message in a chat")
    sender = message.get("from") or {}
    text = str(message.get("text") or message.get("caption") or "")
    first, last = sender.get("first_name"), sender.get("last_name")
    name = " ".join(str(part) for part in (first, last) if part) or None
    automatic = bool(sender.get("is_bot"))
    return Normalised(
        sender_kind=CHANNEL,
        sender=str(message["chat"]["id"]),
        sender_name=name,
        subject="",
        text=text,
        new_text=text,
        automatic=automatic,
        automatic_reason="telegram-bot-sender" if automatic else None,
    )
