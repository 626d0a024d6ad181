"""Request references people can read aloud but nobody can guess.

A reference is ``G-XXXX-XXXX-XXXX`` in Crockford's base-32 alphabet (no I,
L, O or U, so it survives being typed from a letter): 60 random bits from
:mod:`secrets`, plenty to make enumeration hopeless.
"""

from __future__ import annotations

import re
import secrets
from typing import Final

ALPHABET: Final = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PATTERN: Final = re.compile(
    r"\bG-([0-9A-HJKMNP-TV-Z]{4})-([0-9A-HJKMNP-TV-Z]{4})-([0-9A-HJKMNP-TV-Z]{4})\b"
)
# What people type: lower case, O for 0, I/L for 1, spaces instead of dashes.
_LOOSE: Final = re.compile(
    r"\bg[-\s]+([0-9a-z]{4})[-\s]+([0-9a-z]{4})[-\s]+([0-9a-z]{4})\b", re.IGNORECASE
)
_TYPOS: Final = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def new_reference() -> str:
    """Return a fresh random reference such as ``G-7K3M-9QX2-HF4T``."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(12))
    return f"G-{chars[0:4]}-{chars[4:8]}-{chars[8:12]}"


def find_references(text: str) -> list[str]:
    """Every well-formed reference in ``text``, canonicalised, in order, deduplicated."""
    found: list[str] = []
    for match in _LOOSE.finditer(text):
        groups = [g.upper().translate(_TYPOS) for g in match.groups()]
        candidate = "G-" + "-".join(groups)
        if PATTERN.fullmatch(candidate) and candidate not in found:
            found.append(candidate)
    return found
