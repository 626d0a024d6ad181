"""Cutting messages into the sentences the model scores."""

from __future__ import annotations

import pytest

from nlp.segments import MAX_SEGMENTS, model_text, segments


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        ("", "supprimez mon compte svp", ["supprimez mon compte s'il vous plait"]),
        (
            "",
            "Je suis client depuis 2015. Selon l'art. 15 RGPD je veux une copie de mes données.",
            [
                "je suis client depuis 2015.",
                "selon l'art. 15 rgpd je veux une copie de mes donnees.",
            ],
        ),
        (  # a greeting alone is too short: it joins the next sentence
            "",
            "Bonjour,\n\nMerci d'effacer toutes mes données personnelles. Cordialement",
            ["bonjour, merci d'effacer toutes mes donnees personnelles. cordialement"],
        ),
        (  # the subject is a piece of text like any other
            "Auskunft nach Art. 15 DSGVO",
            "Bitte senden Sie mir eine Kopie meiner Daten.",
            ["auskunft nach art. 15 dsgvo", "bitte senden sie mir eine kopie meiner daten."],
        ),
        (  # reply chains and signatures are not the sender's new text
            "",
            "Please delete my account now.\n\n> On Monday you wrote: send your ID\n-- \nJo",
            ["please delete my account now."],
        ),
        (  # other scripts keep their letters, only accents go
            "",
            "Ζητώ πρόσβαση στα δεδομένα μου. Моля, изтрийте данните ми веднага.",
            ["ζητω προσβαση στα δεδομενα μου.", "моля, изтриите данните ми веднага."],
        ),
    ],
)
def test_segments(subject: str, text: str, expected: list[str]) -> None:
    assert segments(model_text(subject, text)) == expected


def test_long_messages_keep_their_first_sentences_only() -> None:
    text = " ".join(f"Sentence number {n} is here." for n in range(200))
    pieces = segments(model_text("", text))
    assert len(pieces) == MAX_SEGMENTS
    assert pieces[0] == "sentence number 0 is here."
