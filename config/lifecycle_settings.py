"""Settings for a request's life cycle: identity checks, remedies, retention, encryption.

Kept apart from :mod:`config.settings` so the life-cycle vocabulary (levels,
authorities) has one home; the controller and deployment settings only
reference it.
"""

from __future__ import annotations

from typing import Final, Literal

from pydantic import BaseModel, Field

VerificationLevel = Literal["none", "confirm", "manual"]
"""How sure a controller must be of who is asking before acting.

``none``: no check (e.g. stop marketing); ``confirm``: the sender proves control
of the address or chat on file with a one-time code; ``manual``: a person checks
a document (health or HR data, requests made for someone else with a mandate).
"""

LEVEL_ORDER: Final[dict[str, int]] = {"none": 0, "confirm": 1, "manual": 2}

# Proportionate defaults (Art. 12(6) GDPR, EDPB guidelines 01/2022): a check
# where acting for the wrong person would disclose, hand over, destroy or
# change their data; none where the request only stops or limits processing
# (acting on a forged objection harms nobody). ``manual`` (a document) is
# never a default: it asks for more data than most requests justify, so a
# controller opts in (health or HR data, requests made for someone else).
DEFAULT_LEVELS: Final[dict[str, VerificationLevel]] = {
    "access": "confirm",
    "portability": "confirm",
    "erasure": "confirm",
    "rectification": "confirm",
    "automated_decision": "confirm",
    "objection": "none",
    "consent_withdrawal": "none",
    "restriction": "none",
}


class SupervisoryAuthority(BaseModel):
    """Where a data subject may complain (Art. 77 GDPR and equivalents)."""

    name: str
    url: str


# The authority a controller's data subjects are usually pointed to, by the
# controller's country (first part of its holiday code). Germany has one
# authority per Land: the federal commissioner is only a sensible default.
DEFAULT_AUTHORITIES: Final[dict[str, SupervisoryAuthority]] = {
    code: SupervisoryAuthority(name=name, url=url)
    for code, name, url in (
        ("FR", "CNIL", "https://www.cnil.fr/fr/plaintes"),
        ("LU", "CNPD (Luxembourg)", "https://cnpd.public.lu"),
        ("BE", "Autorité de protection des données", "https://www.autoriteprotectiondonnees.be"),
        ("GB", "ICO", "https://ico.org.uk/make-a-complaint/"),
        ("IE", "Data Protection Commission", "https://www.dataprotection.ie"),
        ("DE", "BfDI", "https://www.bfdi.bund.de"),
        ("AT", "Datenschutzbehörde", "https://www.dsb.gv.at"),
        ("ES", "AEPD", "https://www.aepd.es"),
        ("IT", "Garante per la protezione dei dati personali", "https://www.garanteprivacy.it"),
        ("NL", "Autoriteit Persoonsgegevens", "https://autoriteitpersoonsgegevens.nl"),
        ("PT", "CNPD (Portugal)", "https://www.cnpd.pt"),
        ("CH", "PFPDT / FDPIC", "https://www.edoeb.admin.ch"),
        ("BR", "ANPD", "https://www.gov.br/anpd"),
        ("CA", "Commission d'accès à l'information", "https://www.cai.gouv.qc.ca"),
        ("US", "California Privacy Protection Agency", "https://cppa.ca.gov"),
    )
}


def default_authority(country: str | None) -> SupervisoryAuthority | None:
    """The usual supervisory authority for a controller's country, if known."""
    if country is None:
        return None
    return DEFAULT_AUTHORITIES.get(country.upper().partition("-")[0])


class VerificationPolicy(BaseModel):
    """Per request kind, how a sender's identity is checked.

    Attributes:
        default: level for kinds not listed in ``kinds``; unset, each kind
            gets its proportionate level from :data:`DEFAULT_LEVELS`.
        kinds: level per request kind, e.g. ``{"access": "manual"}``.
        code_ttl_minutes: how long a one-time code stays valid.
        max_attempts: wrong codes accepted before a code is burnt.
        max_codes_per_day: codes sent for one request in 24 hours.
    """

    default: VerificationLevel | None = None
    kinds: dict[str, VerificationLevel] = Field(default_factory=dict)
    code_ttl_minutes: int = Field(default=60 * 24, ge=5, le=60 * 24 * 14)
    max_attempts: int = Field(default=5, ge=1, le=20)
    max_codes_per_day: int = Field(default=3, ge=1, le=20)

    def level_for(self, kinds: list[str]) -> VerificationLevel:
        """The strictest level any of the asked rights needs."""
        levels = [self._level_of(kind) for kind in kinds] or [self.default or "none"]
        return max(levels, key=LEVEL_ORDER.__getitem__)

    def _level_of(self, kind: str) -> VerificationLevel:
        if kind in self.kinds:
            return self.kinds[kind]
        if self.default is not None:
            return self.default
        return DEFAULT_LEVELS.get(kind, "none")
