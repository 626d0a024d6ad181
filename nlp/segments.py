"""Cut a message into the sentences the trained model scores one by one.

A request is usually made in one or two sentences, wherever they sit: at
the top of a chat message, in the third paragraph of a formal letter, in
the middle of a long story. Scoring the whole text alone lets a long letter
dilute that sentence among greetings, identification details and legal
boilerplate; scoring each sentence as well, and keeping the strongest
score per right, finds it wherever it is. The whole text is still scored,
for requests spread over several sentences.

Everything here is pure and runs on :func:`model_text` output, the same
text in training and in use.
"""

from __future__ import annotations

import re
from typing import Final

from nlp.rule_engine import normalise_for_rules

_QUOTED: Final = re.compile(r"^[ \t]*>.*$", re.MULTILINE)
_SIGNATURE: Final = re.compile(r"^-- ?$", re.MULTILINE)
# a sentence ends at . ! ? followed by a space and a non-digit: "art. 15"
# and "abs. 1" stay whole; "e.g." was already joined by the normaliser
_SENTENCE_END: Final = re.compile(r"(?<=[.!?])\s+(?=[^\d\s])")
MIN_WORDS: Final = 4
"""Shorter pieces ("bonjour,", "ref. 12") are joined to the next sentence."""
MAX_SEGMENTS: Final = 60
"""Longer messages keep their first sentences only (latency budget)."""


def strip_quotes(text: str) -> str:
    """Drop ``>`` reply-chain lines and everything after a ``-- `` signature line."""
    cut = _SIGNATURE.search(text)
    return _QUOTED.sub("", text[: cut.start()] if cut else text)


def model_text(subject: str, text: str, *, keep_scripts: bool = True) -> str:
    """The normalised subject and new text: every script kept, as the model sees it.

    With ``keep_scripts=False`` it is folded to ASCII: the rule layer's input,
    and the v1/v2 models' (:func:`nlp.model_scoring.rules_text`).
    """
    body = strip_quotes(text)
    joined = f"{subject}\n\n{body}" if subject.strip() else body
    return normalise_for_rules(joined, keep_scripts=keep_scripts)


def segments(normalised: str) -> list[str]:
    """The sentences of a :func:`model_text`, short pieces joined to the next.

    Args:
        normalised: Output of :func:`model_text`.

    Returns:
        At most :data:`MAX_SEGMENTS` segments, in text order; a text
        without any sentence break gives one segment.
    """
    pieces = [
        piece
        for line in normalised.split("\n")
        for piece in _SENTENCE_END.split(line)
        if piece.strip()
    ]
    joined: list[str] = []
    pending = ""
    for piece in pieces:
        pending = f"{pending} {piece}" if pending else piece
        if len(pending.split()) >= MIN_WORDS:
            joined.append(pending)
            pending = ""
        if len(joined) == MAX_SEGMENTS:
            return joined
    if pending:
        if joined and len(pending.split()) < MIN_WORDS:
            joined[-1] = f"{joined[-1]} {pending}"
        else:
            joined.append(pending)
    return joined
