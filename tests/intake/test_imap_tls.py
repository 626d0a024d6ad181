"""IMAP intake over TLS against a real Dovecot: implicit TLS, STARTTLS, an untrusted server."""

from __future__ import annotations

import dataclasses
import logging
import ssl
from pathlib import Path

import pytest
from imapclient import IMAPClient
from sqlalchemy import select

from config.mail_settings import ImapSettings
from intake.imap_intake import ImapIntake
from intake.imap_source import TAKEN_KEYWORD, ImapDeps, connect
from store.models import Message
from tests.intake import mail_servers
from tests.intake.helpers import Harness, email_bytes, make_harness
from tests.intake.mail_servers import Dovecot

dovecot_tls = mail_servers.dovecot_tls  # the shared fixture

SECURITY_MODES = ["tls", "starttls"]


def _settings(server: Dovecot, security: str) -> ImapSettings:
    """Implicit TLS has its own port; STARTTLS upgrades the plain one."""
    port = server.tls_port if security == "tls" else server.port
    return server.settings(security=security, port=port)


def _trusting(server: Dovecot) -> ssl.SSLContext:
    assert server.certificate is not None
    return server.certificate.trusting_context()


def _requests(count: int) -> list[bytes]:
    return [
        email_bytes(
            body="Bonjour, merci de supprimer toutes mes données personnelles.",
            sender=f"tls{i}@example.org",
            message_id=f"tls-{i}@example.org",
        )
        for i in range(count)
    ]


def _stored(harness: Harness) -> list[Message]:
    with harness.sessions() as session:
        return list(session.scalars(select(Message)))


def _inbox_flags(server: Dovecot) -> list[set[bytes]]:
    with server.client() as client:
        client.select_folder("INBOX", readonly=True)
        found = client.get_flags(client.search("ALL"))
    return [set(found[uid]) for uid in sorted(found)]


@pytest.mark.parametrize("security", SECURITY_MODES)
def test_messages_are_taken_once_over_an_encrypted_connection(
    tmp_path: Path, db_url: str, dovecot_tls: Dovecot, security: str
) -> None:
    harness = make_harness(tmp_path, db_url)
    dovecot_tls.append("INBOX", *_requests(3))
    settings = _settings(dovecot_tls, security)
    context = _trusting(dovecot_tls)
    versions: list[str | None] = []

    def connect_and_record(settings: ImapSettings) -> IMAPClient:
        client = connect(settings, context)
        tls_socket = client.socket()
        versions.append(tls_socket.version() if isinstance(tls_socket, ssl.SSLSocket) else None)
        return client

    deps = ImapDeps(
        ingest=harness.pipeline.ingest,
        sessions=harness.sessions,
        clock=harness.clock,
        ssl_context=context,
    )
    assert ImapIntake([settings], deps).run_once() == 3  # the default connector
    assert ImapIntake([settings], deps, connector=connect_and_record).run_once() == 0

    assert versions in (["TLSv1.2"], ["TLSv1.3"])
    messages = _stored(harness)
    assert len({m.native_id for m in messages}) == len(messages) == 3
    assert {m.status for m in messages} == {"processed"}
    assert all({b"\\Seen", TAKEN_KEYWORD.encode()} <= flags for flags in _inbox_flags(dovecot_tls))


@pytest.mark.parametrize("security", SECURITY_MODES)
def test_connect_refuses_a_certificate_it_does_not_trust(
    dovecot_tls: Dovecot, security: str
) -> None:
    # No ssl_context: the system's trust store, which knows nothing of ours.
    with pytest.raises(ssl.SSLCertVerificationError, match="certificate verify failed"):
        connect(_settings(dovecot_tls, security))


@pytest.mark.parametrize("security", SECURITY_MODES)
def test_untrusted_server_is_reported_and_nothing_is_taken(
    tmp_path: Path,
    db_url: str,
    dovecot_tls: Dovecot,
    security: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    harness = make_harness(tmp_path, db_url)
    dovecot_tls.append("INBOX", *_requests(2))
    deps = ImapDeps(ingest=harness.pipeline.ingest, sessions=harness.sessions, clock=harness.clock)

    with caplog.at_level(logging.WARNING, logger="intake.imap_intake"):
        assert ImapIntake([_settings(dovecot_tls, security)], deps).run_once() == 0

    assert "pass failed (SSLCertVerificationError)" in caplog.text
    assert _stored(harness) == []
    # Untouched (the server's own \Recent aside), so a trusting pass still takes both.
    assert [flags - {b"\\Recent"} for flags in _inbox_flags(dovecot_tls)] == [set(), set()]
    trusting = dataclasses.replace(deps, ssl_context=_trusting(dovecot_tls))
    assert ImapIntake([_settings(dovecot_tls, security)], trusting).run_once() == 2
