"""What the spaCy pipeline is asked to score, per model version's input scheme.

Versions trained before sentence scoring (``"whole"``, the default for a
``meta.json`` without ``input``) score the ASCII-folded whole text; later
versions (``"segments"``) score the whole text and each of its sentences,
every script kept, and a right's raw score is its highest score over those
pieces (see :mod:`nlp.segments` for why).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Final

from nlp.segments import model_text, segments
from nlp.types import RIGHTS

WHOLE: Final = "whole"
SEGMENTS: Final = "segments"
SCHEMES: Final = (WHOLE, SEGMENTS)


def rules_text(subject: str, text: str) -> str:
    """The ASCII-folded subject and new text: the rule layer's input (and v1/v2's)."""
    return model_text(subject, text, keep_scripts=False)


def training_text(subject: str, text: str, scheme: str) -> str:
    """The one text a training example becomes under ``scheme``."""
    return model_text(subject, text) if scheme == SEGMENTS else rules_text(subject, text)


def pieces(subject: str, text: str, scheme: str) -> list[str]:
    """The texts scored for one message: the whole, then (segments) each sentence."""
    if scheme != SEGMENTS:
        return [rules_text(subject, text)]
    whole = model_text(subject, text)
    parts = segments(whole)
    return [whole, *parts] if len(parts) > 1 else [whole]


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
