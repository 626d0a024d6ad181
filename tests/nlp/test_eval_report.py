"""Confusion matrix and per-language scores."""

from __future__ import annotations

from nlp.eval_report import confusion_matrix, language_prf
from nlp.evaluation import EvalRecord, Prediction
from nlp.types import LABELS


def _record(ident: str, labels: set[str], lang: str) -> EvalRecord:
    return EvalRecord(ident, "", "text", frozenset(labels), lang)


def test_confusion_counts_gold_against_predicted_with_the_accepted_alternative() -> None:
    records = [
        _record("a", {"access"}, "fr"),
        _record("b", {"consent_withdrawal"}, "en"),
        _record("c", {"erasure"}, "en"),
    ]
    predictions = [
        Prediction(frozenset({"access"}), False),
        Prediction(frozenset({"objection"}), False),  # accepted alternative
        Prediction(frozenset({"other"}), True),
    ]
    matrix = confusion_matrix(records, predictions)
    at = LABELS.index
    assert matrix[at("access")][at("access")] == 1
    assert matrix[at("consent_withdrawal")][at("consent_withdrawal")] == 1
    assert matrix[at("erasure")][at("other")] == 1
    assert sum(map(sum, matrix)) == 3


def test_language_scores_are_micro_averaged() -> None:
    records = [_record("a", {"access", "erasure"}, "fr"), _record("b", {"other"}, "en")]
    predictions = [
        Prediction(frozenset({"access"}), False),
        Prediction(frozenset({"other"}), False),
    ]
    scores = language_prf(records, predictions)
    assert scores["fr"][:2] == (1.0, 0.5)
    assert scores["en"] == (1.0, 1.0, 1.0, 1)
