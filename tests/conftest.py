"""Fixtures shared by the whole suite: databases on both backends.

PostgreSQL is the server at ``GUICHET_TEST_PG_URL`` (default: the local
one with trust auth). Each test session works in its own schema, so runs
on the same server do not see each other. When the server is unreachable
the PostgreSQL cases are skipped locally, and fail when ``CI=true``.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, MetaData, text
from sqlalchemy.exc import OperationalError

from store.db import make_engine
from store.migrate import upgrade
from store.schema import Base

PG_URL = os.environ.get("GUICHET_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI", "").lower() == "true"
BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]


def _pg_schema_url(schema: str) -> str:
    return f"{PG_URL}?options=-csearch_path%3D{schema}"


@pytest.fixture(scope="session")
def pg_schema_url() -> Iterator[str]:
    """A migrated PostgreSQL schema for this test session."""
    admin = make_engine(PG_URL)
    try:
        with admin.connect() as connection:
            connection.execute(text("SELECT 1"))
    except OperationalError as exc:
        admin.dispose()
        reason = f"PostgreSQL unreachable at {PG_URL}: {type(exc).__name__}"
        if IN_CI:
            pytest.fail(reason + " (CI=true: PostgreSQL tests are mandatory)")
        pytest.skip(reason)
    schema = f"guichet_test_{secrets.token_hex(4)}"
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = _pg_schema_url(schema)
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    yield url
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


def _truncate_all(engine: Engine) -> None:
    tables = [t.name for t in reversed(Base.metadata.sorted_tables)]
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database URL, once per backend."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'guichet.db'}"
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
        yield url
        return
    url = request.getfixturevalue("pg_schema_url")
    yield url
    engine = make_engine(url)
    _truncate_all(engine)
    engine.dispose()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An engine on the migrated database of :func:`db_url`."""
    created = make_engine(db_url)
    yield created
    created.dispose()


def table_names(engine: Engine) -> set[str]:
    """Names of the tables that exist in the engine's schema."""
    metadata = MetaData()
    metadata.reflect(engine)
    return set(metadata.tables)
