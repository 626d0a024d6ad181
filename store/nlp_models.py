"""Models of the classifier's tuning loop: label corrections and model promotions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from store.models import Base


class LabelCorrection(Base):
    """A human's verdict on a message's labels: confirmed or relabelled.

    The message text stays in ``messages``; training reads it from there,
    so deleting a message (erasure) also removes it from future training.
    """

    __tablename__ = "nlp_label_corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    labels: Mapped[list[Any]]
    previous_labels: Mapped[list[Any]]
    model: Mapped[str] = mapped_column(String(64))
    verdict: Mapped[str] = mapped_column(String(16))  # "confirmed" | "relabelled"
    corrected_by: Mapped[str] = mapped_column(String(200))
    corrected_at: Mapped[datetime]
    note: Mapped[str | None] = mapped_column(Text)


class ModelPromotion(Base):
    """One switch of the classifier model: a promotion or a rollback."""

    __tablename__ = "nlp_model_promotions"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[str] = mapped_column(String(32))
    previous_version: Mapped[str | None] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(16))  # "promote" | "rollback"
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime]
    figures: Mapped[dict[str, Any]]
