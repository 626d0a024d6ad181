"""Encryption at rest for message bodies, attachments and identity documents.

Values are Fernet tokens (AES-128-CBC with an HMAC-SHA256, from
``cryptography``) behind a short marker, so a column may hold both
encrypted values and plaintext written before encryption was switched on;
``guichet keys rotate`` re-encrypts both kinds under the newest key.

The key ring is installed once by the composition root (``app.runtime``):
the store cannot read the configuration, and column types have no other
way to reach it. With no key ring installed values are stored as given,
which keeps unit tests and tools that never see personal data simple.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from typing import Any, Final

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import LargeBinary, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

MARKER: Final = b"guichet-enc:v1:"
_TEXT_MARKER: Final = MARKER.decode("ascii")
_KDF_INFO: Final = b"guichet encryption at rest v1"


class DecryptionError(RuntimeError):
    """A stored value is encrypted with none of the configured keys."""


def derive_key(secret: str) -> bytes:
    """A Fernet key derived from any long secret (HKDF-SHA256).

    Deriving, rather than asking for raw Fernet keys, lets operators use
    the same kind of secret everywhere (``openssl rand -hex 32``).
    """
    raw = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_KDF_INFO).derive(
        secret.encode("utf-8")
    )
    return base64.urlsafe_b64encode(raw)


class KeyRing:
    """Encrypts with the first key; decrypts with any of them."""

    def __init__(self, secrets: Sequence[str]) -> None:
        if not secrets:
            raise ValueError("a key ring needs at least one key")
        self._fernet = MultiFernet([Fernet(derive_key(s)) for s in secrets])
        self.size = len(secrets)

    def encrypt(self, plain: bytes) -> bytes:
        """``MARKER`` followed by a token under the newest key."""
        return MARKER + self._fernet.encrypt(plain)

    def decrypt(self, stored: bytes) -> bytes:
        """The plaintext of a value written by :meth:`encrypt`; other values unchanged.

        Raises:
            DecryptionError: The value is encrypted but no key fits.
        """
        if not stored.startswith(MARKER):
            return stored
        try:
            return self._fernet.decrypt(stored[len(MARKER) :])
        except InvalidToken:
            raise DecryptionError("stored value is encrypted with an unknown key") from None


_active: list[KeyRing] = []


def install_keyring(ring: KeyRing | None) -> None:
    """Make ``ring`` the process's key ring (``None`` turns encryption off)."""
    _active.clear()
    if ring is not None:
        _active.append(ring)


def active_keyring() -> KeyRing | None:
    """The installed key ring, if any."""
    return _active[0] if _active else None


def is_encrypted(stored: bytes | str | None) -> bool:
    """True when a raw column value (as the database holds it) is encrypted."""
    if stored is None:
        return False
    prefix = MARKER if isinstance(stored, bytes) else _TEXT_MARKER
    return stored.startswith(prefix)  # type: ignore[arg-type]


def _open(stored: bytes) -> bytes:
    if not stored.startswith(MARKER):
        return stored
    ring = active_keyring()
    if ring is None:
        raise DecryptionError("stored value is encrypted but no key ring is installed")
    return ring.decrypt(stored)


class EncryptedBytes(TypeDecorator[bytes]):
    """Binary column encrypted with the installed key ring."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: bytes | None, dialect: Dialect) -> bytes | None:
        ring = active_keyring()
        if value is None or ring is None:
            return value
        return ring.encrypt(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> bytes | None:
        return None if value is None else _open(bytes(value))


class EncryptedText(TypeDecorator[str]):
    """Text column encrypted with the installed key ring (tokens are ASCII)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        ring = active_keyring()
        if value is None or ring is None:
            return value
        return ring.encrypt(value.encode("utf-8")).decode("ascii")

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        text = str(value)
        if not text.startswith(_TEXT_MARKER):
            return text
        return _open(text.encode("ascii")).decode("utf-8")
