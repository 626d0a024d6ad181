"""Evaluation metrics on tiny hand-made data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp.evaluation import (
    EvalRecord,
    Prediction,
    evaluate,
    format_report,
    load_records,
    main,
    reconcile,
    score_predictions,
)
from nlp.types import LABELS, Classification


def _record(rid: str, labels: set[str], lang: str = "fr") -> EvalRecord:
    return EvalRecord(rid, "", "texte", frozenset(labels), lang)


def _pred(labels: set[str], review: bool = False) -> Prediction:
    return Prediction(frozenset(labels), review)


@pytest.mark.parametrize(
    ("gold", "predicted", "read_as"),
    [
        ({"objection"}, {"consent_withdrawal"}, {"objection"}),
        ({"consent_withdrawal"}, {"objection"}, {"consent_withdrawal"}),
        ({"erasure", "objection"}, {"erasure", "consent_withdrawal"}, {"erasure", "objection"}),
        # both in the gold: nothing to swap
        ({"objection", "consent_withdrawal"}, {"objection"}, {"objection"}),
        # the prediction already has the gold one: the extra one stays wrong
        ({"objection"}, {"objection", "consent_withdrawal"}, {"objection", "consent_withdrawal"}),
        ({"access"}, {"consent_withdrawal"}, {"consent_withdrawal"}),
    ],
)
def test_reconcile_accepts_the_marketing_alternative(
    gold: set[str], predicted: set[str], read_as: set[str]
) -> None:
    assert reconcile(frozenset(gold), frozenset(predicted)) == read_as


RECORDS = [
    _record("a", {"access"}),
    _record("b", {"erasure", "access"}),
    _record("c", {"other"}, "en"),
    _record("d", {"objection"}, "en"),
    _record("e", {"rectification"}),
]
PREDICTIONS = [
    _pred({"access"}),
    _pred({"erasure"}),
    _pred({"access"}),
    _pred({"consent_withdrawal"}),
    _pred({"other"}, review=False),
]


def test_headline_figures() -> None:
    report = score_predictions(RECORDS, PREDICTIONS)
    assert report.overall.count == 5
    assert report.overall.exact_match == pytest.approx(2 / 5)  # a, d (alternative)
    assert report.overall.missed_requests == 1  # e: only "other", not reviewed
    assert report.missed_ids == ("e",)
    assert report.wrong_ids == ("b", "c", "e")
    assert report.overall.review_rate == 0.0


def test_per_label_scores() -> None:
    per_label = score_predictions(RECORDS, PREDICTIONS).per_label
    assert set(per_label) == set(LABELS)
    access = per_label["access"]
    assert (access.support, access.predicted) == (2, 2)
    assert access.precision == pytest.approx(0.5)
    assert access.recall == pytest.approx(0.5)
    assert access.f1 == pytest.approx(0.5)
    erasure = per_label["erasure"]
    assert (erasure.precision, erasure.recall, erasure.f1) == (1.0, 1.0, 1.0)
    assert per_label["objection"].f1 == 1.0  # thanks to the accepted alternative
    assert per_label["consent_withdrawal"].predicted == 0
    rect = per_label["rectification"]
    assert (rect.precision, rect.recall, rect.f1) == (0.0, 0.0, 0.0)
    assert per_label["restriction"] == per_label["portability"]


def test_macro_f1_averages_the_labels_that_occur() -> None:
    report = score_predictions(RECORDS, PREDICTIONS)
    # access 0.5, erasure 1, objection 1, rectification 0, other 0 (gold 1, predicted 1, no hit)
    assert report.overall.macro_f1 == pytest.approx((0.5 + 1 + 1 + 0 + 0) / 5)


def test_per_language_breakdown() -> None:
    report = score_predictions(RECORDS, PREDICTIONS)
    assert set(report.by_language) == {"fr", "en"}
    assert report.by_language["en"].count == 2
    assert report.by_language["en"].exact_match == pytest.approx(0.5)
    assert report.by_language["fr"].missed_requests == 1


def test_reviewed_requests_are_not_missed() -> None:
    report = score_predictions([_record("x", {"erasure"})], [_pred({"other"}, review=True)])
    assert report.overall.missed_requests == 0
    assert report.overall.review_rate == 1.0


def test_lengths_must_match() -> None:
    with pytest.raises(ValueError):
        score_predictions(RECORDS, PREDICTIONS[:2])


def test_empty_input_gives_zeros() -> None:
    report = score_predictions([], [])
    assert report.overall.exact_match == 0.0
    assert report.overall.macro_f1 == 0.0


class _AlwaysAccess:
    def classify(self, *, subject: str, text: str) -> Classification:
        scores = {label: 0.0 for label in LABELS}
        return Classification(("access",), scores, "fr", needs_review=bool(subject))


def test_evaluate_runs_a_classifier() -> None:
    records = [EvalRecord("a", "sujet", "t", frozenset({"access"}), "fr"), RECORDS[1]]
    report = evaluate(_AlwaysAccess(), records)
    assert report.overall.exact_match == pytest.approx(0.5)
    assert report.overall.review_rate == pytest.approx(0.5)


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "set.jsonl"
    rows = [
        {"id": "amaury-1", "subject": "", "text": "Supprimez mon compte", "labels": ["erasure"],
         "lang": "fr", "source": "ignored"},
        {"id": "other-1", "subject": None, "text": "Merci !", "labels": ["other"], "lang": "fr"},
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n\n", encoding="utf-8")
    return path


def test_load_records_filters_by_prefix(tmp_path: Path) -> None:
    path = _write(tmp_path)
    assert [r.id for r in load_records(path)] == ["amaury-1", "other-1"]
    (only,) = load_records(path, "amaury-")
    assert only.labels == {"erasure"}
    assert load_records(path)[1].subject == ""


def test_format_report_lists_figures_and_ids_only() -> None:
    text = format_report(score_predictions(RECORDS, PREDICTIONS))
    assert "overall" in text and "macro-F1" in text
    assert "missed requests: e" in text
    assert "wrong label sets: b, c, e" in text
    assert "texte" not in text  # never the message text


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main([str(_write(tmp_path)), "--id-prefix", "amaury-"])
    out = capsys.readouterr().out
    assert "overall        1   100.0%" in out
    assert "wrong label sets: -" in out
