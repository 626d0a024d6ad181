"""Walk a message's MIME tree: readable text out, everything else as attachments.

Multipart/alternative prefers the plain part; HTML-only mail is turned into
text; attached messages (``message/rfc822``) and files become
:class:`Attachment` records, their data dropped above a size limit; a
multipart whose boundary is missing is re-read with a guessed boundary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.header import decode_header
from email.message import Message

from intake.html_text import html_to_text
from intake.mime_charset import decode_bytes, repair

__all__ = ["Attachment", "read_body"]

_RAW_FILENAME = re.compile(r'\b(?:file)?name\s*=\s*("?)([^";]+)\1', re.I)
_MAX_DEPTH = 30


@dataclass(frozen=True)
class Attachment:
    """A non-body part; ``data`` is empty when ``size`` exceeded the limit."""

    filename: str | None
    content_type: str
    size: int
    data: bytes


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
        text = decode_bytes(data, charset, self.defects)
        return html_to_text(text) if part.get_content_subtype() == "html" else text

    def _recover_multipart(self, part: Message, depth: int) -> list[tuple[str, str]]:
        """Re-parse a multipart whose boundary is missing or never found in its body."""
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        found = re.findall(rb"^--([^\s]{1,200}?)(?:--)?[ \t]*\r?$", data, re.M)
        if not found:
            self.defects.append("multipart-read-as-text")
            return [("plain", decode_bytes(data, part.get_content_charset(), self.defects))]
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
        name = "".join(p if isinstance(p, str) else decode_bytes(p, c, defects) for p, c in chunks)
    return repair(name, defects)


def _as_bytes(msg: Message) -> bytes:
    """Serialise an attached message, the default policy first."""
    for serialising_policy in (msg.policy, policy.compat32):
        try:
            return msg.as_bytes(policy=serialising_policy)
        except Exception:  # noqa: S112 - try the next, more lenient policy
            continue
    return b""


def read_body(
    modern: Message, legacy: Message, defects: list[str], max_attachment_bytes: int
) -> tuple[str, list[Attachment]]:
    """The readable text and the attachments, from the default-policy tree or else compat32.

    Args:
        modern: The message parsed with ``policy.default``.
        legacy: The same bytes parsed with ``policy.compat32`` (the fallback).
        defects: Receives a tag for each fallback taken.
        max_attachment_bytes: Larger attachments keep their size but no data.
    """
    for msg in (modern, legacy):
        body = _Body(max_attachment_bytes, defects)
        try:
            texts = body.collect(msg)
        except Exception:  # the compat32 tree is the fallback
            defects.append("body-fallback" if msg is modern else "body-unreadable")
            continue
        if not any(text.strip() for _, text in texts) and body.named_texts:
            defects.append("text-from-named-part")
            texts = body.named_texts
        joined = "\n\n".join(text.strip("\r\n") for _, text in texts if text.strip())
        # NUL is not text, and PostgreSQL refuses it in text columns.
        joined = joined.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
        return joined, body.attachments
    return "", []
