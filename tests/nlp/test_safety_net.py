"""The trained classifier's safety net: a request never silently becomes ``other``."""

from __future__ import annotations

import json
from collections.abc import Sequence

import pytest

from app.demo_samples import SAMPLES
from nlp.calibration import widest_within_budget
from nlp.rule_engine import RuleOutcome
from nlp.trained import (
    TrainedClassifier,
    load_promoted_classifier,
    safety_net,
)
from nlp.training import factor_within_budget
from nlp.training_data.dataset import heldout_set
from nlp.types import OTHER, RIGHTS, Evidence

THRESHOLDS = dict.fromkeys(RIGHTS, 0.25)
CITATION = Evidence("erasure", "intl.erasure.art17_bare", "article 17")
HARD_NEGATIVE = Evidence("other", "fr.neg.acces_compte", "plus acces a mon compte")
CONTEXT = Evidence("other", "intl.ctx.art15_listed_rights", "droit de rectification")


def _outcome(rule: dict[str, float], evidence: Sequence[Evidence] = ()) -> RuleOutcome:
    return RuleOutcome({r: rule.get(r, 0.0) for r in RIGHTS}, tuple(evidence), False, False)


@pytest.mark.parametrize(
    ("labels", "score", "rule", "evidence", "fires"),
    [
        ((OTHER,), 0.0, {}, [], False),  # nothing at all
        ((OTHER,), 0.0, {"erasure": 0.4}, [], True),  # a rule at the review level
        ((OTHER,), 0.0, {"erasure": 0.3}, [], True),  # exactly the review level
        ((OTHER,), 0.0, {"erasure": 0.2}, [], False),  # a halved weak hint
        ((OTHER,), 0.0, {}, [CITATION], True),  # an article citation, even muted
        ((OTHER,), 0.0, {}, [CONTEXT], False),  # a listed right is no citation
        ((OTHER,), 0.05, {}, [], True),  # 0.2 x threshold: near enough
        ((OTHER,), 0.049, {}, [], False),  # just below the margin
        ((OTHER,), 0.2, {}, [HARD_NEGATIVE], False),  # explained away by a hard negative
        ((OTHER,), 0.0, {"erasure": 0.4}, [HARD_NEGATIVE], True),  # positive rule still counts
        (("erasure",), 0.9, {"erasure": 0.9}, [CITATION], False),  # a request: not the net's job
    ],
)
def test_safety_net_fires_only_on_other_with_evidence(
    labels: tuple[str, ...],
    score: float,
    rule: dict[str, float],
    evidence: list[Evidence],
    fires: bool,
) -> None:
    scores = dict.fromkeys(RIGHTS, 0.0) | {"objection": score}
    assert safety_net(labels, scores, THRESHOLDS, _outcome(rule, evidence), 0.2) is fires


@pytest.mark.parametrize(
    ("rates", "expected"),
    [
        ({0.5: 0.05, 0.3: 0.10, 0.1: 0.20}, 0.3),  # stops before the first over budget
        ({0.5: 0.05, 0.3: 0.14, 0.1: 0.15}, 0.1),  # the budget itself is allowed
        ({0.5: 0.30, 0.3: 0.40, 0.1: 0.50}, 0.5),  # all over: the narrowest net
        ({0.5: 0.05, 0.3: 0.20, 0.1: 0.10}, 0.5),  # no skipping over a breach
    ],
)
def test_widest_within_budget(rates: dict[float, float], expected: float) -> None:
    assert widest_within_budget(rates.__getitem__, tuple(rates), 0.15) == expected


@pytest.fixture(scope="module")
def classifier() -> TrainedClassifier:
    found = load_promoted_classifier()
    assert found is not None, "the repository ships a promoted model"
    return found.load()


@pytest.mark.parametrize(
    ("subject", "text", "review"),
    [
        ("Connexion impossible", "Bonjour, je n'ai plus accès à mon compte, mon mot de passe "
         "ne fonctionne plus. Pouvez-vous m'aider ?", False),
        ("", "Mon forfait de données est épuisé, comment le recharger ?", False),
        ("Abonnement", "Je souhaite résilier mon abonnement à la fin du mois.", False),
        ("", "Can you update the delivery address on order 5512 please", False),
        ("Invoice", "Hello, could you send me the invoice for my last order? Thank you.", False),
        ("Ma commande", "Bonjour, où en est ma commande n° 55102 ? Elle devait arriver hier.",
         False),
    ],
)  # fmt: skip
def test_hard_negatives_stay_out_of_review(
    classifier: TrainedClassifier, subject: str, text: str, review: bool
) -> None:
    result = classifier.classify(subject=subject, text=text)
    assert result.labels == (OTHER,)
    assert result.needs_review is review


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("", "Mes infos, vous en faites quoi ?"),
        ("", "Ma fiche chez vous, j en veux plus"),
    ],
)
def test_net_sends_an_unsure_request_to_review(
    classifier: TrainedClassifier, subject: str, text: str
) -> None:
    scored = classifier.score(subject=subject, text=text)
    without_net = classifier.decide(scored, safety_net_factor=1.0)
    with_net = classifier.decide(scored)
    assert without_net.labels == with_net.labels == (OTHER,)
    assert (without_net.needs_review, with_net.needs_review) == (False, True)
    assert with_net.evidence == without_net.evidence


def test_factor_is_the_held_out_choice(classifier: TrainedClassifier) -> None:
    """Repeat the choice ``guichet nlp train`` made and stored (generated data only)."""
    meta = json.loads((classifier.directory / "meta.json").read_text(encoding="utf-8"))
    heldout = heldout_set(meta["heldout_size"], seed=meta["seed"] + 1)
    scored = [(classifier.score(subject=e.subject, text=e.text), e.labels) for e in heldout]
    assert factor_within_budget(classifier, [s for s, _ in scored]) == classifier.safety_net_factor

    def missed(factor: float) -> int:
        count = 0
        for signals, gold in scored:
            decided = classifier.decide(signals, safety_net_factor=factor)
            count += gold != (OTHER,) and decided.labels == (OTHER,) and not decided.needs_review
        return count

    assert missed(classifier.safety_net_factor) < missed(1.0)  # 1.0: "near" is off


def test_plain_demo_non_requests_are_not_flagged(classifier: TrainedClassifier) -> None:
    for sample in SAMPLES:
        if sample.expect == "other":
            result = classifier.classify(subject=sample.subject, text=sample.body)
            assert (result.labels, result.needs_review) == ((OTHER,), False), sample.subject


def test_languages_come_from_the_version_and_others_go_to_review(
    classifier: TrainedClassifier,
) -> None:
    assert {"fr", "pl", "el"} <= set(classifier.languages)
    polish = classifier.classify(
        subject="", text="Proszę o usunięcie mojego konta i wszystkich moich danych osobowych."
    )
    assert (polish.language, polish.labels, polish.needs_review) == ("pl", ("erasure",), False)
    finnish = classifier.classify(
        subject="", text="Haluan, että poistatte kaikki minua koskevat henkilötietonne heti."
    )
    assert finnish.language == "fi" and "fi" not in classifier.languages
    assert finnish.needs_review
