"""IMAP intake against a real Dovecot: each message stored once, flagged after commit."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from imapclient import IMAPClient
from sqlalchemy import select

from config.mail_settings import ImapSettings
from intake.envelope import Envelope
from intake.imap_intake import ImapIntake
from intake.imap_source import TAKEN_KEYWORD, ImapDeps, connect
from intake.pipeline import IngestOutcome
from store.email_models import ImapCheckpoint
from store.models import Message, OutboxEntry
from tests.intake import mail_servers
from tests.intake.helpers import Harness, email_bytes, make_harness
from tests.intake.mail_servers import Dovecot

AUTH_RESULTS = "mx.acme.example; spf=pass smtp.mailfrom=example.org; dkim=pass; dmarc=pass"

dovecot = mail_servers.dovecot  # the shared fixture


def _requests(count: int, start: int = 0) -> list[bytes]:
    return [
        email_bytes(
            body="Bonjour, je souhaite recevoir une copie de mes données personnelles.",
            sender=f"person{i}@example.org",
            message_id=f"imap-{i}@example.org",
            headers={"Authentication-Results": AUTH_RESULTS},
        )
        for i in range(start, start + count)
    ]


def _intake(
    harness: Harness,
    settings: ImapSettings,
    *,
    ingest: Callable[[Envelope], IngestOutcome] | None = None,
    connector: Callable[[ImapSettings], IMAPClient] | None = None,
) -> ImapIntake:
    deps = ImapDeps(
        ingest=ingest or harness.pipeline.ingest, sessions=harness.sessions, clock=harness.clock
    )
    return ImapIntake([settings], deps, connector=connector)


def _messages(harness: Harness) -> list[Message]:
    with harness.sessions() as session:
        return list(session.scalars(select(Message).order_by(Message.id)))


def _flags(server: Dovecot, folder: str) -> list[set[bytes]]:
    with server.client() as client:
        client.select_folder(folder, readonly=True)
        found = client.get_flags(client.search("ALL"))
    return [set(found[uid]) for uid in sorted(found)]


def wait_for(predicate: Callable[[], bool], timeout: float = 60.0) -> None:
    """Poll ``predicate`` until true; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            pytest.fail("condition not reached in time")
        time.sleep(0.05)


@pytest.mark.parametrize("action", ["seen", "move"])
def test_each_message_is_taken_once_then_flagged_or_moved(
    tmp_path: Path, db_url: str, dovecot: Dovecot, action: str
) -> None:
    harness = make_harness(tmp_path, db_url)
    dovecot.append("INBOX", *_requests(3))
    intake = _intake(harness, dovecot.settings(processed_action=action))

    assert intake.run_once() == 3
    assert intake.run_once() == 0
    dovecot.append("INBOX", *_requests(1, start=3))
    assert intake.run_once() == 1

    messages = _messages(harness)
    assert len({m.native_id for m in messages}) == len(messages) == 4
    assert all(m.native_id.startswith("imap:guichet@127.0.0.1:") for m in messages)
    assert {m.status for m in messages} == {"processed"}
    assert messages[0].authentication == {"spf": "pass", "dkim": "pass", "dmarc": "pass"}
    keyword = TAKEN_KEYWORD.encode()
    if action == "seen":
        assert all({b"\\Seen", keyword} <= flags for flags in _flags(dovecot, "INBOX"))
    else:
        assert _flags(dovecot, "INBOX") == []
        assert len(_flags(dovecot, "Guichet/Processed")) == 4
    with harness.sessions() as session:
        assert session.scalars(select(ImapCheckpoint.last_uid)).all() == [4]
        assert len(session.scalars(select(OutboxEntry)).all()) == 4


def test_nothing_is_flagged_before_the_commit(
    tmp_path: Path, db_url: str, dovecot: Dovecot
) -> None:
    harness = make_harness(tmp_path, db_url)
    dovecot.append("INBOX", *_requests(2))
    calls: list[str] = []

    def store_one_then_fail(envelope: Envelope) -> IngestOutcome:
        calls.append(envelope.native_id)
        if len(calls) > 1:
            raise RuntimeError("database went away")
        return harness.pipeline.ingest(envelope)

    assert _intake(harness, dovecot.settings(), ingest=store_one_then_fail).run_once() == 0
    assert len(_messages(harness)) == 1
    assert _flags(dovecot, "INBOX") == [set(), set()]  # the batch was never confirmed

    assert _intake(harness, dovecot.settings()).run_once() == 2  # first one again: a no-op
    assert len(_messages(harness)) == 2
    assert all(b"\\Seen" in flags for flags in _flags(dovecot, "INBOX"))


def test_uidvalidity_change_resyncs_without_taking_anything_twice(
    tmp_path: Path, db_url: str, dovecot: Dovecot
) -> None:
    harness = make_harness(tmp_path, db_url)
    dovecot.append("Requests", *_requests(2))
    settings = dovecot.settings(folder="Requests")
    assert _intake(harness, settings).run_once() == 2
    with dovecot.client() as client:
        before = client.select_folder("Requests")[b"UIDVALIDITY"]
        client.unselect_folder()
        # Rebuild the folder: same messages (flags travel with COPY), new UIDVALIDITY.
        client.rename_folder("Requests", "Old")
        client.create_folder("Requests")
        client.select_folder("Old")
        client.copy(client.search("ALL"), "Requests")
        after = client.select_folder("Requests")[b"UIDVALIDITY"]
    assert before != after
    dovecot.append("Requests", *_requests(1, start=2))

    assert _intake(harness, settings).run_once() == 1
    messages = _messages(harness)
    assert len(messages) == 3
    assert {m.header_message_id for m in messages} == {f"imap-{i}@example.org" for i in range(3)}
    with harness.sessions() as session:
        generations = session.scalars(select(ImapCheckpoint.uidvalidity)).all()
    assert sorted(generations) == sorted([int(before), int(after)])


@pytest.mark.parametrize("idle", [True, False], ids=["idle", "poll"])
def test_background_worker_takes_new_mail_and_renews_idle(
    tmp_path: Path, db_url: str, dovecot: Dovecot, idle: bool
) -> None:
    harness = make_harness(tmp_path, db_url)
    idles: list[float] = []

    def counting_connect(settings: ImapSettings) -> IMAPClient:
        client = connect(settings)
        original = client.idle

        def idle_and_count() -> object:
            idles.append(time.monotonic())
            return original()

        client.idle = idle_and_count  # type: ignore[method-assign]
        return client

    settings = dovecot.settings(idle=idle, idle_renew_seconds=0.5, poll_seconds=0.2)
    intake = _intake(harness, settings, connector=counting_connect)
    intake.start()
    try:
        dovecot.append("INBOX", *_requests(2))
        wait_for(lambda: len(_messages(harness)) == 2)
        if idle:
            # With no new mail, IDLE must still be renewed every 0.5 s.
            wait_for(lambda: len(idles) >= 4)
        else:
            time.sleep(1.0)
        dovecot.append("INBOX", *_requests(1, start=2))
        wait_for(lambda: len(_messages(harness)) == 3)
    finally:
        intake.stop()
    assert not intake.running
    assert intake.taken == 3
    if idle:
        assert len(idles) >= 4  # renewed every 0.5 s, not only after new mail
    else:
        assert idles == []
