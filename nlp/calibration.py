"""Pure numerics of the trained classifier: score calibration and thresholds.

Each right gets a calibrated probability from two signals: the spaCy
model's score and the rule layer's score. A per-label logistic regression
(Platt scaling extended by the rule score) is fitted on a held-out split of
the project's own data, then the per-label acceptance threshold is chosen
on the same split to maximise F1. Plain numpy: nothing to install at run
time, and the fitted numbers are stored in the model's ``meta.json``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

_EPS = 1e-4


@dataclass(frozen=True)
class Calibrator:
    """``p = sigmoid(a * logit(model) + b * rule + c)`` for one label."""

    a: float
    b: float
    c: float

    def __call__(self, model_score: float, rule_score: float) -> float:
        """Calibrated probability from the two raw scores."""
        clipped = min(max(model_score, _EPS), 1 - _EPS)
        z = self.a * math.log(clipped / (1 - clipped)) + self.b * rule_score + self.c
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def fit_calibrator(
    model_scores: Sequence[float], rule_scores: Sequence[float], truth: Sequence[bool]
) -> Calibrator:
    """Fit one label's calibrator by L2-regularised Newton steps.

    Args:
        model_scores: Raw model probabilities on the held-out split.
        rule_scores: Rule-layer scores of the same messages.
        truth: Whether the label is gold for each message.

    Returns:
        The fitted calibrator (identity-like when the split has one class).
    """
    if len(set(truth)) < 2:
        return Calibrator(1.0, 0.0, 0.0)
    clipped = np.clip(np.asarray(model_scores, dtype=float), _EPS, 1 - _EPS)
    features = np.column_stack(
        [np.log(clipped / (1 - clipped)), np.asarray(rule_scores, dtype=float), np.ones(len(truth))]
    )
    target = np.asarray(truth, dtype=float)
    weights: npt.NDArray[np.float64] = np.array([1.0, 0.0, 0.0])
    # a real ridge: on separable data plain Newton steps run off to infinity
    ridge = np.diag([1.0, 1.0, 1e-2])
    for _ in range(50):
        probs = 1.0 / (1.0 + np.exp(-np.clip(features @ weights, -30, 30)))
        gradient = features.T @ (probs - target) + ridge @ weights
        hessian = (features * (probs * (1 - probs))[:, None]).T @ features + ridge
        step = np.linalg.solve(hessian, gradient)
        step = step * min(1.0, 2.0 / max(float(np.abs(step).max()), 1e-12))  # damped
        weights = weights - step
        if float(np.abs(step).max()) < 1e-8:
            break
    return Calibrator(float(weights[0]), float(weights[1]), float(weights[2]))


def best_threshold(scores: Sequence[float], truth: Sequence[bool]) -> float:
    """The acceptance threshold with the best F1 on a held-out split.

    Ties go to the lower threshold (a missed request costs more than a
    superfluous label). Candidates run from 0.2 to 0.8.

    Args:
        scores: Calibrated scores of one label.
        truth: Gold membership of the label.

    Returns:
        The chosen threshold.
    """
    best, chosen = -1.0, 0.5
    for step in range(20, 81, 2):
        threshold = step / 100
        tp = sum(1 for s, t in zip(scores, truth, strict=True) if t and s >= threshold)
        fp = sum(1 for s, t in zip(scores, truth, strict=True) if not t and s >= threshold)
        fn = sum(1 for s, t in zip(scores, truth, strict=True) if t and s < threshold)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best + 1e-9:
            best, chosen = f1, threshold
    return chosen


def widest_within_budget(
    review_rate_at: Callable[[float], float], factors: Sequence[float], budget: float
) -> float:
    """The lowest review factor whose held-out review rate stays within budget.

    A lower factor widens a review band (more unsure requests reach a human,
    fewer are missed) at the price of a longer review queue; the review rate
    only grows as the factor falls, so the first factor over budget ends the
    search.

    Args:
        review_rate_at: Held-out review rate obtained with a given factor.
        factors: Candidate factors in (0, 1].
        budget: Largest acceptable review rate, e.g. ``0.15``.

    Returns:
        The chosen factor; the highest candidate when even that is over budget.
    """
    chosen = max(factors)
    for factor in sorted(factors, reverse=True):
        if review_rate_at(factor) > budget:
            break
        chosen = factor
    return chosen
