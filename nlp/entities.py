"""Entities a controller needs to act on a request: names, addresses, numbers, dates.

E-mail addresses, customer/order numbers and dates are found by patterns
in any language; person names come from ``fr_core_news_sm`` for French text
(loaded once, lazily, from the installed package: nothing is downloaded).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any, Final

import spacy

_EMAIL: Final = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_REFERENCE: Final = re.compile(
    r"\b(?:[A-Z]{1,6}-\d{3,}|(?:n°|no\.?|nr\.?|#)\s?\d{4,}|\d{6,})\b", re.IGNORECASE
)
_DATE: Final = re.compile(
    r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre"
    r"|octobre|novembre|décembre|january|february|march|april|may|june|july|august"
    r"|september|october|november|december)(?: \d{4})?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Entity:
    """One extracted entity: ``kind`` is person, email, reference or date."""

    kind: str
    text: str


@functools.cache
def _french() -> Any:
    """The French pipeline, NER only (other components are not needed)."""
    return spacy.load("fr_core_news_sm", disable=["parser", "lemmatizer", "morphologizer"])


def extract_entities(text: str, language: str) -> list[Entity]:
    """Extract entities from a message, in text order per kind.

    Args:
        text: Message body.
        language: ISO 639-1 code; names are extracted for ``"fr"`` only.

    Returns:
        Distinct entities (person names, e-mail addresses, references, dates).
    """
    found: list[Entity] = []
    if language == "fr":
        found += [Entity("person", e.text) for e in _french()(text).ents if e.label_ == "PER"]
    found += [Entity("email", m.group()) for m in _EMAIL.finditer(text)]
    without_emails = _EMAIL.sub(" ", text)
    found += [Entity("reference", m.group()) for m in _REFERENCE.finditer(without_emails)]
    found += [Entity("date", m.group()) for m in _DATE.finditer(without_emails)]
    return list(dict.fromkeys(found))
