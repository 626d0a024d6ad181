"""Entities for the controller: names (French), addresses, references, dates."""

from __future__ import annotations

import pytest

from nlp.entities import Entity, extract_entities


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Write to jo.smith@example.org please", "en", Entity("email", "jo.smith@example.org")),
        ("Customer number CUST-000123, thanks", "en", Entity("reference", "CUST-000123")),
        ("ma commande n° 4455667 est perdue", "fr", Entity("reference", "n° 4455667")),
        ("signed on 12/03/2025", "en", Entity("date", "12/03/2025")),
        ("reçu le 3 mars 2025", "fr", Entity("date", "3 mars 2025")),
        (
            "Bonjour, je suis Jeanne Martin et j'habite à Lyon.",
            "fr",
            Entity("person", "Jeanne Martin"),
        ),
    ],
)
def test_entities_are_found(text: str, lang: str, expected: Entity) -> None:
    assert expected in extract_entities(text, lang)


def test_names_are_only_extracted_for_french() -> None:
    assert all(e.kind != "person" for e in extract_entities("I am Jane Doe.", "en"))
