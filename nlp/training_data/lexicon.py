"""The shape of one language's phrase book for the generator."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Lexicon:
    """Phrases of one language; placeholders are filled by the generator.

    Placeholders: ``{name}``, ``{other}`` (a relative's name), ``{email}``,
    ``{ref}`` (customer or order number), ``{date}``, ``{company}``.

    Attributes:
        lang: ISO 639-1 code.
        greetings: Opening lines, formal and casual.
        closings: Closing lines (a signature name is added after them).
        requests: Request sentences per label (rights only).
        subjects: Subject lines per label; ``"other"`` for non-requests.
        negatives: Whole sentences that are *not* data-protection requests,
            many of them using request words in another sense.
        fillers: Context sentences that carry no request (for rambling mails).
        behalf: Openers of a request made for someone else.
        connectors: Words joining two requests ("and also").
        sms: Casual replacements applied in SMS style, ``(from, to)``.
    """

    lang: str
    greetings: tuple[str, ...]
    closings: tuple[str, ...]
    requests: dict[str, tuple[str, ...]]
    subjects: dict[str, tuple[str, ...]]
    negatives: tuple[str, ...]
    fillers: tuple[str, ...]
    behalf: tuple[str, ...]
    connectors: tuple[str, ...]
    sms: tuple[tuple[str, str], ...] = field(default=())


@dataclass(frozen=True)
class LetterBook:
    """Formal-letter material of one language (placeholders as in the lexicons).

    Attributes:
        lang: ISO 639-1 code.
        articles: Article number per label as written in that language
            (``"15"``, ``"7(3)"``, ``"7 Abs. 3"``...).
        cites: Ways to cite an article; ``{art}`` is the number.
        rights: Per label, sentences exercising the right; ``{cite}`` is
            replaced by a citation of its article (some omit it).
        nouns: Per label, a noun phrase naming the request ("my erasure request").
        reminders: Follow-up sentences; ``{noun}`` and ``{cite}`` of the right chased.
        items_intro: Sentences introducing the list of Art. 15(1) items.
        items: The items an access letter may enumerate (no label of their own).
        openings: Formal salutations.
        closings: Formal closing formulas.
        identity: Sentences identifying the sender (no label).
        deadlines: Sentences recalling the one-month deadline (no label).
        negatives: Formal non-requests (``other``).
        negative_subjects: Their subject lines.
    """

    lang: str
    articles: dict[str, str]
    cites: tuple[str, ...]
    rights: dict[str, tuple[str, ...]]
    nouns: dict[str, str]
    reminders: tuple[str, ...]
    items_intro: tuple[str, ...]
    items: tuple[str, ...]
    openings: tuple[str, ...]
    closings: tuple[str, ...]
    identity: tuple[str, ...]
    deadlines: tuple[str, ...]
    negatives: tuple[str, ...]
    negative_subjects: tuple[str, ...]
