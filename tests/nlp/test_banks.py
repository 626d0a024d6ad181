"""The sentence banks and the dev set: readable, complete, kept apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp.training_data.banks import (
    BankError,
    load_banks,
    load_dev_messages,
    parse_labels,
)
from nlp.training_data.dataset import generate_sentences, heldout_set, training_set
from nlp.training_data.generator import held_out_phrase
from nlp.types import LABELS, OTHER, RIGHTS

BANKS = load_banks()


def test_labels_are_parsed_in_taxonomy_order() -> None:
    assert parse_labels("erasure,access", "x") == ("access", "erasure")
    assert parse_labels("none", "x") == ()
    for bad in ("acces", "access,access", "other"):
        with pytest.raises(BankError, match="x: unknown or repeated"):
            parse_labels(bad, "x")


def test_a_malformed_line_names_its_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "fr.tsv").write_text("# ok\naccess\tune copie svp\naccess une copie\n")
    with pytest.raises(BankError, match=r"fr.tsv:3: expected TAG<TAB>TEXT"):
        load_banks.__wrapped__(tmp_path)


@pytest.mark.parametrize("lang", sorted(BANKS))
def test_every_bank_covers_every_right_and_both_kinds_of_filler(lang: str) -> None:
    bank = BANKS[lang]
    for right in RIGHTS:
        assert len(bank.singles(right)) >= 10, right
    assert len(bank.none) >= 30 and len(bank.frame) >= 15
    assert any(labels for labels, _ in bank.subjects)
    assert any(not labels for labels, _ in bank.subjects)


def test_held_out_sentences_never_reach_the_training_set() -> None:
    training = " ".join(e.text for e in training_set(3000, seed=3))
    held_out = [
        text
        for bank in BANKS.values()
        for _, text in bank.requests
        if held_out_phrase(text) and "{" not in text and len(text) > 30
    ]
    assert len(held_out) > 100
    leaked = [text for text in held_out if text in training]
    assert not leaked


def test_held_out_messages_use_held_out_sentences() -> None:
    messages = " ".join(e.text for e in heldout_set(400, seed=4))
    assert any(held_out_phrase(t) and t in messages for b in BANKS.values() for _, t in b.requests)
    sentences = generate_sentences(seed=4, part="heldout")
    assert sentences and all(e.id.startswith(("sent-", "book-")) for e in sentences)


def test_dev_messages_are_valid_and_not_made_of_bank_sentences() -> None:
    dev = load_dev_messages()
    assert len(dev) >= 200
    assert {m.lang for m in dev} >= set(BANKS)
    for message in dev:
        assert message.labels and set(message.labels) <= set(LABELS)
        assert OTHER not in message.labels or message.labels == (OTHER,)
    # the dev set measures generalisation: no long bank sentence may be copied into it
    long_sentences = [t for b in BANKS.values() for _, t in b.requests if len(t) > 60]
    dev_text = "\n".join(m.text for m in dev)
    assert [t for t in long_sentences if t in dev_text] == []
