"""Recognise mail written by machines: bounces, auto-replies, lists, reports.

Answering such mail would start loops (an acknowledgment to an auto-reply
triggers another auto-reply) or file bogus requests (a bounce quoting our own
acknowledgment). Header markers are checked first; body heuristics come last
and require machine-only wording, so that a person who writes "Re:" or tells
us a parcel "could not be delivered" is still treated as a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses

from intake.html_text import html_to_text

__all__ = ["AutomaticVerdict", "detect_automatic"]


@dataclass(frozen=True)
class AutomaticVerdict:
    """Whether a message was generated automatically, and the first reason found."""

    automatic: bool
    reason: str | None


_REPORT_TYPES = {
    "delivery-status": "delivery-status-report",
    "global-delivery-status": "delivery-status-report",
    "disposition-notification": "disposition-notification-report",
    "feedback-report": "arf-feedback-report",
}
_DAEMON_LOCAL_PARTS = re.compile(r"^(?:mailer-?daemon|post[-_]?master|mail-?daemon)$", re.I)
_DAEMON_NAMES = re.compile(r"^mail delivery (?:subsystem|system|service)$", re.I)
# Headers whose mere presence marks machine mail, in order of precedence.
_MARKER_HEADERS = {
    "X-Failed-Recipients": "failed-recipients-header",
    "List-Id": "list-id",
    "List-Unsubscribe": "list-unsubscribe",
    **dict.fromkeys(
        ("X-MLServer", "X-ML-Name", "Mailing-List", "X-Mailing-List"), "list-manager-notice"
    ),
    **dict.fromkeys(("List-Subscribe", "List-Post", "List-Help", "List-Owner"), "list-header"),
    **dict.fromkeys(("X-Autoreply", "X-Autorespond", "X-Auto-Reply"), "x-autoreply"),
    "X-Amz-Sns-Message-Id": "notification-service",  # AWS SNS only relays machine events
}
_ARF_SUBJECT = re.compile(r"^complaint about message from [0-9a-f.:]+$", re.I)
_ARF_ORIGINAL_HEADER = "X-HmXmrOriginalRecipient"
# Subjects that only machines put at the very start (a person's reply starts "Re:").
# Each needs its colon or exact wording: "Undeliverable parcel" is a human subject.
_MACHINE_SUBJECT = re.compile(
    r"^(?:undeliverable\s*:|undelivered mail returned|delivery status notification"
    r"|mail delivery failed|returned mail\s*:|failure notice\s*$|non remis\s*:"
    r"|non distribuable\s*:|unzustellbar\s*:|automatic reply\s*:|auto[- ]?reply\s*:"
    r"|out of office\s*(?::|$)|réponse automatique|automatische antwort)",
    re.I,
)
# Wording only delivery software uses; enough on its own.
_BOUNCE_PHRASES = re.compile(
    r"this is the mail system at host|undelivered mail returned to sender"
    r"|delivery has failed to these recipients|transcript of session follows"
    r"|this is the qmail-send program|permanent fatal errors|^diagnostic-code:|^final-recipient:"
    r"|could not be delivered to one or more (?:of its )?recipients"
    r"|delivery to the following recipients? failed|message delivery (?:has )?failed"
    r"|your message did not reach some or all|i'm afraid i wasn't able to deliver",
    re.I | re.M,
)
# Wording a person might also use; only counts next to an SMTP status code.
_WEAK_BOUNCE_PHRASES = re.compile(
    r"could not be delivered|returned to sender|delivery failed|undeliverable"
    r"|invalid user address|no such user|user unknown|mailbox (?:is )?(?:full|unavailable)"
    r"|送信できませんでした|配信できませんでした|宛先不明|メールボックスが一杯",
    re.I,
)
# An enhanced status code (5.1.1), or a reply code followed by SMTP wording, so
# that "my 450 parcels could not be delivered" stays human.
_SMTP_STATUS = re.compile(
    r"\b[45]\.[0-7]\.\d{1,3}\b|\b[45][0-5]\d(?:[ -]+|\s*#)(?:requested|mailbox|user|recipient"
    r"|sorry|no such|invalid|rejected|relay|access denied|unknown|address)",
    re.I,
)
_LIST_NOTICE = re.compile(
    r"(?:you are|is) not a member of (?:this|the) (?:mailing )?list"
    r"|your message to .{1,80} (?:is being held|awaits moderator|has been rejected)"
    r"|^duplicated message-id in ",
    re.I | re.M,
)
_FORWARD_MARKER = re.compile(r"forwarded message|begin forwarded message|message transféré", re.I)
_FORWARD_PREFIX = re.compile(r"^\s*(?:(?:fwd?|tr|wg|rv)\s*:\s*)+", re.I)
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.M)
_NO_REPLY = re.compile(r"^(?:no-?reply|do-?not-?reply|donotreply)\b", re.I)
_ORIGINAL_TYPES = frozenset({"message/rfc822", "text/rfc822-headers"})
# A forwarded bounce is machine output only if the forwarder added next to nothing.
_MAX_FORWARD_NOTE = 300
_BODY_WINDOW = 4000


def _header(msg: Message, name: str) -> str:
    """Return one header as decoded, unfolded text ("" if absent or unreadable)."""
    try:
        value = msg.get(name)
        text = "" if value is None else str(value)
        if "=?" in text:
            text = str(make_header(decode_header(text)))
    except Exception:  # a broken header is treated as absent
        return ""
    return " ".join(text.split())


def _parts(msg: Message) -> Iterator[Message]:
    """Yield the message and its parts, without entering attached messages."""
    yield msg
    if msg.is_multipart() and msg.get_content_type() != "message/rfc822":
        for part in msg.get_payload():
            if isinstance(part, Message):
                yield from _parts(part)


def _sender_address(msg: Message) -> tuple[str, str]:
    pairs = getaddresses([_header(msg, "From")])
    return pairs[0] if pairs else ("", "")


def _by_headers(msg: Message) -> str | None:
    auto_submitted = re.match(r"[a-z0-9-]*", _header(msg, "Auto-Submitted").lower())
    if auto_submitted and auto_submitted.group() not in {"", "no"}:
        return f"auto-submitted:{auto_submitted.group()[:40]}"
    if any(re.sub(r"\s", "", str(path)) == "<>" for path in msg.get_all("Return-Path", [])):
        return "null-return-path"
    name, address = _sender_address(msg)
    local_part, name = address.rpartition("@")[0] or address, name.strip()
    daemon = _DAEMON_LOCAL_PARTS.match(local_part) or _DAEMON_LOCAL_PARTS.match(name)
    if daemon or _DAEMON_NAMES.match(name):  # also "Mail Delivery Subsystem <bounces@...>"
        return "mailer-daemon-sender"
    precedence = _header(msg, "Precedence").lower()
    if precedence in {"bulk", "junk", "list", "auto_reply"}:
        return f"precedence:{precedence}"
    return next(
        (reason for header, reason in _MARKER_HEADERS.items() if _header(msg, header)), None
    )


def _by_structure(msg: Message) -> str | None:
    for part in _parts(msg):
        content_type = part.get_content_type()
        if content_type == "multipart/report":
            report_type = str(part.get_param("report-type") or "").lower()
            return _REPORT_TYPES.get(report_type, "multipart-report")
        if content_type.startswith("message/") and content_type[8:] in _REPORT_TYPES:
            return _REPORT_TYPES[content_type[8:]]
        if content_type == "message/rfc822" and part.is_multipart():
            attached = part.get_payload(0)
            if isinstance(attached, Message) and _header(attached, _ARF_ORIGINAL_HEADER):
                return "arf-feedback-report"
            if _ARF_SUBJECT.match(_header(msg, "Subject")):
                return "arf-feedback-report"
    if _MACHINE_SUBJECT.match(_header(msg, "Subject")):
        return "machine-subject"
    return None


def _body_sample(msg: Message) -> str:
    """Return the start of the first readable part."""
    for part in _parts(msg):
        maintype, subtype = part.get_content_maintype(), part.get_content_subtype()
        if part.is_multipart() or maintype not in {"text", "multipart"}:
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload.strip():
            continue
        charset = part.get_content_charset() or "utf-8"
        try:
            text = payload.decode(charset, errors="replace")
        except (LookupError, ValueError):  # unknown or unusable charset label
            text = payload.decode("utf-8", errors="replace")
        return (html_to_text(text) if subtype == "html" else text)[:_BODY_WINDOW]
    return ""


def _written_here(sample: str) -> str:
    """Keep what the sender wrote: no forwarded message, no quoted lines."""
    forward = _FORWARD_MARKER.search(sample)
    return _QUOTED_LINE.sub("", sample[: forward.start()] if forward else sample)


def _returns_original(msg: Message) -> bool:
    """Tell whether a no-reply sender sent back a message (as bounces do)."""
    local_part = _sender_address(msg)[1].rpartition("@")[0]
    return bool(_NO_REPLY.match(local_part)) and any(
        part.get_content_type() in _ORIGINAL_TYPES for part in _parts(msg)
    )


def _by_body(msg: Message) -> str | None:
    sample = _body_sample(msg)
    own = _written_here(sample)
    if _BOUNCE_PHRASES.search(own):
        return "bounce-body"
    if _WEAK_BOUNCE_PHRASES.search(own) and (_SMTP_STATUS.search(own) or _returns_original(msg)):
        return "bounce-body"
    if _LIST_NOTICE.search(own):
        return "list-manager-notice"
    subject = _header(msg, "Subject")
    forwarded = _FORWARD_PREFIX.sub("", subject)
    if (
        forwarded != subject
        and _MACHINE_SUBJECT.match(forwarded)
        and _BOUNCE_PHRASES.search(sample)
    ):
        return "forwarded-bounce" if len(own.strip()) <= _MAX_FORWARD_NOTE else None
    return None


def _is_own_outgoing(msg: Message, own_domains: Collection[str]) -> bool:
    domain = _sender_address(msg)[1].rpartition("@")[2].lower()
    ours = {own.lower().strip(".") for own in own_domains}
    if not domain or not any(domain == own or domain.endswith("." + own) for own in ours):
        return False
    # Our outgoing mail carries X-Guichet or X-Guichet-* headers (see email_channel).
    marked = any(key.lower().startswith("x-guichet") for key in msg)
    return marked or bool(_header(msg, "Auto-Submitted"))


def detect_automatic(msg: Message, *, own_domains: Collection[str] = ()) -> AutomaticVerdict:
    """Decide whether a parsed message was generated by a machine.

    Args:
        msg: The parsed message (any ``email`` policy).
        own_domains: Domains we send from; our own mail coming back is automatic.

    Returns:
        The verdict with a short reason code such as ``"null-return-path"``,
        ``"auto-submitted:auto-replied"`` or ``"bounce-body"``.
    """
    if _is_own_outgoing(msg, own_domains):
        return AutomaticVerdict(automatic=True, reason="own-outgoing")
    checks: tuple[Callable[[Message], str | None], ...] = (_by_headers, _by_structure, _by_body)
    for check in checks:
        try:
            reason = check(msg)
        except Exception:  # a malformed part must not hide the other signals
            reason = None
        if reason:
            return AutomaticVerdict(automatic=True, reason=reason)
    return AutomaticVerdict(automatic=False, reason=None)
