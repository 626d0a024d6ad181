"""Outbound mail through a real SMTP server (aiosmtpd): TLS modes, AUTH, outages."""

from __future__ import annotations

import smtplib
import ssl
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword

from config.mail_settings import SmtpSettings
from intake.delivery import deliver_email_outbox
from intake.email_channel import build_email
from intake.smtp_transport import SmtpTransport
from store.models import OutboxEntry
from tests.intake import mail_servers
from tests.intake.helpers import email_bytes, make_harness
from tests.intake.mail_servers import SmtpServer, free_port

SMTP_USER, SMTP_PASSWORD = "relay-user", "relay-password"

smtp_server = mail_servers.smtp_server  # the shared fixture


def _entry(**overrides: object) -> OutboxEntry:
    values: dict[str, object] = {
        "id": 7, "channel": "email", "purpose": "acknowledgement", "dedupe_key": "ack:1",
        "recipient": "ana@example.org", "language": "fr", "subject_line": "[G-1] Accusé",
        "body_text": "Bonjour,\n\nNous avons bien reçu <votre> demande.\n\nhttps://acme.example/rgpd",
        "headers": {"In-Reply-To": "their@example.org", "References": ["their@example.org"]},
        "message_id": "guichet.x.G-1.y@acme.example", "status": "pending", "attempts": 0,
        "created_at": datetime(2027, 3, 5, 10, tzinfo=UTC),
        "next_attempt_at": datetime(2027, 3, 5, 10, tzinfo=UTC),
    }  # fmt: skip
    values.update(overrides)
    return OutboxEntry(**values)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_reply_is_text_plus_html_in_the_recipients_language(language: str) -> None:
    message = build_email(
        _entry(language=language), from_address="guichet@acme.example", from_name="Guichet"
    )
    assert message.get_content_type() == "multipart/alternative"
    plain = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert plain is not None and html is not None
    assert "<votre>" in plain.get_content()
    assert f'<html lang="{language}">' in html.get_content()
    assert "&lt;votre&gt;" in html.get_content()
    assert '<a href="https://acme.example/rgpd">' in html.get_content()
    assert message["Auto-Submitted"] == "auto-replied"
    assert message["In-Reply-To"] == "<their@example.org>"
    assert message["Content-Language"] == language


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, made with the openssl command."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


def _authenticate(
    server: object, session: object, envelope: object, mechanism: str, auth_data: object
) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        SMTP_USER.encode(),
        SMTP_PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)


@pytest.fixture(params=["starttls", "tls"])
def secure_server(
    request: pytest.FixtureRequest, certificate: tuple[Path, Path]
) -> Iterator[tuple[SmtpServer, str, ssl.SSLContext]]:
    """An aiosmtpd server requiring STARTTLS (or implicit TLS) and AUTH."""
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(*certificate)
    mode = str(request.param)
    options: dict[str, object] = {"authenticator": _authenticate}
    if mode == "starttls":
        options |= {"tls_context": server_context, "require_starttls": True}
    else:
        # aiosmtpd cannot tell an implicit-TLS session is encrypted: allow AUTH.
        options |= {"ssl_context": server_context, "auth_require_tls": False}
    server = SmtpServer(options=options)
    server.start()
    yield server, mode, ssl.create_default_context(cafile=str(certificate[0]))
    server.stop()


def _message() -> EmailMessage:
    return build_email(_entry(), from_address="guichet@acme.example", from_name="Guichet")


def test_plain_relay_receives_the_message(smtp_server: SmtpServer) -> None:
    settings = SmtpSettings(host="127.0.0.1", port=smtp_server.port, security="none")
    SmtpTransport(settings).deliver(_message(), entry_id=7)
    [(mail_from, recipients, data)] = smtp_server.sink.received
    assert (mail_from, recipients) == ("guichet@acme.example", ["ana@example.org"])
    assert b"Auto-Submitted: auto-replied" in data


@pytest.mark.parametrize("password", [SMTP_PASSWORD, "wrong"])
def test_secure_relay_with_authentication(
    secure_server: tuple[SmtpServer, str, ssl.SSLContext], password: str
) -> None:
    server, mode, client_context = secure_server
    settings = SmtpSettings.model_validate(
        {"host": "127.0.0.1", "port": server.port, "security": mode,
         "username": SMTP_USER, "password": password, "timeout_seconds": 10}
    )  # fmt: skip
    transport = SmtpTransport(settings, ssl_context=client_context)
    if password != SMTP_PASSWORD:
        with pytest.raises(smtplib.SMTPAuthenticationError):
            transport.deliver(_message(), entry_id=7)
        assert server.sink.received == []
        return
    transport.deliver(_message(), entry_id=7)
    assert len(server.sink.received) == 1


def test_starttls_is_never_skipped(smtp_server: SmtpServer) -> None:
    settings = SmtpSettings(host="127.0.0.1", port=smtp_server.port, security="starttls")
    with pytest.raises(smtplib.SMTPNotSupportedError):
        SmtpTransport(settings).deliver(_message(), entry_id=7)
    assert smtp_server.sink.received == []


def test_relay_down_then_back_each_ack_sent_once(tmp_path: Path, db_url: str) -> None:
    harness = make_harness(tmp_path, db_url)
    for i in range(3):
        harness.ingest(
            email_bytes(body="Merci de supprimer toutes mes données.",
                        sender=f"p{i}@example.org", message_id=f"down-{i}@example.org")
        )  # fmt: skip
    server = SmtpServer(port=free_port())
    transport = SmtpTransport(SmtpSettings(host="127.0.0.1", port=server.port, security="none"))

    def deliver() -> tuple[int, int]:
        report = deliver_email_outbox(
            sessions=harness.sessions, transport=transport, clock=harness.clock,
            from_address=harness.settings.maildir.from_address, from_name="Guichet",
        )  # fmt: skip
        return report.sent, report.failed

    assert deliver() == (0, 3)  # nobody listening
    server.start()
    try:
        assert deliver() == (0, 0)  # the backoff holds them for a minute
        harness.clock.now += timedelta(minutes=2)
        assert deliver() == (3, 0)
        harness.clock.now += timedelta(hours=1)
        assert deliver() == (0, 0)
    finally:
        server.stop()
    received = [
        message_from_bytes(data, policy=policy.default) for _, _, data in server.sink.received
    ]
    assert sorted(str(m["To"]) for m in received) == [f"p{i}@example.org" for i in range(3)]
    assert len({str(m["Message-ID"]) for m in received}) == 3
    assert all(str(m["In-Reply-To"]).startswith("<down-") for m in received)
