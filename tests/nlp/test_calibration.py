"""Calibration and threshold choice on held-out scores."""

from __future__ import annotations

import pytest

from nlp.calibration import Calibrator, best_threshold, fit_calibrator


def test_calibrator_is_monotone_in_both_signals() -> None:
    model = [i / 100 for i in range(1, 100)]
    rules = [0.9 if i % 3 == 0 else 0.0 for i in range(1, 100)]
    truth = [m > 0.6 or r > 0 for m, r in zip(model, rules, strict=True)]
    fitted = fit_calibrator(model, rules, truth)
    assert fitted.a > 0 and fitted.b > 0
    assert fitted(0.9, 0.0) > fitted(0.2, 0.0)
    assert fitted(0.2, 0.9) > fitted(0.2, 0.0)


def test_separable_data_keeps_finite_weights() -> None:
    truth = [i >= 50 for i in range(100)]
    fitted = fit_calibrator([i / 100 for i in range(100)], [0.0] * 100, truth)
    assert max(abs(fitted.a), abs(fitted.b), abs(fitted.c)) < 100


def test_one_class_gives_the_identity_like_calibrator() -> None:
    assert fit_calibrator([0.2, 0.7], [0.0, 0.5], [False, False]) == Calibrator(1.0, 0.0, 0.0)


@pytest.mark.parametrize(
    ("scores", "truth", "expected"),
    [
        ([0.1, 0.3, 0.7, 0.9], [False, False, True, True], 0.32),
        ([0.1, 0.25, 0.5, 0.9], [False, True, True, True], 0.2),
    ],
)
def test_best_threshold_picks_the_lowest_best_f1(
    scores: list[float], truth: list[bool], expected: float
) -> None:
    assert best_threshold(scores, truth) == expected
