"""The deadline sweep: reminders, escalations and extension alerts, each written once.

A sweep reads the database (the only source of truth) for requests with a
deadline in a small window around the controller's local "today", works out
which notifications are due, and writes the ones that are not in the outbox
yet. Every notification has a deterministic dedupe key, so running the sweep
twice, or in two schedulers at once, writes nothing twice; and a sweep after
hours of downtime writes what was missed, once.

After downtime only the *current* reminder stage is sent: with offsets 7, 3
and 1 and a scheduler down from day -8 to day -2, the controller gets the
"3 days" reminder, not a stale "7 days" one as well.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from config import ControllerSettings
from scheduler import notice_texts
from store.outbox_once import NewEntry, existing_keys, insert_once
from store.scheduler_queries import (
    DeadlineRow,
    controller_id_of,
    deadlines_between,
    extension_notices_between,
    kinds_of,
)

EMAIL = "email"
REMINDER, ESCALATION, EXTENSION_ALERT = (
    "deadline_reminder",
    "deadline_escalation",
    "extension_alert",
)
HEADERS = {"Auto-Submitted": "auto-generated"}  # RFC 3834: not a reply to anyone


@dataclass(frozen=True)
class SweepReport:
    """What one sweep of one controller did.

    Attributes:
        examined: Request rows read (the due ones only).
        written: Outbox entries written, by purpose.
    """

    examined: int = 0
    written: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class _Due:
    """A notification the sweep owes, before rendering."""

    purpose: str
    key: str
    row: DeadlineRow
    days_left: int
    recipient: str

    @property
    def dedupe_key(self) -> str:
        """The outbox key: the notification's key, per recipient."""
        return f"{self.key}:{recipient_tag(self.recipient)}"


def local_today(now: datetime, controller: ControllerSettings) -> date:
    """The calendar day it is for the controller at the aware instant ``now``."""
    return now.astimezone(controller.zone).date()


def reminder_stage(days_left: int, offsets: Sequence[int]) -> int | None:
    """The reminder stage a deadline ``days_left`` away is in, or None before the first.

    The stage is the smallest configured offset not below ``days_left``: with
    offsets (7, 3, 1), 5 days left is stage 7 and 2 days left is stage 3.
    """
    reached = [offset for offset in offsets if offset >= days_left >= 0]
    return min(reached) if reached else None


def recipient_tag(address: str) -> str:
    """A short, stable stand-in for an address inside dedupe keys (keys stay < 255)."""
    return hashlib.sha256(address.encode()).hexdigest()[:12]


def _owed(
    session: Session, controller_id: int, controller: ControllerSettings, today: date
) -> tuple[int, list[_Due]]:
    owed: list[_Due] = []
    examined = 0
    watchers = controller.digest_recipients
    offsets = controller.reminder_offsets_days
    if offsets and watchers:
        rows = deadlines_between(
            session, controller_id=controller_id, first=today, last=today + timedelta(max(offsets))
        )
        examined += len(rows)
        for row in rows:
            stage = reminder_stage((row.day - today).days, offsets)
            if stage is not None:
                key = f"reminder:{row.request_id}:{row.deadline_kind}:{row.day}:{stage}"
                owed += [_Due(REMINDER, key, row, (row.day - today).days, r) for r in watchers]
    contacts = controller.escalation_contacts or watchers
    if contacts:
        rows = deadlines_between(
            session, controller_id=controller_id, first=None, last=today - timedelta(1)
        )
        examined += len(rows)
        for row in rows:
            key = f"escalation:{row.request_id}:{row.deadline_kind}:{row.day}"
            owed += [_Due(ESCALATION, key, row, (row.day - today).days, r) for r in contacts]
    if watchers:
        last = today + timedelta(controller.schedule.extension_alert_days)
        rows = extension_notices_between(
            session, controller_id=controller_id, first=today, last=last
        )
        examined += len(rows)
        for row in rows:
            key = f"extension-alert:{row.request_id}:{row.day}"
            owed += [_Due(EXTENSION_ALERT, key, row, (row.day - today).days, r) for r in watchers]
    return examined, owed


def _render(due: _Due, kinds: list[str], controller: ControllerSettings) -> NewEntry:
    language = notice_texts.notice_language(controller.default_language)
    row = due.row
    if due.purpose == REMINDER:
        notice = notice_texts.reminder(
            reference=row.reference, kinds=kinds, status=row.status, due=row.day,
            days_left=due.days_left, language=language,
        )  # fmt: skip
    elif due.purpose == ESCALATION:
        notice = notice_texts.escalation(
            reference=row.reference, kinds=kinds, status=row.status, due=row.day,
            controller=controller.display_name or controller.name, language=language,
        )  # fmt: skip
    else:
        notice = notice_texts.extension_alert(
            reference=row.reference, kinds=kinds, notice_by=row.day,
            days_left=due.days_left, language=language,
        )  # fmt: skip
    return NewEntry(
        dedupe_key=due.dedupe_key, channel=EMAIL,
        purpose=due.purpose, recipient=due.recipient, language=language,
        subject_line=notice.subject, body_text=notice.body, request_id=row.request_id,
        headers=dict(HEADERS),
    )  # fmt: skip


def sweep_deadlines(session: Session, controller: ControllerSettings, now: datetime) -> SweepReport:
    """Write the reminders, escalations and extension alerts that are due and new.

    The caller owns the transaction (commit after, or roll back on error).

    Args:
        session: An open session.
        controller: The controller's settings (offsets, recipients, time zone).
        now: The aware current instant; "today" is its date in the controller's zone.
    """
    controller_id = controller_id_of(session, controller.name)
    if controller_id is None:  # never received anything yet
        return SweepReport()
    examined, owed = _owed(session, controller_id, controller, local_today(now, controller))
    keyed = {d.dedupe_key: d for d in owed}
    known = existing_keys(session, list(keyed))
    new = [d for k, d in keyed.items() if k not in known]
    kinds = kinds_of(session, (d.row.request_id for d in new))
    entries = [_render(d, kinds[d.row.request_id], controller) for d in new]
    written: dict[str, int] = {}
    for purpose in sorted({e.purpose for e in entries}):  # one count per purpose
        count = insert_once(session, [e for e in entries if e.purpose == purpose], now=now)
        if count:
            written[purpose] = count
    return SweepReport(examined=examined, written=written)
