"""A controller's digest as plain text, HTML and an iCalendar of due dates.

The digest lists references, rights, statuses and dates only (no personal
data), in the controller's first language (French, or English otherwise).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from scheduler import notice_texts
from scheduler.ical import CalendarEvent, calendar
from store.scheduler_queries import OpenRequestRow

LISTED: Final = 50  # per section; the calendar carries every open request
TELEGRAM_LIMIT: Final = 3500  # Telegram refuses messages over 4096 characters
_WORDS: Final = {
    "fr": {"daily": "récapitulatif du jour", "weekly": "récapitulatif de la semaine",
           "manual": "récapitulatif", "open": "demande(s) ouverte(s)", "late": "en retard",
           "overdue": "En retard", "new": "Nouvelles depuis le dernier récapitulatif",
           "awaiting": "Vérification d'identité en attente",
           "by_due": "Demandes ouvertes, par échéance", "none": "(aucune)",
           "more": "… et {n} autre(s)", "due": "Échéance", "ics": "échéances",
           "cal": "Échéances RGPD", "intro": "Situation au {day}."},
    "en": {"daily": "daily digest", "weekly": "weekly digest", "manual": "digest",
           "open": "open request(s)", "late": "overdue", "overdue": "Overdue",
           "new": "New since the last digest", "awaiting": "Awaiting identity check",
           "by_due": "Open requests by due date", "none": "(none)",
           "more": "… and {n} more", "due": "Due", "ics": "deadlines",
           "cal": "Data-request deadlines", "intro": "Situation on {day}."},
}  # fmt: skip


@dataclass(frozen=True)
class DigestContent:
    """What a digest shows, gathered from the database."""

    controller: str
    display_name: str
    kind: str  # daily | weekly | manual
    language: str
    today: date
    as_of: datetime
    since: datetime | None
    open: list[OpenRequestRow]
    kinds: dict[int, list[str]]

    @property
    def overdue(self) -> list[OpenRequestRow]:
        """Open requests whose deadline has passed."""
        return [r for r in self.open if r.deadline < self.today]

    @property
    def new(self) -> list[OpenRequestRow]:
        """Open requests filed since the previous digest."""
        since = self.since
        return [] if since is None else [r for r in self.open if r.created_at > since]

    @property
    def awaiting(self) -> list[OpenRequestRow]:
        """Open requests waiting for the data subject to prove who they are."""
        return [r for r in self.open if r.status == "awaiting_verification"]


@dataclass(frozen=True)
class RenderedDigest:
    """A digest ready for the outbox."""

    subject: str
    text: str
    html: str
    ics: str
    telegram: str


def _sections(digest: DigestContent) -> list[tuple[str, list[OpenRequestRow]]]:
    words = _WORDS[digest.language]
    sections = [(words["overdue"], digest.overdue)]
    if digest.since is not None:
        sections.append((words["new"], digest.new))
    sections += [(words["awaiting"], digest.awaiting), (words["by_due"], digest.open)]
    return sections


def _cells(row: OpenRequestRow, digest: DigestContent) -> tuple[str, str, str, str]:
    lang = digest.language
    days = (row.deadline - digest.today).days
    when = notice_texts.days_phrase(days, lang) if days >= 0 else _WORDS[lang]["late"]
    return (
        row.reference,
        f"{notice_texts.long_date(row.deadline, lang)} ({when})",
        notice_texts.rights(digest.kinds.get(row.request_id, []), lang),
        notice_texts.status_label(row.status, lang),
    )


def _text(digest: DigestContent, title: str) -> str:
    words = _WORDS[digest.language]
    lines = [
        title,
        words["intro"].format(day=notice_texts.long_date(digest.today, digest.language)),
    ]
    for heading, rows in _sections(digest):
        lines += ["", f"{heading} ({len(rows)})"]
        lines += [f"  {' · '.join(_cells(r, digest))}" for r in rows[:LISTED]]
        if not rows:
            lines.append(f"  {words['none']}")
        elif len(rows) > LISTED:
            lines.append("  " + words["more"].format(n=len(rows) - LISTED))
    return "\n".join(lines) + "\n\n-- \nGuichet\n"


def _html(digest: DigestContent, title: str) -> str:
    words, esc = _WORDS[digest.language], html.escape
    intro = words["intro"].format(day=notice_texts.long_date(digest.today, digest.language))
    parts = [
        f'<html lang="{digest.language}"><body>',
        f"<h1>{esc(title)}</h1>",
        f"<p>{esc(intro)}</p>",
    ]
    for heading, rows in _sections(digest):
        parts.append(f"<h2>{esc(heading)} ({len(rows)})</h2>")
        if not rows:
            parts.append(f"<p>{esc(words['none'])}</p>")
            continue
        body = "".join(
            "<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in _cells(r, digest)) + "</tr>"
            for r in rows[:LISTED]
        )
        parts.append(f'<table border="1" cellpadding="4">{body}</table>')
        if len(rows) > LISTED:
            parts.append(f"<p>{esc(words['more'].format(n=len(rows) - LISTED))}</p>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _ics(digest: DigestContent) -> str:
    words, lang = _WORDS[digest.language], digest.language
    events = [
        CalendarEvent(
            uid=f"{row.reference.lower()}-deadline.{digest.controller}@guichet",
            day=row.deadline,
            summary=f"{words['due']} {row.reference} "
            f"({notice_texts.rights(digest.kinds.get(row.request_id, []), lang)})",
            description=notice_texts.status_label(row.status, lang),
        )
        for row in digest.open
    ]
    return calendar(events, name=f"{words['cal']} · {digest.display_name}", now=digest.as_of)


def render_digest(digest: DigestContent) -> RenderedDigest:
    """Subject, text, HTML, calendar and Telegram text of a digest."""
    words = _WORDS[digest.language]
    title = f"Guichet · {digest.display_name} : {words[digest.kind]}"
    if digest.language != "fr":
        title = title.replace(" : ", ": ")
    subject = f"{title} · {len(digest.open)} {words['open']}, {len(digest.overdue)} {words['late']}"
    text = _text(digest, title)
    telegram = text if len(text) <= TELEGRAM_LIMIT else text[: TELEGRAM_LIMIT - 1] + "…"
    return RenderedDigest(subject, text, _html(digest, title), _ics(digest), telegram)


def ics_filename(digest: DigestContent) -> str:
    """Attachment name, e.g. ``guichet-echeances-acme-2027-04-05.ics``."""
    word = "echeances" if digest.language == "fr" else "deadlines"
    return f"guichet-{word}-{digest.controller}-{digest.today.isoformat()}.ics"
