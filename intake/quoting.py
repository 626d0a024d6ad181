"""Separate what a sender newly wrote from the reply chain and signature.

Replies carry the previous messages along, either as ``>`` quoted lines after
an attribution ("On ... wrote:"), or, in Outlook style, unquoted below a
header block ("From: ... Sent: ..."). Classifying a request on the old text
would find old requests again, so :func:`split_new_text` keeps only the new
part. Forwarded messages are *not* cut: a forward may carry the request.
"""

from __future__ import annotations

import re

__all__ = ["split_new_text"]

_FLAGS = re.IGNORECASE
# Attribution lines, per language. They may wrap over two lines.
_ATTRIBUTION = re.compile(
    r"^\s*(?:"
    r"On\s.{0,250}\swrote"
    r"|Le\s.{0,250}\sa\s+écrit"
    r"|Am\s.{0,250}\sschrieb.{0,200}"
    r"|El\s.{0,250}\sescribió"
    r"|Il\s.{0,250}\sha\s+scritto"
    r"|Op\s.{0,250}\sschreef.{0,200}"
    r"|Em\s.{0,250}\sescreveu"
    r")\s*:\s*$",
    _FLAGS,
)
_ATTRIBUTION_START = re.compile(r"^\s*(?:On|Le|Am|El|Il|Op|Em)\s", _FLAGS)
# Without following ">" lines, an attribution only counts if it looks machine-made
# (an address or a time), so that "On Monday I wrote:" in prose is kept.
_ATTRIBUTION_EVIDENCE = re.compile(r"@|\d{1,2}[:h.]\d{2}")
_ORIGINAL_SEPARATOR = re.compile(
    r"^\s*-{2,}\s*(?:Original Message|Message d'origine|Ursprüngliche Nachricht"
    r"|Mensaje original|Messaggio originale|Oorspronkelijk bericht|Mensagem original)"
    r"\s*-{2,}\s*$",
    _FLAGS,
)
_HEADER_FROM = re.compile(r"^\s*\*?(?:From|De|Von|Van|Da|Od)\s*:\s*\*?\s*\S", _FLAGS)
_HEADER_SENT = re.compile(
    r"^\s*\*?(?:Sent|Envoyé|Date|Gesendet|Datum|Enviado|Fecha|Inviato|Verzonden)\s*:", _FLAGS
)
_HEADER_TO = re.compile(
    r"^\s*\*?(?:To|À|A|An|Para|Aan|Subject|Objet|Betreff|Asunto|Oggetto|Onderwerp)\s*:", _FLAGS
)
_FORWARD_MARKER = re.compile(
    r"forwarded message|begin forwarded message|message transféré|début du message réexpédié"
    r"|weitergeleitete nachricht|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht",
    _FLAGS,
)
_RULE_LINE = re.compile(r"^\s*(?:_{5,}|-{5,})\s*$")
_MOBILE_SIGNATURE = re.compile(
    r"^\s*(?:Sent from my \S.*|Sent from (?:Outlook|Mail|Yahoo Mail|Gmail)\b.*"
    r"|Get Outlook for \S.*|Envoyé de mon \S.*|Envoyé depuis \S.*|Obtenir Outlook pour \S.*"
    r"|Télécharger Outlook pour \S.*|Von meinem \S.* gesendet.*|Enviado desde mi \S.*"
    r"|Inviato da(?:l mio)? \S.*|Verzonden vanaf mijn \S.*)\s*$",
    _FLAGS,
)
_QUOTED = re.compile(r"^\s*>")
# A bare "--" (separator with its trailing space lost) is only trusted near the end.
_MAX_LINES_AFTER_BARE_DASHES = 8


def _attribution_length(lines: list[str], index: int) -> int:
    """Return how many lines (1 or 2) form an attribution at ``index``, or 0."""
    if not _ATTRIBUTION_START.match(lines[index]):
        return 0
    if _ATTRIBUTION.match(lines[index]):
        return 1
    if index + 1 < len(lines) and _ATTRIBUTION.match(f"{lines[index]} {lines[index + 1]}"):
        return 2
    return 0


def _next_content_line(lines: list[str], index: int) -> str:
    """Return the first non-blank line from ``index`` on ("" if none)."""
    return next((line for line in lines[index:] if line.strip()), "")


def _is_header_block(lines: list[str], index: int) -> bool:
    """Tell whether an Outlook-style "From: / Sent: / To:" block starts at ``index``."""
    if not _HEADER_FROM.match(lines[index]):
        return False
    following = lines[index + 1 : index + 6]
    if not (any(map(_HEADER_SENT.match, following)) and any(map(_HEADER_TO.match, following))):
        return False
    before = " ".join(lines[max(0, index - 3) : index])
    return not _FORWARD_MARKER.search(before)


def _drop_trailing_rule(kept: list[str]) -> list[str]:
    """Remove the rule line Outlook puts above its header block, if any."""
    end = len(kept)
    while end and not kept[end - 1].strip():
        end -= 1
    return kept[: end - 1] if end and _RULE_LINE.match(kept[end - 1]) else kept


def _remove_reply_chain(lines: list[str]) -> list[str]:
    """Drop quoted lines, attributions, and everything below an unquoted chain."""
    kept: list[str] = []
    skip_until = 0
    for index, line in enumerate(lines):
        if index < skip_until:
            continue
        if _ORIGINAL_SEPARATOR.match(line) or _is_header_block(lines, index):
            return _drop_trailing_rule(kept)
        length = _attribution_length(lines, index)
        if length:
            attribution = " ".join(lines[index : index + length])
            if _QUOTED.match(_next_content_line(lines, index + length)):
                skip_until = index + length  # quoted lines follow: inline replies may too
                continue
            if _ATTRIBUTION_EVIDENCE.search(attribution):
                return kept
        if not _QUOTED.match(line):
            kept.append(line)
    return kept


def _remove_signature(lines: list[str]) -> list[str]:
    """Cut at a signature separator or a mobile-client footer."""
    content_after = sum(1 for line in lines if line.strip())  # non-blank lines still ahead
    for index, line in enumerate(lines):
        content_after -= bool(line.strip())
        if line == "-- " or _MOBILE_SIGNATURE.match(line):
            return lines[:index]
        if line.strip() == "--" and content_after <= _MAX_LINES_AFTER_BARE_DASHES:
            return lines[:index]
    return lines


def split_new_text(text: str) -> str:
    """Return only the newly written part of a message body.

    Removes ``>`` quoted lines and their attribution ("On ... wrote:",
    "Le ... a écrit :", "Am ... schrieb", "El ... escribió:", ...), Outlook
    reply headers ("-----Original Message-----", "From: ... Sent: ...",
    "De : ... Envoyé : ...") with everything below them, and signatures
    (a ``-- `` line, "Sent from my iPhone"). A closing such as "Cordialement,"
    is kept with the name after it.

    Args:
        text: A decoded message body.

    Returns:
        The new text, stripped of surrounding blank lines; ``text`` itself if
        nothing would be left.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept = _remove_signature(_remove_reply_chain(lines))
    result = re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in kept)).strip("\n")
    return result if result.strip() else text
