"""``guichet audit verify``: recompute every request's hash chain."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from store.events import ChainProblem, verify_chain
from store.lifecycle_models import AuditSeal
from store.models import Event, Request


@dataclass(frozen=True)
class AuditReport:
    """The outcome of checking every chain, with a digest worth writing down."""

    requests: int
    events: int
    problems: list[ChainProblem]
    digest: str

    @property
    def ok(self) -> bool:
        """True when no chain is broken."""
        return not self.problems


def verify_all(session: Session) -> AuditReport:
    """Check every request's chain and seal.

    ``digest`` covers every sealed chain head: keep it outside the database
    (a ticket, a printed report) and a later run showing another digest for
    the same requests means someone rewrote history and the seals with it.
    """
    problems: list[ChainProblem] = []
    requests = list(session.scalars(select(Request).order_by(Request.id)))
    for request in requests:
        problems.extend(verify_chain(session, request=request))
    heads = session.execute(
        select(Request.reference, AuditSeal.seq, AuditSeal.hash)
        .join(AuditSeal, AuditSeal.request_id == Request.id)
        .order_by(Request.reference)
    )
    digest = hashlib.sha256()
    for reference, seq, head in heads:
        digest.update(f"{reference}:{seq}:{head}\n".encode())
    events = session.scalar(select(func.count()).select_from(Event)) or 0
    return AuditReport(len(requests), events, problems, digest.hexdigest())
