"""Small pure decisions of the data-subject conversation."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.texts import PHRASES

_EMAIL: Final = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")


def needs_controller_choice(*, controllers: int, chosen: str | None) -> bool:
    """True when the person must say which organisation the request is for.

    With several controllers the bot always asks (even with a default):
    filing under the wrong organisation would start the wrong clock.
    """
    return controllers > 1 and chosen is None


def needs_confirmation(*, kinds: Sequence[str], unsure: bool) -> bool:
    """Ask "is that right?" when the classifier is unsure or several rights are asked."""
    return unsure or len(kinds) != 1


def looks_like_email(text: str) -> bool:
    """A plausible e-mail address (the controller checks it for real)."""
    return bool(_EMAIL.match(text.strip()))


def chat_language(*candidates: str | None) -> str:
    """The first candidate the bot speaks, else English."""
    for candidate in candidates:
        code = (candidate or "").split("-")[0].lower()
        if code in PHRASES:
            return code
    return "en"


def toggle(kinds: Sequence[str], kind: str) -> list[str]:
    """``kinds`` with ``kind`` added or removed, sorted."""
    chosen = set(kinds) ^ {kind}
    return sorted(chosen)
