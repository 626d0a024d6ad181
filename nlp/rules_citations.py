"""Language-neutral rules: GDPR article citations and data-protection words.

An article number of the GDPR next to a reference to the regulation is the
strongest evidence there is ("art. 17 RGPD", "Article 15 of the UK GDPR",
"Art. 21(2) DSGVO", "articolo 15 del GDPR", "artigo 17.º do RGPD"). A bare
"article 17" without the regulation only reaches the review band: it may
cite any other law. Ranges ("articles 15 à 22") list rights rather than
exercise one and do not match. Article 7(3) is the withdrawal of consent
and Art. 21(2)-(3) objection to direct marketing.

Context rules here mute what an access letter asks to be *told about*:
Art. 15(1)(e) "the existence of the right to request rectification or
erasure..." and 15(1)(h) "the existence of automated decision-making,
including profiling, referred to in Article 22(1) and (4)" exercise none
of those rights. Their wording follows the official language versions of
the regulation.
"""

from __future__ import annotations

from typing import Final

from nlp.gdpr_articles import GDPR_ARTICLES
from nlp.rule_engine import Rule
from nlp.rule_tables import compile_table

_PLACEHOLDERS: Final = r"""
# "article", "art.", "artikel", "articulo", "articolo", "artigo" (accents are folded;
# "art.17" has become "art_17" in normalisation)
DEF ART: art(?:icle|ikel|iculo|icolo|igo|ykul)?s?[._]? ?
# sub-paragraphs: "15.º", "(2)", "(1)(h)", ", paragraphe 2", "Abs. 2", "para. 2", "lid 2"
DEF SUB: (?:[._]?o)?(?: ?\(\d\)| ?\([a-h]\)|,? (?:par\w*|al\w*|abs\w*|lid|comma|apartado
    |n)\.? ?\d)*
# a range or list continues: "15 à 22", "15-22", "15 to 22"
DEF NOT_RANGE: (?! ?(?:-|a|au|to|bis|tot|al|hasta|ate|through) ?\d)
DEF GDPR_NAME: rgpd|gdpr|dsgvo|avg|uavg|2016/679
# the regulation named within a few words after the article
DEF GDPR: (?:[^ \n.]+ ){0,5}?(?:<GDPR_NAME>|reglement|regulation|verordnung|regolamento
    |reglamento|regulamento)
"""

_FIXED: Final = r"""
consent_withdrawal.art7_3 STRONG: <ART>7 ?(?:\(3\)|[._]3|,? (?:par\w*|al\w*|abs\w*|lid|comma
    |apartado)\.? ?3)
objection.art21_2_marketing STRONG: <ART>21 ?(?:\([23]\)|,? (?:par\w*|al\w*|abs\w*)\.? ?[23])

ctx.listed_rights rectification|erasure|restriction|objection|portability|marketing_opt_out 0: (?:
    existence (?:du|des|d'un|of the|of a|of any) (?:droits?|rights?)|bestehen (?:eines|des) rechts
    |existencia del derecho|esistenza del diritto|bestaan van het recht|existencia do direito
    )[^.\n;]*
ctx.listed_automated_decision automated_decision|objection 0: (?:
    existence (?:d'une|de) (?:prise de )?decision|existence of (?:any )?automated
    |(?:whether|if) (?:you |your \w+ )?(?:use|make|carry out|uses) automated
    |bestehen einer automatisierten|existencia de decisiones automatizadas
    |esistenza di un processo decisionale automatizzato|bestaan van geautomatiseerde
    |existencia de decisoes automatizadas)[^.\n;]*
ctx.art22_listed_in_access automated_decision 0: <ART>22 ?(?:\(1\) (?:and|et|und|e|y|en) \(4\)
    |,? (?:par\w*|abs\w*)\.? 1 (?:et|und|and|e|y|en) 4)

vocab.gdpr: rgpd|gdpr|dsgvo|2016/679
vocab.authority: cnil|edpb|cnpd|aepd|garante privacy|bfdi|autoriteit persoonsgegevens
vocab.dpo: dpo
"""


def _citation_table() -> str:
    """Three rules per right: cited with the regulation (after or before), and bare."""
    lines = [_PLACEHOLDERS]
    for label, number in GDPR_ARTICLES.items():
        cited = f"<ART>{number}<SUB><NOT_RANGE>"
        lines += [
            f"{label}.art{number}_gdpr STRONG: {cited} <GDPR>",
            f"{label}.art{number}_gdpr_first STRONG: (?:<GDPR_NAME>),? (?:\\w+ ){{0,2}}{cited}",
            f"{label}.art{number}_bare 0.45: {cited}",
        ]
    return "\n".join([*lines, _FIXED])


RULES: Final[tuple[Rule, ...]] = compile_table("intl", _citation_table())
