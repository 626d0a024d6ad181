"""split_new_text: keep what the sender wrote, drop reply chains and signatures."""

from __future__ import annotations

import pytest

from intake.quoting import split_new_text

REQUEST = "Please send me a copy of my personal data."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{REQUEST}\n\nOn Mon, 1 Jan 2024 at 10:00, Shop <shop@example.com> wrote:\n"
            "> Dear customer,\n> your order shipped.\n",
            REQUEST,
            id="english-attribution",
        ),
        pytest.param(
            f"{REQUEST}\n\nOn Mon, Jan 1, 2024 at 10:00 AM Shop Support <\n"
            "support@example.com> wrote:\n> old text\n",
            REQUEST,
            id="english-attribution-wrapped-over-two-lines",
        ),
        pytest.param(
            "Bonjour,\nje veux mes données.\n\n"
            "Le lun. 1 janv. 2024 à 10:00, Boutique <b@example.fr> a écrit :\n> Bonjour\n",
            "Bonjour,\nje veux mes données.",
            id="french-attribution",
        ),
        pytest.param(
            "Bitte löschen Sie meine Daten.\n\n"
            "Am 01.02.2024 um 10:00 schrieb Shop <shop@example.de>:\n> Hallo\n",
            "Bitte löschen Sie meine Daten.",
            id="german-attribution",
        ),
        pytest.param(
            "Quiero acceder a mis datos.\n\n"
            "El lun, 1 ene 2024 a las 10:00, Tienda (<t@example.es>) escribió:\n> Hola\n",
            "Quiero acceder a mis datos.",
            id="spanish-attribution",
        ),
        pytest.param(
            f"{REQUEST}\n\n-----Original Message-----\nFrom: Shop\nSent: Monday\n\nOld text\n",
            REQUEST,
            id="outlook-original-message",
        ),
        pytest.param(
            "Merci de supprimer mon compte.\n\n________________________________\n"
            "De : Boutique <b@example.fr>\nEnvoyé : lundi 1 janvier 2024 10:00\n"
            "À : Marie <m@example.fr>\nObjet : Votre commande\n\nAncien texte\n",
            "Merci de supprimer mon compte.",
            id="outlook-french-header-block",
        ),
        pytest.param(
            f"{REQUEST}\n\nFrom: Shop <shop@example.com>\nSent: Monday, January 1, 2024\n"
            "To: me@example.org\nSubject: Your order\n\nOld text\n",
            REQUEST,
            id="outlook-english-header-block",
        ),
        pytest.param(
            "Answer one.\n\nOn Mon, 1 Jan 2024 at 10:00, Shop <shop@example.com> wrote:\n"
            "> Question one?\nMy inline answer.\n> Question two?\n",
            "Answer one.\n\nMy inline answer.",
            id="inline-replies-are-kept",
        ),
        pytest.param(f"{REQUEST}\n-- \nJane Doe\n+33 1 23 45 67 89\n", REQUEST, id="signature"),
        pytest.param(f"{REQUEST}\n--\nJane Doe\n", REQUEST, id="signature-dashes-lost-space"),
        pytest.param(f"{REQUEST}\n\nSent from my iPhone\n", REQUEST, id="sent-from-iphone"),
        pytest.param(f"{REQUEST}\n\nEnvoyé de mon iPhone\n", REQUEST, id="envoye-de-mon-iphone"),
        pytest.param(
            "Supprimez mes données.\n\nCordialement,\nMarie Dupont\n",
            "Supprimez mes données.\n\nCordialement,\nMarie Dupont",
            id="closing-keeps-the-name",
        ),
        pytest.param(
            "On Monday I wrote:\nthe letter I sent you, please answer it.",
            "On Monday I wrote:\nthe letter I sent you, please answer it.",
            id="prose-that-looks-like-an-attribution",
        ),
        pytest.param(
            "FYI\n\n---------- Forwarded message ---------\nFrom: Alice <a@example.com>\n"
            "Date: Mon, 1 Jan 2024\nSubject: Erasure\nTo: dpo@example.com\n\nErase my data.",
            "FYI\n\n---------- Forwarded message ---------\nFrom: Alice <a@example.com>\n"
            "Date: Mon, 1 Jan 2024\nSubject: Erasure\nTo: dpo@example.com\n\nErase my data.",
            id="forwarded-message-is-kept",
        ),
        pytest.param(
            f"{REQUEST}\r\n\r\nOn Mon, 1 Jan 2024, Shop <s@example.com> wrote:\r\n> old\r\n",
            REQUEST,
            id="crlf",
        ),
    ],
)
def test_reply_chains_and_signatures_are_removed(text: str, expected: str) -> None:
    assert split_new_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("> only a quote\n> nothing new\n", id="only-quoted-lines"),
        pytest.param("-- \nJane Doe\n", id="only-a-signature"),
        pytest.param("", id="empty"),
    ],
)
def test_nothing_left_returns_the_original(text: str) -> None:
    assert split_new_text(text) == text


def test_a_separator_far_from_the_end_is_not_a_signature() -> None:
    text = "Intro\n--\n" + "\n".join(f"line {n}" for n in range(12))
    assert split_new_text(text) == text
