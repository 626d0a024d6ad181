"""Settings and database sessions for the `guichet` sub-commands (config from `--config`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import typer
from sqlalchemy.orm import Session

from app.runtime import SchemaOutOfDateError, build_runtime
from config import ConfigError, Settings, load_settings

USAGE_ERROR = 2


def _read(ctx: typer.Context) -> Settings:
    """The settings of the ``--config`` given to ``guichet``; raises ConfigError."""
    path = ctx.find_root().params.get("config") or Path("guichet.toml")
    return load_settings(Path(path))


def load(ctx: typer.Context) -> Settings:
    """The settings of the ``--config`` given to ``guichet``; exit 2 on problems."""
    try:
        return _read(ctx)
    except ConfigError as exc:
        for problem in exc.problems:
            typer.echo(f"config: {problem}", err=True)
        raise typer.Exit(USAGE_ERROR) from None


def load_if_configured(ctx: typer.Context) -> Settings | None:
    """The settings, or None when there is no usable configuration (for optional features)."""
    try:
        return _read(ctx)
    except ConfigError:
        return None


@contextmanager
def session_for(ctx: typer.Context) -> Iterator[tuple[Settings, Session]]:
    """A session on the configured, migrated database (keys installed, settings bound)."""
    settings = load(ctx)
    runtime = build_runtime(settings)
    try:
        runtime.check_schema()
        with runtime.sessions() as session:
            yield settings, session
    except SchemaOutOfDateError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(USAGE_ERROR) from None
    finally:
        runtime.close()


def parse_day(value: str | None) -> date | None:
    """An ISO date option, or exit 2."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        typer.echo(f"error: {value!r} is not a date (YYYY-MM-DD)", err=True)
        raise typer.Exit(USAGE_ERROR) from None
