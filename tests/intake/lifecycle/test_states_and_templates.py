"""The state machine's table and the seven languages of the templates (pure)."""

from __future__ import annotations

import string
from dataclasses import fields
from datetime import date

import pytest

from intake import templates
from intake.lifecycle import ActionError, states
from intake.templates_lifecycle import (
    answer,
    clarification_request,
    extension_notice,
    recipients_reminder,
    refusal,
    verification_request,
)
from intake.templates_wording import Wording


@pytest.mark.parametrize(
    ("action", "status", "extended", "expected"),
    [
        ("verify_identity", "awaiting_verification", False, "in_progress"),
        ("extend", "in_progress", False, "extended"),
        ("pause", "extended", False, "paused"),
        ("resume", "paused", True, "extended"),
        ("resume", "paused", False, "in_progress"),
        ("answer", "extended", True, "answered"),
        ("refuse", "paused", False, "refused"),
        ("close:duplicate", "awaiting_verification", False, "closed_duplicate"),
    ],
)
def test_allowed_transitions(action: str, status: str, extended: bool, expected: str) -> None:
    assert states.next_status(action, status, extended=extended) == expected


@pytest.mark.parametrize(
    ("action", "status", "why"),
    [
        ("answer", "awaiting_verification", "not verified"),
        ("extend", "extended", "already extended"),
        ("extend", "paused", "resume it first"),
        ("answer", "answered", "already closed"),
        ("close:withdrawn", "refused", "already closed"),
        ("resume", "in_progress", "in_progress"),
        ("fly", "received", "unknown action"),
    ],
)
def test_forbidden_transitions(action: str, status: str, why: str) -> None:
    with pytest.raises(ActionError, match=why):
        states.next_status(action, status)


@pytest.mark.parametrize(
    ("status", "offered"),
    [
        ("awaiting_verification", ["verify_identity", "close"]),
        ("received", ["extend", "pause", "answer", "refuse", "close"]),
        ("paused", ["resume", "refuse", "close"]),
        ("answered", []),
    ],
)
def test_allowed_actions_for_menus(status: str, offered: list[str]) -> None:
    assert states.allowed(status) == offered


def _names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("language", templates.SUPPORTED)
def test_every_language_has_the_same_placeholders_as_english(language: str) -> None:
    english, other = templates.WORDINGS["en"], templates.WORDINGS[language]
    for field in fields(Wording):
        value = getattr(english, field.name)
        if isinstance(value, str):
            assert _names(getattr(other, field.name)) == _names(value), field.name
    assert set(other.kind_names) == set(english.kind_names)
    assert len(other.months) == 12 and len(other.weekdays) == 7


@pytest.mark.parametrize("language", templates.SUPPORTED)
def test_every_message_renders_in_every_language(language: str) -> None:
    due = date(2027, 6, 7)
    rendered = [
        verification_request(
            language=language,
            reference="G-1",
            controller="Acme",
            level="confirm",
            code="123456",
            expires=due,
        ),
        verification_request(language=language, reference="G-1", controller="Acme", level="manual"),
        extension_notice(language=language, reference="G-1", reason="R", due=due),
        clarification_request(language=language, reference="G-1", question="Q?"),
        answer(language=language, reference="G-1", controller="Acme", summary="S", attachments=2),
        refusal(
            language=language,
            reference="G-1",
            controller="Acme",
            justification="J",
            authority="CNIL",
            authority_url="https://www.cnil.fr",
        ),
        recipients_reminder(language=language, reference="G-1", kinds=["erasure"]),
        templates.acknowledgement(
            language=language,
            reference="G-1",
            controller="Acme",
            kinds=["access"],
            received=due,
            due=due,
        ),
    ]
    for message in rendered:
        assert message.language == language and "G-1" in message.subject
        assert "{" not in message.body and message.body.endswith("\n")
    assert "123456" in rendered[0].body and "CNIL (https://www.cnil.fr)" in rendered[5].body


def test_french_and_english_dates_read_as_before() -> None:
    assert templates.format_date(date(2026, 3, 2), "fr") == "lundi 2 mars 2026"
    assert templates.format_date(date(2026, 3, 1), "fr") == "dimanche 1er mars 2026"
    assert templates.format_date(date(2026, 3, 2), "en") == "Monday 2 March 2026"
    assert templates.format_date(date(2026, 3, 2), "de") == "Montag, 2. März 2026"
    assert templates.pick_language("xx", "nl") == "nl"
