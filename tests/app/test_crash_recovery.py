"""SIGKILL in the middle of a 500-message Maildir loses nothing and doubles nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.config_file import write_config
from intake.maildir import MaildirSource
from store.db import make_engine, make_session_factory
from store.migrate import upgrade
from store.models import Event, Message, OutboxEntry, Request
from tests.intake.helpers import email_bytes

TOTAL = 500
BODIES = (
    "Bonjour, je souhaite recevoir une copie de mes données personnelles (article 15).",
    "Merci de supprimer mon compte et toutes mes données.",
    "Please delete all personal data you hold about me.",
    "I would like a copy of my personal data, please.",
    "Bonjour, où en est ma commande ? Merci.",
    "Je m'oppose à l'utilisation de mes données à des fins de prospection.",
    "Mon nom est mal orthographié dans votre fichier, merci de le corriger.",
)


def _fill(maildir: Path) -> None:
    source = MaildirSource(maildir)
    for i in range(TOTAL):
        raw = email_bytes(
            body=BODIES[i % len(BODIES)], sender=f"person{i}@example.org",
            to="rgpd@exemple.fr", message_id=f"crash-{i}@example.org",
        )  # fmt: skip
        (source.root / "new" / f"{1795000000 + i}.m{i:04d}.host").write_bytes(raw)


def _guichet(config: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "app", "-c", str(config), *args]


@pytest.mark.slow
def test_sigkill_mid_batch_then_restart(tmp_path: Path, db_url: str) -> None:
    config = tmp_path / "guichet.toml"
    write_config(config, demo=True, force=False)
    env = {**os.environ, "GUICHET_DATABASE_URL": db_url, "GUICHET_MAILDIR__POLL_SECONDS": "0.2"}
    engine = make_engine(db_url)
    upgrade(engine)
    _fill(tmp_path / "maildir")
    sessions = make_session_factory(engine)

    def stored() -> int:
        with sessions() as session:
            return session.scalar(select(func.count()).select_from(Message)) or 0

    process = subprocess.Popen(_guichet(config, "run"), env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while stored() < 120 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    _, stderr = process.communicate(timeout=30)
    killed_at = stored()
    assert 0 < killed_at < TOTAL, (killed_at, stderr.decode()[-2000:])

    subprocess.run(_guichet(config, "run", "--once"), env=env, check=True, timeout=300)

    assert list((tmp_path / "maildir" / "new").iterdir()) == []
    assert len(list((tmp_path / "maildir" / "cur").iterdir())) == TOTAL
    with sessions() as session:
        assert stored() == TOTAL
        statuses = dict(
            session.execute(select(Message.status, func.count()).group_by(Message.status)).all()
        )
        assert statuses.get("received", 0) == 0 and statuses.get("quarantined", 0) == 0
        requests = session.scalar(select(func.count()).select_from(Request))
        filed = session.scalars(select(Event.detail).where(Event.action == "received")).all()
        messages_filed = [d["message"] for d in filed]
        assert len(messages_filed) == len(set(messages_filed)) == requests
        assert requests == statuses["processed"]
        acks = session.scalar(
            select(func.count())
            .select_from(OutboxEntry)
            .where(OutboxEntry.purpose == "acknowledgement")
        )
        assert acks == requests  # one each, however often the batch was restarted
    engine.dispose()
