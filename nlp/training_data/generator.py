"""Combine the phrase books into labelled, noisy example messages.

Every example is built from clean phrases, then styled: formal letters,
casual mails, SMS-style one-liners, long rambling mails with the request
buried among context sentences, requests made on someone else's behalf,
reminders, and a quoted reply chain that must not count. About a third of
the examples are non-requests ("other"), most of them hard negatives that
use request words in another sense.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from nlp.training_data import (
    extras,
    letters,
    phrases_de,
    phrases_en,
    phrases_es,
    phrases_fr,
    phrases_it,
    phrases_nl,
    phrases_pt,
)
from nlp.training_data.lexicon import Lexicon
from nlp.training_data.noise import add_typos, drop_accents, sms_style

LEXICONS: Final[dict[str, Lexicon]] = {
    lex.lang: lex
    for lex in (phrases_fr.LEXICON, phrases_en.LEXICON, phrases_de.LEXICON, phrases_es.LEXICON,
                phrases_it.LEXICON, phrases_nl.LEXICON, phrases_pt.LEXICON)
}  # fmt: skip
LANGUAGE_WEIGHTS: Final = {"fr": 30, "en": 22, "de": 12, "es": 9, "it": 9, "nl": 9, "pt": 9}
_NAMES: Final = ("Claire Moreau", "Tom Baker", "Jonas Weber", "Lucía Ortega", "Giulia Ferri",
                 "Sanne de Vries", "João Costa", "Nadia Benali", "Pierre-Yves Le Gall")  # fmt: skip
_COMPANIES: Final = ("Nordvolt", "Alpha Énergie", "Quickbank", "Streamly", "MediCare Plus")
_STYLES: Final = ("formal", "casual", "sms", "rambling")
LETTER_SHARE: Final = 0.35
"""Share of examples that are formal legal-register letters (:mod:`letters`)."""


@dataclass(frozen=True)
class Example:
    """One generated message with its gold labels."""

    id: str
    subject: str
    text: str
    labels: tuple[str, ...]
    lang: str


def held_out_phrase(phrase: str) -> bool:
    """A stable fifth of the phrases only ever appears in the held-out part."""
    return zlib.crc32(phrase.encode()) % 5 == 0


class Chooser:
    """``rng.choice`` restricted to the phrases of one part (train or held-out).

    The short phrase books fall back to the whole list when a list has no
    phrase of the part; a ``strict`` chooser (sentence banks) raises
    ``LookupError`` instead, so a held-out sentence never reaches training.
    """

    def __init__(self, rng: random.Random, part: str, *, strict: bool = False) -> None:
        self.rng, self.part, self.strict = rng, part, strict

    def __call__(self, items: Sequence[str]) -> str:
        if self.part != "all":
            wanted = self.part == "heldout"
            kept = [item for item in items if held_out_phrase(item) == wanted]
            if not kept and self.strict:
                raise LookupError("no phrase of this part")
            items = kept or items
        return self.rng.choice(items)


def fill_placeholders(template: str, rng: random.Random) -> str:
    """Replace ``{name}``, ``{email}``, ``{ref}``... with fictitious values."""
    day = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/20{rng.randint(19, 25)}"
    return template.format(
        name=rng.choice(_NAMES), other=rng.choice(_NAMES), company=rng.choice(_COMPANIES),
        email=f"{rng.choice(('c.moreau', 'tb1984', 'jonas.w', 'contact'))}@example.org",
        ref=f"{rng.choice(('CUST', 'CMD', 'A', 'N°'))}-{rng.randint(10000, 999999)}", date=day,
    )  # fmt: skip


def _pick_labels(rng: random.Random, lex: Lexicon) -> tuple[str, ...]:
    if rng.random() < 0.34:
        return ("other",)
    rights = sorted(lex.requests)
    count = rng.choices((1, 2, 3), weights=(70, 23, 7))[0]
    return tuple(sorted(rng.sample(rights, count), key=rights.index))


def _body_sentences(
    rng: random.Random, pick: Chooser, lex: Lexicon, labels: Sequence[str], style: str
) -> list[str]:
    """The sentences carrying the request (or the non-request)."""
    if labels == ("other",):
        return [pick(lex.negatives) for _ in range(rng.choice((1, 1, 2)))]
    sentences = []
    if rng.random() < 0.1:
        sentences.append(pick(lex.behalf))
    if style == "formal" and rng.random() < 0.15:
        sentences.append(pick(extras.REMINDERS[lex.lang]))
    if rng.random() < 0.12:  # a request mixed with an ordinary customer matter
        sentences.append(pick(lex.negatives))
    for index, label in enumerate(labels):
        phrase = pick(lex.requests[label])
        connector = pick(lex.connectors) if index else ""
        if connector:
            phrase = f"{connector} {phrase[0].lower()}{phrase[1:]}"
        sentences.append(phrase)
        if label == "access" and style == "formal" and rng.random() < 0.4:
            sentences.append(pick(extras.ACCESS_DETAILS[lex.lang]))
    return sentences


def _subject(rng: random.Random, lex: Lexicon, labels: Sequence[str]) -> str:
    if rng.random() < 0.5:
        return ""
    if rng.random() < 0.15:  # uninformative subject lines are common
        return rng.choice(("Question", "Bonjour", "Hello", "Demande", "Request", "?", "Info"))
    return rng.choice(lex.subjects[rng.choice(labels)])


def make_example(rng: random.Random, lang: str, index: int, part: str = "all") -> Example:
    """Build one example in ``lang``.

    Args:
        rng: Seeded random source (the only source of variation).
        lang: A key of :data:`LEXICONS`.
        index: Running number, used in the id.
        part: ``"train"`` or ``"heldout"`` to draw only that part's
            phrases, ``"all"`` for every phrase.

    Returns:
        The example.
    """
    lex = LEXICONS[lang]
    if rng.random() < LETTER_SHARE:
        return _letter_example(rng, lang, index, part)
    labels = _pick_labels(rng, lex)
    style = rng.choice(_STYLES)
    sentences = _body_sentences(rng, Chooser(rng, part), lex, labels, style)
    if style == "rambling":
        fillers = rng.sample(lex.fillers, min(len(lex.fillers), rng.randint(2, 4)))
        cut = rng.randint(0, len(fillers))
        sentences = fillers[:cut] + sentences + fillers[cut:]
    body = " ".join(sentences) if style in ("sms", "casual") else "\n\n".join(sentences)
    if style != "sms":
        greeting, closing = rng.choice(lex.greetings), rng.choice(lex.closings)
        body = "\n\n".join(p for p in (greeting, body, f"{closing}\n{rng.choice(_NAMES)}") if p)
    text = fill_placeholders(body, rng)
    if style == "sms":
        text = drop_accents(sms_style(text, lex.sms, rng)) if rng.random() < 0.6 else text.lower()
    text = add_typos(text, rng, rate=0.08 if style == "sms" else 0.02)
    if rng.random() < 0.1:
        quoted = "\n".join("> " + s for s in (rng.choice(lex.negatives), rng.choice(lex.fillers)))
        text += "\n\n" + extras.QUOTE_HEADERS[lang] + "\n" + quoted
    subject = fill_placeholders(_subject(rng, lex, labels), rng)
    return Example(f"gen-{lang}-{index:06d}", subject, fill_placeholders(text, rng), labels, lang)


def _letter_example(rng: random.Random, lang: str, index: int, part: str) -> Example:
    subject, body, labels = letters.make_letter(rng, Chooser(rng, part), lang)
    text = add_typos(fill_placeholders(body, rng), rng, rate=0.01)
    if rng.random() < 0.1:
        quoted = "\n".join("> " + s for s in (rng.choice(LEXICONS[lang].negatives),) * 2)
        text += "\n\n" + fill_placeholders(extras.QUOTE_HEADERS[lang], rng) + "\n" + quoted
    return Example(
        f"let-{lang}-{index:06d}",
        fill_placeholders(subject, rng),
        fill_placeholders(text, rng),
        labels,
        lang,
    )


def generate_examples(count: int, *, seed: int, part: str = "all") -> list[Example]:
    """Generate ``count`` examples, deterministic for a given ``seed``.

    Args:
        count: How many examples.
        seed: Random seed; two calls with the same arguments agree.
        part: Which phrases to draw (see :func:`make_example`); held-out
            phrases never occur in ``"train"`` examples, so calibration
            sees wording the model has not learnt by heart.

    Returns:
        The examples, languages drawn by :data:`LANGUAGE_WEIGHTS`.
    """
    rng = random.Random(seed)  # noqa: S311 (reproducible data, not secrets)
    langs, weights = list(LANGUAGE_WEIGHTS), list(LANGUAGE_WEIGHTS.values())
    return [make_example(rng, rng.choices(langs, weights)[0], i, part) for i in range(count)]
