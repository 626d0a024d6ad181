"""The classifier contract shared by every implementation.

Labels follow ``shared/taxonomy.md``: eight rights plus ``other``, which
means "not a data-protection request" and is always alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final, Protocol

LABELS: Final[tuple[str, ...]] = (
    "access",
    "rectification",
    "erasure",
    "restriction",
    "portability",
    "objection",
    "consent_withdrawal",
    "automated_decision",
    "other",
)
RIGHTS: Final[tuple[str, ...]] = LABELS[:-1]
OTHER: Final = "other"


@dataclass(frozen=True)
class Evidence:
    """One rule hit that supports a label, kept so an auditor can see why.

    Attributes:
        label: The label the rule votes for.
        rule: Stable rule name, e.g. ``"fr.erasure.supprimer_donnees"``.
        span: The matched words, at most a few dozen characters.
    """

    label: str
    rule: str
    span: str


@dataclass(frozen=True)
class Classification:
    """What a classifier concluded about one message.

    Attributes:
        labels: Non-empty, sorted in ``LABELS`` order; ``("other",)`` alone
            when the message is not a data-protection request.
        scores: A score in [0, 1] for every label in ``LABELS``.
        language: ISO 639-1 code, or ``"und"`` when undetermined.
        needs_review: True when a human should confirm the labels (unsure,
            contradictory, or a language the classifier does not know).
        evidence: Rule hits behind the decision, in text order.
        model: Name and version of the classifier that produced this.
    """

    labels: tuple[str, ...]
    scores: dict[str, float]
    language: str
    needs_review: bool
    evidence: tuple[Evidence, ...] = field(default=())
    model: str = "unknown"

    @property
    def is_request(self) -> bool:
        """True when at least one right is asked for."""
        return any(label != OTHER for label in self.labels)


class Classifier(Protocol):
    """Anything that turns a message into a :class:`Classification`."""

    def classify(self, *, subject: str, text: str) -> Classification:
        """Classify one message.

        Args:
            subject: Subject line, ``""`` when the channel has none.
            text: The new text of the message (quoted replies removed).

        Returns:
            The labels, scores, language and review flag.
        """
        ...
