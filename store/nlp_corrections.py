"""Queries of the classifier's tuning loop (corrections, promotions, review queue)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.models import Message
from store.nlp_models import LabelCorrection, ModelPromotion


def review_queue(session: Session, *, include_corrected: bool = False) -> list[Message]:
    """Classified messages flagged for review, oldest first.

    Args:
        session: Open session.
        include_corrected: Also return messages already corrected (to revisit them).

    Returns:
        Messages whose classification asked for review, or that were corrected.
    """
    corrected = set(session.scalars(select(LabelCorrection.message_id)))
    found = session.scalars(
        select(Message).where(Message.classification.is_not(None)).order_by(Message.id)
    )
    queue = []
    for message in found:
        flagged = bool((message.classification or {}).get("needs_review"))
        if message.id in corrected:
            if include_corrected:
                queue.append(message)
        elif flagged:
            queue.append(message)
    return queue


def record_correction(
    session: Session,
    *,
    message: Message,
    labels: Sequence[str],
    corrected_by: str,
    at: datetime,
    note: str | None = None,
) -> LabelCorrection:
    """Store a reviewer's labels for a message (who and when included)."""
    previous = list((message.classification or {}).get("labels", []))
    correction = LabelCorrection(
        message_id=message.id, labels=list(labels), previous_labels=previous,
        model=str((message.classification or {}).get("model", "unknown")),
        verdict="confirmed" if sorted(previous) == sorted(labels) else "relabelled",
        corrected_by=corrected_by, corrected_at=at, note=note,
    )  # fmt: skip
    session.add(correction)
    session.flush()
    return correction


def training_corrections(session: Session) -> list[tuple[str, str, list[str]]]:
    """The latest correction of every message still stored: ``(subject, text, labels)``."""
    latest: dict[int, LabelCorrection] = {}
    for correction in session.scalars(select(LabelCorrection).order_by(LabelCorrection.id)):
        latest[correction.message_id] = correction
    rows = []
    for message_id, correction in latest.items():
        message = session.get(Message, message_id)
        if message is not None and message.text is not None:
            rows.append((message.subject_line or "", message.text, list(correction.labels)))
    return rows


def record_promotion(
    session: Session,
    *,
    version: str,
    previous: str | None,
    action: str,
    actor: str,
    at: datetime,
    figures: dict[str, Any],
) -> ModelPromotion:
    """Log a promotion or rollback."""
    entry = ModelPromotion(
        version=version, previous_version=previous, action=action, actor=actor, at=at,
        figures=figures,
    )  # fmt: skip
    session.add(entry)
    session.flush()
    return entry
