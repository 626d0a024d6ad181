"""telegram channel tables

Revision ID: 0005
Revises: 0001
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "telegram_updates",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("handled_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("update_id", name=op.f("pk_telegram_updates")),
    )
    op.create_table(
        "telegram_chats",
        sa.Column("chat_id", sa.String(length=32), nullable=False),
        sa.Column("controller", sa.String(length=64), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("chat_id", name=op.f("pk_telegram_chats")),
    )
    op.create_table(
        "telegram_conversations",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("name", "key", name=op.f("pk_telegram_conversations")),
    )
    op.create_table(
        "telegram_link_codes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("controller_id", sa.Integer(), nullable=False),
        sa.Column("code_sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("used_by", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["controller_id"],
            ["controllers.id"],
            name=op.f("fk_telegram_link_codes_controller_id_controllers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_telegram_link_codes")),
        sa.UniqueConstraint("code_sha256", name=op.f("uq_telegram_link_codes_code_sha256")),
    )
    op.create_table(
        "telegram_controller_chats",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("controller_id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.String(length=32), nullable=False),
        sa.Column("linked_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["controller_id"],
            ["controllers.id"],
            name=op.f("fk_telegram_controller_chats_controller_id_controllers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_telegram_controller_chats")),
        sa.UniqueConstraint(
            "controller_id",
            "chat_id",
            name=op.f("uq_telegram_controller_chats_controller_id_chat_id"),
        ),
    )
    with op.batch_alter_table("telegram_controller_chats", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_telegram_controller_chats_chat_id"), ["chat_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_telegram_controller_chats_controller_id"),
            ["controller_id"],
            unique=False,
        )
    op.create_table(
        "telegram_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.String(length=32), nullable=False),
        sa.Column("file_unique_id", sa.String(length=128), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=True),
        sa.Column("mime_type", sa.String(length=128), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_telegram_files_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_telegram_files")),
        sa.UniqueConstraint(
            "request_id", "file_unique_id", name=op.f("uq_telegram_files_request_id_file_unique_id")
        ),
    )
    with op.batch_alter_table("telegram_files", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_telegram_files_chat_id"), ["chat_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_telegram_files_request_id"), ["request_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("telegram_files", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_telegram_files_request_id"))
        batch_op.drop_index(batch_op.f("ix_telegram_files_chat_id"))
    op.drop_table("telegram_files")
    with op.batch_alter_table("telegram_controller_chats", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_telegram_controller_chats_controller_id"))
        batch_op.drop_index(batch_op.f("ix_telegram_controller_chats_chat_id"))
    op.drop_table("telegram_controller_chats")
    op.drop_table("telegram_link_codes")
    op.drop_table("telegram_conversations")
    op.drop_table("telegram_chats")
    op.drop_table("telegram_updates")
