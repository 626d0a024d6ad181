"""Formal, legal-register letters: the style most real requests arrive in.

The short phrase books teach everyday wording; these letters add what real
inbound requests look like — a formal opening, the right exercised with an
article cited in one of several ways, identification details, a deadline
reminder, sometimes a list of Art. 15(1) items, sometimes a follow-up on an
unanswered letter. Items *listed as information* (recipients, retention,
automated decision-making...) never add labels; a reminder carries the label
of the right it chases. Hard negatives in the same register (contract
withdrawal, billing, questions about rights, complaints to a regulator) are
labelled ``other``.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import Final

from nlp.training_data.letters_de_nl import BOOKS as BOOKS_DE_NL
from nlp.training_data.letters_es_it import BOOKS as BOOKS_ES_IT
from nlp.training_data.letters_fr_en import BOOKS as BOOKS_FR_EN
from nlp.training_data.letters_pt import BOOKS as BOOKS_PT
from nlp.training_data.lexicon import LetterBook

Pick = Callable[[Sequence[str]], str]


BOOKS: Final[dict[str, LetterBook]] = {
    book.lang: book for book in (*BOOKS_FR_EN, *BOOKS_DE_NL, *BOOKS_ES_IT, *BOOKS_PT)
}
_BULLETS: Final = ("- ", "• ", "{n}. ", "{n}) ", "")
_CONTRACTIONS: Final = {"es": (("de el ", "del "), (" a el ", " al "), ("A el ", "Al "))}


def _cite(rng: random.Random, book: LetterBook, label: str) -> str:
    return rng.choice(book.cites).format(art=book.articles[label])


def _contract(text: str, lang: str) -> str:
    """Fix article contractions a citation creates ("de el artículo" -> "del artículo")."""
    for loose, contracted in _CONTRACTIONS.get(lang, ()):
        text = text.replace(loose, contracted)
    return text


def _right_sentence(rng: random.Random, pick: Pick, book: LetterBook, label: str) -> str:
    return _contract(pick(book.rights[label]).replace("{cite}", _cite(rng, book, label)), book.lang)


def _items_block(rng: random.Random, pick: Pick, book: LetterBook) -> str:
    chosen = rng.sample(book.items, rng.randint(3, len(book.items)))
    bullet = rng.choice(_BULLETS)
    lines = [bullet.format(n=n) + item for n, item in enumerate(chosen, start=1)]
    return pick(book.items_intro) + "\n" + "\n".join(lines)


def _pick_letter_labels(rng: random.Random) -> tuple[str, ...]:
    if rng.random() < 0.3:
        return ("other",)
    rights = list(BOOKS["en"].rights)
    count = rng.choices((1, 2, 3), weights=(62, 28, 10))[0]
    return tuple(sorted(rng.sample(rights, count), key=rights.index))


def make_letter(rng: random.Random, pick: Pick, lang: str) -> tuple[str, str, tuple[str, ...]]:
    """Build one formal letter in ``lang``: ``(subject, text, labels)``.

    Args:
        rng: Seeded random source.
        pick: Chooses one phrase from a list (restricted to the train or
            held-out part by the caller).
        lang: A key of :data:`BOOKS`.

    Returns:
        Subject (unfilled placeholders), body (unfilled), gold labels.
    """
    book = BOOKS[lang]
    labels = _pick_letter_labels(rng)
    paragraphs: list[str] = []
    if labels == ("other",):
        paragraphs += [pick(book.negatives) for _ in range(rng.choice((1, 1, 2)))]
        if rng.random() < 0.5:
            paragraphs.insert(0, pick(book.identity))
        subject = pick(book.negative_subjects) if rng.random() < 0.6 else ""
    else:
        if rng.random() < 0.25:  # a follow-up: the right it chases is the label
            first = labels[0]
            reminder = pick(book.reminders).format(
                noun=book.nouns[first], cite=_cite(rng, book, first), date="{date}"
            )
            paragraphs.append(_contract(reminder, lang))
        if rng.random() < 0.5:
            paragraphs.append(pick(book.identity))
        for label in labels:
            paragraphs.append(_right_sentence(rng, pick, book, label))
            if label == "access" and rng.random() < 0.55:
                paragraphs.append(_items_block(rng, pick, book))
        if rng.random() < 0.6:
            paragraphs.append(pick(book.deadlines))
        noun = book.nouns[rng.choice(labels)]
        subject = rng.choice((noun[0].upper() + noun[1:], "", "GDPR / RGPD", f"{noun} – {{ref}}"))
    body = "\n\n".join([pick(book.openings), *paragraphs, pick(book.closings) + "\n{name}"])
    return subject, body, labels
