"""Run Alembic migrations from code (``guichet db upgrade`` and the tests)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine) -> Config:
    """An Alembic config pointing at our migrations and at ``engine``."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # ConfigParser treats % as interpolation; URLs may contain %-escapes.
    url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
    config.set_main_option("sqlalchemy.url", url)
    return config


def upgrade(engine: Engine, *, revision: str = "heads") -> None:
    """Bring the database schema up to ``revision`` (every branch head by default).

    Feature areas add their tables in migrations branching from the
    initial schema, so "heads" rather than "head" is the normal target.
    """
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revisions(engine: Engine) -> frozenset[str]:
    """The revisions the database is at; empty when never migrated."""
    with engine.connect() as connection:
        return frozenset(MigrationContext.configure(connection).get_current_heads())


def head_revisions(engine: Engine) -> frozenset[str]:
    """The newest revision of every branch the code knows."""
    return frozenset(ScriptDirectory.from_config(alembic_config(engine)).get_heads())
