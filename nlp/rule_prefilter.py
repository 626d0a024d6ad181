"""Literal pre-filters: skip a rule whose pattern cannot match the text.

Most rules of a table never match a given message, yet running a regex
still scans the whole text. Every pattern, however, contains literal
words that any match must include ("supprim" in ``sup+r+im\\w*``, one of
"acces" or "access" in an alternation). :func:`required_literals` reads
the parsed pattern (the standard library's own parser, so the analysis
sees exactly what the regex engine runs) and returns such a set; a
substring test of the normalised text against it is far cheaper than the
scan and never changes a result: when no literal occurs, the pattern
cannot match.

The analysis is conservative. A sequence requires what each of its
elements requires; an alternation requires the union of the most selective
requirement of each branch (nothing, if one branch requires nothing); a repeat
requires what its body does only when it must occur at least once;
look-arounds, classes and case-insensitive groups require nothing.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Collection, Iterable
from typing import Any, Final

# The parser behind ``re.compile`` (``sre_parse`` before 3.11, a private
# module since); imported by name because its public alias is deprecated.
_PARSER: Final[Any] = importlib.import_module("re._parser")

Requirement = frozenset[str]
"""Literals of which every match contains at least one."""
Conjunction = list[Requirement]
"""Requirements that all hold; empty: no constraint."""

_REPEATS: Final = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})
_MAX_CLASS: Final = 4
"""A class of up to this many single characters (``[23]``) counts as a choice."""
_MIN_USEFUL: Final = 3
"""Shorter literals ("a", "22") occur in almost any text: tested last, if at all."""
_MAX_CHECKS: Final = 4
"""Requirements kept per pattern: the most selective ones decide anyway."""


def _selectivity(requirement: Collection[str]) -> tuple[bool, int, int]:
    """Literals of three characters or more first, then fewer alternatives (fewer tests)."""
    shortest = min(len(literal) for literal in requirement)
    return shortest >= _MIN_USEFUL, -len(requirement), shortest


def _sequence(items: Iterable[tuple[Any, Any]]) -> Conjunction:
    """What a sequence of parsed nodes requires; consecutive characters form a literal."""
    conjunction: Conjunction = []
    run = ""
    for op, argument in items:
        if str(op) == "LITERAL":
            run += chr(argument)
            continue
        if run:
            conjunction.append(frozenset({run}))
            run = ""
        conjunction += _node(str(op), argument)
    if run:
        conjunction.append(frozenset({run}))
    return conjunction


def _branches(alternatives: Iterable[Any]) -> Conjunction:
    """One branch must match: the union of each branch's most selective requirement."""
    union: set[str] = set()
    for alternative in alternatives:
        conjunction = _sequence(alternative)
        if not conjunction:
            return []
        best: Requirement = max(conjunction, key=_selectivity)
        union |= best
    return [frozenset(union)]


def _node(op: str, argument: Any) -> Conjunction:
    """What one parsed node requires (see the module docstring)."""
    if op == "SUBPATTERN":
        _group, add_flags, _del_flags, body = argument
        return [] if add_flags & re.IGNORECASE else _sequence(body)
    if op == "ATOMIC_GROUP":
        return _sequence(argument)
    if op == "BRANCH":
        return _branches(argument[1])
    if op in _REPEATS:
        minimum, _maximum, body = argument
        return _sequence(body) if minimum >= 1 else []
    small_class = op == "IN" and len(argument) <= _MAX_CLASS
    if small_class and all(str(kind) == "LITERAL" for kind, _ in argument):
        return [frozenset(chr(code) for _, code in argument)]
    return []


def _without_redundant(requirement: Requirement) -> tuple[str, ...]:
    """Drop literals containing another one of the set ("automated " next to "automated")."""
    return tuple(
        sorted(
            literal
            for literal in requirement
            if not any(other != literal and other in literal for other in requirement)
        )
    )


@functools.cache
def required_literals(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Groups of literals: every match of ``pattern`` contains one of each group.

    Args:
        pattern: A compiled pattern.

    Returns:
        The most selective groups first (at most ``_MAX_CHECKS``); empty when
        the analysis finds no constraint (the rule must then always run).
    """
    if pattern.flags & re.IGNORECASE:
        return ()
    conjunction = set(_sequence(_PARSER.parse(pattern.pattern, pattern.flags)))
    groups = sorted(_without_redundant(requirement) for requirement in conjunction)
    ranked = sorted(groups, key=_selectivity, reverse=True)
    return tuple(ranked[:_MAX_CHECKS])


class LiteralProbe:
    """Answers "may this pattern match?" for one text, testing each literal once.

    Tables share many literals ("data", "compte", "gegevens"), so the
    substring tests are remembered for the text at hand.
    """

    def __init__(self, text: str) -> None:
        """Probe ``text`` (the normalised text the patterns will run on)."""
        self._text = text
        self._seen: dict[str, bool] = {}

    def _has(self, literal: str) -> bool:
        found = self._seen.get(literal)
        if found is None:
            found = self._seen[literal] = literal in self._text
        return found

    def may_match(self, pattern: re.Pattern[str]) -> bool:
        """False only when ``pattern`` certainly has no match in the text."""
        for group in required_literals(pattern):
            for literal in group:
                if self._has(literal):
                    break
            else:
                return False
        return True
