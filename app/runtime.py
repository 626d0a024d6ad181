"""The composition root: builds every long-lived object from the settings once."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.update_normaliser import normalise_update
from config import Settings
from intake.context import IntakeServices
from intake.email_channel import EmailTransport, FolderTransport, normalise_email
from intake.imap_intake import ImapIntake
from intake.imap_source import ImapDeps
from intake.lifecycle import bind_settings
from intake.pipeline import Pipeline
from intake.smtp_transport import SmtpTransport
from nlp.baseline import RuleBasedClassifier
from nlp.trained import load_promoted_classifier
from store.crypto import KeyRing, install_keyring
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
    transport: EmailTransport
    services: IntakeServices

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
    install_keyring(keyring_from(settings))
    bind_settings(sessions, settings)
    own_domains = {settings.maildir.from_address.rpartition("@")[2]}
    services = IntakeServices(
        settings=settings,
        classifier=load_promoted_classifier() or RuleBasedClassifier(),  # trained model if promoted
        clock=utc_now,
        normalisers={
            "rfc822": functools.partial(normalise_email, own_domains=own_domains),
            "json": normalise_update,
        },
    )
    pipeline = Pipeline(sessions=sessions, services=services)
    transport: EmailTransport = (
        SmtpTransport(settings.smtp)
        if settings.smtp is not None
        else FolderTransport(settings.maildir.outbox_path)
    )
    return Runtime(settings, engine, sessions, pipeline, transport, services)


def keyring_from(settings: Settings) -> KeyRing:
    """Encryption at rest: the configured keys (newest first), or one derived from the secret."""
    keys = [key.get_secret_value() for key in settings.encryption_keys]
    return KeyRing(keys or [settings.secret_key.get_secret_value()])


def build_imap_intake(runtime: Runtime) -> ImapIntake | None:
    """The start/stop object for the configured IMAP mailboxes; None without any."""
    if not runtime.settings.imap:
        return None
    deps = ImapDeps(ingest=runtime.pipeline.ingest, sessions=runtime.sessions, clock=utc_now)
    return ImapIntake(runtime.settings.imap, deps)


def configure_logging(level: str) -> None:
    """Plain, single-line logs; modules never log message content."""
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True
    )
    # Alembic announces its migration context on every connection check.
    logging.getLogger("alembic").setLevel(logging.WARNING)
