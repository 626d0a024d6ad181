"""e-mail channel: IMAP checkpoints and sender authentication on messages

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "imap_checkpoints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mailbox", sa.String(length=400), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imap_checkpoints")),
        sa.UniqueConstraint(
            "mailbox", "uidvalidity", name=op.f("uq_imap_checkpoints_mailbox_uidvalidity")
        ),
    )
    with op.batch_alter_table("messages") as batch_op:
        batch_op.add_column(sa.Column("authentication", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch_op:
        batch_op.drop_column("authentication")
    op.drop_table("imap_checkpoints")
