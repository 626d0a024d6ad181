"""The GDPR article that grants each data-subject right, as one shared table.

Both the citation rules (:mod:`nlp.rules_citations`) and the synthetic formal
letters (:mod:`nlp.training_data`) cite these articles; keeping the numbers in
one place means a rule and the letters it is tested on can never disagree.
Consent withdrawal (Art. 7(3)) is absent: its paragraph is written differently
in every language, so each user adds its own spelling.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

GDPR_ARTICLES: Final = MappingProxyType(
    {
        "access": "15",
        "rectification": "16",
        "erasure": "17",
        "restriction": "18",
        "portability": "20",
        "objection": "21",
        "automated_decision": "22",
    }
)
"""Article number per right label (read-only)."""
