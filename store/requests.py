"""Repository functions for data subjects, controllers and requests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from store.models import ContactIdentity, Controller, DataSubject, Request, RequestKind
from store.references import new_reference

OPEN_STATUSES = ("received", "awaiting_verification", "in_progress", "paused", "extended")


def ensure_controller(
    session: Session, *, name: str, display_name: str, now: datetime
) -> Controller:
    """Return the controller row for a configured controller, creating it once."""
    controller = session.scalar(select(Controller).where(Controller.name == name))
    if controller is None:
        controller = Controller(name=name, display_name=display_name, created_at=now)
        session.add(controller)
        session.flush()
    elif controller.display_name != display_name:
        controller.display_name = display_name
    return controller


def find_or_create_subject(
    session: Session, *, kind: str, value: str, display_name: str | None, now: datetime
) -> DataSubject:
    """The data subject behind a contact identity, created on first contact."""
    identity = session.scalar(
        select(ContactIdentity).where(ContactIdentity.kind == kind, ContactIdentity.value == value)
    )
    if identity is not None:
        return identity.subject
    subject = DataSubject(display_name=display_name, created_at=now)
    session.add(subject)
    session.flush()
    session.add(ContactIdentity(subject_id=subject.id, kind=kind, value=value, created_at=now))
    session.flush()
    return subject


@dataclass(frozen=True)
class DueDates:
    """The deadlines a request is filed with."""

    due_on: date
    extended_due_on: date | None
    extension_notice_by: date | None
    acknowledge_by: date | None


def create_request(
    session: Session,
    *,
    controller: Controller,
    subject: DataSubject,
    kinds: Sequence[str],
    language: str,
    channel: str,
    regime: str,
    received_at: datetime,
    received_on: date,
    due: DueDates,
    needs_review: bool,
    now: datetime,
) -> Request:
    """File a new request under a fresh, unguessable reference."""
    request = Request(
        reference=new_reference(),
        controller_id=controller.id,
        subject_id=subject.id,
        status="received",
        language=language,
        channel=channel,
        regime=regime,
        needs_review=needs_review,
        received_at=received_at,
        received_on=received_on,
        due_on=due.due_on,
        extended_due_on=due.extended_due_on,
        extension_notice_by=due.extension_notice_by,
        acknowledge_by=due.acknowledge_by,
        created_at=now,
        kinds=[RequestKind(kind=k) for k in sorted(set(kinds))],
    )
    session.add(request)
    session.flush()
    return request


def get_request(session: Session, *, reference: str) -> Request | None:
    """The request with this reference, with its kinds and events loaded."""
    return session.scalar(
        select(Request)
        .where(Request.reference == reference)
        .options(selectinload(Request.kinds), selectinload(Request.events))
    )


def list_requests(
    session: Session,
    *,
    controller: str | None = None,
    statuses: Sequence[str] = (),
    limit: int = 1000,
) -> list[Request]:
    """Requests by due date, soonest first."""
    query = (
        select(Request)
        .options(selectinload(Request.kinds), selectinload(Request.controller))
        .order_by(Request.due_on, Request.id)
        .limit(limit)
    )
    if controller is not None:
        query = query.join(Request.controller).where(Controller.name == controller)
    if statuses:
        query = query.where(Request.status.in_(statuses))
    return list(session.scalars(query))


def open_requests_of(
    session: Session, *, subject: DataSubject, controller: Controller
) -> list[Request]:
    """The subject's requests to this controller that are still open."""
    return list(
        session.scalars(
            select(Request)
            .where(
                Request.subject_id == subject.id,
                Request.controller_id == controller.id,
                Request.status.in_(OPEN_STATUSES),
            )
            .options(selectinload(Request.kinds))
            .order_by(Request.id)
        )
    )


def find_open_twin(
    session: Session, *, subject: DataSubject, controller: Controller, kinds: Sequence[str]
) -> Request | None:
    """The subject's oldest open request to this controller asking exactly ``kinds``.

    The kinds are compared in SQL (two correlated counts on the
    ``request_kinds`` primary key), so a subject with hundreds of open
    requests costs one indexed lookup, not hundreds of loaded rows. An empty
    or repetitive ``kinds`` never matches a filed request.
    """
    wanted = sorted(set(kinds))
    if not wanted or len(wanted) != len(kinds):
        return None
    asked = (
        select(func.count())
        .where(RequestKind.request_id == Request.id)
        .correlate(Request)
        .scalar_subquery()
    )
    shared = (
        select(func.count())
        .where(RequestKind.request_id == Request.id, RequestKind.kind.in_(wanted))
        .correlate(Request)
        .scalar_subquery()
    )
    return session.scalar(
        select(Request)
        .where(
            Request.subject_id == subject.id,
            Request.controller_id == controller.id,
            Request.status.in_(OPEN_STATUSES),
            asked == len(wanted),
            shared == len(wanted),
        )
        .order_by(Request.id)
        .limit(1)
    )


def subject_has_identity(session: Session, *, request: Request, kind: str, value: str) -> bool:
    """True when ``value`` is one of the request's own contact identities."""
    return (
        session.scalar(
            select(ContactIdentity.id).where(
                ContactIdentity.subject_id == request.subject_id,
                ContactIdentity.kind == kind,
                ContactIdentity.value == value,
            )
        )
        is not None
    )
