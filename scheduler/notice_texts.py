"""Words of the notifications controllers receive, in French or English.

Controllers get references, rights and dates only: never the data subject's
name, address or message, so a reminder forwarded to the wrong inbox leaks
nothing. Languages other than French fall back to English.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

_MONTHS: Final = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip
_WEEKDAYS: Final = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_RIGHTS: Final = {
    "fr": {"access": "accès", "rectification": "rectification", "erasure": "effacement",
           "restriction": "limitation", "portability": "portabilité",
           "objection": "opposition", "consent_withdrawal": "retrait du consentement",
           "automated_decision": "décision automatisée"},
    "en": {"access": "access", "rectification": "rectification", "erasure": "erasure",
           "restriction": "restriction", "portability": "portability",
           "objection": "objection", "consent_withdrawal": "consent withdrawal",
           "automated_decision": "automated decision"},
}  # fmt: skip
_STATUSES: Final = {
    "fr": {"received": "reçue", "awaiting_verification": "vérification d'identité en attente",
           "in_progress": "en cours", "paused": "en pause", "extended": "prolongée"},
    "en": {"received": "received", "awaiting_verification": "awaiting identity check",
           "in_progress": "in progress", "paused": "paused", "extended": "extended"},
}  # fmt: skip


def notice_language(language: str) -> str:
    """``fr`` for French controllers, ``en`` for every other language."""
    return "fr" if language == "fr" else "en"


def long_date(day: date, language: str) -> str:
    """``lundi 5 avril 2027`` / ``Monday 5 April 2027``."""
    lang = notice_language(language)
    first = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{_WEEKDAYS[lang][day.weekday()]} {first} {_MONTHS[lang][day.month - 1]} {day.year}"


def rights(kinds: list[str], language: str) -> str:
    """The rights asked for, e.g. ``access, erasure``; ``?`` when none was recognised."""
    names = _RIGHTS[notice_language(language)]
    return ", ".join(names.get(k, k) for k in kinds) or "?"


def status_label(status: str, language: str) -> str:
    """A status in words."""
    return _STATUSES[notice_language(language)].get(status, status)


def days_phrase(days: int, language: str) -> str:
    """``aujourd'hui``/``today``, ``demain``/``tomorrow`` or ``dans N jours``/``in N days``."""
    fr = notice_language(language) == "fr"
    if days == 0:
        return "aujourd'hui" if fr else "today"
    if days == 1:
        return "demain" if fr else "tomorrow"
    return f"dans {days} jours" if fr else f"in {days} days"


@dataclass(frozen=True)
class Notice:
    """Subject and plain-text body of one notification."""

    subject: str
    body: str


_SIGNATURE: Final = {
    "fr": "\n-- \nGuichet (message automatique)\n",
    "en": "\n-- \nGuichet (automatic message)\n",
}


def reminder(
    *, reference: str, kinds: list[str], status: str, due: date, days_left: int, language: str
) -> Notice:
    """The answer to a request is due soon."""
    lang = notice_language(language)
    when, day = days_phrase(days_left, lang), long_date(due, lang)
    if lang == "fr":
        return Notice(
            f"[{reference}] Réponse due {when} ({day})",
            f"La demande {reference} ({rights(kinds, lang)}, {status_label(status, lang)}) "
            f"doit recevoir sa réponse au plus tard le {day}.\n" + _SIGNATURE[lang],
        )
    return Notice(
        f"[{reference}] Answer due {when} ({day})",
        f"Request {reference} ({rights(kinds, lang)}, {status_label(status, lang)}) "
        f"must be answered by {day}.\n" + _SIGNATURE[lang],
    )


def escalation(
    *, reference: str, kinds: list[str], status: str, due: date, controller: str, language: str
) -> Notice:
    """A request is overdue: tell the escalation contact."""
    lang, day = notice_language(language), long_date(due, language)
    if lang == "fr":
        return Notice(
            f"[{reference}] EN RETARD : réponse due le {day}",
            f"La demande {reference} adressée à {controller} ({rights(kinds, lang)}, "
            f"{status_label(status, lang)}) n'a pas reçu de réponse dans le délai légal, "
            f"échu le {day}. Merci de répondre sans attendre.\n" + _SIGNATURE[lang],
        )
    return Notice(
        f"[{reference}] OVERDUE: answer was due {day}",
        f"Request {reference} to {controller} ({rights(kinds, lang)}, "
        f"{status_label(status, lang)}) was not answered within the legal time limit, "
        f"which ended on {day}. Please answer without delay.\n" + _SIGNATURE[lang],
    )


def extension_alert(
    *, reference: str, kinds: list[str], notice_by: date, days_left: int, language: str
) -> Notice:
    """The last day to tell the data subject of an extension is near."""
    lang, day = notice_language(language), long_date(notice_by, language)
    when = days_phrase(days_left, lang)
    if lang == "fr":
        return Notice(
            f"[{reference}] Prolongation possible jusqu'au {day}",
            f"Si la demande {reference} ({rights(kinds, lang)}) demande plus de temps, "
            f"la prolongation doit être notifiée à la personne, avec ses motifs, "
            f"au plus tard le {day} ({when}). Après cette date, elle n'est plus possible.\n"
            + _SIGNATURE[lang],
        )
    return Notice(
        f"[{reference}] Extension possible until {day}",
        f"If request {reference} ({rights(kinds, lang)}) needs more time, the data "
        f"subject must be told of the extension, with its reasons, by {day} ({when}). "
        f"After that day no extension is possible.\n" + _SIGNATURE[lang],
    )
