"""The phrase books' and letter books' sentences, one by one, with their own labels.

The books were written as parts of whole messages; the sentence-scoring
model also needs them alone. What matters most are the sentences that name
a right without exercising it: the Art. 15(1) items an access letter lists
("the existence of the right to request rectification or erasure...") are
labelled ``access`` here, and identification or deadline sentences carry
no label at all.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from nlp.training_data import extras
from nlp.training_data.generator import LEXICONS
from nlp.training_data.letters import BOOKS
from nlp.types import RIGHTS

Item = tuple[str, tuple[str, ...], str]
"""``(language, rights, text)``; no rights means the sentence asks for nothing."""

_ACCESS: tuple[str, ...] = ("access",)


def book_sentences(rng: random.Random) -> Iterator[Item]:
    """Every book sentence with its labels (citations drawn with ``rng``)."""
    for lang, lexicon in LEXICONS.items():
        for right, phrases in lexicon.requests.items():
            yield from ((lang, (right,), p) for p in phrases)
        yield from ((lang, (), p) for p in lexicon.negatives + lexicon.fillers)
        yield from ((lang, _ACCESS, p) for p in extras.ACCESS_DETAILS.get(lang, ()))
    for lang, book in BOOKS.items():
        yield from ((lang, _ACCESS, p) for p in book.items + book.items_intro)
        yield from ((lang, (), p) for p in book.identity + book.deadlines + book.negatives)
        for right in RIGHTS:
            for sentence in book.rights.get(right, ()):
                cite = rng.choice(book.cites).format(art=book.articles[right])
                yield lang, (right,), sentence.replace("{cite}", cite)
