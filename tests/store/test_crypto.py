"""Encryption at rest: tokens, key rings, and what the database really holds."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, text

from store.crypto import DecryptionError, KeyRing, install_keyring, is_encrypted
from store.db import make_session_factory
from store.encryption_rotation import reencrypt_all
from store.messages import add_raw_message
from store.models import Message

OLD, NEW = "old-" + "k" * 40, "new-" + "q" * 40
RAW = b"From: ana@example.org\r\n\r\nMy health records, please."
NOW = datetime(2027, 3, 5, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _reset() -> Iterator[None]:
    yield
    install_keyring(None)


@pytest.mark.parametrize("plain", [b"", b"x", RAW, bytes(range(256)) * 10])
def test_round_trip_and_no_plaintext(plain: bytes) -> None:
    ring = KeyRing([NEW])
    token = ring.encrypt(plain)
    assert is_encrypted(token) and (len(plain) < 8 or plain not in token)
    assert ring.decrypt(token) == plain


def test_old_keys_decrypt_unknown_keys_fail_and_plaintext_passes() -> None:
    token = KeyRing([OLD]).encrypt(RAW)
    assert KeyRing([NEW, OLD]).decrypt(token) == RAW
    with pytest.raises(DecryptionError):
        KeyRing([NEW]).decrypt(token)
    assert KeyRing([NEW]).decrypt(b"legacy plaintext") == b"legacy plaintext"
    with pytest.raises(ValueError, match="at least one key"):
        KeyRing([])


def test_orm_reads_plaintext_database_holds_ciphertext_and_rotation(engine: Engine) -> None:
    sessions = make_session_factory(engine)
    install_keyring(KeyRing([OLD]))
    with sessions() as session:
        message = add_raw_message(session, channel="email", native_id="n1", raw=RAW,
                                  raw_format="rfc822", received_at=NOW)  # fmt: skip
        message.text = "Mes données de santé"
        session.commit()
    with engine.connect() as connection:
        raw, body = connection.execute(text("SELECT raw, text FROM messages")).one()
    assert is_encrypted(bytes(raw)) and RAW not in bytes(raw) and "santé" not in body

    install_keyring(KeyRing([NEW, OLD]))
    with sessions() as session:
        assert reencrypt_all(session)["messages.raw"] == 1
        session.commit()
    install_keyring(KeyRing([NEW]))  # the old key is gone: everything still reads
    with sessions() as session:
        message = session.query(Message).one()
        assert (message.raw, message.text) == (RAW, "Mes données de santé")
