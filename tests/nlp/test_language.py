"""Language detection: the seven profiled languages, "und", speed."""

from __future__ import annotations

import pytest

from nlp.language import (
    SUPPORTED,
    UNDETERMINED,
    LanguageGuess,
    detect_language,
    fold_to_ascii,
    language_scores,
)

DETECTED = [
    ("fr", "Bonjour, je souhaiterais savoir quelles informations vous conservez à mon sujet."),
    ("fr", "bonjour je voudrais que vous effaciez toutes mes donnees c est urgent merci"),
    ("fr", "jveux supprimer mon compte svp"),
    ("fr", "Je n’ai plus accès à l’application depuis hier, c’est normal ?"),
    ("en", "Hello, I would like to know what personal information your company holds about me."),
    ("en", "pls delete my acct asap thx"),
    ("en", "I don’t want your newsletter any more, it's spam."),
    ("de", "Sehr geehrte Damen und Herren, hiermit bitte ich um Auskunft über meine Daten."),
    ("de", "Bitte loschen Sie mein Konto, ich brauche es nicht mehr"),
    ("es", "Hola, quiero que borren todos mis datos personales de su base de datos. Gracias."),
    ("es", "¿Qué datos tienen sobre mí? Necesito saberlo para un trámite."),
    ("it", "Buongiorno, vorrei sapere quali dati personali avete su di me."),
    ("it", "Non voglio più ricevere la vostra newsletter, grazie."),
    (
        "nl",
        "Geachte heer of mevrouw, graag wil ik weten welke persoonsgegevens u van mij verwerkt.",
    ),
    ("nl", "Ik wil niet meer gebeld worden door jullie, dank u."),
    ("pt", "Olá, gostaria de saber quais dados pessoais vocês têm sobre mim. Obrigado."),
    ("pt", "Não quero mais receber as vossas mensagens, por favor."),
]

UNDETERMINED_TEXTS = [
    ("empty", ""),
    ("blank", "   \n  "),
    ("too short", "ok"),
    ("emoji", "👍🙂"),
    ("numbers", "06 12 34 56 78"),
    ("greek", "Παρακαλώ διαγράψτε τα προσωπικά μου δεδομένα."),
    ("russian", "Здравствуйте, прошу удалить мои персональные данные."),
    ("chinese", "请删除我的个人数据。"),
    ("czech", "Dobrý den, žádám o výmaz mých osobních údajů, které zpracováváte."),
    ("polish", "Dzień dobry, proszę o usunięcie moich danych osobowych z waszej bazy."),
]


@pytest.mark.parametrize(("expected", "text"), DETECTED)
def test_detects_profiled_languages(expected: str, text: str) -> None:
    guess = detect_language(text)
    assert guess.code == expected
    assert 0.3 <= guess.confidence <= 1.0


@pytest.mark.parametrize(
    ("case", "text"), UNDETERMINED_TEXTS, ids=[c for c, _ in UNDETERMINED_TEXTS]
)
def test_other_scripts_languages_and_short_text_are_undetermined(case: str, text: str) -> None:
    assert detect_language(text) == LanguageGuess(UNDETERMINED, 0.0), case


@pytest.mark.parametrize(
    ("short", "longer"),
    [
        ("merci pour la réponse", "Merci pour votre réponse, je vous souhaite une bonne journée."),
        ("thanks for that", "Thanks for your answer, I hope you have a nice day and a good week."),
    ],
)
def test_confidence_grows_with_evidence(short: str, longer: str) -> None:
    assert detect_language(short).confidence < detect_language(longer).confidence


def test_shared_words_count_less_than_distinctive_ones() -> None:
    # "de" and "la" exist in several profiles; "les" and "vous" are French only.
    shared = language_scores("de la")
    distinctive = language_scores("vous avec")
    assert shared["fr"] < distinctive["fr"]
    assert shared["es"] > 0 and distinctive["es"] == 0


@pytest.mark.parametrize(
    ("raw", "folded"),
    [("Été à l'œil", "ete a l'oeil"), ("straße", "strasse"), ("ção", "cao"), ("Ωx", "x")],
)
def test_fold_to_ascii(raw: str, folded: str) -> None:
    assert fold_to_ascii(raw.lower()) == folded


def test_supported_languages_are_french_and_english() -> None:
    assert SUPPORTED == ("fr", "en")
