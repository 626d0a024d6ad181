"""Turn raw e-mail bytes into a :class:`ParsedEmail` the intake pipeline can use.

Real mail is often broken: unknown charsets, multiparts whose boundary never
appears, 8-bit bytes in headers, bare-CR line endings. :func:`parse_email`
never raises on such input; each fallback it takes is recorded in
``ParsedEmail.defects`` instead. Headers are read with ``policy.default`` and,
where that fails, from a second ``policy.compat32`` parse of the same bytes.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.header import decode_header
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from intake.mime_body import Attachment, read_body
from intake.mime_charset import decode_bytes, defect_tag, repair
from intake.quoting import split_new_text
from intake.robots import AutomaticVerdict, detect_automatic

__all__ = ["Attachment", "EmailParseError", "ParsedEmail", "parse_email"]


@dataclass(frozen=True)
class ParsedEmail:
    """What intake needs from one message; see :func:`parse_email`."""

    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    subject: str
    from_address: str | None
    from_name: str | None
    to_addresses: tuple[str, ...]
    date: datetime | None
    text: str
    new_text: str
    attachments: tuple[Attachment, ...]
    automatic: AutomaticVerdict
    authentication: dict[str, str]
    defects: tuple[str, ...]
    headers: dict[str, str]


class EmailParseError(ValueError):
    """Raised only for input that cannot be a message at all (empty bytes)."""


_KEPT_HEADERS = ("Auto-Submitted", "Precedence", "List-Id", "Return-Path", "Content-Type")
_MSG_ID = re.compile(r"<([^<>\s]+)>")
_BARE_ID = re.compile(r"^\s*([^<>\s]+@[^<>\s]+)\s*$")
# Internet mail only: the domain needs a dot ("a@b@example.org" must not give "a@b").
_ADDR_SPEC = re.compile(r"^[^@\s<>(),;:\"\[\]]+@(?:[^@\s<>(),;:\"\[\].]+\.)+[^@\s<>(),;:\"\[\].]+$")
_TOKEN_SEPARATORS = re.compile(r"[\s<>,;:()\"]+")


@dataclass
class _Reader:
    """Both parses of one message, plus the defects noticed while reading them."""

    modern: Message
    legacy: Message
    defects: list[str] = field(default_factory=list)

    def raw(self, name: str) -> list[str]:
        """All values of a header, unfolded but undecoded (8-bit bytes kept as surrogates)."""
        wanted = name.lower()
        values = [value for key, value in self.legacy.raw_items() if key.lower() == wanted]
        return [re.sub(r"\r?\n(?=[ \t])", "", str(value)) for value in values]

    def text(self, name: str) -> str | None:
        """One header decoded (RFC 2047), or None when absent."""
        try:
            value = self.modern.get(name)
            decoded = None if value is None else repair(str(value), self.defects)
        except Exception:  # the default policy's parser gave up: use compat32
            decoded = "\ufffd"
        if decoded is None or "\ufffd" not in decoded:
            return decoded
        self.defects.append(f"header-fallback:{defect_tag(name)}")
        return self.decode(self.raw(name)[0]) if self.raw(name) else ""

    def decode(self, raw: str) -> str:
        """Decode a raw compat32 header value by hand, chunk by chunk."""
        try:
            chunks = decode_header(raw)
        except Exception:  # malformed encoded word: keep the raw text
            chunks = [(raw, None)]
        pieces = [
            repair(piece, self.defects)
            if isinstance(piece, str)
            else decode_bytes(piece, charset, self.defects)
            for piece, charset in chunks
        ]
        return " ".join("".join(pieces).replace("\x00", "").split())

    def addresses(self, name: str) -> list[tuple[str, str]]:
        """``(display name, lower-cased addr-spec)`` pairs; invalid addresses dropped."""
        pairs: list[tuple[str, str]] = []
        try:
            for header in self.modern.get_all(name, []):
                pairs += [(a.display_name, a.addr_spec) for a in getattr(header, "addresses", ())]
        except Exception:  # the default policy's parser gave up
            pairs = [("\ufffd", "")]
        if any("\ufffd" in display for display, _ in pairs):
            # Undecodable names: the lenient compat32 splitter, decoded by hand.
            self.defects.append(f"address-fallback:{defect_tag(name)}")
            pairs = [(self.decode(n), a) for n, a in getaddresses(self.raw(name))]
        repaired = [(repair(n, self.defects), repair(a, self.defects)) for n, a in pairs]
        valid = [(n, a.lower()) for n, a in repaired if _ADDR_SPEC.match(a)]
        if not valid and self.raw(name):  # e.g. "a@b@c" or text around the address
            valid = [("", found) for found in _addresses_in(self.raw(name)[:1], self.defects)]
        return valid

    def date(self) -> datetime | None:
        """The Date header as an aware datetime (naive ones are taken as UTC)."""
        try:
            header = self.modern.get("Date")
            parsed = getattr(header, "datetime", None)
        except Exception:  # retry with the plain RFC 5322 date parser
            parsed = None
        if parsed is None and self.raw("Date"):
            try:
                parsed = parsedate_to_datetime(self.raw("Date")[0])
            except (TypeError, ValueError, IndexError):
                self.defects.append("date-unparsable")
        if parsed is not None and parsed.tzinfo is None:
            self.defects.append("date-without-timezone")
            parsed = parsed.replace(tzinfo=UTC)
        return parsed


def _addresses_in(values: list[str], defects: list[str]) -> list[str]:
    """Lower-cased addr-specs standing as whole words in free header text."""
    words = [w for value in values for w in _TOKEN_SEPARATORS.split(repair(value, defects))]
    return [word.lower() for word in words if _ADDR_SPEC.match(word)]


def _message_ids(values: list[str]) -> list[str]:
    found = [match for value in values for match in _MSG_ID.findall(value)]
    if not found:
        found = [m.group(1) for m in map(_BARE_ID.match, values) if m]
    return list(dict.fromkeys(found))


def _authentication(values: list[str]) -> dict[str, str]:
    """Method results of the first (topmost, i.e. our own MTA's) Authentication-Results."""
    if not values:
        return {}
    text = values[0][:4000]  # a real header is short; this bounds the comment stripping
    while re.search(r"\([^()]*\)", text):  # comments may nest
        text = re.sub(r"\([^()]*\)", " ", text)
    results: dict[str, str] = {}
    for clause in text.split(";")[1:]:
        match = re.match(r"\s*([a-z0-9_.-]+)(?:/\d+)?\s*=\s*([a-z0-9_-]+)", clause, re.I)
        if match:
            results.setdefault(match.group(1).lower(), match.group(2).lower())
    return results


def _normalise(raw: bytes, defects: list[str]) -> bytes:
    """Fix what the parser handles badly: leading blank lines and bare CRs."""
    if raw[:1] in {b"\r", b"\n"}:
        defects.append("leading-blank-lines")
        raw = raw.lstrip(b"\r\n")
    if re.search(rb"\r(?!\n)", raw):
        # A bare CR splits lines for the parser but is kept in bodies and
        # breaks quoted-printable soft line breaks, so make all endings LF.
        defects.append("bare-cr-line-endings")
        raw = raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return raw


def _parser_defects(msg: Message) -> list[str]:
    names: list[str] = []
    for part in msg.walk():
        names += [type(defect).__name__ for defect in part.defects]
        for _, value in part.items():
            names += [type(defect).__name__ for defect in getattr(value, "defects", ())]
    return names


def parse_email(
    raw: bytes, *, max_attachment_bytes: int = 10_000_000, own_domains: Collection[str] = ()
) -> ParsedEmail:
    """Parse one raw message; never raises for non-empty input.

    Args:
        raw: The message as received (RFC 5322 bytes, any line endings).
        max_attachment_bytes: Larger attachments keep their size but no data.
        own_domains: Domains we send from, to recognise our own mail coming back.

    Returns:
        The parsed message; fallbacks taken are listed in ``defects``.

    Raises:
        EmailParseError: If ``raw`` is empty or only whitespace.
    """
    if not raw.strip():
        raise EmailParseError("empty message")
    defects: list[str] = []
    data = _normalise(bytes(raw), defects)
    legacy = message_from_bytes(data, policy=policy.compat32)
    try:
        modern: Message = message_from_bytes(data, policy=policy.default)
    except Exception:  # the default policy's parser failed: read compat32 only
        defects.append("default-policy-failed")
        modern = legacy
    reader = _Reader(modern, legacy, defects)
    try:
        defects += _parser_defects(modern)
    except Exception:  # listing defects is best effort
        defects.append("defects-unreadable")
    text, attachments = read_body(modern, legacy, defects, max_attachment_bytes)
    try:
        automatic = detect_automatic(legacy, own_domains=own_domains)
    except Exception:  # a verdict must not cost us the message
        defects.append("robots-failed")
        automatic = AutomaticVerdict(automatic=False, reason=None)
    senders = reader.addresses("From")
    recipients = [address for name in ("To", "Cc") for _, address in reader.addresses(name)]
    for name in ("Delivered-To", "X-Original-To"):  # free text like "mailing list a@b.c"
        recipients += _addresses_in(reader.raw(name), defects)
    headers = {name: value for name in _KEPT_HEADERS if (value := reader.text(name)) is not None}
    return ParsedEmail(
        message_id=next(iter(_message_ids(reader.raw("Message-ID"))), None),
        in_reply_to=next(iter(_message_ids(reader.raw("In-Reply-To"))), None),
        references=tuple(_message_ids(reader.raw("References"))),
        subject=reader.text("Subject") or "",
        from_address=senders[0][1] if senders else None,
        from_name=(senders[0][0].strip() or None) if senders else None,
        to_addresses=tuple(dict.fromkeys(recipients)),
        date=reader.date(),
        text=text,
        new_text=split_new_text(text) if text else "",
        attachments=tuple(attachments),
        automatic=automatic,
        authentication=_authentication(reader.raw("Authentication-Results")),
        defects=tuple(dict.fromkeys(defects)),
        headers=headers,
    )
