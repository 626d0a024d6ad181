"""Deleting rows together with every row that points at them.

Retention removes a request with its messages, events and whatever other
feature areas attached to it; finding dependents through the foreign keys
of the shared metadata means a table added later is purged too, instead
of making the delete fail.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Table, delete, select
from sqlalchemy.orm import Session

from store.schema import metadata


def delete_with_dependents(session: Session, *, table_name: str, ids: Sequence[int]) -> int:
    """Delete rows of a table by primary key, after every row referencing them.

    Returns:
        The number of rows of that table deleted.
    """
    return _delete(session, metadata.tables[table_name], ids)


def _delete(session: Session, table: Table, ids: Sequence[int]) -> int:
    if not ids:
        return 0
    for child in metadata.sorted_tables:
        for foreign_key in child.foreign_keys:
            if foreign_key.column.table is not table or child is table:
                continue
            keys = list(child.primary_key.columns)
            if len(keys) == 1:
                child_ids = list(
                    session.scalars(select(keys[0]).where(foreign_key.parent.in_(ids)))
                )
                _delete(session, child, child_ids)
            else:
                session.execute(delete(child).where(foreign_key.parent.in_(ids)))
    (key,) = table.primary_key.columns
    result = session.execute(delete(table).where(key.in_(ids)))
    return int(getattr(result, "rowcount", 0) or 0)
