"""Tables and indexes of the scheduler: which digests went out, and fast due-date lookups."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from store.models import Base, Request


class DigestRun(Base):
    """One scheduled digest of one controller, recorded once per period.

    The unique (controller, kind, period) row is what stops two schedulers
    from sending the same digest: the second one's insert does nothing.
    ``as_of`` is the moment the digest describes; the next digest lists the
    requests filed after it ("new since the last digest").
    """

    __tablename__ = "digest_runs"
    __table_args__ = (UniqueConstraint("controller_id", "kind", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    controller_id: Mapped[int] = mapped_column(ForeignKey("controllers.id"))
    kind: Mapped[str] = mapped_column(String(16))  # daily | weekly
    period: Mapped[date] = mapped_column(Date)  # local day the digest is scheduled for
    as_of: Mapped[datetime]
    entries: Mapped[int] = mapped_column(default=0)  # outbox entries written (0: baseline)
    created_at: Mapped[datetime]


# The sweeps read requests by (status, date) ranges only. ``(status, due_on)``
# comes with the initial schema; these two serve extended requests and the
# extension-notice alert, so no sweep ever scans the whole table.
EXTENDED_DUE_INDEX = Index(
    "ix_requests_status_extended_due_on", Request.status, Request.extended_due_on
)
EXTENSION_NOTICE_INDEX = Index(
    "ix_requests_status_extension_notice_by", Request.status, Request.extension_notice_by
)
