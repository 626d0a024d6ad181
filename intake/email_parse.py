"""Turn raw e-mail bytes into a :class:`ParsedEmail` the intake pipeline can use.

Real mail is often broken: unknown charsets, multiparts whose boundary never
appears, 8-bit bytes in headers, bare-CR line endings. :func:`parse_email`
never raises on such input; each fallback it takes is recorded in
``ParsedEmail.defects`` instead. Headers are read with ``policy.default`` and,
where that fails, from a second ``policy.compat32`` parse of the same bytes.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.header import decode_header
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from intake.html_text import html_to_text
from intake.quoting import split_new_text
from intake.robots import AutomaticVerdict, detect_automatic

__all__ = ["Attachment", "EmailParseError", "ParsedEmail", "parse_email"]


@dataclass(frozen=True)
class Attachment:
    """A non-body part; ``data`` is empty when ``size`` exceeded the limit."""

    filename: str | None
    content_type: str
    size: int
    data: bytes


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


# Labels that name a superset or a real codec under another name (WHATWG practice).
_CHARSET_ALIASES = {
    "ks_c_5601-1987": "cp949", "ks_c_5601": "cp949", "euc-kr": "cp949", "gb2312": "gb18030",
    "gbk": "gb18030", "shift_jis": "cp932", "x-sjis": "cp932", "iso-8859-1": "cp1252",
}  # fmt: skip
# Tried in order when the charset is missing, unknown or plain ASCII but wrong.
_GUESSES = ("utf-8", "cp1252", "latin-1")
_KEPT_HEADERS = ("Auto-Submitted", "Precedence", "List-Id", "Return-Path", "Content-Type")
_MSG_ID = re.compile(r"<([^<>\s]+)>")
_BARE_ID = re.compile(r"^\s*([^<>\s]+@[^<>\s]+)\s*$")
# Internet mail only: the domain needs a dot ("a@b@example.org" must not give "a@b").
_ADDR_SPEC = re.compile(r"^[^@\s<>(),;:\"\[\]]+@(?:[^@\s<>(),;:\"\[\].]+\.)+[^@\s<>(),;:\"\[\].]+$")
_TOKEN_SEPARATORS = re.compile(r"[\s<>,;:()\"]+")
_RAW_FILENAME = re.compile(r'\b(?:file)?name\s*=\s*("?)([^";]+)\1', re.I)
_SURROGATE = re.compile("[\udc80-\udcff]")
_MAX_DEPTH = 30


def _tag(text: str) -> str:
    """Make a charset label or header name safe to use inside a defect name."""
    return re.sub(r"[^a-z0-9_.-]", "", text.lower())[:40] or "none"


def _decode_bytes(data: bytes, charset: str | None, defects: list[str]) -> str:
    """Decode with the declared charset, falling back and recording each fallback."""
    label = (charset or "").strip().strip("\"'").lower()
    try:
        codec = codecs.lookup(_CHARSET_ALIASES.get(label, label)).name
        b"  ".decode(codec, "replace")  # rejects bytes-to-bytes codecs such as "base64"
    except (LookupError, ValueError):
        codec = ""
    if codec not in {"", "ascii"}:
        try:
            return data.decode(codec)
        except ValueError:  # mislabelled: UTF-8 is by far the likeliest truth
            guesses: tuple[str, ...] = ("utf-8",) if codec != "utf-8" and not data.isascii() else ()
    else:
        guesses = ("ascii", *_GUESSES)
    for guess in guesses:
        try:
            text = data.decode(guess)
        except UnicodeDecodeError:
            continue
        if guess != "ascii" or (label and not codec):
            defects.append(f"charset-fallback:{_tag(label)}->{guess}")
        return text
    defects.append(f"charset-replace:{_tag(label)}")
    try:
        return data.decode(codec, errors="replace")
    except ValueError:  # exotic codecs (punycode) fail even when told to replace
        return data.decode("latin-1")


def _repair(text: str, defects: list[str]) -> str:
    """Re-decode raw 8-bit header bytes that the parser kept as surrogates; drop NULs."""
    if _SURROGATE.search(text):
        text = _decode_bytes(text.encode("utf-8", "surrogateescape"), None, defects)
    return text.replace("\x00", "")


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
            decoded = None if value is None else _repair(str(value), self.defects)
        except Exception:  # the default policy's parser gave up: use compat32
            decoded = "\ufffd"
        if decoded is None or "\ufffd" not in decoded:
            return decoded
        self.defects.append(f"header-fallback:{_tag(name)}")
        return self.decode(self.raw(name)[0]) if self.raw(name) else ""

    def decode(self, raw: str) -> str:
        """Decode a raw compat32 header value by hand, chunk by chunk."""
        try:
            chunks = decode_header(raw)
        except Exception:  # malformed encoded word: keep the raw text
            chunks = [(raw, None)]
        pieces = [
            _repair(piece, self.defects)
            if isinstance(piece, str)
            else _decode_bytes(piece, charset, self.defects)
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
            self.defects.append(f"address-fallback:{_tag(name)}")
            pairs = [(self.decode(n), a) for n, a in getaddresses(self.raw(name))]
        repaired = [(_repair(n, self.defects), _repair(a, self.defects)) for n, a in pairs]
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
    words = [w for value in values for w in _TOKEN_SEPARATORS.split(_repair(value, defects))]
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


@dataclass
class _Body:
    """Readable texts and attachments gathered while walking the MIME tree."""

    max_attachment_bytes: int
    defects: list[str]
    attachments: list[Attachment] = field(default_factory=list)
    # Named text parts not explicitly attached: the body if nothing else is.
    named_texts: list[tuple[str, str]] = field(default_factory=list)

    def collect(self, part: Message, depth: int = 0) -> list[tuple[str, str]]:
        """Return ``(subtype, text)`` for the readable parts under ``part``."""
        content_type = part.get_content_type()
        if depth > _MAX_DEPTH:
            self.defects.append("mime-too-deep")
            return []
        if content_type.startswith("message/"):
            self._attach(part, content_type)
            return []
        if part.is_multipart():
            children = [child for child in part.get_payload() if isinstance(child, Message)]
            found = [self.collect(child, depth + 1) for child in children]
            if content_type != "multipart/alternative":
                return [text for texts in found for text in texts]
            readable = [texts for texts in found if any(text.strip() for _, text in texts)]
            plain = [texts for texts in readable if any(kind == "plain" for kind, _ in texts)]
            return (plain or readable or [[]])[0]
        if content_type.startswith("multipart/"):
            return self._recover_multipart(part, depth)
        text = self._text(part) if content_type in {"text/plain", "text/html"} else None
        if text is not None and part.get_filename() is None:
            return [(part.get_content_subtype(), text)]
        if text is not None and part.get_content_disposition() != "attachment":
            self.named_texts.append((part.get_content_subtype(), text))
        self._attach(part, content_type)
        return []

    def _text(self, part: Message) -> str | None:
        """Decode a text part; None if it is binary data under a text label."""
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        charset = part.get_content_charset()
        if _looks_binary(data, charset):
            self.defects.append("binary-text-part")
            return None
        text = _decode_bytes(data, charset, self.defects)
        return html_to_text(text) if part.get_content_subtype() == "html" else text

    def _recover_multipart(self, part: Message, depth: int) -> list[tuple[str, str]]:
        """Re-parse a multipart whose boundary is missing or never found in its body."""
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        found = re.findall(rb"^--([^\s]{1,200}?)(?:--)?[ \t]*\r?$", data, re.M)
        if not found:
            self.defects.append("multipart-read-as-text")
            return [("plain", _decode_bytes(data, part.get_content_charset(), self.defects))]
        self.defects.append("multipart-boundary-guessed")
        boundary = max(set(found), key=found.count).decode("ascii", "replace")
        subtype = re.sub(r"[^a-z0-9-]", "", part.get_content_subtype()) or "mixed"
        head = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'.encode()
        return self.collect(message_from_bytes(head + data, policy=policy.default), depth + 1)

    def _attach(self, part: Message, content_type: str) -> None:
        if content_type.startswith("message/") and part.is_multipart():
            inner = [msg for msg in part.get_payload() if isinstance(msg, Message)]
            data = b"\n".join(map(_as_bytes, inner))
        else:
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
        if len(data) > self.max_attachment_bytes:
            self.defects.append("attachment-too-large")
        kept = data if len(data) <= self.max_attachment_bytes else b""
        filename = _filename(part, self.defects)
        self.attachments.append(Attachment(filename, content_type, len(data), kept))


def _looks_binary(data: bytes, charset: str | None) -> bool:
    """Tell images or archives mislabelled as text from text with a stray control byte."""
    if charset and ("16" in charset or "32" in charset):
        return False
    sample = data[:4096]
    controls = sum(1 for byte in sample if byte < 9 or (13 < byte < 32 and byte != 27))
    return controls > max(4, len(sample) // 50)  # ESC (27) is part of ISO-2022-JP


def _filename(part: Message, defects: list[str]) -> str | None:
    """The attachment's name, also when its parameter is unquoted or RFC 2047-encoded."""
    name = part.get_filename()
    raw = dict((key.lower(), str(value)) for key, value in part.raw_items())
    for header in ("content-disposition", "content-type"):
        found = _RAW_FILENAME.search(" ".join(raw.get(header, "").split()))
        # The parser stops an unquoted name at its first space; the raw value does not.
        if found and (name is None or (found.group(2).startswith(name) and name != found.group(2))):
            name = found.group(2).strip()
            break
    if name is None:
        return None
    if "=?" in name:  # RFC 2047 inside a parameter: not allowed, but common
        chunks = decode_header(name)
        name = "".join(p if isinstance(p, str) else _decode_bytes(p, c, defects) for p, c in chunks)
    return _repair(name, defects)


def _as_bytes(msg: Message) -> bytes:
    """Serialise an attached message, the default policy first."""
    for serialising_policy in (msg.policy, policy.compat32):
        try:
            return msg.as_bytes(policy=serialising_policy)
        except Exception:  # noqa: S112 - try the next, more lenient policy
            continue
    return b""


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


def _read_body(reader: _Reader, max_attachment_bytes: int) -> tuple[str, list[Attachment]]:
    """Walk the default-policy tree, or the compat32 one if that fails."""
    for msg in (reader.modern, reader.legacy):
        body = _Body(max_attachment_bytes, reader.defects)
        try:
            texts = body.collect(msg)
        except Exception:  # the compat32 tree is the fallback
            reader.defects.append("body-fallback" if msg is reader.modern else "body-unreadable")
            continue
        if not any(text.strip() for _, text in texts) and body.named_texts:
            reader.defects.append("text-from-named-part")
            texts = body.named_texts
        joined = "\n\n".join(text.strip("\r\n") for _, text in texts if text.strip())
        # NUL is not text, and PostgreSQL refuses it in text columns.
        joined = joined.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
        return joined, body.attachments
    return "", []


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
    text, attachments = _read_body(reader, max_attachment_bytes)
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
