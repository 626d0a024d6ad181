"""References: unguessable, readable, found again in what people type."""

from __future__ import annotations

import pytest

from store.references import PATTERN, find_references, new_reference


def test_new_references_are_well_formed_and_distinct() -> None:
    made = {new_reference() for _ in range(2000)}
    assert len(made) == 2000
    assert all(PATTERN.fullmatch(r) for r in made)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Re: [G-7K3M-9QX2-HF4T] Accusé de réception", ["G-7K3M-9QX2-HF4T"]),
        ("ma référence est g-7k3m-9qx2-hf4t merci", ["G-7K3M-9QX2-HF4T"]),
        ("ref G 7K3M 9QX2 HF4T", ["G-7K3M-9QX2-HF4T"]),
        ("typed with O and I: G-7K3M-9QX2-HF4O", ["G-7K3M-9QX2-HF40"]),
        ("two: G-AAAA-BBBB-CCCC and G-AAAA-BBBB-CCCC", ["G-AAAA-BBBB-CCCC"]),
        ("grandchildren are not references", []),
        ("G-12345-6789-ABCD is too long", []),
        ("", []),
    ],
)
def test_find_references(text: str, expected: list[str]) -> None:
    assert find_references(text) == expected
