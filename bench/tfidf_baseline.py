"""TF-IDF + logistic regression, trained on the same generated data as the spaCy model.

A comparison point only (scikit-learn is a development dependency). It is
fitted on the same training set as ``guichet nlp train`` (messages and bank
sentences) and sees the same normalised text as the spaCy model; it has no
review band, so it only asks for review for languages it was not trained on.
"""

from __future__ import annotations

from typing import Any

from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-untyped]
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]
from sklearn.multiclass import OneVsRestClassifier  # type: ignore[import-untyped]
from sklearn.pipeline import make_pipeline  # type: ignore[import-untyped]

from nlp.language_id import identify_language
from nlp.segments import model_text
from nlp.training_data.dataset import training_set
from nlp.types import LABELS, OTHER, RIGHTS, Classification


class TfidfBaseline:
    """Word 1-2-gram TF-IDF, one logistic regression per right, threshold 0.5."""

    model = "tfidf-logreg"

    def __init__(self, pipeline: Any, languages: frozenset[str]) -> None:
        """Wrap a fitted scikit-learn pipeline and the languages it was fitted on."""
        self._pipeline = pipeline
        self._languages = languages

    @classmethod
    def train(cls, count: int = 16000, seed: int = 0) -> TfidfBaseline:
        """Fit on the training set (same defaults as ``guichet nlp train``)."""
        examples = training_set(count, seed=seed)
        texts = [model_text(e.subject, e.text) for e in examples]
        targets = [[int(right in e.labels) for right in RIGHTS] for e in examples]
        pipeline = make_pipeline(
            TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
            OneVsRestClassifier(LogisticRegression(max_iter=1000, C=10.0)),
        )
        pipeline.fit(texts, targets)
        return cls(pipeline, frozenset(e.lang for e in examples))

    def classify(self, *, subject: str, text: str) -> Classification:
        """Classify one message."""
        language = identify_language(f"{subject}\n{text}")
        probabilities = self._pipeline.predict_proba([model_text(subject, text)])[0]
        scores = {right: float(p) for right, p in zip(RIGHTS, probabilities, strict=True)}
        accepted = tuple(right for right in RIGHTS if scores[right] >= 0.5)
        scores[OTHER] = 1.0 - max(scores.values())
        return Classification(
            labels=accepted or (OTHER,),
            scores={label: scores[label] for label in LABELS},
            language=language,
            needs_review=language not in self._languages,
            model=self.model,
        )
