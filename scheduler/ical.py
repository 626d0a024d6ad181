"""A minimal iCalendar (RFC 5545) writer: one all-day event per due date.

Written by hand because the subset we need is small: a VCALENDAR with
all-day VEVENTs, escaped TEXT values, CRLF line ends and lines folded at 75
octets. Event UIDs are stable per request, so importing a newer digest
moves an event (e.g. after an extension) instead of duplicating it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

CRLF = "\r\n"
MAX_OCTETS = 75  # RFC 5545 §3.1, excluding the line break


@dataclass(frozen=True)
class CalendarEvent:
    """An all-day event.

    Attributes:
        uid: Globally unique, stable identifier of the event.
        day: The day the event covers.
        summary: One-line title.
        description: Longer text (may hold line breaks).
    """

    uid: str
    day: date
    summary: str
    description: str = ""


def escape_text(value: str) -> str:
    """Escape a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, newline."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold(line: str) -> str:
    """Split a content line into 75-octet pieces, never inside a UTF-8 character."""
    pieces: list[str] = []
    current, size, limit = "", 0, MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            # Continuation lines start with one space, which counts toward the 75.
            current, size, limit = "", 0, MAX_OCTETS - 1
        current += char
        size += width
    pieces.append(current)
    return (CRLF + " ").join(pieces)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar(events: Sequence[CalendarEvent], *, name: str, now: datetime) -> str:
    """A complete VCALENDAR text with CRLF line ends.

    Args:
        events: The events, in the order they should appear.
        name: Calendar name shown by clients (X-WR-CALNAME).
        now: Aware time the calendar is produced (DTSTAMP).
    """
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Guichet//Deadlines//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    stamp = _stamp(now)
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{event.day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{event.day + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{escape_text(event.summary)}",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{escape_text(event.description)}")
        lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)
