"""Extra views of an evaluation: confusion matrix, per-language P/R/F1, PNG plot.

Headline figures come from :mod:`nlp.evaluation`; this module adds what an
admin tuning the model looks at. Labels are compared after the taxonomy's
accepted alternative is applied (:func:`nlp.evaluation.reconcile`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from nlp.evaluation import EvalRecord, Prediction, reconcile
from nlp.types import LABELS

Matrix = list[list[int]]


def confusion_matrix(records: Sequence[EvalRecord], predictions: Sequence[Prediction]) -> Matrix:
    """Multi-label confusion: cell (gold g, predicted p) counts records with both.

    The diagonal holds the hits; a gold ``access`` record predicted as
    ``erasure`` adds one to row ``access``, column ``erasure``.
    """
    index = {label: i for i, label in enumerate(LABELS)}
    matrix = [[0] * len(LABELS) for _ in LABELS]
    for record, prediction in zip(records, predictions, strict=True):
        predicted = reconcile(record.labels, prediction.labels)
        for gold in record.labels:
            for label in predicted:
                matrix[index[gold]][index[label]] += 1
    return matrix


def language_prf(
    records: Sequence[EvalRecord], predictions: Sequence[Prediction]
) -> dict[str, tuple[float, float, float, int]]:
    """Micro precision, recall, F1 and record count per gold language."""
    result = {}
    for lang in sorted({r.lang for r in records}):
        tp = fp = fn = count = 0
        for record, prediction in zip(records, predictions, strict=True):
            if record.lang != lang:
                continue
            count += 1
            predicted = reconcile(record.labels, prediction.labels)
            tp += len(record.labels & predicted)
            fp += len(predicted - record.labels)
            fn += len(record.labels - predicted)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[lang] = (precision, recall, f1, count)
    return result


def plot_confusion(matrix: Matrix, path: Path, title: str) -> None:
    """Save the confusion matrix as a PNG heat map (matplotlib, no display needed)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(8, 7))
    axes.imshow(matrix, cmap="Blues")
    axes.set_xticks(range(len(LABELS)), LABELS, rotation=45, ha="right")
    axes.set_yticks(range(len(LABELS)), LABELS)
    axes.set_xlabel("predicted")
    axes.set_ylabel("gold")
    axes.set_title(title)
    peak = max((max(row) for row in matrix), default=0)
    for row, values in enumerate(matrix):
        for col, value in enumerate(values):
            if value:
                colour = "white" if value > peak / 2 else "black"
                axes.text(col, row, str(value), ha="center", va="center", color=colour)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=100)
    plt.close(figure)
