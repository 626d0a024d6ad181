"""The legal regimes the deadline engine knows, each described as data with its sources."""

from __future__ import annotations

from scheduler.regimes.americas import BR_LGPD, CA_QC, US_CA_CCPA
from scheduler.regimes.europe import CH_FADP, EU_GDPR, UK_GDPR
from scheduler.regimes.rules import Regime

REGISTRY: dict[str, Regime] = {
    regime.name: regime for regime in (EU_GDPR, UK_GDPR, US_CA_CCPA, BR_LGPD, CA_QC, CH_FADP)
}

__all__ = ["REGISTRY", "Regime"]
