"""Make clean sentences look like real inbound text: typos, SMS style, no accents."""

from __future__ import annotations

import random
import unicodedata


def drop_accents(text: str) -> str:
    """Remove diacritics, as people typing on a foreign keyboard do."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def add_typos(text: str, rng: random.Random, rate: float = 0.03) -> str:
    """Swap, drop or double letters in about ``rate`` of the words.

    Args:
        text: Clean text.
        rng: Seeded random source.
        rate: Share of words that get one typo.

    Returns:
        The text with typos; placeholders already filled are fair game too.
    """
    words = text.split(" ")
    for index, word in enumerate(words):
        if len(word) < 4 or rng.random() >= rate:
            continue
        pos = rng.randrange(1, len(word) - 1)
        kind = rng.randrange(3)
        if kind == 0:  # swap two neighbours
            word = word[: pos - 1] + word[pos] + word[pos - 1] + word[pos + 1 :]
        elif kind == 1:  # drop a letter
            word = word[:pos] + word[pos + 1 :]
        else:  # double a letter
            word = word[:pos] + word[pos] + word[pos:]
        words[index] = word
    return " ".join(words)


def sms_style(text: str, replacements: tuple[tuple[str, str], ...], rng: random.Random) -> str:
    """Lower-case, drop some punctuation and apply casual spellings.

    Args:
        text: Clean text.
        replacements: ``(from, to)`` pairs of the language, applied to
            lower-cased text.
        rng: Seeded random source.

    Returns:
        Text as typed on a phone in a hurry.
    """
    casual = text.lower()
    for old, new in replacements:
        if rng.random() < 0.7:
            casual = casual.replace(old, new)
    if rng.random() < 0.5:
        casual = casual.replace(",", "").replace(".", "")
    if rng.random() < 0.3:
        casual += rng.choice(("!!", " ??", " ...", ""))
    return casual
