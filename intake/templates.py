"""Plain-language messages to data subjects, in their language.

Only French and English exist for now; any other language falls back to
the controller's first language. Wording is deliberately short: say what
we understood, the reference, and the date the answer is due.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

_MONTHS: Final = {
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip
_WEEKDAYS: Final = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
KIND_NAMES: Final = {
    "fr": {
        "access": "l'accès à vos données (copie)",
        "rectification": "la rectification de vos données",
        "erasure": "l'effacement de vos données",
        "restriction": "la limitation du traitement",
        "portability": "la portabilité de vos données",
        "objection": "votre opposition au traitement",
        "consent_withdrawal": "le retrait de votre consentement",
        "automated_decision": "le réexamen d'une décision automatisée",
    },
    "en": {
        "access": "access to your data (a copy)",
        "rectification": "correction of your data",
        "erasure": "erasure of your data",
        "restriction": "restriction of processing",
        "portability": "a portable copy of your data",
        "objection": "your objection to processing",
        "consent_withdrawal": "withdrawal of your consent",
        "automated_decision": "human review of an automated decision",
    },
}
SUPPORTED: Final = ("fr", "en")


def pick_language(preferred: str | None, fallback: str) -> str:
    """The template language to use for a sender."""
    if preferred in SUPPORTED:
        return str(preferred)
    return fallback if fallback in SUPPORTED else "en"


def format_date(day: date, language: str) -> str:
    """A date as people write it: ``lundi 2 mars 2026`` / ``Monday 2 March 2026``."""
    lang = pick_language(language, "en")
    weekday = _WEEKDAYS[lang][day.weekday()]
    month = _MONTHS[lang][day.month - 1]
    first = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{weekday} {first} {month} {day.year}"


def _kinds_phrase(kinds: list[str], language: str) -> str:
    names = [KIND_NAMES[language][k] for k in kinds if k in KIND_NAMES[language]]
    if not names:
        return ""
    joiner = " et " if language == "fr" else " and "
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + joiner + names[-1]


@dataclass(frozen=True)
class Rendered:
    """A message ready for the outbox."""

    subject: str
    body: str
    language: str


def acknowledgement(
    *, language: str, reference: str, controller: str, kinds: list[str], received: date, due: date
) -> Rendered:
    """The first answer to a new request."""
    asked = _kinds_phrase(kinds, language)
    if language == "fr":
        what = f"Vous demandez {asked}.\n\n" if asked else ""
        body = (
            "Bonjour,\n\n"
            f"Nous avons bien reçu votre demande adressée à {controller} "
            f"le {format_date(received, 'fr')}.\n\n{what}"
            f"Votre référence : {reference}\n"
            f"Réponse due au plus tard le : {format_date(due, 'fr')}\n\n"
            "Gardez cette référence : indiquez-la dans l'objet de vos messages "
            "pour que nous les rattachions à votre demande. Si nous avons besoin "
            "de vérifier votre identité, nous vous écrirons.\n\n"
            "Ce message est envoyé automatiquement.\n"
        )
        return Rendered(f"[{reference}] Accusé de réception de votre demande", body, "fr")
    what = f"You are asking for {asked}.\n\n" if asked else ""
    body = (
        "Hello,\n\n"
        f"We have received your request to {controller} "
        f"on {format_date(received, 'en')}.\n\n{what}"
        f"Your reference: {reference}\n"
        f"Answer due by: {format_date(due, 'en')}\n\n"
        "Please keep this reference and put it in the subject of any message "
        "about this request. If we need to check your identity, we will write to you.\n\n"
        "This message was sent automatically.\n"
    )
    return Rendered(f"[{reference}] We have received your request", body, "en")


def follow_up_receipt(*, language: str, reference: str, due: date) -> Rendered:
    """The answer to a message that joins an existing request."""
    if language == "fr":
        body = (
            "Bonjour,\n\n"
            f"Votre message a été ajouté à votre demande {reference}. "
            f"La réponse reste due au plus tard le {format_date(due, 'fr')}.\n\n"
            "Ce message est envoyé automatiquement.\n"
        )
        return Rendered(f"[{reference}] Message reçu", body, "fr")
    body = (
        "Hello,\n\n"
        f"Your message has been added to your request {reference}. "
        f"The answer is still due by {format_date(due, 'en')}.\n\n"
        "This message was sent automatically.\n"
    )
    return Rendered(f"[{reference}] Message received", body, "en")
