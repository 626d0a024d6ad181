"""Building blocks for sweep tests: a controller, requests with chosen dates, the outbox."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from config import ControllerSettings
from store.models import Controller, DataSubject, OutboxEntry, Request, RequestKind

FILED_AT = datetime(2027, 1, 4, 9, 0, tzinfo=UTC)


def controller_settings(
    *,
    zone: str = "Europe/Paris",
    language: str = "fr",
    offsets: Sequence[int] = (7, 3, 1),
    recipients: Sequence[str] = ("dpo@acme.example",),
    escalation: Sequence[str] = (),
    name: str = "acme",
) -> ControllerSettings:
    """Settings of one controller, varied by the test."""
    return ControllerSettings.model_validate({
        "name": name, "display_name": "Acme SAS", "timezone": zone,
        "languages": [language], "digest_recipients": list(recipients),
        "escalation_contacts": list(escalation), "reminder_offsets_days": list(offsets),
    })  # fmt: skip


@dataclass(frozen=True)
class Spec:
    """A request to file: its status and dates."""

    due: date
    status: str = "in_progress"
    extended_due: date | None = None
    notice_by: date | None = None
    kinds: tuple[str, ...] = ("access",)
    created_at: datetime = FILED_AT


def file_requests(
    session: Session, specs: Sequence[Spec], *, controller: str = "acme"
) -> list[int]:
    """Insert a controller (once), one subject and the requests; returns their ids."""
    row = session.scalar(select(Controller).where(Controller.name == controller))
    if row is None:
        row = Controller(name=controller, display_name="Acme SAS", created_at=FILED_AT)
        session.add(row)
    subject = DataSubject(display_name=None, created_at=FILED_AT)
    session.add(subject)
    session.flush()
    ids = []
    for number, spec in enumerate(specs):
        request = Request(
            reference=f"G-TEST-{row.id:02d}{subject.id:03d}-{number:04d}", controller_id=row.id,
            subject_id=subject.id, status=spec.status, language="fr", channel="email",
            regime="eu-gdpr", needs_review=False, received_at=FILED_AT,
            received_on=FILED_AT.date(), due_on=spec.due, extended_due_on=spec.extended_due,
            extension_notice_by=spec.notice_by, acknowledge_by=None,
            created_at=spec.created_at, kinds=[RequestKind(kind=k) for k in spec.kinds],
        )  # fmt: skip
        session.add(request)
        session.flush()
        ids.append(request.id)
    return ids


def outbox(session: Session) -> list[OutboxEntry]:
    """Every outbox entry, oldest first."""
    return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.id)))


def keys(session: Session) -> list[str]:
    """Dedupe keys of the outbox, without the recipient tag, sorted."""
    return sorted(e.dedupe_key.rsplit(":", 1)[0] for e in outbox(session))
