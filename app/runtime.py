"""The composition root: builds every long-lived object from the settings once."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from config import Settings
from intake.context import IntakeServices
from intake.email_channel import FolderTransport, normalise_email
from intake.pipeline import Pipeline
from nlp.baseline import RuleBasedClassifier
from store.db import make_engine, make_session_factory
from store.migrate import current_revisions, head_revisions


def utc_now() -> datetime:
    """The one place the application reads the clock."""
    return datetime.now(UTC)


class SchemaOutOfDateError(RuntimeError):
    """The database has not been migrated to the code's schema."""


@dataclass
class Runtime:
    """Everything ``guichet run`` and the other commands share."""

    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    pipeline: Pipeline
    transport: FolderTransport

    def check_schema(self) -> None:
        """Refuse to run against a database that was not upgraded."""
        current, heads = current_revisions(self.engine), head_revisions(self.engine)
        if current != heads:
            have = ", ".join(sorted(current)) or "nothing"
            raise SchemaOutOfDateError(
                f"database schema is at {have}, code expects {', '.join(sorted(heads))}: "
                "run `guichet db upgrade`"
            )

    def close(self) -> None:
        """Release database connections."""
        self.engine.dispose()


def build_runtime(settings: Settings) -> Runtime:
    """Wire settings, store, classifier, pipeline and transport together."""
    engine = make_engine(settings.database_url)
    sessions = make_session_factory(engine)
    own_domains = {settings.maildir.from_address.rpartition("@")[2]}
    services = IntakeServices(
        settings=settings,
        classifier=RuleBasedClassifier(),
        clock=utc_now,
        normalisers={"rfc822": functools.partial(normalise_email, own_domains=own_domains)},
    )
    pipeline = Pipeline(sessions=sessions, services=services)
    transport = FolderTransport(settings.maildir.outbox_path)
    return Runtime(settings, engine, sessions, pipeline, transport)


def configure_logging(level: str) -> None:
    """Plain, single-line logs; modules never log message content."""
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True
    )
