"""The migrations build exactly the schema the models describe, on both backends."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine

from store.migrate import current_revisions, head_revisions, upgrade
from store.schema import Base
from tests.conftest import table_names


def test_upgrade_reaches_head(engine: Engine) -> None:
    assert current_revisions(engine) == head_revisions(engine) != frozenset()


def test_models_and_migrations_agree(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_upgrade_is_idempotent(engine: Engine) -> None:
    upgrade(engine)
    assert set(Base.metadata.tables) <= table_names(engine)
