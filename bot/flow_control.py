"""Flood control we apply ourselves: per-chat message limits and long answers split.

Telegram's own 429 answers are handled by python-telegram-bot's
``AIORateLimiter``; this module only protects Guichet from one chat
sending hundreds of messages, and keeps each sent text under the API's
4096-character limit. Both are pure: the caller passes the time.
"""

from __future__ import annotations

from collections import deque
from typing import Final

MAX_MESSAGE_CHARS: Final = 4096
WINDOW_SECONDS: Final = 60.0


class ChatRateLimiter:
    """A sliding one-minute window of accepted messages per chat."""

    def __init__(self, *, per_minute: int) -> None:
        """Allow at most ``per_minute`` messages per chat in any minute."""
        if per_minute < 1:
            raise ValueError("per_minute must be at least 1")
        self._limit = per_minute
        self._seen: dict[str, deque[float]] = {}

    def allow(self, chat_id: str, *, now: float) -> bool:
        """Count a message from ``chat_id`` at ``now`` (seconds); False when over the limit."""
        window = self._seen.setdefault(chat_id, deque())
        while window and window[0] <= now - WINDOW_SECONDS:
            window.popleft()
        if len(window) >= self._limit:
            return False
        window.append(now)
        return True

    def forget(self, chat_id: str) -> None:
        """Drop what is counted for a chat."""
        self._seen.pop(chat_id, None)


def split_text(text: str, *, limit: int = MAX_MESSAGE_CHARS) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters, at the best place.

    A cut prefers a blank line, then a line end, then a space, and only
    splits a word when a single word is longer than ``limit``.
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[: limit + 1]
        cut = -1
        for separator in ("\n\n", "\n", " "):
            cut = window.rfind(separator)
            if cut > 0:
                break
        if cut <= 0:
            pieces.append(rest[:limit])
            rest = rest[limit:]
            continue
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest or not pieces:
        pieces.append(rest)
    return pieces
