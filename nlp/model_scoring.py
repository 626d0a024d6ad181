"""What the spaCy pipeline is asked to score, per model version's input scheme.

Versions trained before sentence scoring (``"whole"``, the default for a
``meta.json`` without ``input``) score the ASCII-folded whole text. Later
versions score the whole text and each of its sentences, every script kept,
and a right's raw score is its highest score over those pieces (see
:mod:`nlp.segments` for why).

``"segments"`` (v3) passed the whole text with its line breaks. spaCy keeps
each run of whitespace as a token, and the bag-of-words model learnt those
tokens as words: a formal letter with many short paragraphs looked like an
access request, whatever it asked (an erasure letter scored 0.97 for access
with its line breaks and 0.00 without). ``"flat"`` passes every piece on one
line, in training and in use, so only words count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, Final

from nlp.segments import model_text, segments
from nlp.types import RIGHTS

WHOLE: Final = "whole"
SEGMENTS: Final = "segments"
FLAT: Final = "flat"
SCHEMES: Final = (WHOLE, SEGMENTS, FLAT)
_WHITESPACE: Final = re.compile(r"\s+")


def rules_text(subject: str, text: str) -> str:
    """The ASCII-folded subject and new text: the rule layer's input (and v1/v2's)."""
    return model_text(subject, text, keep_scripts=False)


def one_line(text: str) -> str:
    """``text`` with every run of whitespace made a single space."""
    return _WHITESPACE.sub(" ", text).strip()


def training_text(subject: str, text: str, scheme: str) -> str:
    """The one text a training example becomes under ``scheme``."""
    if scheme == WHOLE:
        return rules_text(subject, text)
    whole = model_text(subject, text)
    return one_line(whole) if scheme == FLAT else whole


def pieces(subject: str, text: str, scheme: str) -> list[str]:
    """The texts scored for one message: the whole, then each sentence."""
    if scheme == WHOLE:
        return [rules_text(subject, text)]
    whole = model_text(subject, text)
    parts = segments(whole)
    first = one_line(whole) if scheme == FLAT else whole
    return [first, *parts] if len(parts) > 1 else [first]


def raw_scores(nlp: Any, messages: Iterable[Sequence[str]]) -> list[dict[str, float]]:
    """Per message, each right's highest pipeline score over its pieces.

    Args:
        nlp: The loaded spaCy pipeline.
        messages: :func:`pieces` of each message.

    Returns:
        One ``{right: score}`` per message, in order.
    """
    grouped = [list(p) for p in messages]
    flat = [piece for group in grouped for piece in group]
    cats = iter([doc.cats for doc in nlp.pipe(flat, batch_size=256)])
    results = []
    for group in grouped:
        scored = [next(cats) for _ in group]
        results.append({right: max(float(c[right]) for c in scored) for right in RIGHTS})
    return results
