"""The generated training data: deterministic, varied, and split by phrase."""

from __future__ import annotations

import pytest

from nlp.training_data import generate_examples
from nlp.training_data.generator import LEXICONS, held_out_phrase
from nlp.types import LABELS, OTHER


def test_same_seed_same_examples() -> None:
    assert generate_examples(50, seed=7) == generate_examples(50, seed=7)
    assert generate_examples(50, seed=7) != generate_examples(50, seed=8)


def test_labels_are_valid_and_other_is_alone() -> None:
    for example in generate_examples(600, seed=1):
        assert example.labels and set(example.labels) <= set(LABELS)
        assert OTHER not in example.labels or example.labels == (OTHER,)


def test_every_language_and_label_occurs() -> None:
    examples = generate_examples(3000, seed=2)
    assert {e.lang for e in examples} == set(LEXICONS)
    assert {label for e in examples for label in e.labels} == set(LABELS)


@pytest.mark.parametrize("lang", sorted(LEXICONS))
def test_held_out_request_phrases_never_reach_the_training_part(lang: str) -> None:
    texts = " ".join(e.text for e in generate_examples(1500, seed=3, part="train"))
    checked = [
        phrase
        for phrases in LEXICONS[lang].requests.values()
        # a list whose phrases all fall in one part cannot be split: both parts use it
        if not all(held_out_phrase(p) for p in phrases)
        for phrase in phrases
        if held_out_phrase(phrase) and "{" not in phrase
    ]
    if not checked:
        pytest.skip(f"no fixed held-out request phrase in {lang!r}: nothing to check")
    for phrase in checked:
        assert phrase not in texts


@pytest.mark.parametrize("lang", sorted(LEXICONS))
def test_formal_letters_cover_every_language_and_cite_articles(lang: str) -> None:
    letters = [e for e in generate_examples(4000, seed=5) if e.id.startswith(f"let-{lang}-")]
    assert {label for e in letters for label in e.labels} == set(LABELS)
    requests = [e for e in letters if e.labels != (OTHER,)]
    cited = sum(any(c.isdigit() for c in e.text) for e in requests)
    assert requests and cited >= 0.8 * len(requests)  # some letters name the right only
    assert "{" not in " ".join(e.text + e.subject for e in letters)
