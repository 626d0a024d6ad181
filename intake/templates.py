"""Plain-language messages to data subjects, in their language.

Seven languages (fr, en, de, es, it, nl, pt), each in its own
``intake/templates_<lang>.py``; any other language falls back to the
controller's first language, then English. Wording is deliberately short:
say what we understood, the reference, and the date the answer is due.
The life-cycle messages (verification, extension, answer, refusal...) are
in :mod:`intake.templates_lifecycle`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

from intake import (
    templates_de,
    templates_en,
    templates_es,
    templates_fr,
    templates_it,
    templates_nl,
    templates_pt,
)
from intake.templates_wording import Wording

WORDINGS: Final[dict[str, Wording]] = {
    "fr": templates_fr.WORDING,
    "en": templates_en.WORDING,
    "de": templates_de.WORDING,
    "es": templates_es.WORDING,
    "it": templates_it.WORDING,
    "nl": templates_nl.WORDING,
    "pt": templates_pt.WORDING,
}
SUPPORTED: Final = tuple(WORDINGS)
KIND_NAMES: Final = {language: wording.kind_names for language, wording in WORDINGS.items()}


def pick_language(preferred: str | None, fallback: str) -> str:
    """The template language to use for a sender."""
    if preferred in SUPPORTED:
        return str(preferred)
    return fallback if fallback in SUPPORTED else "en"


def wording(language: str) -> Wording:
    """The wording of ``language``, English when it has none."""
    return WORDINGS.get(language, WORDINGS["en"])


def format_date(day: date, language: str) -> str:
    """A date as people write it: ``lundi 2 mars 2026`` / ``Monday 2 March 2026``."""
    words = wording(language)
    return words.date_pattern.format(
        weekday=words.weekdays[day.weekday()],
        day=words.first_of_month if day.day == 1 else str(day.day),
        month=words.months[day.month - 1],
        year=day.year,
    )


def kinds_phrase(kinds: list[str], language: str) -> str:
    """The rights asked for as one phrase: ``erasure of your data and ...``."""
    words = wording(language)
    names = [words.kind_names[k] for k in kinds if k in words.kind_names]
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + words.and_word + names[-1]


@dataclass(frozen=True)
class Rendered:
    """A message ready for the outbox."""

    subject: str
    body: str
    language: str


def compose(language: str, subject: str, body: str, **values: object) -> Rendered:
    """Fill a subject and body template, adding the greeting and closing line."""
    words = wording(language)
    text = words.greeting + body.format(**values) + words.automatic
    return Rendered(subject.format(**values), text, language if language in WORDINGS else "en")


def acknowledgement(
    *, language: str, reference: str, controller: str, kinds: list[str], received: date, due: date
) -> Rendered:
    """The first answer to a new request."""
    words = wording(language)
    asked = kinds_phrase(kinds, language)
    return compose(
        language, words.ack_subject, words.ack_body,
        reference=reference, controller=controller,
        asked=words.ack_asked.format(asked=asked) if asked else "",
        received=format_date(received, language), due=format_date(due, language),
    )  # fmt: skip


def follow_up_receipt(*, language: str, reference: str, due: date) -> Rendered:
    """The answer to a message that joins an existing request."""
    words = wording(language)
    return compose(
        language, words.follow_up_subject, words.follow_up_body,
        reference=reference, due=format_date(due, language),
    )  # fmt: skip
