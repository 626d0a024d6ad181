"""The rule-based classifier, driven by the hand-written development set.

``dev_requests.jsonl`` was written for this project (formal letters, plain
mails, SMS style with typos, long mails with the request buried, requests
on behalf of others, hard negatives, other languages). Each record gives
the expected labels and, where it matters, the expected review flag.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from nlp.baseline import RuleBasedClassifier
from nlp.types import LABELS, OTHER, Classification, Classifier

DEV_SET = Path(__file__).with_name("dev_requests.jsonl")
CASES: list[dict[str, Any]] = [
    json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line
]
CLASSIFIER = RuleBasedClassifier()


def _classify(subject: str, text: str) -> Classification:
    return CLASSIFIER.classify(subject=subject, text=text)


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_development_set(case: dict[str, Any]) -> None:
    result = _classify(case["subject"], case["text"])
    assert set(result.labels) == set(case["labels"])
    if "review" in case:
        assert result.needs_review is case["review"]


def test_development_set_covers_the_brief() -> None:
    french_english = [c for c in CASES if c["lang"] in ("fr", "en")]
    assert len(french_english) >= 80
    assert {label for c in french_english for label in c["labels"]} == set(LABELS)
    assert sum(1 for c in french_english if len(c["labels"]) > 1) >= 10


@pytest.mark.parametrize(
    ("text", "language", "labels"),
    [
        ("Bitte löschen Sie alle meine Daten gemäß Art. 17 DSGVO.", "de", ("erasure",)),
        ("Solicito el acceso a mis datos personales.", "es", ("access",)),
        ("Non voglio più ricevere la vostra newsletter.", "it", ("objection",)),
        ("Dobrý den, žádám o výmaz mých osobních údajů. Děkuji.", "und", (OTHER,)),
        ("Παρακαλώ διαγράψτε τα προσωπικά μου δεδομένα.", "und", (OTHER,)),
        ("", "und", (OTHER,)),
    ],
)
def test_unsupported_language_is_a_best_guess_sent_to_review(
    text: str, language: str, labels: tuple[str, ...]
) -> None:
    result = _classify("", text)
    assert result.language == language
    assert result.labels == labels
    assert result.needs_review


@pytest.mark.parametrize(
    "text",
    ["Je ne veux plus recevoir vos newsletters.", "Unsubscribe me from your marketing emails."],
)
def test_marketing_opt_out_is_objection_with_consent_withdrawal_as_evidence(text: str) -> None:
    result = _classify("", text)
    assert result.labels == ("objection",)
    assert {e.label for e in result.evidence} >= {"objection", "consent_withdrawal"}


@pytest.mark.parametrize(
    "text", ["Comment exercer mon droit d'accès ?", "How do I exercise my right of access?"]
)
def test_question_about_a_right_is_other_but_reviewed(text: str) -> None:
    result = _classify("", text)
    assert result.labels == (OTHER,)
    assert result.needs_review
    assert 0.3 <= result.scores["access"] < 0.5
    assert any(e.label == "access" for e in result.evidence)


def test_subject_counts() -> None:
    result = _classify("Suppression de mon compte", "Merci d'avance.")
    assert result.labels == ("erasure",)


def test_hard_negative_overlapping_a_request_goes_to_review() -> None:
    result = _classify("", "Can you delete the order on my account?")
    assert result.labels == (OTHER,)
    assert result.needs_review
    assert any(e.rule == "en.neg.delete_order" for e in result.evidence)


@pytest.mark.parametrize("case", CASES[:40], ids=[case["id"] for case in CASES[:40]])
def test_classification_invariants(case: dict[str, Any]) -> None:
    result = _classify(case["subject"], case["text"])
    assert set(result.scores) == set(LABELS)
    assert all(0.0 <= score <= 1.0 for score in result.scores.values())
    assert list(result.labels) == [label for label in LABELS if label in result.labels]
    assert OTHER not in result.labels or result.labels == (OTHER,)
    assert result.model == "rules-baseline/1"
    assert all(len(e.span) <= 40 for e in result.evidence)
    assert result.is_request == (result.labels != (OTHER,))


def test_rights_below_the_threshold_are_not_labels() -> None:
    strict = RuleBasedClassifier(accept_threshold=0.95, review_threshold=0.5)
    result = strict.classify(subject="", text="jveux supprimer mon compte svp")
    assert result.labels == (OTHER,)
    assert result.needs_review


@pytest.mark.parametrize(("accept", "review"), [(0.5, 0.6), (0.5, 0.0), (1.5, 0.3)])
def test_invalid_thresholds_are_rejected(accept: float, review: float) -> None:
    with pytest.raises(ValueError):
        RuleBasedClassifier(accept_threshold=accept, review_threshold=review)


def test_implements_the_classifier_protocol() -> None:
    classifier: Classifier = RuleBasedClassifier()
    assert classifier.classify(subject="", text="Merci !").labels == (OTHER,)
