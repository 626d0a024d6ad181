"""Message-IDs that prove which request an outgoing e-mail belongs to.

A reply carries our Message-ID back in ``In-Reply-To``/``References``. The
id embeds the request reference and an HMAC over it, so a reply can be
matched to its request without trusting anything the sender could forge
and without a lookup table.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

_OURS = re.compile(
    r"^guichet\.([0-9a-z]{10})\.(G-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\.([0-9a-f]{20})@"
)


def _tag(secret: bytes, nonce: str, reference: str) -> str:
    return hmac.new(secret, f"{nonce}:{reference}".encode(), hashlib.sha256).hexdigest()[:20]


def make_message_id(*, secret: bytes, reference: str, domain: str) -> str:
    """A fresh Message-ID (without angle brackets) bound to ``reference``."""
    nonce = secrets.token_hex(5)
    return f"guichet.{nonce}.{reference}.{_tag(secret, nonce, reference)}@{domain}"


def reference_from_message_id(*, secret: bytes, message_id: str) -> str | None:
    """The reference inside one of our Message-IDs, None if not ours or forged."""
    match = _OURS.match(message_id.strip().strip("<>"))
    if match is None:
        return None
    nonce, reference, tag = match.groups()
    if not hmac.compare_digest(tag, _tag(secret, nonce, reference)):
        return None
    return reference
