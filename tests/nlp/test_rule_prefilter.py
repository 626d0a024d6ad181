"""Literal pre-filters: sound on their own, and invisible in the rule layer's output."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from nlp.baseline import ALL_RULES
from nlp.rule_engine import MAX_SPAN, Hit, Rule, find_hits, normalise_for_rules
from nlp.rule_prefilter import LiteralProbe, required_literals
from nlp.training_data import generate_examples

DEV_SET = Path(__file__).with_name("dev_requests.jsonl")


@pytest.mark.parametrize(
    ("pattern", "groups"),
    [
        ("abc", (("abc",),)),
        ("ab+c", (("a",), ("b",), ("c",))),
        ("droit d'? ?acces", (("droit d",), ("acces",))),
        ("(?:supprim|effac)er", (("effac", "supprim"), ("er",))),
        ("x(?:y|z)?", (("x",),)),
        ("a|b\\w*", (("a", "b"),)),
        ("foo|\\w+", ()),
        ("(?i:delete)", ()),
        ("(?<![a-z])data(?![a-z])", (("data",),)),
        ("(?:automated |automated)decision", (("automated",), ("decision",))),
    ],
)
def test_required_literals(pattern: str, groups: tuple[tuple[str, ...], ...]) -> None:
    assert required_literals(re.compile(pattern)) == groups


@pytest.mark.parametrize(
    ("pattern", "text", "may"),
    [
        ("droit d'? ?acces", "mon droit d'acces", True),
        ("droit d'? ?acces", "mon droit de rectification", False),
        ("(?:supprim|effac)er", "merci d'effacer", True),
        ("(?:supprim|effac)er", "merci de corriger", False),
        ("\\w+", "", True),
    ],
)
def test_probe_may_match(pattern: str, text: str, may: bool) -> None:
    assert LiteralProbe(text).may_match(re.compile(pattern)) is may


def _every_rule_scanned(rules: tuple[Rule, ...], normalised: str) -> list[Hit]:
    """The rule layer before pre-filters: every pattern scans the whole text."""
    hits = [
        Hit(rule, m.start(), m.end(), m.group()[:MAX_SPAN].strip())
        for rule in rules
        for m in rule.pattern.finditer(normalised)
    ]
    return sorted(hits, key=lambda hit: (hit.start, hit.rule.name))


def _corpus() -> list[str]:
    """Generated messages of every part, and the hand-written development set."""
    texts = [
        f"{example.subject}\n\n{example.text}"
        for part in ("train", "heldout")
        for example in generate_examples(1500, seed=17, part=part)
    ]
    with DEV_SET.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    return texts + [f"{record['subject']}\n\n{record['text']}" for record in records]


def test_prefiltered_hits_equal_full_scan() -> None:
    corpus = _corpus()
    matched_rules = set()
    for text in corpus:
        normalised = normalise_for_rules(text)
        expected = _every_rule_scanned(ALL_RULES, normalised)
        assert find_hits(ALL_RULES, normalised) == expected
        matched_rules |= {hit.rule.name for hit in expected}
    # The comparison means something only if many rules actually fired.
    assert len(matched_rules) > len(ALL_RULES) // 2
