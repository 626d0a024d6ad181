"""The bot's pure parts: text splitting, rate limit, update normaliser, conversation rules."""

from __future__ import annotations

import json

import pytest

from bot import conversation_rules as rules
from bot.flow_control import ChatRateLimiter, split_text
from bot.update_normaliser import normalise_update


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("short", 10, ["short"]),
        ("", 10, [""]),
        ("aaaa bbbb cccc", 9, ["aaaa bbbb", "cccc"]),
        ("para one\n\npara two", 12, ["para one", "para two"]),
        ("line one\nline two", 12, ["line one", "line two"]),
        ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),
    ],
)
def test_split_text(text: str, limit: int, expected: list[str]) -> None:
    assert split_text(text, limit=limit) == expected


def test_split_text_keeps_every_word_under_the_api_limit() -> None:
    text = " ".join(f"word{i}" for i in range(3000))
    pieces = split_text(text)
    assert all(len(p) <= 4096 for p in pieces)
    assert " ".join(pieces).split() == text.split()


@pytest.mark.parametrize(
    ("times", "expected"),
    [
        ([0, 1, 2], [True, True, True]),
        ([0, 1, 2, 3], [True, True, True, False]),
        ([0, 1, 2, 61], [True, True, True, True]),
        ([0, 59.9, 60.0, 60.1], [True, True, True, True]),
    ],
)
def test_rate_limiter_window(times: list[float], expected: list[bool]) -> None:
    limiter = ChatRateLimiter(per_minute=3)
    assert [limiter.allow("c", now=t) for t in times] == expected
    assert limiter.allow("other", now=times[-1]) is True


def _update(message: dict[str, object]) -> bytes:
    return json.dumps({"update_id": 1, "message": message}).encode()


@pytest.mark.parametrize(
    ("message", "sender", "text", "automatic"),
    [
        ({"chat": {"id": 5}, "from": {"first_name": "Ana", "is_bot": False}, "text": "hi"},
         "5", "hi", False),
        ({"chat": {"id": -9}, "caption": "id card"}, "-9", "id card", False),
        ({"chat": {"id": 7}, "from": {"is_bot": True}, "text": "beep"}, "7", "beep", True),
    ],
)  # fmt: skip
def test_normalise_update(
    message: dict[str, object], sender: str, text: str, automatic: bool
) -> None:
    normalised = normalise_update(_update(message))
    assert (normalised.sender_kind, normalised.sender) == ("telegram", sender)
    assert (normalised.text, normalised.new_text, normalised.automatic) == (text, text, automatic)


@pytest.mark.parametrize("raw", [b"[]", b'{"update_id": 3}', b"not json"])
def test_normalise_update_refuses_what_is_not_a_message(raw: bytes) -> None:
    with pytest.raises(ValueError):
        normalise_update(raw)


@pytest.mark.parametrize(
    ("kinds", "unsure", "expected"),
    [(["access"], False, False), (["access"], True, True),
     (["access", "erasure"], False, True), ([], False, True)],
)  # fmt: skip
def test_needs_confirmation(kinds: list[str], unsure: bool, expected: bool) -> None:
    assert rules.needs_confirmation(kinds=kinds, unsure=unsure) is expected


@pytest.mark.parametrize(
    ("controllers", "chosen", "expected"), [(1, None, False), (2, None, True), (2, "a", False)]
)
def test_needs_controller_choice(controllers: int, chosen: str | None, expected: bool) -> None:
    assert rules.needs_controller_choice(controllers=controllers, chosen=chosen) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ana@example.org", True), (" a.b@c.fr ", True), ("ana@", False), ("je veux", False)],
)
def test_looks_like_email(text: str, expected: bool) -> None:
    assert rules.looks_like_email(text) is expected


@pytest.mark.parametrize(
    ("candidates", "expected"),
    [(("fr",), "fr"), ((None, "en-GB"), "en"), (("xx", None), "en"), ((None, "FR"), "fr")],
)
def test_chat_language(candidates: tuple[str | None, ...], expected: str) -> None:
    assert rules.chat_language(*candidates) == expected
