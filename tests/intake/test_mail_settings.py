"""Settings of the IMAP mailboxes and the SMTP relay: defaults and refusals."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from config.mail_settings import ImapSettings, SmtpSettings
from intake.imap_source import native_id

IMAP = {"host": "imap.example.org", "username": "privacy@example.org", "password": "pw"}


@pytest.mark.parametrize(
    ("extra", "port"),
    [({}, 993), ({"security": "starttls"}, 143), ({"security": "none", "port": 10143}, 10143)],
)
def test_imap_port_follows_the_security_mode(extra: dict[str, object], port: int) -> None:
    settings = ImapSettings.model_validate(IMAP | extra)
    assert settings.effective_port == port
    assert settings.mailbox_key == f"privacy@example.org@imap.example.org:{port}/INBOX"
    assert "pw" not in repr(settings)


@pytest.mark.parametrize(
    "extra",
    [
        {"processed_action": "move", "processed_folder": "INBOX"},
        {"idle_renew_seconds": 29 * 60},  # servers may drop IDLE at 30 minutes
        {"security": "ssl"},
        {"batch_size": 0},
    ],
)
def test_imap_refuses_unsafe_settings(extra: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        ImapSettings.model_validate(IMAP | extra)


@pytest.mark.parametrize(
    ("values", "port"),
    [
        ({"host": "smtp.example.org"}, 587),
        ({"host": "smtp.example.org", "security": "tls"}, 465),
        ({"host": "smtp.example.org", "security": "none"}, 25),
    ],
)
def test_smtp_port_follows_the_security_mode(values: dict[str, object], port: int) -> None:
    assert SmtpSettings.model_validate(values).effective_port == port


@pytest.mark.parametrize("half", [{"username": "u"}, {"password": "p"}])
def test_smtp_needs_both_credentials_or_none(half: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        SmtpSettings.model_validate({"host": "smtp.example.org"} | half)


@pytest.mark.parametrize(
    ("key", "expected_prefix"),
    [("u@h:143/INBOX", "imap:u@h:143/INBOX:7:42"), ("u@h:143/" + "x" * 300, "imap:")],
)
def test_native_id_is_stable_and_fits_the_column(key: str, expected_prefix: str) -> None:
    value = native_id(key, 7, 42)
    assert value == native_id(key, 7, 42)
    assert value.startswith(expected_prefix) and value.endswith(":7:42")
    assert len(value) <= 255
