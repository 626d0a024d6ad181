"""The bot speaks the seven languages of the templates, with the same phrases in each."""

from __future__ import annotations

import string

import pytest

from bot import texts
from bot.conversation_rules import chat_language
from intake.templates import KIND_NAMES

LANGUAGES = ["fr", "en", "de", "es", "it", "nl", "pt"]
STATUSES = sorted(texts.STATES["en"])


def _placeholders(phrase: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(phrase) if name}


def test_every_template_language_is_spoken() -> None:
    assert sorted(texts.PHRASES) == sorted(LANGUAGES) == sorted(KIND_NAMES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_key_exists_with_the_same_placeholders(language: str) -> None:
    phrases = texts.PHRASES[language]
    assert sorted(phrases) == sorted(texts.PHRASES["en"])
    for key, english in texts.PHRASES["en"].items():
        assert _placeholders(phrases[key]) == _placeholders(english), key
        assert phrases[key].strip(), key


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_status_has_words(language: str) -> None:
    assert sorted(texts.STATES[language]) == STATUSES


@pytest.mark.parametrize(
    ("language", "joined"),
    [("de", " und "), ("es", " y "), ("it", " e "), ("nl", " en "), ("pt", " e "),
     ("fr", " et "), ("en", " and ")],
)  # fmt: skip
def test_rights_are_joined_in_the_chat_language(language: str, joined: str) -> None:
    phrase = texts.kinds_phrase(["access", "erasure"], language)
    assert joined in phrase and phrase.endswith(KIND_NAMES[language]["erasure"])


@pytest.mark.parametrize(
    ("telegram_code", "expected"),
    [("de-AT", "de"), ("es", "es"), ("it", "it"), ("nl-BE", "nl"), ("pt-BR", "pt"), ("ja", "en")],
)
def test_chat_language_follows_the_sender(telegram_code: str, expected: str) -> None:
    assert chat_language(None, telegram_code) == expected
    assert texts.say("language_set", expected) != texts.say("language_set", "en") or (
        expected == "en"
    )
