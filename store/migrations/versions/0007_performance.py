"""performance: merge the feature branches; index a sender's open requests

Revision ID: 0007
Revises: 0002, 0003, 0004, 0005, 0006
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
# A merge revision: every feature branch of wave 2 ends here.
down_revision: str | Sequence[str] | None = ("0002", "0003", "0004", "0005", "0006")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_requests_subject_id_controller_id_status"


def upgrade() -> None:
    # The intake pipeline asks, for every message, whether the sender already
    # has an open request for the same rights; without this index that
    # lookup reads all of the subject's requests, closed ones included.
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.create_index(INDEX, ["subject_id", "controller_id", "status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.drop_index(INDEX)
