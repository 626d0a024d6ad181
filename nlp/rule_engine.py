"""Named regex rules, text normalisation and score combination.

Rule tables (see :mod:`nlp.rule_tables`) only declare patterns; this module
normalises text, runs the rules and turns the hits into per-label scores.
Four kinds of rule exist:

* positive rules vote for a label with a strength in (0, 1];
* hard negatives and context rules name labels whose overlapping hits they
  weaken: the hit strength is multiplied by the rule's factor (0 vetoes,
  0.5 halves). Hard negatives catch another sense of the same words
  ("supprimer ma commande" against erasure), and overlapping a positive hit
  is a conflict worth a human look. Context rules explain text away quietly
  (rights *listed* in an access letter, a newsletter footer). A suppressing
  pattern may run to the end of its sentence to cover all it explains;
* vocabulary rules only say "this talks about personal data".

Scoring (per label): each rule counts once, with its strongest hit; the
label score is the noisy-OR of the distinct rules, ``1 - prod(1 - s)``, so
one strong rule or several weak ones are needed to pass a threshold.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Final

from nlp.language import fold_to_ascii, strip_accents
from nlp.rule_prefilter import LiteralProbe
from nlp.types import RIGHTS, Evidence

MARKETING_OPT_OUT: Final = "marketing_opt_out"
"""Pseudo-label of "stop sending me marketing / unsubscribe me" rules."""
MARKETING_ROUTE: Final = "objection"
"""Where marketing opt-outs are routed. Art. 21(2)-(3) lets anyone stop direct
marketing whatever its legal basis, so objection is always a sound route;
consent withdrawal is the accepted alternative and is recorded as evidence."""
MARKETING_ALTERNATIVE: Final = "consent_withdrawal"
ALL_RIGHTS: Final = "*"

# Strength scale shared by the rule tables.
STRONG: Final = 0.9  # names the right or cites its article
CLEAR: Final = 0.8  # unambiguous request wording
GOOD: Final = 0.7  # usual request wording, rarely used in another sense
FAIR: Final = 0.6  # likely, but other readings exist
WEAK: Final = 0.4  # a hint: alone it only asks for review
STRENGTHS: Final = {"STRONG": STRONG, "CLEAR": CLEAR, "GOOD": GOOD, "FAIR": FAIR, "WEAK": WEAK}
GAP: Final = r"(?:[^ \n.!?;]+ ){0,3}?"
"""Up to three words inside a sentence."""
LONG_GAP: Final = r"(?:[^ \n.!?;]+ ){0,6}?"
MAX_SPAN: Final = 40

# SMS and chat spellings, expanded word by word before the rules run, so the
# tables only need the standard spelling ("jveux" -> "je veux").
_SMS_TEXT: Final = """
jveux=je_veux jvoudrais=je_voudrais jvoudrai=je_voudrais jsouhaite=je_souhaite
jaimerais=j'aimerais jai=j'ai chui=je_suis chuis=je_suis jsuis=je_suis jpeux=je_peux
svp=s'il_vous_plait stp=s'il_vous_plait pr=pour pk=pourquoi pq=pourquoi ke=que koi=quoi
kel=quel kelle=quelle kels=quels dc=donc ds=dans bcp=beaucoup tt=tout ttes=toutes
tjs=toujours tjrs=toujours qd=quand mm=meme mn=mon vs=vous ns=nous cmt=comment veu=veux
plu=plus infos=informations info=information pls=please plz=please plse=please u=you
ur=your im=i'm wanna=want_to gimme=give_me acct=account thx=thanks
asap=as_soon_as_possible wat=what
"""
_SMS_FORMS: Final = dict(pair.replace("_", " ").split("=") for pair in _SMS_TEXT.split())
_SMS_WORD: Final = re.compile(r"(?<![a-z'])(?:" + "|".join(_SMS_FORMS) + r")(?![a-z'])")
_QUOTE_MAP: Final = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_BLANK_LINE: Final = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LIST_ITEM: Final = re.compile(r"\n(?=[ \t]*(?:[-*•·▪>]|\d{1,2}[.)]|[a-h][.)])\s)")
_SPACES: Final = re.compile(r"\s+")
_INNER_DOT: Final = re.compile(r"(?<=[a-z0-9])\.(?=[a-z0-9])")
_APOSTROPHE_SPACE: Final = re.compile(r"(?<=\b[a-z])' +|(?<=\bqu)' +")


class RuleKind(Enum):
    """What a rule hit means."""

    POSITIVE = "positive"
    NEGATIVE = "negative"
    CONTEXT = "context"
    VOCABULARY = "vocabulary"


@dataclass(frozen=True)
class Rule:
    """One named pattern.

    Attributes:
        name: Stable name, ``"<lang>.<label>.<what>"`` (``neg``, ``ctx`` or
            ``vocab`` instead of the label for the other kinds).
        kind: What a hit means.
        labels: Label voted for (positive) or labels suppressed.
        strength: Vote strength (positive) or multiplier (suppressing).
        pattern: Compiled pattern, applied to normalised text.
    """

    name: str
    kind: RuleKind
    labels: frozenset[str]
    strength: float
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Hit:
    """Where a rule matched in the normalised text."""

    rule: Rule
    start: int
    end: int
    span: str


@dataclass(frozen=True)
class RuleOutcome:
    """Scores and audit trail of one message.

    Attributes:
        scores: Score in [0, 1] for every right (not ``other``).
        evidence: Positive and negative hits, in text order.
        conflict: A hard negative overlaps a positive hit of a label it
            suppresses.
        personal_data_vocabulary: A vocabulary rule matched.
    """

    scores: dict[str, float]
    evidence: tuple[Evidence, ...]
    conflict: bool
    personal_data_vocabulary: bool


def normalise_for_rules(text: str, *, keep_scripts: bool = False) -> str:
    """Prepare text for the rule patterns.

    Casefolds, removes accents, unifies apostrophes, expands common SMS
    forms ("jveux" -> "je veux", "pls" -> "please") and collapses
    whitespace. Blank lines and list items become a single newline, which
    patterns never cross; every other whitespace run becomes one space.

    Args:
        text: Raw subject and/or body.
        keep_scripts: Keep letters of every script (Greek, Cyrillic, "ł")
            and only strip their accents, as the trained model needs; the
            rule patterns are ASCII, so by default everything is folded to
            ASCII and other scripts disappear.

    Returns:
        The normalised text.
    """
    lowered = text.translate(_QUOTE_MAP).casefold().replace("\r", "")
    folded = strip_accents(lowered) if keep_scripts else fold_to_ascii(lowered)
    marked = _LIST_ITEM.sub("\x00", _BLANK_LINE.sub("\x00", folded))
    collapsed = _SPACES.sub(" ", marked).replace(" \x00", "\x00").replace("\x00 ", "\x00")
    joined = _APOSTROPHE_SPACE.sub("'", re.sub("\x00+", "\n", collapsed).strip())
    # "jo.smith@example.org" or "12.50" must not look like a sentence end
    joined = _INNER_DOT.sub("_", joined)
    return _SMS_WORD.sub(lambda m: _SMS_FORMS[m.group()], joined)


def find_hits(rules: Iterable[Rule], normalised: str) -> list[Hit]:
    """Run every rule on normalised text.

    A rule whose required literals (:mod:`nlp.rule_prefilter`) are absent
    from the text cannot match and is skipped without a scan: the hits are
    the same as running every pattern, at a fraction of the cost.

    Args:
        rules: Compiled rules.
        normalised: Output of :func:`normalise_for_rules`.

    Returns:
        All hits, in text order.
    """
    probe = LiteralProbe(normalised)
    hits = [
        Hit(rule, m.start(), m.end(), m.group()[:MAX_SPAN].strip())
        for rule in rules
        if probe.may_match(rule.pattern)
        for m in rule.pattern.finditer(normalised)
    ]
    return sorted(hits, key=lambda hit: (hit.start, hit.rule.name))


_SUPPRESSING: Final = (RuleKind.NEGATIVE, RuleKind.CONTEXT)


def _effective_strengths(hits: Sequence[Hit]) -> tuple[dict[int, float], set[int], bool]:
    """Apply suppressing rules to the positive hits they overlap.

    Returns:
        Strength per positive hit index, indexes of the suppressing hits
        that touched a positive one, and whether a hard negative did.
    """
    suppressors = [(i, h) for i, h in enumerate(hits) if h.rule.kind in _SUPPRESSING]
    strengths: dict[int, float] = {}
    used: set[int] = set()
    for index, hit in enumerate(hits):
        if hit.rule.kind is not RuleKind.POSITIVE:
            continue
        (label,) = hit.rule.labels
        strength = hit.rule.strength
        for other_index, neg in suppressors:
            if neg.start < hit.end and hit.start < neg.end and label in neg.rule.labels:
                strength *= neg.rule.strength
                used.add(other_index)
        strengths[index] = strength
    conflict = any(hits[i].rule.kind is RuleKind.NEGATIVE for i in used)
    return strengths, used, conflict


def score_hits(hits: Sequence[Hit]) -> RuleOutcome:
    """Combine hits into per-right scores (see the module docstring).

    Evidence lists the positive hits that kept some strength, every hard
    negative, and the context rules that weakened a positive hit.

    Args:
        hits: Output of :func:`find_hits`.

    Returns:
        Scores for every right, evidence and review signals.
    """
    strengths, used, conflict = _effective_strengths(hits)
    best: dict[str, dict[str, float]] = {right: {} for right in RIGHTS}
    evidence: list[Evidence] = []
    for index, hit in enumerate(hits):
        kind = hit.rule.kind
        if kind is RuleKind.NEGATIVE or (kind is RuleKind.CONTEXT and index in used):
            evidence.append(Evidence("other", hit.rule.name, hit.span))
        if kind is not RuleKind.POSITIVE or strengths[index] <= 0:
            continue
        (label,) = hit.rule.labels
        route = MARKETING_ROUTE if label == MARKETING_OPT_OUT else label
        per_rule = best[route]
        per_rule[hit.rule.name] = max(per_rule.get(hit.rule.name, 0.0), strengths[index])
        evidence.append(Evidence(route, hit.rule.name, hit.span))
        if label == MARKETING_OPT_OUT:
            evidence.append(Evidence(MARKETING_ALTERNATIVE, hit.rule.name, hit.span))
    scores = {}
    for right, per_rule in best.items():
        remaining = 1.0
        for strength in per_rule.values():
            remaining *= 1.0 - strength
        scores[right] = round(1.0 - remaining, 4)
    vocabulary = any(h.rule.kind is RuleKind.VOCABULARY for h in hits)
    return RuleOutcome(scores, tuple(evidence), conflict, vocabulary)
