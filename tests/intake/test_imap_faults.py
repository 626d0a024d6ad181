"""Faults on the IMAP side: the server restarts mid-IDLE, the intake is SIGKILLed mid-batch."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.config_file import write_config
from intake.imap_intake import ImapIntake
from intake.imap_source import TAKEN_KEYWORD, ImapDeps
from store.db import make_engine, make_session_factory
from store.migrate import upgrade
from store.models import Event, Message, OutboxEntry, Request
from tests.intake import mail_servers
from tests.intake.helpers import email_bytes, make_harness
from tests.intake.mail_servers import PASSWORD, USER, Dovecot
from tests.intake.test_imap_intake import wait_for

BODIES = (
    "Bonjour, je souhaite recevoir une copie de mes données personnelles (article 15).",
    "Merci de supprimer mon compte et toutes mes données.",
    "Please delete all personal data you hold about me.",
    "Bonjour, où en est ma commande ? Merci.",
)

dovecot = mail_servers.dovecot  # the shared fixture


def _mail(i: int, to: str = "rgpd@acme.example") -> bytes:
    return email_bytes(
        body=BODIES[i % len(BODIES)], sender=f"person{i}@example.org", to=to,
        message_id=f"fault-{i}@example.org",
    )  # fmt: skip


def _keyword_count(server: Dovecot) -> int:
    with server.client() as client:
        client.select_folder("INBOX", readonly=True)
        return len(client.search(["KEYWORD", TAKEN_KEYWORD]))


def test_dovecot_restarted_mid_idle(tmp_path: Path, db_url: str, dovecot: Dovecot) -> None:
    harness = make_harness(tmp_path, db_url)
    deps = ImapDeps(ingest=harness.pipeline.ingest, sessions=harness.sessions, clock=harness.clock)
    intake = ImapIntake([dovecot.settings()], deps)

    def stored() -> list[str | None]:
        with harness.sessions() as session:
            return list(session.scalars(select(Message.header_message_id)))

    intake.start()
    try:
        dovecot.append("INBOX", _mail(0), _mail(1))
        wait_for(lambda: len(stored()) == 2)
        time.sleep(0.5)  # the worker is back in IDLE
        dovecot.stop()
        dovecot.deliver_while_stopped("during-outage", _mail(2))
        dovecot.start()
        dovecot.append("INBOX", _mail(3), _mail(4))
        wait_for(lambda: len(stored()) == 5)
        time.sleep(1.0)  # room for a wrong second take to show up
    finally:
        intake.stop()
    assert sorted(stored()) == sorted(f"fault-{i}@example.org" for i in range(5))
    with harness.sessions() as session:
        answered = select(func.count()).where(Message.status == "processed")
        assert session.scalar(answered) == 4  # one of the five is not a request
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 4
    assert _keyword_count(dovecot) == 5


@pytest.mark.slow
def test_sigkill_mid_batch_then_restart(tmp_path: Path, db_url: str, dovecot: Dovecot) -> None:
    total = 200
    config = tmp_path / "guichet.toml"
    write_config(config, demo=True, force=False)
    mailbox = {
        "host": "127.0.0.1", "port": dovecot.port, "security": "none", "username": USER,
        "password": PASSWORD, "batch_size": 25, "reconnect_max_seconds": 1,
    }  # fmt: skip
    env = {**os.environ, "GUICHET_DATABASE_URL": db_url, "GUICHET_IMAP": json.dumps([mailbox])}
    engine = make_engine(db_url)
    upgrade(engine)
    sessions = make_session_factory(engine)
    dovecot.append("INBOX", *(_mail(i, to="rgpd@exemple.fr") for i in range(total)))

    def stored() -> int:
        with sessions() as session:
            return session.scalar(select(func.count()).select_from(Message)) or 0

    command = [sys.executable, "-m", "app", "-c", str(config), "run"]
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while stored() < 60 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    _, stderr = process.communicate(timeout=30)
    killed_at = stored()
    assert 0 < killed_at < total, (killed_at, stderr.decode()[-2000:])

    subprocess.run([*command, "--once"], env=env, check=True, timeout=300)

    assert _keyword_count(dovecot) == total
    with sessions() as session:
        assert stored() == total
        ids = session.scalars(select(Message.header_message_id)).all()
        assert len(set(ids)) == total
        statuses = dict(
            session.execute(select(Message.status, func.count()).group_by(Message.status)).all()
        )
        assert set(statuses) <= {"processed", "not_a_request", "follow_up"}, statuses
        requests = session.scalar(select(func.count()).select_from(Request))
        filed = session.scalars(select(Event.detail).where(Event.action == "received")).all()
        assert len({d["message"] for d in filed}) == len(filed) == requests
        acknowledgements = select(func.count()).where(OutboxEntry.purpose == "acknowledgement")
        assert session.scalar(acknowledgements) == requests
    engine.dispose()
