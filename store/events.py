"""The per-request event log, append-only and hash-chained.

Each event's hash covers its own content and the previous event's hash,
so changing or deleting any event breaks every hash after it; the request's
seal (:class:`store.lifecycle_models.AuditSeal`) remembers where the chain
ends, so deleting the newest events is noticed too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.lifecycle_models import AuditSeal
from store.models import Event, Request

GENESIS = "0" * 64


def _digest(event: Event, *, reference: str) -> str:
    payload = json.dumps(
        {
            "prev": event.prev_hash,
            "ref": reference,
            "seq": event.seq,
            "at": event.at.isoformat(timespec="microseconds"),
            "actor": event.actor,
            "action": event.action,
            "reason": event.reason,
            "detail": event.detail,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append_event(
    session: Session,
    *,
    request: Request,
    at: datetime,
    actor: str,
    action: str,
    reason: str | None = None,
    detail: dict[str, Any] | None = None,
) -> Event:
    """Add one event at the end of a request's log.

    Args:
        session: The caller's session; nothing is committed here.
        request: The request the event belongs to (must have an id).
        at: When it happened (aware datetime).
        actor: Who did it, e.g. ``"system:intake"`` or ``"controller:dpo@acme.fr"``.
        action: What happened, e.g. ``"received"``.
        reason: Why, when a human decision needs one.
        detail: JSON-serialisable facts (no message bodies).
    """
    session.flush()
    last = session.execute(
        select(Event.seq, Event.hash)
        .where(Event.request_id == request.id)
        .order_by(Event.seq.desc())
        .limit(1)
    ).first()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    clean = json.loads(json.dumps(detail or {}, default=str))
    event = Event(
        request_id=request.id,
        seq=seq,
        at=at,
        actor=actor,
        action=action,
        reason=reason,
        detail=clean,
        prev_hash=prev_hash,
    )
    event.hash = _digest(event, reference=request.reference)
    session.add(event)
    seal = session.get(AuditSeal, request.id)
    if seal is None:
        session.add(AuditSeal(request_id=request.id, seq=seq, hash=event.hash))
    else:
        seal.seq, seal.hash = seq, event.hash
    session.flush()
    return event


@dataclass(frozen=True)
class ChainProblem:
    """Where a request's event chain stops being trustworthy."""

    reference: str
    seq: int
    problem: str


def verify_chain(session: Session, *, request: Request) -> list[ChainProblem]:
    """Recompute a request's hash chain and list every break found."""
    problems: list[ChainProblem] = []
    prev_hash, expected_seq = GENESIS, 1
    events = session.scalars(
        select(Event).where(Event.request_id == request.id).order_by(Event.seq)
    )
    for event in events:
        if event.seq != expected_seq:
            problems.append(ChainProblem(request.reference, expected_seq, "event missing"))
        if event.prev_hash != prev_hash:
            problems.append(ChainProblem(request.reference, event.seq, "link to previous broken"))
        recomputed = _digest(event, reference=request.reference)
        if recomputed != event.hash:
            problems.append(ChainProblem(request.reference, event.seq, "content altered"))
        prev_hash, expected_seq = event.hash, event.seq + 1
    seal = session.get(AuditSeal, request.id)
    if seal is not None and (seal.seq, seal.hash) != (expected_seq - 1, prev_hash):
        problems.append(
            ChainProblem(request.reference, seal.seq, "chain does not end where it was sealed")
        )
    elif seal is None and expected_seq > 1:
        problems.append(ChainProblem(request.reference, expected_seq - 1, "seal missing"))
    return problems
