"""Score a classifier on a JSONL file of labelled messages.

Each line is ``{"id", "subject", "text", "labels", "lang"}``. The scoring
functions are pure; only :func:`load_records` and :func:`main` touch files.

Accepted alternative (``shared/taxonomy.md``): marketing opt-outs may be
labelled ``consent_withdrawal`` or ``objection``. It is applied to every
record: when the gold labels hold one of the two and not the other, a
prediction holding the other one instead is read as the gold one.

A *missed request* is a record whose gold has a right but whose prediction
is only ``other`` and not sent to review: the costly error.

Run ``python -m nlp.evaluation FILE [--id-prefix PREFIX]`` to print a report.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from nlp.types import LABELS, OTHER, Classifier

Pair = tuple[frozenset[str], frozenset[str]]  # gold and predicted labels of one record
_ALTERNATIVES: Final = (("consent_withdrawal", "objection"), ("objection", "consent_withdrawal"))


@dataclass(frozen=True)
class EvalRecord:
    """One labelled message (``labels`` is the gold set)."""

    id: str
    subject: str
    text: str
    labels: frozenset[str]
    lang: str


@dataclass(frozen=True)
class Prediction:
    """What the classifier said about one record."""

    labels: frozenset[str]
    needs_review: bool


@dataclass(frozen=True)
class LabelScore:
    """Precision, recall and F1 of one label (0 when undefined)."""

    precision: float
    recall: float
    f1: float
    support: int
    predicted: int


@dataclass(frozen=True)
class GroupScore:
    """Headline figures of all records or of one language."""

    count: int
    exact_match: float
    macro_f1: float
    missed_requests: int
    review_rate: float


@dataclass(frozen=True)
class EvaluationReport:
    """Everything :func:`score_predictions` measures.

    Attributes:
        overall: Headline figures of all records.
        per_label: Scores of every label in ``LABELS``.
        by_language: Headline figures per gold ``lang``.
        missed_ids: Ids of requests predicted as only ``other`` without review.
        wrong_ids: Ids whose predicted label set is not the gold one.
    """

    overall: GroupScore
    per_label: dict[str, LabelScore]
    by_language: dict[str, GroupScore]
    missed_ids: tuple[str, ...]
    wrong_ids: tuple[str, ...]


def reconcile(gold: frozenset[str], predicted: frozenset[str]) -> frozenset[str]:
    """Apply the accepted alternative: read a swapped marketing label as the gold one.

    Args:
        gold: Gold labels.
        predicted: Predicted labels.

    Returns:
        The predicted labels, with the alternative swapped where it applies.
    """
    for wanted, given in _ALTERNATIVES:
        if wanted in gold and given not in gold and given in predicted and wanted not in predicted:
            return (predicted - {given}) | {wanted}
    return predicted


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def _label_scores(pairs: Sequence[Pair]) -> dict[str, LabelScore]:
    scores = {}
    for label in LABELS:
        true_pos = sum(1 for gold, pred in pairs if label in gold and label in pred)
        support = sum(1 for gold, _ in pairs if label in gold)
        predicted = sum(1 for _, pred in pairs if label in pred)
        precision, recall = _ratio(true_pos, predicted), _ratio(true_pos, support)
        total = precision + recall
        f1 = 2 * precision * recall / total if total else 0.0
        scores[label] = LabelScore(precision, recall, f1, support, predicted)
    return scores


def _pairs(records: Sequence[EvalRecord], predictions: Sequence[Prediction]) -> list[Pair]:
    """(gold, prediction read with the accepted alternative) per record."""
    pairs = zip(records, predictions, strict=True)
    return [(r.labels, reconcile(r.labels, p.labels)) for r, p in pairs]


def _missed(records: Sequence[EvalRecord], predictions: Sequence[Prediction]) -> list[str]:
    """Ids of requests predicted as only ``other`` and not sent to review."""
    return [
        r.id
        for r, p in zip(records, predictions, strict=True)
        if r.labels != {OTHER} and p.labels == {OTHER} and not p.needs_review
    ]


def _group(records: Sequence[EvalRecord], predictions: Sequence[Prediction]) -> GroupScore:
    pairs = _pairs(records, predictions)
    # macro-F1 averages the labels that occur in the gold or in the predictions
    present = [s.f1 for s in _label_scores(pairs).values() if s.support or s.predicted]
    return GroupScore(
        count=len(records),
        exact_match=_ratio(sum(1 for gold, pred in pairs if gold == pred), len(pairs)),
        macro_f1=sum(present) / len(present) if present else 0.0,
        missed_requests=len(_missed(records, predictions)),
        review_rate=_ratio(sum(1 for p in predictions if p.needs_review), len(predictions)),
    )


def score_predictions(
    records: Sequence[EvalRecord], predictions: Sequence[Prediction]
) -> EvaluationReport:
    """Compare predictions with gold labels.

    Args:
        records: Gold records.
        predictions: One prediction per record, in the same order.

    Returns:
        The report.

    Raises:
        ValueError: If the two sequences differ in length.
    """
    if len(records) != len(predictions):
        raise ValueError("one prediction per record is required")
    pairs = _pairs(records, predictions)
    by_language = {}
    for lang in sorted({r.lang for r in records}):
        chosen = [i for i, r in enumerate(records) if r.lang == lang]
        by_language[lang] = _group([records[i] for i in chosen], [predictions[i] for i in chosen])
    return EvaluationReport(
        overall=_group(records, predictions),
        per_label=_label_scores(pairs),
        by_language=by_language,
        missed_ids=tuple(_missed(records, predictions)),
        wrong_ids=tuple(
            r.id for r, (gold, pred) in zip(records, pairs, strict=True) if gold != pred
        ),
    )


def evaluate(classifier: Classifier, records: Iterable[EvalRecord]) -> EvaluationReport:
    """Classify every record and score the result.

    Args:
        classifier: Any :class:`~nlp.types.Classifier`.
        records: Gold records.

    Returns:
        The report.
    """
    chosen = list(records)
    results = [classifier.classify(subject=r.subject, text=r.text) for r in chosen]
    predictions = [Prediction(frozenset(r.labels), r.needs_review) for r in results]
    return score_predictions(chosen, predictions)


def load_records(path: Path, id_prefix: str = "") -> list[EvalRecord]:
    """Read the records whose id starts with ``id_prefix``; extra fields are ignored.

    ``path`` is a JSONL file, or a folder whose ``*.jsonl`` files are read in
    name order (the project's dev set, ``nlp/training_data/dev``).
    """
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    lines = [line for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    rows = [json.loads(line) for line in lines if line.strip()]
    return [
        EvalRecord(r["id"], r.get("subject") or "", r["text"], frozenset(r["labels"]), r["lang"])
        for r in rows
        if r["id"].startswith(id_prefix)
    ]


def _group_line(name: str, group: GroupScore) -> str:
    return (
        f"{name:<10}{group.count:>6}{group.exact_match:>9.1%}{group.macro_f1:>10.3f}"
        f"{group.missed_requests:>8}{group.review_rate:>9.1%}"
    )


def format_report(report: EvaluationReport) -> str:
    """Render a report as plain text (ids only, never message text)."""
    lines = [f"{'':<10}{'n':>6}{'exact':>9}{'macro-F1':>10}{'missed':>8}{'review':>9}"]
    lines += [_group_line("overall", report.overall)]
    lines += [_group_line(lang, group) for lang, group in report.by_language.items()]
    lines += ["", f"{'label':<20}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'pred':>6}"]
    lines += [
        f"{label:<20}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.support:>6}{s.predicted:>6}"
        for label, s in report.per_label.items()
    ]
    lines += ["", f"missed requests: {', '.join(report.missed_ids) or '-'}"]
    lines += [f"wrong label sets: {', '.join(report.wrong_ids) or '-'}"]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: evaluate the rule-based baseline on a JSONL file."""
    from nlp.baseline import RuleBasedClassifier  # late import: scoring stays model-free

    parser = argparse.ArgumentParser(description="Score the rule-based baseline on a JSONL file.")
    parser.add_argument("file", type=Path)
    parser.add_argument("--id-prefix", default="", help="only records whose id starts so")
    args = parser.parse_args(argv)
    report = evaluate(RuleBasedClassifier(), load_records(args.file, args.id_prefix))
    print(format_report(report))


if __name__ == "__main__":
    main()
