"""request life cycle: identity checks, documents, register entries, audit seals

Revision ID: 0004
Revises: 0001
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "register_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("controller_id", sa.Integer(), nullable=False),
        sa.Column("subject_pseudonym", sa.String(length=64), nullable=False),
        sa.Column("kinds", sa.JSON(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("regime", sa.String(length=16), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("verified_on", sa.Date(), nullable=True),
        sa.Column("extended_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("on_time", sa.Boolean(), nullable=True),
        sa.Column("chain_head", sa.String(length=64), nullable=False),
        sa.Column("purged_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["controller_id"],
            ["controllers.id"],
            name=op.f("fk_register_entries_controller_id_controllers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_entries")),
        sa.UniqueConstraint("reference", name=op.f("uq_register_entries_reference")),
    )
    op.create_index(
        op.f("ix_register_entries_controller_id"),
        "register_entries",
        ["controller_id"],
        unique=False,
    )
    op.create_table(
        "audit_seals",
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_audit_seals_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("request_id", name=op.f("pk_audit_seals")),
    )
    # Seal the chains written before this revision where they end today.
    op.execute(
        "INSERT INTO audit_seals (request_id, seq, hash) "
        "SELECT e.request_id, e.seq, e.hash FROM events e "
        "WHERE e.seq = (SELECT MAX(l.seq) FROM events l WHERE l.request_id = e.request_id)"
    )
    op.create_table(
        "verification_challenges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("burnt_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["requests.id"],
            name=op.f("fk_verification_challenges_request_id_requests"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verification_challenges")),
    )
    op.create_index(
        op.f("ix_verification_challenges_request_id"),
        "verification_challenges",
        ["request_id"],
        unique=False,
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=16), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=127), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.Column("outbox_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["outbox_id"], ["outbox.id"], name=op.f("fk_documents_outbox_id_outbox")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_documents_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    op.create_index(op.f("ix_documents_outbox_id"), "documents", ["outbox_id"], unique=False)
    op.create_index(op.f("ix_documents_request_id"), "documents", ["request_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_documents_request_id"), table_name="documents")
    op.drop_index(op.f("ix_documents_outbox_id"), table_name="documents")
    op.drop_table("documents")
    op.drop_index(
        op.f("ix_verification_challenges_request_id"), table_name="verification_challenges"
    )
    op.drop_table("verification_challenges")
    op.drop_table("audit_seals")
    op.drop_index(op.f("ix_register_entries_controller_id"), table_name="register_entries")
    op.drop_table("register_entries")
