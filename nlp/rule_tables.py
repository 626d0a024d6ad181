"""The rule-table format, and loading the tables shipped with the package.

Tables are plain text (``nlp/rules_<lang>.txt``) so that long patterns stay
readable and reviewable; one entry per line, ``head: pattern``, where an
indented line continues the previous pattern (joined without a space, so
lines are broken next to a "|", never at a significant space)::

    # comment
    DEF NAME: pattern               defines the <NAME> placeholder
    erasure.supprimer_compte GOOD: (?:<SUPPR>) <G><COMPTE>
    neg.supprimer_commande erasure 0: ...      hard negative (labels, factor)
    ctx.question_sur_un_droit * 0.5: ...       context rule ("*" = every right)
    vocab.donnees_personnelles: ...            personal-data vocabulary

Strengths are STRONG, CLEAR, GOOD, FAIR, WEAK (see :mod:`nlp.rule_engine`)
or a number. ``<G>`` (up to three words) and ``<GG>`` (up to six) are
predefined. Rule names become ``<lang>.<label>.<name>``, with ``neg``,
``ctx`` or ``vocab`` in place of the label for the other kinds.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from importlib import resources
from typing import Final

from nlp.rule_engine import ALL_RIGHTS, GAP, LONG_GAP, MARKETING_OPT_OUT, STRENGTHS, Rule, RuleKind
from nlp.types import RIGHTS

TABLE_LANGUAGES: Final = ("fr", "en", "de", "es", "it", "nl", "pt")
"""Languages with a table file; only fr and en are complete (see ``SUPPORTED``)."""

_PLACEHOLDER: Final = re.compile(r"<([A-Z_]+)>")
_VOTABLE: Final = frozenset(RIGHTS) | {MARKETING_OPT_OUT}


def _expand(source: str, fragments: Mapping[str, str]) -> re.Pattern[str]:
    """Replace ``<NAME>`` placeholders (recursively) and add word boundaries.

    The end boundary also accepts a match that ends on a space or an
    apostrophe, so a pattern may end with "de " or "l'".
    """
    while _PLACEHOLDER.search(source):
        source = _PLACEHOLDER.sub(lambda m: f"(?:{fragments[m.group(1)]})", source)
    return re.compile(rf"(?<![a-z0-9])(?:{source})(?:(?<![a-z0-9])|(?![a-z0-9]))")


def _entries(table: str) -> list[tuple[list[str], str]]:
    """Split a table into (head words, pattern), joining continuation lines."""
    entries: list[tuple[list[str], str]] = []
    for line in table.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0].isspace():
            if not entries:
                raise ValueError(f"continuation line without an entry: {line!r}")
            words, pattern = entries.pop()
            entries.append((words, pattern + line.strip()))
            continue
        head, separator, pattern = line.partition(": ")
        if not separator or not head.split():
            raise ValueError(f"not a 'head: pattern' line: {line!r}")
        entries.append((head.split(), pattern.strip()))
    return entries


def _labels(targets: str) -> frozenset[str]:
    if targets == ALL_RIGHTS:
        return _VOTABLE
    labels = frozenset(targets.split("|"))
    if not labels <= _VOTABLE:
        raise ValueError(f"unknown labels: {sorted(labels - _VOTABLE)}")
    return labels


def _kind_and_labels(words: list[str]) -> tuple[RuleKind, frozenset[str], float]:
    """Read the head of a rule line (everything before ": ")."""
    prefix, _, name = words[0].partition(".")
    if not name:
        raise ValueError(f"rule without a name: {words[0]!r}")
    if prefix == "vocab" and len(words) == 1:
        return RuleKind.VOCABULARY, frozenset(), 0.0
    if prefix in ("neg", "ctx") and len(words) == 3:
        kind = RuleKind.NEGATIVE if prefix == "neg" else RuleKind.CONTEXT
        return kind, _labels(words[1]), float(words[2])
    if len(words) == 2:
        strength = STRENGTHS[words[1]] if words[1] in STRENGTHS else float(words[1])
        return RuleKind.POSITIVE, _labels(prefix), strength
    raise ValueError(f"malformed rule head: {' '.join(words)!r}")


def compile_table(lang: str, table: str) -> tuple[Rule, ...]:
    """Compile a table written in the format described in the module docstring.

    Args:
        lang: Prefix of the rule names ("fr", "en", "intl").
        table: The table text.

    Returns:
        The compiled rules, in table order.

    Raises:
        ValueError: On a malformed line, an unknown label or placeholder.
    """
    fragments = {"G": GAP, "GG": LONG_GAP}
    pending: list[tuple[str, RuleKind, frozenset[str], float, str]] = []
    for words, pattern in _entries(table):
        if words[0] == "DEF" and len(words) == 2:
            fragments[words[1]] = pattern
            continue
        kind, labels, strength = _kind_and_labels(words)
        pending.append((f"{lang}.{words[0]}", kind, labels, strength, pattern))
    try:
        return tuple(
            Rule(name, kind, labels, strength, _expand(pattern, fragments))
            for name, kind, labels, strength, pattern in pending
        )
    except KeyError as missing:
        raise ValueError(f"undefined placeholder {missing}") from None


def load_table(lang: str) -> tuple[Rule, ...]:
    """Compile the table file shipped for a language (``nlp/rules_<lang>.txt``).

    Args:
        lang: One of ``TABLE_LANGUAGES``.

    Returns:
        The compiled rules.
    """
    text = resources.files("nlp").joinpath(f"rules_{lang}.txt").read_text(encoding="utf-8")
    return compile_table(lang, text)
