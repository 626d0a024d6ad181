"""Compose whole messages and sentence examples from the sentence banks.

Two kinds of training example come out of a bank:

- whole messages, in four shapes: a formal letter (scaffolding around the
  request paragraphs), a plain mail, a chat or SMS line (lower case, no
  accents, typos) and a rambling mail with the request buried in a story;
  about a third are non-requests built from ``none`` sentences;
- single sentences with their own labels, so the model learns what each
  sentence means wherever it later appears (:mod:`nlp.segments`).

Labels of a message are the union of its sentences' labels: scaffolding
and ``none`` sentences add nothing.
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Callable, Iterator, Sequence
from typing import Final

from nlp.training_data.banks import Bank, Labelled
from nlp.training_data.noise import add_typos, drop_accents
from nlp.training_data.salutations import CLOSINGS, GREETINGS

Pick = Callable[[Sequence[str]], str]
Fill = Callable[[str, random.Random], str]

_SHAPES: Final = ("letter", "plain", "chat", "rambling")
_SHAPE_WEIGHTS: Final = (35, 30, 20, 15)
_RIGHT_COUNTS: Final = ((1, 2, 3, 4), (55, 27, 12, 6))
OTHER_SHARE: Final = 0.32
_VAGUE_SUBJECTS: Final = ("Question", "Demande", "Request", "Info", "?", "Re:", "Urgent", "")


def pick_rights(rng: random.Random, bank: Bank) -> tuple[str, ...]:
    """A label set for a request message: one to four rights of the bank."""
    available = sorted({label for labels, _ in bank.requests for label in labels})
    count = min(rng.choices(*_RIGHT_COUNTS)[0], len(available))
    chosen = set(rng.sample(available, count))
    return tuple(label for label in available if label in chosen)


def request_sentences(
    rng: random.Random, pick: Pick, bank: Bank, rights: tuple[str, ...]
) -> tuple[list[str], tuple[str, ...]]:
    """Sentences exercising ``rights``, and the rights they really cover.

    A multi-right sentence is used when one fits inside the set (people
    often ask two things in one breath); single-right sentences cover
    the rest, in a random order. A right without a sentence of the wanted
    part (train or held-out) is left out, and so is its label.
    """
    remaining = set(rights)
    sentences: list[str] = []
    if len(rights) > 1 and rng.random() < 0.45:
        fitting = {
            text: labels
            for labels, text in bank.requests
            if len(labels) > 1 and set(labels) <= remaining
        }
        with contextlib.suppress(LookupError):
            text = pick(list(fitting))
            sentences.append(text)
            remaining -= set(fitting[text])
    covered = set(rights) - remaining
    for right in rights:
        if right in remaining:
            with contextlib.suppress(LookupError):
                sentences.append(pick(bank.singles(right)))
                covered.add(right)
    if rng.random() < 0.5:
        rng.shuffle(sentences)
    return sentences, tuple(r for r in rights if r in covered)


def _subject(rng: random.Random, pick: Pick, bank: Bank, rights: tuple[str, ...]) -> str:
    roll = rng.random()
    if roll < 0.45:
        return ""
    if roll < 0.55:
        return rng.choice(_VAGUE_SUBJECTS)

    def fits(labels: tuple[str, ...]) -> bool:
        # a request's subject names one of its rights; a non-request's names none
        return bool(labels) and set(labels) <= set(rights) if rights else not labels

    fitting = [text for labels, text in bank.subjects if fits(labels)]
    try:
        return pick(fitting)
    except (LookupError, IndexError):
        return ""


def _some(rng: random.Random, pick: Pick, pool: Sequence[str], low: int, high: int) -> list[str]:
    try:
        return [pick(pool) for _ in range(rng.randint(low, high))] if pool else []
    except LookupError:
        return []


def compose_message(
    rng: random.Random, pick: Pick, bank: Bank, fill: Fill
) -> tuple[str, str, tuple[str, ...]]:
    """One whole message ``(subject, text, rights)``; no rights is a non-request.

    Args:
        rng: Seeded random source.
        pick: Chooses one sentence (restricted to the train or held-out part).
        bank: The language's sentences.
        fill: Fills ``{name}``-style placeholders.
    """
    rights = () if rng.random() < OTHER_SHARE else pick_rights(rng, bank)
    core: list[str] = []
    if rights:
        core, rights = request_sentences(rng, pick, bank, rights)
    if not core:
        rights, core = (), _some(rng, pick, bank.none, 1, 3)
    if rights and rng.random() < 0.12:  # a request mixed with an ordinary customer matter
        with contextlib.suppress(LookupError):
            core.insert(rng.randrange(len(core) + 1), pick(bank.none))
    shape = rng.choices(_SHAPES, _SHAPE_WEIGHTS)[0]
    if shape == "letter":
        before = _some(rng, pick, bank.frame, 1, 3)
        paragraphs = before + core + _some(rng, pick, bank.frame, 0, 3)
        body = "\n\n".join(paragraphs)
    elif shape == "rambling":
        story = _some(rng, pick, bank.frame + bank.none, 3, 6)
        cut = rng.randint(0, len(story))
        body = " ".join(story[:cut] + core + story[cut:])
    else:
        body = " ".join(core) if shape == "chat" else "\n\n".join(core)
    if shape != "chat":
        # known gap, kept so that v3 stays reproducible: the seven phrase-book
        # languages have no entry here, so their composed messages carry no
        # greeting or closing (a fix trained as "v5" was not better on the dev set)
        greeting = rng.choice(GREETINGS.get(bank.lang, ("",)))
        closing = rng.choice(CLOSINGS.get(bank.lang, ("",)))
        body = "\n\n".join(part for part in (greeting, body, f"{closing}\n{{name}}") if part)
    text = fill(body, rng)
    if shape == "chat":
        text = drop_accents(text.lower()) if rng.random() < 0.6 else text.lower()
    text = add_typos(text, rng, rate=0.06 if shape == "chat" else 0.015)
    return fill(_subject(rng, pick, bank, rights), rng), text, rights


def sentence_examples(
    rng: random.Random, bank: Bank, keep: Callable[[str], bool], fill: Fill
) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Every kept sentence of the bank as ``(text, rights)``, plus a noisy copy of some.

    Args:
        rng: Seeded random source.
        bank: The language's sentences.
        keep: Which sentences belong to the wanted part (train or held-out).
        fill: Fills placeholders.
    """
    items: list[Labelled] = [
        *bank.requests,
        *(((), text) for text in bank.none + bank.frame),
        *bank.subjects,
    ]
    for labels, text in items:
        if not keep(text):
            continue
        clean = fill(text, rng)
        yield clean, labels
        if rng.random() < 0.5:
            noisy = drop_accents(clean.lower()) if rng.random() < 0.5 else clean.lower()
            yield add_typos(noisy, rng, rate=0.05), labels
