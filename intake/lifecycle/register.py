"""The register of requests an auditor asks for: one row per request, purged ones included."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from config import Settings
from intake.lifecycle.history import read_history
from intake.lifecycle.schedule import effective_due
from intake.lifecycle.transition import facts_of
from store.lifecycle_models import RegisterEntry
from store.models import Controller, Request

UTC_ZONE = ZoneInfo("UTC")


@dataclass(frozen=True)
class RegisterRow:
    """What the register shows of one request (no personal data)."""

    reference: str
    controller: str
    kinds: list[str]
    channel: str
    regime: str
    received_on: date
    verified_on: date | None
    extended_on: date | None
    closed_on: date | None
    due_on: date
    outcome: str
    on_time: bool | None
    purged: bool

    def as_json(self) -> dict[str, Any]:
        """ISO dates, kinds joined by ``+`` for CSV friendliness kept as a list here."""
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, date):
                data[key] = value.isoformat()
        return data


def on_time(closed_on: date | None, due_on: date, today: date) -> bool | None:
    """True when answered by the due date; None while open and not yet late."""
    if closed_on is not None:
        return closed_on <= due_on
    return False if today > due_on else None


def row_of(session: Session, request: Request, zone: ZoneInfo, today: date) -> RegisterRow:
    """The register row of a request still in the database."""
    story = read_history(facts_of(session, request), zone)
    due = effective_due(request, story)
    return RegisterRow(
        reference=request.reference, controller=request.controller.name,
        kinds=request.kind_names, channel=request.channel, regime=request.regime,
        received_on=request.received_on, verified_on=story.verified_on,
        extended_on=story.extended_on, closed_on=story.closed_on, due_on=due,
        outcome=story.outcome or request.status,
        on_time=on_time(story.closed_on, due, today), purged=False,
    )  # fmt: skip


def register_rows(
    session: Session, *, settings: Settings, today: date,
    start: date | None = None, end: date | None = None,
) -> list[RegisterRow]:  # fmt: skip
    """Every request received between ``start`` and ``end`` (inclusive), oldest first."""
    zones = {c.name: c.zone for c in settings.controllers}
    query = select(Request).options(selectinload(Request.kinds), selectinload(Request.controller))
    purged = select(RegisterEntry, Controller.name).join(
        Controller, Controller.id == RegisterEntry.controller_id
    )
    if start is not None:
        query = query.where(Request.received_on >= start)
        purged = purged.where(RegisterEntry.received_on >= start)
    if end is not None:
        query = query.where(Request.received_on <= end)
        purged = purged.where(RegisterEntry.received_on <= end)
    rows = [
        row_of(session, request, zones.get(request.controller.name, UTC_ZONE), today)
        for request in session.scalars(query)
    ]
    rows.extend(_purged_row(entry, name) for entry, name in session.execute(purged))
    return sorted(rows, key=lambda row: (row.received_on, row.reference))


def _purged_row(entry: RegisterEntry, controller: str) -> RegisterRow:
    return RegisterRow(
        reference=entry.reference, controller=controller, kinds=list(entry.kinds),
        channel=entry.channel, regime=entry.regime, received_on=entry.received_on,
        verified_on=entry.verified_on, extended_on=entry.extended_on, closed_on=entry.closed_on,
        due_on=entry.due_on, outcome=entry.outcome, on_time=entry.on_time, purged=True,
    )  # fmt: skip
