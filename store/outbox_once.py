"""Writing notifications exactly once, even when two schedulers race.

Both writers below use ``INSERT ... ON CONFLICT DO NOTHING`` (PostgreSQL and
SQLite >= 3.24 share the syntax): a row whose unique key already exists is
silently skipped, the transaction stays usable, and a concurrent writer of
the same key waits for the first one's commit and then skips too. That makes
the unique constraint the guard, with no SAVEPOINT or retry loop needed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import Insert, String, any_, bindparam, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from store.models import OutboxEntry
from store.outbox import PENDING
from store.scheduler_models import DigestRun
from store.scheduler_queries import chunks
from store.types import UTCDateTime


@dataclass(frozen=True)
class NewEntry:
    """An outbox entry to write unless its ``dedupe_key`` is already taken."""

    dedupe_key: str
    channel: str
    purpose: str
    recipient: str
    language: str
    subject_line: str
    body_text: str
    request_id: int | None = None
    body_html: str | None = None
    attachments: list[dict[str, str]] | None = None
    headers: dict[str, Any] = field(default_factory=dict)


def _insert_ignoring_conflicts(session: Session, model: Any, key: list[str]) -> Insert:
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(model).on_conflict_do_nothing(index_elements=key)
    return sqlite.insert(model).on_conflict_do_nothing(index_elements=key)


_ENTRY_FIELDS = tuple(f.name for f in fields(NewEntry))


def _columns(entry: NewEntry) -> dict[str, Any]:
    # Shallow, unlike dataclasses.asdict: these dicts are built for every row of a sweep.
    return {name: getattr(entry, name) for name in _ENTRY_FIELDS}


def _row(entry: NewEntry, now: datetime) -> dict[str, Any]:
    return {
        **_columns(entry), "message_id": None, "status": PENDING, "attempts": 0,
        "next_attempt_at": now, "created_at": now,
    }  # fmt: skip


def existing_keys(session: Session, keys: Sequence[str]) -> set[str]:
    """Which of ``keys`` are already in the outbox (skips rendering known entries)."""
    wanted = sorted(set(keys))
    if session.get_bind().dialect.name == "postgresql":
        # One array parameter: a short statement the driver parses once and caches,
        # where thousands of IN (...) parameters would be re-parsed on every sweep.
        array = bindparam("keys", wanted, type_=postgresql.ARRAY(String))
        query = select(OutboxEntry.dedupe_key).where(OutboxEntry.dedupe_key == any_(array))
        return set(session.scalars(query))
    found: set[str] = set()
    for chunk in chunks(wanted):
        query = select(OutboxEntry.dedupe_key).where(OutboxEntry.dedupe_key.in_(chunk))
        found.update(session.scalars(query))
    return found


def insert_once(session: Session, entries: Sequence[NewEntry], *, now: datetime) -> int:
    """Write the entries whose key is new.

    Returns:
        How many rows this call wrote (not those another writer wrote first).
    """
    if not entries:
        return 0
    if session.get_bind().dialect.name == "postgresql":
        return _insert_once_postgresql(session, entries, now)
    # A short statement run with many parameter sets (sqlite3's executemany),
    # compiled once; SQLite sums the row count over the parameter sets, so a
    # key that already existed counts 0.
    statement = _insert_ignoring_conflicts(session, OutboxEntry.__table__, ["dedupe_key"])
    result = session.connection().execute(statement, [_row(e, now) for e in entries])
    return max(result.rowcount, 0)


def _insert_once_postgresql(session: Session, entries: Sequence[NewEntry], now: datetime) -> int:
    # One statement for the whole batch: the rows travel as a single JSON
    # document that the server unpacks with json_to_recordset. A pipelined
    # executemany spent most of a 4,400-row first sweep on per-row round
    # trips and parameter encoding; here the server inserts the set in one
    # go, and RETURNING counts exactly the rows this call wrote (a key taken
    # first by a concurrent writer returns nothing), so no re-read of keys.
    rows = [_columns(e) for e in entries]
    written = session.execute(
        _BULK_INSERT_POSTGRESQL, {"rows": json.dumps(rows), "status": PENDING, "now": now}
    )
    return len(written.all())


# ``attachments`` is JSON ``null`` (not SQL NULL) when absent, as the ORM and
# the executemany path store it; WITH ORDINALITY keeps ids in batch order.
_BULK_INSERT_POSTGRESQL = text(
    "INSERT INTO outbox (dedupe_key, channel, purpose, request_id, recipient, language,"
    " subject_line, body_text, body_html, attachments, headers, message_id, status, attempts,"
    " next_attempt_at, created_at)"
    " SELECT r.dedupe_key, r.channel, r.purpose, r.request_id, r.recipient, r.language,"
    " r.subject_line, r.body_text, r.body_html, COALESCE(r.attachments, 'null'::json),"
    " r.headers, NULL, :status, 0, :now, :now"
    " FROM ROWS FROM (json_to_recordset(CAST(:rows AS json)) AS (dedupe_key text,"
    " channel text, purpose text, request_id integer, recipient text, language text,"
    " subject_line text, body_text text, body_html text, attachments json, headers json))"
    " WITH ORDINALITY AS r(dedupe_key, channel, purpose, request_id, recipient, language,"
    " subject_line, body_text, body_html, attachments, headers, position)"
    " ORDER BY r.position"
    " ON CONFLICT (dedupe_key) DO NOTHING RETURNING 1"
).bindparams(bindparam("now", type_=UTCDateTime()))


def claim_digest_run(
    session: Session, *, controller_id: int, kind: str, period: date, as_of: datetime
) -> bool:
    """Record that this digest is being written; False when someone already did."""
    statement = _insert_ignoring_conflicts(
        session, DigestRun, ["controller_id", "kind", "period"]
    ).values(
        controller_id=controller_id, kind=kind, period=period, as_of=as_of, entries=0,
        created_at=as_of,
    )  # fmt: skip
    # RETURNING rather than rowcount: only an inserted row comes back, on both backends.
    return session.execute(statement.returning(DigestRun.id)).scalar() is not None


def record_digest_entries(
    session: Session, *, controller_id: int, kind: str, period: date, entries: int
) -> None:
    """Store how many outbox entries a claimed digest produced."""
    session.execute(
        update(DigestRun)
        .where(
            DigestRun.controller_id == controller_id,
            DigestRun.kind == kind,
            DigestRun.period == period,
        )
        .values(entries=entries)
    )


def last_digest_as_of(
    session: Session, *, controller_id: int, kind: str, before: date
) -> datetime | None:
    """When the previous digest of this kind was taken (None: this is the first)."""
    return session.scalar(
        select(DigestRun.as_of)
        .where(
            DigestRun.controller_id == controller_id,
            DigestRun.kind == kind,
            DigestRun.period < before,
        )
        .order_by(DigestRun.period.desc())
        .limit(1)
    )
