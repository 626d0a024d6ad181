"""Re-encrypting every encrypted column under the newest key (``guichet keys rotate``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from store.lifecycle_models import Document
from store.models import Event, Message, OutboxEntry

# Every column whose type is EncryptedBytes or EncryptedText.
ENCRYPTED_COLUMNS: tuple[InstrumentedAttribute[Any], ...] = (
    Message.raw, Message.text, Message.subject_line, Event.reason,
    OutboxEntry.body_text, Document.content,
)  # fmt: skip


def reencrypt_all(session: Session, *, batch: int = 200) -> dict[str, int]:
    """Read each encrypted value (any key of the ring) and write it back (newest key).

    Plaintext written before encryption was switched on is encrypted too.
    The caller commits; rows are processed in id order, ``batch`` at a time.

    Returns:
        Rows rewritten per ``table.column``.
    """
    counts: dict[str, int] = {}
    for column in ENCRYPTED_COLUMNS:
        entity = column.class_
        key = entity.id if hasattr(entity, "id") else None
        assert key is not None
        name = f"{entity.__tablename__}.{column.key}"
        counts[name], last = 0, 0
        while True:
            rows = session.execute(
                select(key, column).where(key > last, column.is_not(None))
                .order_by(key).limit(batch)
            ).all()  # fmt: skip
            if not rows:
                break
            for row_id, value in rows:
                session.execute(update(entity).where(key == row_id).values({column.key: value}))
            counts[name] += len(rows)
            last = rows[-1][0]
        session.flush()
    return counts
