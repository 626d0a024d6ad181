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
