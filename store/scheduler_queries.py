"""Read-only queries of the scheduler: which requests have a deadline in a date range.

Every query is a range on an index whose first column is ``status``:
``(status, due_on)``, ``(status, extended_due_on)`` or
``(status, extension_notice_by)``, so a sweep reads the rows that are due
and nothing else, however many closed requests the table holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import Select, and_, select
from sqlalchemy.orm import QueryableAttribute, Session

from store.models import Controller, Request, RequestKind
from store.requests import OPEN_STATUSES
from store.telegram_models import TelegramControllerChat

EXTENDED = "extended"
NOT_EXTENDED = tuple(s for s in OPEN_STATUSES if s != EXTENDED)
_CHUNK = 500
T = TypeVar("T")


@dataclass(frozen=True)
class DeadlineRow:
    """One open request and the one deadline a sweep found for it.

    Attributes:
        request_id: Primary key of the request.
        reference: The request's public reference.
        status: Its current status.
        deadline_kind: ``due``, ``extended_due`` or ``extension_notice``.
        day: The date of that deadline.
    """

    request_id: int
    reference: str
    status: str
    deadline_kind: str
    day: date


def _between(
    column: QueryableAttribute[Any], first: date | None, last: date
) -> Select[int, str, str, Any]:
    condition = column <= last if first is None else and_(column >= first, column <= last)
    return select(Request.id, Request.reference, Request.status, column).where(condition)


def deadline_queries(
    *, controller_id: int, first: date | None, last: date
) -> list[tuple[str, Select[int, str, str, Any]]]:
    """The statements :func:`deadlines_between` runs, with the deadline kind each finds.

    Public so the benchmark can print their query plans.
    """
    mine = Request.controller_id == controller_id
    return [
        (
            "due",
            _between(Request.due_on, first, last).where(Request.status.in_(NOT_EXTENDED), mine),
        ),
        (
            "extended_due",
            _between(Request.extended_due_on, first, last).where(Request.status == EXTENDED, mine),
        ),
        (
            "due",
            _between(Request.due_on, first, last).where(
                Request.status == EXTENDED, Request.extended_due_on.is_(None), mine
            ),
        ),
    ]


def deadlines_between(
    session: Session, *, controller_id: int, first: date | None, last: date
) -> list[DeadlineRow]:
    """Open requests whose answer is due between ``first`` and ``last`` (inclusive).

    The deadline is ``extended_due_on`` once a request is extended (``due_on``
    if the extension has no fixed end), ``due_on`` otherwise. ``first=None``
    means "any day up to ``last``" (overdue requests).
    """
    rows: list[DeadlineRow] = []
    for kind, query in deadline_queries(controller_id=controller_id, first=first, last=last):
        for row_id, reference, status, day in session.execute(query):
            assert day is not None  # the range excludes NULL
            rows.append(DeadlineRow(row_id, reference, status, kind, day))
    return sorted(rows, key=lambda r: (r.day, r.request_id))


def extension_notice_query(
    *, controller_id: int, first: date, last: date
) -> Select[int, str, str, Any]:
    """The statement :func:`extension_notices_between` runs."""
    return _between(Request.extension_notice_by, first, last).where(
        Request.status.in_(NOT_EXTENDED), Request.controller_id == controller_id
    )


def extension_notices_between(
    session: Session, *, controller_id: int, first: date, last: date
) -> list[DeadlineRow]:
    """Open, not yet extended requests whose last day to notify an extension is in range."""
    query = extension_notice_query(controller_id=controller_id, first=first, last=last)
    rows = [
        DeadlineRow(row_id, reference, status, "extension_notice", day)
        for row_id, reference, status, day in session.execute(query)
        if day is not None
    ]
    return sorted(rows, key=lambda r: (r.day, r.request_id))


@dataclass(frozen=True)
class OpenRequestRow:
    """What a digest shows of an open request (no personal data)."""

    request_id: int
    reference: str
    status: str
    deadline: date
    created_at: datetime
    needs_review: bool


def open_requests(session: Session, *, controller_id: int) -> list[OpenRequestRow]:
    """Every open request of a controller, soonest deadline first."""
    query = select(
        Request.id, Request.reference, Request.status, Request.due_on,
        Request.extended_due_on, Request.created_at, Request.needs_review,
    ).where(Request.status.in_(OPEN_STATUSES), Request.controller_id == controller_id)  # fmt: skip
    rows = []
    for row_id, reference, status, due, extended, created_at, review in session.execute(query):
        deadline = extended if status == EXTENDED and extended is not None else due
        rows.append(OpenRequestRow(row_id, reference, status, deadline, created_at, review))
    return sorted(rows, key=lambda r: (r.deadline, r.request_id))


def kinds_of(session: Session, request_ids: Iterable[int]) -> dict[int, list[str]]:
    """The rights asked for by each of these requests, sorted."""
    ids = sorted(set(request_ids))
    found: dict[int, list[str]] = {i: [] for i in ids}
    for chunk in chunks(ids):
        query = select(RequestKind.request_id, RequestKind.kind).where(
            RequestKind.request_id.in_(chunk)
        )
        for request_id, kind in session.execute(query.order_by(RequestKind.kind)):
            found[request_id].append(kind)
    return found


def controller_id_of(session: Session, name: str) -> int | None:
    """The row id of a configured controller, None until it has been seen once."""
    return session.scalar(select(Controller.id).where(Controller.name == name))


def linked_telegram_chats(session: Session, *, controller_id: int) -> list[str]:
    """Telegram chats a controller's staff linked to it (digests go there too)."""
    query = select(TelegramControllerChat.chat_id).where(
        TelegramControllerChat.controller_id == controller_id
    )
    return sorted(session.scalars(query))


def chunks(items: Sequence[T], size: int = _CHUNK) -> Iterable[Sequence[T]]:
    """``items`` in slices small enough for one IN (...) list."""
    for start in range(0, len(items), size):
        yield items[start : start + size]
