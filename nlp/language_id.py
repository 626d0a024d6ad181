"""Language identification: the profile detector first, lingua for the rest.

:func:`nlp.language.detect_language` (function-word profiles of the seven
trained languages) is fast and answers most messages with confidence. When
it is unsure or sees another language, lingua (a statistical n-gram
detector, low-accuracy mode, 44 candidate languages, the first 600
characters) names the language, so a Czech or Swedish message is detected
and stored as such instead of "undetermined". ``bench/bench_nlp.py``
measures both detectors.
"""

from __future__ import annotations

import functools
from typing import Final

from lingua import IsoCode639_1, LanguageDetector, LanguageDetectorBuilder

from nlp.language import UNDETERMINED, detect_language

MODEL_LANGUAGES: Final[tuple[str, ...]] = ("fr", "en", "de", "es", "it", "nl", "pt")
"""Languages of the profile detector and the rule tables; also the trained
languages of model versions whose ``meta.json`` predates the ``languages`` list."""
CANDIDATES: Final[tuple[str, ...]] = (
    *MODEL_LANGUAGES,
    *("ca", "eu", "ga", "cy", "da", "sv", "nb", "nn", "is", "fi", "et", "lv", "lt", "pl"),
    *("cs", "sk", "sl", "hr", "bs", "sr", "hu", "ro", "bg", "mk", "el", "sq", "tr", "ru"),
    *("uk", "be", "ar", "he", "fa", "hi", "zh", "ja", "ko", "vi", "id", "ms", "tl", "sw"),
    *("af", "eo", "la"),
)
"""Languages lingua chooses from: Europe's and the most common others. Fewer
candidates make detection several times faster than all 75."""
PROFILE_TRUSTED: Final = 0.6
"""From this confidence on, the profile detector's answer is taken as it is."""
DETECTION_CHARS: Final = 600
"""Only the start of a message is looked at: enough to tell the language."""


@functools.cache
def _detector() -> LanguageDetector:
    """Build the detector once per process (lazily: importing costs nothing)."""
    codes = [getattr(IsoCode639_1, code.upper()) for code in CANDIDATES]
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
    return builder.with_low_accuracy_mode().build()


def identify_language(text: str) -> str:
    """ISO 639-1 code of the text's language.

    Args:
        text: Subject and body.

    The fast profile detector answers when it is confident; lingua decides
    the rest (short texts, other languages, mixed text).

    Returns:
        A lower-case ISO 639-1 code, or ``"und"`` when neither detector
        can tell.
    """
    profiled = detect_language(text)
    if profiled.code != UNDETERMINED and profiled.confidence >= PROFILE_TRUSTED:
        return profiled.code
    found = _detector().detect_language_of(text[:DETECTION_CHARS])
    if found is not None:
        return found.iso_code_639_1.name.lower()
    return profiled.code
