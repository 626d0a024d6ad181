"""Normalisation, the rule-table format and score combination."""

from __future__ import annotations

import re

import pytest

from nlp.rule_engine import (
    MAX_SPAN,
    Rule,
    RuleKind,
    RuleOutcome,
    find_hits,
    normalise_for_rules,
    score_hits,
)
from nlp.rule_tables import TABLE_LANGUAGES, compile_table, load_table
from nlp.rules_citations import RULES as CITATION_RULES
from nlp.types import RIGHTS


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("Je VEUX Supprimer", "je veux supprimer"),
        ("Droit d’accès à l'œuvre", "droit d'acces a l'oeuvre"),
        ("jveux supprimer mon compte svp", "je veux supprimer mon compte s'il vous plait"),
        ("pls delete my acct", "please delete my account"),
        ("d' accès", "d'acces"),
        ("un   deux\tTrois\nquatre", "un deux trois quatre"),
        ("Bonjour\n\nJe veux", "bonjour\nje veux"),
        ("Liste :\n- un\n- deux", "liste :\n- un\n- deux"),
        ("écrivez à jo.smith@example.org. Merci", "ecrivez a jo_smith@example_org. merci"),
        ("Straße", "strasse"),
    ],
)
def test_normalise_for_rules(raw: str, normalised: str) -> None:
    assert normalise_for_rules(raw) == normalised


def test_sms_forms_only_replace_whole_words() -> None:
    assert normalise_for_rules("svpx pr pour") == "svpx pour pour"


TABLE = r"""
# comment
DEF OBJ: compte|profil
erasure.supprimer GOOD: supprimer <G>(?:mon )?<OBJ>
access.copie 0.35: copie
access.copie_donnees FAIR: copie
    |duplicata
marketing_opt_out.stop CLEAR: stop pub
neg.commande erasure 0: supprimer (?:ma )?commande[^.]*
ctx.question * 0.5: comment [^?]*\?
vocab.donnees: mes donnees
"""


def _outcome(text: str, table: str = TABLE) -> RuleOutcome:
    rules = compile_table("xx", table)
    return score_hits(find_hits(rules, normalise_for_rules(text)))


def test_compile_table_names_and_kinds() -> None:
    rules = {rule.name: rule for rule in compile_table("xx", TABLE)}
    assert rules["xx.erasure.supprimer"].kind is RuleKind.POSITIVE
    assert rules["xx.erasure.supprimer"].strength == pytest.approx(0.7)
    assert rules["xx.access.copie"].strength == pytest.approx(0.35)
    assert rules["xx.neg.commande"].labels == {"erasure"}
    assert rules["xx.ctx.question"].kind is RuleKind.CONTEXT
    assert "objection" in rules["xx.ctx.question"].labels
    assert rules["xx.vocab.donnees"].kind is RuleKind.VOCABULARY
    assert rules["xx.access.copie_donnees"].pattern.search("un duplicata")


@pytest.mark.parametrize(
    "table",
    [
        "erasure.x GOOD supprimer",  # no ": "
        "    |continuation first",
        "erasure GOOD: supprimer",  # no rule name
        "nolabel.x GOOD: supprimer",
        "neg.x nolabel 0: supprimer",
        "erasure.x GOOD: <UNDEFINED>",
        "erasure.x VERY: supprimer",
        "neg.x erasure: supprimer",
    ],
)
def test_malformed_tables_are_rejected(table: str) -> None:
    with pytest.raises(ValueError):
        compile_table("xx", table)


def test_patterns_match_whole_words_only() -> None:
    assert _outcome("resupprimer moncompte").scores["erasure"] == 0.0
    assert _outcome("supprimer comptes").scores["erasure"] == 0.0
    assert _outcome("supprimer mon compte").scores["erasure"] == pytest.approx(0.7)


def test_noisy_or_counts_each_rule_once() -> None:
    once = _outcome("copie").scores["access"]
    twice = _outcome("copie, encore une copie").scores["access"]
    assert once == twice == pytest.approx(1 - (1 - 0.35) * (1 - 0.6))


def test_hard_negative_vetoes_and_flags_a_conflict() -> None:
    outcome = _outcome("merci de supprimer ma commande et mon compte")
    assert outcome.scores["erasure"] == 0.0
    assert outcome.conflict
    assert [e.rule for e in outcome.evidence] == ["xx.neg.commande"]


def test_hard_negative_elsewhere_changes_nothing() -> None:
    outcome = _outcome("supprimer ma commande. supprimer mon compte")
    assert outcome.scores["erasure"] == pytest.approx(0.7)
    assert not outcome.conflict


def test_context_rule_halves_quietly() -> None:
    outcome = _outcome("comment supprimer mon compte ?")
    assert outcome.scores["erasure"] == pytest.approx(0.35)
    assert not outcome.conflict
    assert outcome.evidence[0].rule == "xx.ctx.question"


def test_marketing_opt_out_is_routed_to_objection_with_both_as_evidence() -> None:
    outcome = _outcome("stop pub")
    assert outcome.scores["objection"] == pytest.approx(0.8)
    assert outcome.scores["consent_withdrawal"] == 0.0
    assert {e.label for e in outcome.evidence} == {"objection", "consent_withdrawal"}


def test_vocabulary_is_reported() -> None:
    assert _outcome("mes donnees").personal_data_vocabulary
    assert not _outcome("mon velo").personal_data_vocabulary


def test_evidence_spans_are_short() -> None:
    rules = compile_table("xx", "erasure.long GOOD: supprimer[a-z ]*")
    outcome = score_hits(find_hits(rules, "supprimer " + "tout " * 30))
    assert all(len(e.span) <= MAX_SPAN for e in outcome.evidence)


def test_scores_cover_every_right() -> None:
    assert set(_outcome("").scores) == set(RIGHTS)


@pytest.mark.parametrize("lang", TABLE_LANGUAGES)
def test_shipped_tables_compile_with_well_formed_names(lang: str) -> None:
    rules = load_table(lang)
    assert rules
    _assert_well_formed(rules, lang)


def test_citation_rules_are_well_formed() -> None:
    _assert_well_formed(CITATION_RULES, "intl")


def _assert_well_formed(rules: tuple[Rule, ...], lang: str) -> None:
    names = [rule.name for rule in rules]
    assert len(names) == len(set(names)), "rule names must be unique"
    assert all(re.fullmatch(rf"{lang}\.[a-z_]+\.[a-z0-9_]+", name) for name in names)
    assert all(0 <= rule.strength <= 1 for rule in rules)
