"""`guichet nlp eval` output: headline table, P/R/F1 per label and language, confusion."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from rich.console import Console
from rich.table import Table

from nlp import model_store
from nlp.baseline import RuleBasedClassifier
from nlp.eval_report import confusion_matrix, language_prf, plot_confusion
from nlp.evaluation import (
    EvalRecord,
    EvaluationReport,
    Prediction,
    format_report,
    load_records,
    score_predictions,
)
from nlp.evaluation import evaluate as evaluate_records
from nlp.training_data.banks import DEV_DIR
from nlp.types import LABELS, Classifier

DEFAULT_EVAL_DATA: Final = (
    Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "external_requests.jsonl"
)
"""The external held-out set, beside the repository: for measuring only, never training."""


def _predict(classifier: Classifier, records: list[EvalRecord]) -> list[Prediction]:
    predictions = []
    for record in records:
        result = classifier.classify(subject=record.subject, text=record.text)
        predictions.append(Prediction(frozenset(result.labels), result.needs_review))
    return predictions


def _confusion_table(matrix: list[list[int]]) -> Table:
    table = Table(title="confusion (rows gold, columns predicted)")
    table.add_column("gold \\ pred")
    for label in LABELS:
        table.add_column(label[:6], justify="right")
    for label, row in zip(LABELS, matrix, strict=True):
        table.add_row(label, *(str(v) if v else "." for v in row))
    return table


def _language_table(prf: dict[str, tuple[float, float, float, int]]) -> Table:
    table = Table(title="per language (micro over labels)")
    for name in ("lang", "n", "P", "R", "F1"):
        table.add_column(name, justify="right")
    for lang, (precision, recall, f1, count) in prf.items():
        table.add_row(lang, str(count), f"{precision:.3f}", f"{recall:.3f}", f"{f1:.3f}")
    return table


def _headline(name: str, report: EvaluationReport) -> str:
    o = report.overall
    return (
        f"{name}: n={o.count} exact={o.exact_match:.3f} macro-F1={o.macro_f1:.3f} "
        f"missed={o.missed_requests} ({o.missed_requests / max(o.count, 1):.1%}) "
        f"review={o.review_rate:.1%}"
    )


def print_evaluation(
    console: Console, classifier: Classifier, data: Path, *, plot: Path, tier: str
) -> EvaluationReport:
    """Evaluate ``classifier`` on ``data``, print everything, save the PNG.

    Returns:
        The report on all records.
    """
    records = load_records(data)
    predictions = _predict(classifier, records)
    report = score_predictions(records, predictions)
    console.print(f"model {getattr(classifier, 'model', '?')} on {data.name}")
    console.print(format_report(report), highlight=False)
    console.print(_language_table(language_prf(records, predictions)))
    matrix = confusion_matrix(records, predictions)
    console.print(_confusion_table(matrix))
    plot_confusion(matrix, plot, f"{getattr(classifier, 'model', '')} on {data.name}")
    console.print(f"confusion matrix plot: {plot}")
    console.print(_headline("all", report))
    chosen = [i for i, r in enumerate(records) if r.id.startswith(tier)]
    if tier and chosen:
        rest = [i for i in range(len(records)) if i not in set(chosen)]
        for name, picked in ((tier + "*", chosen), ("other tiers", rest)):
            sub = score_predictions([records[i] for i in picked], [predictions[i] for i in picked])
            console.print(_headline(name, sub))
    return report


def _dev_figures(root: Path, version: str | None) -> dict[str, float]:
    """A version scored live on the hand-written dev set (never trained on).

    Empty when the version cannot be loaded (an incomplete directory): the
    comparison then shows "-" rather than hiding the switch behind a crash.
    """
    from nlp.trained import TrainedClassifier

    try:
        classifier: Classifier = (
            TrainedClassifier(root / version).load() if version else RuleBasedClassifier()
        )
    except (KeyError, OSError):
        return {}
    overall = evaluate_records(classifier, load_records(DEV_DIR)).overall
    return {
        "exact_match": round(overall.exact_match, 4), "macro_f1": round(overall.macro_f1, 4),
        "missed": overall.missed_requests, "review_rate": round(overall.review_rate, 4),
    }  # fmt: skip


def version_comparison(root: Path, current: str | None, candidate: str) -> Table:
    """Dev-set figures side by side, and each version's own held-out figures.

    Held-out splits differ between versions (each is drawn from the data that
    version was trained with), so only the dev-set rows compare like with like.
    """
    table = Table(title=f"comparison ({len(load_records(DEV_DIR))} dev messages, scored now)")
    table.add_column("figure")
    table.add_column(f"current {current or '(rules)'}")
    table.add_column(f"candidate {candidate}")
    now, new = _dev_figures(root, current), _dev_figures(root, candidate)
    for key in ("exact_match", "macro_f1", "missed", "review_rate"):
        table.add_row(f"dev {key}", str(now.get(key, "-")), str(new.get(key, "-")))
    old_own = model_store.read_meta(root, current).get("heldout", {}) if current else {}
    new_own = model_store.read_meta(root, candidate).get("heldout", {})
    for key in ("exact_match", "macro_f1", "missed", "review_rate"):
        table.add_row(f"own held-out {key}", str(old_own.get(key, "-")), str(new_own.get(key, "-")))
    return table
