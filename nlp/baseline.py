"""The transparent rule-based classifier: regex rules, noisy-OR scores.

How a message is decided:

1. subject and body are joined (the subject counts like a paragraph),
   the language is detected and the text normalised;
2. every rule table runs (French, English, the other languages' tables and
   language-neutral article citations), so a French mail with an English
   subject, or a German letter citing "Art. 15 DSGVO", is still read;
3. per right, ``score = 1 - prod(1 - s)`` over the distinct rules that hit,
   where ``s`` is the rule's strength after suppressing rules (see
   :mod:`nlp.rule_engine`); ``other`` scores ``1 - max(right scores)``;
4. labels are the rights scoring at least ``accept_threshold``, else
   ``("other",)``;
5. ``needs_review`` is set when the language is not in ``SUPPORTED`` (the
   labels are then a best guess), when a right scores in
   ``[review_threshold, accept_threshold)``, when personal-data words occur
   but no right is accepted, or when a hard negative and a positive rule
   matched the same text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from nlp import rules_citations, rules_en, rules_fr
from nlp.language import SUPPORTED, detect_language
from nlp.rule_engine import Rule, find_hits, normalise_for_rules, score_hits
from nlp.rule_tables import TABLE_LANGUAGES, load_table
from nlp.types import LABELS, OTHER, RIGHTS, Classification

ACCEPT_THRESHOLD: Final = 0.5
REVIEW_THRESHOLD: Final = 0.3
ALL_RULES: Final[tuple[Rule, ...]] = (
    rules_fr.RULES
    + rules_en.RULES
    + tuple(rule for lang in TABLE_LANGUAGES[2:] for rule in load_table(lang))
    + rules_citations.RULES
)


class RuleBasedClassifier:
    """Classifier made of named regex rules; every decision lists its evidence.

    Attributes:
        model: Name and version written into every classification.
    """

    model = "rules-baseline/1"

    def __init__(
        self,
        *,
        accept_threshold: float = ACCEPT_THRESHOLD,
        review_threshold: float = REVIEW_THRESHOLD,
        rules: Sequence[Rule] = ALL_RULES,
    ) -> None:
        """Set thresholds and rules.

        Args:
            accept_threshold: Minimum score for a right to become a label.
            review_threshold: Minimum score for a right to ask for review.
            rules: Compiled rules; all tables by default.

        Raises:
            ValueError: If the thresholds are not ``0 < review <= accept <= 1``.
        """
        if not 0 < review_threshold <= accept_threshold <= 1:
            raise ValueError("thresholds must satisfy 0 < review <= accept <= 1")
        self._accept = accept_threshold
        self._review = review_threshold
        self._rules = tuple(rules)

    def classify(self, *, subject: str, text: str) -> Classification:
        """Classify one message.

        Args:
            subject: Subject line, ``""`` when the channel has none.
            text: The new text of the message (quoted replies removed).

        Returns:
            Labels, scores for every label, language, review flag, evidence.
        """
        combined = f"{subject}\n\n{text}" if subject.strip() else text
        language = detect_language(combined).code
        outcome = score_hits(find_hits(self._rules, normalise_for_rules(combined)))
        rights = outcome.scores
        accepted = tuple(right for right in RIGHTS if rights[right] >= self._accept)
        undecided = any(self._review <= rights[right] < self._accept for right in RIGHTS)
        needs_review = (
            language not in SUPPORTED
            or undecided
            or (outcome.personal_data_vocabulary and not accepted)
            or outcome.conflict
        )
        scores = {label: rights.get(label, 0.0) for label in LABELS}
        scores[OTHER] = round(1.0 - max(rights.values(), default=0.0), 4)
        return Classification(
            labels=accepted or (OTHER,),
            scores=scores,
            language=language,
            needs_review=needs_review,
            evidence=outcome.evidence,
            model=self.model,
        )
