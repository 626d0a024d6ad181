"""The trained classifier: spaCy scores + rule evidence, calibrated, thresholded.

How a message is decided:

1. reply-chain lines (``>``) and the signature are dropped, the subject is
   joined to the body and the language identified (:mod:`nlp.language_id`);
2. the text is normalised as for the rules (case, accents, SMS forms) and
   scored by the spaCy ``textcat_multilabel`` pipeline;
3. the rules of the detected language and the article citations run; their
   hits are the evidence and their scores a second signal;
4. per right, a calibrator fitted on held-out data turns both signals into a
   probability, and the per-label threshold accepts it;
5. ``needs_review`` is set for a language the model was not trained on, and
   when a right scores in its review band (below its threshold but above
   ``review_factor`` times it) — an unsure request is a question for a
   human, never a silent ``other``.
"""

from __future__ import annotations

import functools
import re
import threading
from pathlib import Path
from typing import Any, Final

import spacy

from nlp.baseline import ALL_RULES
from nlp.calibration import Calibrator
from nlp.language_id import MODEL_LANGUAGES, identify_language
from nlp.model_store import read_meta
from nlp.rule_engine import Rule, RuleOutcome, find_hits, normalise_for_rules, score_hits
from nlp.types import LABELS, OTHER, RIGHTS, Classification

_QUOTED: Final = re.compile(r"^[ \t]*>.*$", re.MULTILINE)
_SIGNATURE: Final = re.compile(r"^-- ?$", re.MULTILINE)
_CITATION_PREFIX: Final = "intl"


def strip_quotes(text: str) -> str:
    """Drop ``>`` reply-chain lines and everything after a ``-- `` signature line."""
    cut = _SIGNATURE.search(text)
    return _QUOTED.sub("", text[: cut.start()] if cut else text)


def model_input(subject: str, text: str) -> str:
    """The normalised text the spaCy pipeline sees, in training and in use."""
    body = strip_quotes(text)
    return normalise_for_rules(f"{subject}\n\n{body}" if subject.strip() else body)


@functools.cache
def rules_for(language: str) -> tuple[Rule, ...]:
    """The detected language's rules and the citations; every table when unknown.

    Running one table instead of eight keeps the rule layer within the
    latency budget; a language outside the model goes to review anyway.
    """
    if language not in MODEL_LANGUAGES:
        return ALL_RULES
    prefixes = (f"{language}.", f"{_CITATION_PREFIX}.")
    return tuple(rule for rule in ALL_RULES if rule.name.startswith(prefixes))


def rule_outcome(normalised: str, language: str) -> RuleOutcome:
    """Run the rule layer on :func:`model_input` text, as the classifier does."""
    return score_hits(find_hits(rules_for(language), normalised))


class TrainedClassifier:
    """A promoted model version; the pipeline is loaded on first use, once."""

    def __init__(self, version_dir: Path) -> None:
        """Read the version's metadata; the spaCy pipeline loads lazily.

        Args:
            version_dir: ``<models>/<version>``.
        """
        meta = read_meta(version_dir.parent, version_dir.name)
        self._dir = version_dir
        self.model = f"spacy-textcat/{meta['version']}"
        self._calibrators = {k: Calibrator(*v) for k, v in meta["calibrators"].items()}
        self._thresholds: dict[str, float] = meta["thresholds"]
        self._review_factor = float(meta["review_factor"])
        self._nlp: Any = None
        self._lock = threading.Lock()

    def _pipeline(self) -> Any:
        if self._nlp is None:
            with self._lock:
                if self._nlp is None:
                    self._nlp = spacy.load(self._dir / "pipeline")
        return self._nlp

    def load(self) -> TrainedClassifier:
        """Load the pipeline now (benchmarks and servers warm up with it)."""
        self._pipeline()
        return self

    def classify(self, *, subject: str, text: str) -> Classification:
        """Classify one message (see the module docstring).

        Args:
            subject: Subject line, ``""`` when the channel has none.
            text: The message body.

        Returns:
            Labels, calibrated scores, language, review flag and rule evidence.
        """
        language = identify_language(f"{subject}\n{strip_quotes(text)}")
        normalised = model_input(subject, text)
        raw = self._pipeline()(normalised).cats
        outcome = rule_outcome(normalised, language)
        scores = {
            right: round(self._calibrators[right](raw[right], outcome.scores[right]), 4)
            for right in RIGHTS
        }
        accepted = tuple(r for r in RIGHTS if scores[r] >= self._thresholds[r])
        unsure = any(
            self._review_factor * self._thresholds[r] <= scores[r] < self._thresholds[r]
            for r in RIGHTS
        )
        all_scores = {label: scores.get(label, 0.0) for label in LABELS}
        all_scores[OTHER] = round(1.0 - max(scores.values()), 4)
        return Classification(
            labels=accepted or (OTHER,),
            scores=all_scores,
            language=language,
            needs_review=language not in MODEL_LANGUAGES or unsure,
            evidence=outcome.evidence,
            model=self.model,
        )


def load_promoted_classifier(root: Path | None = None) -> TrainedClassifier | None:
    """The promoted trained model, or None when no version was promoted.

    Only metadata is read here; the spaCy pipeline loads on first use.

    Args:
        root: Models directory; :func:`nlp.model_store.default_models_dir` by default.
    """
    from nlp.model_store import default_models_dir, promoted_version

    models = root or default_models_dir()
    version = promoted_version(models)
    return TrainedClassifier(models / version) if version else None
