"""The training and held-out sets: phrase-book messages, bank messages, sentences.

:func:`training_set` is what ``guichet nlp train`` learns from; the
held-out set (:func:`heldout_set`) holds whole messages only, built from
the fifth of the phrases and sentences that never appear in training, and
is where calibrators, thresholds and the review band are fitted.
"""

from __future__ import annotations

import random
from typing import Final

from nlp.training_data.banks import load_banks
from nlp.training_data.book_sentences import book_sentences
from nlp.training_data.composer import compose_message, sentence_examples
from nlp.training_data.generator import (
    LEXICONS,
    Chooser,
    Example,
    fill_placeholders,
    held_out_phrase,
    make_example,
)
from nlp.types import OTHER

BANK_WEIGHTS: Final = {"fr": 30, "en": 20, "de": 12, "es": 8, "it": 8, "nl": 8, "pt": 8}
"""Share of composed messages per language; a language missing here gets 3."""
PHRASE_BOOK_SHARE: Final = 0.3
"""Share of messages from the original phrase books and letter books."""


def _labels(rights: tuple[str, ...]) -> tuple[str, ...]:
    return rights or (OTHER,)


def generate_messages(count: int, *, seed: int, part: str = "all") -> list[Example]:
    """``count`` whole messages, deterministic for ``seed``.

    Args:
        count: How many messages.
        seed: Random seed.
        part: ``"train"``, ``"heldout"`` or ``"all"`` (see :class:`Chooser`).

    Returns:
        Messages in every language that has a bank or a phrase book.
    """
    rng = random.Random(seed)  # noqa: S311 (reproducible data, not secrets)
    banks = load_banks()
    langs = sorted(set(banks) | set(LEXICONS))
    weights = [BANK_WEIGHTS.get(lang, 3) for lang in langs]
    messages = []
    for index in range(count):
        lang = rng.choices(langs, weights)[0]
        if lang not in banks or (lang in LEXICONS and rng.random() < PHRASE_BOOK_SHARE):
            messages.append(make_example(rng, lang, index, part))
            continue
        subject, text, rights = compose_message(
            rng, Chooser(rng, part, strict=True), banks[lang], fill_placeholders
        )
        messages.append(Example(f"bank-{lang}-{index:06d}", subject, text, _labels(rights), lang))
    return messages


def generate_sentences(*, seed: int, part: str = "all") -> list[Example]:
    """Every bank and book sentence of ``part`` as a one-sentence example.

    Bank sentences also come as noisy copies (lower case, no accents, typos).
    """
    rng = random.Random(seed)  # noqa: S311 (reproducible data, not secrets)

    def keep(text: str) -> bool:
        return part == "all" or held_out_phrase(text) == (part == "heldout")

    examples = []
    for lang, bank in load_banks().items():
        for index, (text, rights) in enumerate(
            sentence_examples(rng, bank, keep, fill_placeholders)
        ):
            examples.append(Example(f"sent-{lang}-{index:06d}", "", text, _labels(rights), lang))
    for index, (lang, rights, text) in enumerate(book_sentences(rng)):
        if keep(text):
            filled = fill_placeholders(text, rng)
            examples.append(Example(f"book-{lang}-{index:06d}", "", filled, _labels(rights), lang))
    return examples


def training_set(messages: int, *, seed: int) -> list[Example]:
    """Messages and sentences of the training part, shuffled."""
    examples = generate_messages(messages, seed=seed, part="train")
    examples += generate_sentences(seed=seed, part="train")
    random.Random(seed).shuffle(examples)  # noqa: S311
    return examples


def heldout_set(messages: int, *, seed: int) -> list[Example]:
    """Whole messages of the held-out part."""
    return generate_messages(messages, seed=seed, part="heldout")
