"""The Maildir channel: taken once, moved only after the database commit."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from intake.envelope import Envelope
from intake.maildir import MaildirSource, run_maildir_pass
from intake.pipeline import IngestOutcome
from store.models import Message, Request
from tests.intake.helpers import email_bytes, make_harness


def _deliver(root: Path, name: str, raw: bytes) -> Path:
    source = MaildirSource(root)
    path = source.root / "new" / name
    path.write_bytes(raw)
    return path


def test_messages_are_moved_to_cur_after_processing(tmp_path: Path, db_url: str) -> None:
    harness = make_harness(tmp_path, db_url)
    root = tmp_path / "maildir"
    _deliver(root, "1795000000.a.host", email_bytes(body="Supprimez mes données personnelles."))
    _deliver(root, "1795000100.b.host", email_bytes(body="Où est ma commande ?", sender="b@x.org"))
    report = run_maildir_pass(MaildirSource(root), harness.pipeline.ingest)
    assert report.taken == 2
    assert sorted(p.name for p in (root / "cur").iterdir()) == [
        "1795000000.a.host:2,S", "1795000100.b.host:2,S",
    ]  # fmt: skip
    assert list((root / "new").iterdir()) == []
    with harness.sessions() as session:
        received = session.scalars(select(Message.received_at).order_by(Message.id)).all()
        assert [int(r.timestamp()) for r in received] == [1795000000, 1795000100]


def test_a_crash_before_the_move_leaves_the_message_to_take_again(
    tmp_path: Path, db_url: str
) -> None:
    harness = make_harness(tmp_path, db_url)
    root = tmp_path / "maildir"
    path = _deliver(root, "1795000000.a.host", email_bytes(body="Effacez mes données svp."))

    def ingest_then_die(envelope: Envelope) -> IngestOutcome:
        harness.pipeline.ingest(envelope)
        raise KeyboardInterrupt  # the process dies after commit, before the move

    with pytest.raises(KeyboardInterrupt):
        run_maildir_pass(MaildirSource(root), ingest_then_die)
    assert path.exists()
    report = run_maildir_pass(MaildirSource(root), harness.pipeline.ingest)
    assert report.taken == 1 and not path.exists()
    with harness.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 1
        assert session.scalar(select(func.count()).select_from(Request)) == 1


def test_limit_and_stop_are_respected(tmp_path: Path, db_url: str) -> None:
    harness = make_harness(tmp_path, db_url)
    root = tmp_path / "maildir"
    for i in range(3):
        _deliver(
            root, f"17950000{i:02d}.m{i}.host", email_bytes(body="Bonjour", sender=f"{i}@x.org")
        )
    assert run_maildir_pass(MaildirSource(root), harness.pipeline.ingest, limit=2).taken == 2
    stopped = run_maildir_pass(
        MaildirSource(root), harness.pipeline.ingest, should_stop=lambda: True
    )
    assert stopped.taken == 0
    assert len(list((root / "new").iterdir())) == 1
