"""Text in, labels out: language detection and request classification.

The rest of Guichet only depends on the :class:`~nlp.types.Classifier`
protocol, so the rule-based baseline and the trained spaCy model are
interchangeable.
"""

from nlp.types import LABELS, Classification, Classifier, Evidence

__all__ = ["LABELS", "Classification", "Classifier", "Evidence"]
