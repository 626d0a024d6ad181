"""Train, calibrate and save one model version (spaCy's Python API).

The spaCy config is ``nlp/configs/textcat_multilabel.cfg``. Training uses
the project's generated data plus stored corrections; a held-out split of
the generated data (never the external evaluation set) fits the calibrators,
the per-label thresholds and the review band, and its figures are saved in
``meta.json`` so a promotion can show them side by side.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from spacy.training import Example as SpacyExample
from spacy.util import load_config, load_model_from_config, minibatch

from nlp.calibration import best_threshold, fit_calibrator, widest_within_budget
from nlp.evaluation import EvalRecord, Prediction, score_predictions
from nlp.model_scoring import FLAT, pieces, raw_scores, rules_text, training_text
from nlp.trained import (
    SAFETY_NET_BUDGET,
    SAFETY_NET_FACTORS,
    Scored,
    TrainedClassifier,
    rule_outcome,
)
from nlp.types import LABELS, RIGHTS

CONFIG_PATH: Final = Path(__file__).resolve().parent / "configs" / "textcat_multilabel.cfg"
REVIEW_FACTORS: Final = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
REVIEW_BUDGET: Final = 0.06
"""Largest share of held-out messages the review band may flag."""

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class TrainingRecord:
    """One labelled message for training or held-out scoring."""

    subject: str
    text: str
    labels: frozenset[str]
    lang: str


def _train_pipeline(
    records: Sequence[TrainingRecord], epochs: int, seed: int, progress: Progress, scheme: str
) -> Any:
    config = load_config(CONFIG_PATH, overrides={"system.seed": seed})
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    examples = [
        SpacyExample.from_dict(
            nlp.make_doc(training_text(r.subject, r.text, scheme)),
            {"cats": {label: float(label in r.labels) for label in LABELS}},
        )
        for r in records
    ]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)  # noqa: S311 (reproducible data, not secrets)
    for epoch in range(epochs):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=64):  # type: ignore[no-untyped-call]
            nlp.update(batch, sgd=optimizer, drop=0.1)
        progress(epoch + 1, epochs)
    return nlp


def _review_factor(
    heldout: Sequence[TrainingRecord], scores: list[dict[str, float]], thresholds: dict[str, float]
) -> float:
    """The widest review band whose held-out review rate stays within budget.

    A wider band catches more unsure requests (fewer missed) but sends more
    messages to a human; the budget keeps the review queue workable.
    """
    for factor in sorted(REVIEW_FACTORS):
        flagged = sum(
            1
            for row in scores
            if any(factor * thresholds[r] <= row[r] < thresholds[r] for r in RIGHTS)
        )
        if flagged <= REVIEW_BUDGET * max(len(scores), 1):
            return factor
    return max(REVIEW_FACTORS)


def train_version(
    *,
    train: Sequence[TrainingRecord],
    heldout: Sequence[TrainingRecord],
    out_dir: Path,
    version: str,
    created: str,
    epochs: int = 8,
    seed: int = 0,
    progress: Progress = lambda done, total: None,
    scheme: str = FLAT,
) -> dict[str, Any]:
    """Train a pipeline, calibrate it on ``heldout`` and write ``out_dir/<version>``.

    Args:
        train: Training records (generated data and corrections).
        heldout: Held-out generated records for calibration and thresholds.
        out_dir: The models directory.
        version: New version name.
        created: ISO timestamp to record (the caller reads the clock).
        epochs: Passes over the training data.
        seed: Random seed.
        progress: Called with ``(epochs_done, epochs)``.
        scheme: Input scheme (:mod:`nlp.model_scoring`); older versions
            were trained with ``"whole"``.

    Returns:
        The metadata written to ``meta.json``.
    """
    nlp = _train_pipeline(train, epochs, seed, progress, scheme)
    target = out_dir / version
    target.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target / "pipeline")
    raw = raw_scores(nlp, (pieces(r.subject, r.text, scheme) for r in heldout))
    rules = [rule_outcome(rules_text(r.subject, r.text), r.lang).scores for r in heldout]
    calibrators, thresholds = {}, {}
    calibrated: list[dict[str, float]] = [{} for _ in heldout]
    for right in RIGHTS:
        truth = [right in r.labels for r in heldout]
        fitted = fit_calibrator([c[right] for c in raw], [s[right] for s in rules], truth)
        calibrators[right] = [fitted.a, fitted.b, fitted.c]
        for index, (cats, ruled) in enumerate(zip(raw, rules, strict=True)):
            calibrated[index][right] = fitted(cats[right], ruled[right])
        thresholds[right] = best_threshold([c[right] for c in calibrated], truth)
    meta: dict[str, Any] = {
        "version": version, "created": created, "config": CONFIG_PATH.name, "seed": seed,
        "epochs": epochs, "train_size": len(train), "heldout_size": len(heldout),
        "input": scheme, "languages": sorted({r.lang for r in train} - {"und"}),
        "calibrators": calibrators, "thresholds": thresholds,
        "review_factor": _review_factor(heldout, calibrated, thresholds),
    }  # fmt: skip
    # the classifier reads its calibration from meta.json: write it, then score
    # the held-out messages once for both the safety-net choice and the figures
    (target / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    classifier = TrainedClassifier(target)
    scored = [classifier.score(subject=r.subject, text=r.text) for r in heldout]
    factor = factor_within_budget(classifier, scored)
    classifier.safety_net_factor = meta["safety_net_factor"] = factor
    meta["heldout"] = heldout_figures(classifier, heldout, scored)
    (target / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return meta


def factor_within_budget(classifier: TrainedClassifier, scored: Sequence[Scored]) -> float:
    """The lowest safety-net factor whose held-out review rate stays within budget.

    The review rate counts every cause (unknown language, review band, net),
    so the net gets whatever the budget (``SAFETY_NET_BUDGET``) leaves.

    Args:
        classifier: The new version.
        scored: Its :meth:`~nlp.trained.TrainedClassifier.score` of each held-out message.
    """

    def review_rate(factor: float) -> float:
        decided = [classifier.decide(s, safety_net_factor=factor) for s in scored]
        return sum(d.needs_review for d in decided) / max(len(decided), 1)

    return widest_within_budget(review_rate, SAFETY_NET_FACTORS, SAFETY_NET_BUDGET)


def heldout_figures(
    classifier: TrainedClassifier, heldout: Sequence[TrainingRecord], scored: Sequence[Scored]
) -> dict[str, float]:
    """Headline figures of a classifier on held-out records it has already scored."""
    records = [
        EvalRecord(f"h{i}", r.subject, r.text, r.labels, r.lang) for i, r in enumerate(heldout)
    ]
    predictions = []
    for signals in scored:
        result = classifier.decide(signals)
        predictions.append(Prediction(frozenset(result.labels), result.needs_review))
    overall = score_predictions(records, predictions).overall
    return {
        "exact_match": round(overall.exact_match, 4), "macro_f1": round(overall.macro_f1, 4),
        "missed": overall.missed_requests, "review_rate": round(overall.review_rate, 4),
    }  # fmt: skip
