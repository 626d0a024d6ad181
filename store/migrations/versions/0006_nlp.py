"""classifier tuning loop: label corrections and model promotions

Revision ID: 0006
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "nlp_label_corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("labels", sa.JSON(), nullable=False),
        sa.Column("previous_labels", sa.JSON(), nullable=False),
        sa.Column("model", sa.String(length=64), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("corrected_by", sa.String(length=200), nullable=False),
        sa.Column("corrected_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_nlp_label_corrections_message_id_messages"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nlp_label_corrections")),
    )
    op.create_index(
        op.f("ix_nlp_label_corrections_message_id"),
        "nlp_label_corrections",
        ["message_id"],
        unique=False,
    )
    op.create_table(
        "nlp_model_promotions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("previous_version", sa.String(length=32), nullable=True),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nlp_model_promotions")),
    )


def downgrade() -> None:
    op.drop_table("nlp_model_promotions")
    op.drop_index(op.f("ix_nlp_label_corrections_message_id"), table_name="nlp_label_corrections")
    op.drop_table("nlp_label_corrections")
