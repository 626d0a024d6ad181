"""Building blocks for intake tests: settings, e-mails and a wired pipeline."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from config import ControllerSettings, MaildirSettings, Settings
from config.lifecycle_settings import VerificationPolicy
from intake.context import IntakeServices
from intake.email_channel import normalise_email
from intake.envelope import Envelope
from intake.pipeline import Pipeline
from nlp import Classifier
from nlp.baseline import RuleBasedClassifier
from store.db import make_engine, make_session_factory

SECRET = "test-only-" + "Qm9uam91ciBsZXMgdGVzdHMgZGUgR3VpY2hldA"
INTAKE = "rgpd@acme.example"


def make_settings(tmp_path: Path, db_url: str) -> Settings:
    """Settings with one French controller and the Maildir under ``tmp_path``."""
    return Settings(
        database_url=db_url,
        secret_key=SECRET,
        maildir=MaildirSettings(
            path=tmp_path / "maildir",
            outbox_path=tmp_path / "outbox",
            from_address="guichet@acme.example",
        ),
        controllers=[
            ControllerSettings(
                name="acme", display_name="Acme SAS", country="FR",
                intake_addresses=[INTAKE], timezone="Europe/Paris",
            )
        ],
    )  # fmt: skip


def email_bytes(
    *,
    body: str,
    sender: str | None = "ana@example.org",
    subject: str = "",
    message_id: str | None = None,
    headers: dict[str, str] | None = None,
    to: str = INTAKE,
) -> bytes:
    """A simple text/plain e-mail as raw bytes."""
    message = EmailMessage()
    if sender:
        message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    if message_id:
        message["Message-ID"] = f"<{message_id}>"
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    return message.as_bytes()


@dataclass
class Clock:
    """A clock the test moves by hand."""

    now: datetime = field(default_factory=lambda: datetime(2027, 3, 5, 10, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Harness:
    """A pipeline wired to a real database, with its collaborators exposed."""

    settings: Settings
    sessions: sessionmaker[Session]
    pipeline: Pipeline
    clock: Clock
    counter: int = 0

    def ingest(self, raw: bytes, *, native_id: str | None = None) -> object:
        self.counter += 1
        envelope = Envelope(
            channel="email",
            native_id=native_id or f"test:{self.counter}",
            raw=raw,
            raw_format="rfc822",
            received_at=self.clock.now,
        )
        return self.pipeline.ingest(envelope)


def make_harness(
    tmp_path: Path,
    db_url: str,
    *,
    classifier: Classifier | None = None,
    identity_checks: bool = False,
) -> Harness:
    """Wire settings, database, classifier and pipeline for one test.

    Identity checks are off (``none`` for every kind) unless the test asks
    for the default, proportionate policy: most intake tests are about
    filing and acknowledging, not about who is asking.
    """
    settings = make_settings(tmp_path, db_url)
    if not identity_checks:
        for controller in settings.controllers:
            controller.verification = VerificationPolicy(default="none")
    sessions = make_session_factory(make_engine(db_url))
    clock = Clock()
    services = IntakeServices(
        settings=settings,
        classifier=classifier or RuleBasedClassifier(),
        clock=clock,
        normalisers={"rfc822": functools.partial(normalise_email, own_domains={"acme.example"})},
    )
    return Harness(settings, sessions, Pipeline(sessions=sessions, services=services), clock)
