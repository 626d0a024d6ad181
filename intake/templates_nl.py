"""Dutch wording for messages to data subjects."""

from __future__ import annotations

from intake.templates_wording import Wording

WORDING = Wording(
    months=(
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    weekdays=("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    date_pattern="{weekday} {day} {month} {year}",
    first_of_month="1",
    kind_names={
        "access": "inzage in uw gegevens (een kopie)",
        "rectification": "correctie van uw gegevens",
        "erasure": "verwijdering van uw gegevens",
        "restriction": "beperking van de verwerking",
        "portability": "overdracht van uw gegevens",
        "objection": "uw bezwaar tegen de verwerking",
        "consent_withdrawal": "intrekking van uw toestemming",
        "automated_decision": "menselijke herbeoordeling van een geautomatiseerd besluit",
    },
    and_word=" en ",
    greeting="Beste,\n\n",
    automatic="Dit bericht is automatisch verstuurd.\n",
    ack_subject="[{reference}] We hebben uw verzoek ontvangen",
    ack_asked="U vraagt om {asked}.\n\n",
    ack_body=(
        "We hebben uw verzoek aan {controller} ontvangen op {received}.\n\n{asked}"
        "Uw kenmerk: {reference}\nAntwoord uiterlijk op: {due}\n\n"
        "Bewaar dit kenmerk en zet het in het onderwerp van elk bericht over dit verzoek. "
        "Als we uw identiteit moeten controleren, schrijven we u.\n\n"
    ),
    follow_up_subject="[{reference}] Bericht ontvangen",
    follow_up_body=(
        "Uw bericht is toegevoegd aan uw verzoek {reference}. "
        "U krijgt nog steeds uiterlijk op {due} antwoord.\n\n"
    ),
    verify_subject="[{reference}] Bevestig dat u het bent",
    verify_code_body=(
        "Voordat we verzoek {reference} behandelen, moeten we zeker weten dat het van u "
        "komt.\n\nUw bevestigingscode: {code}\n\n"
        "Beantwoord dit bericht met de code. Hij werkt één keer en verloopt op {expires}. "
        "Hebt u niet aan {controller} geschreven, negeer dit bericht dan.\n\n"
    ),
    verify_manual_body=(
        "Voordat we verzoek {reference} behandelen, moet {controller} controleren wie het "
        "indient: het gaat om gevoelige gegevens, of het verzoek wordt voor iemand anders "
        "gedaan.\n\nStuur als antwoord een identiteitsbewijs (of, voor iemand anders, diens "
        "schriftelijke machtiging). Maak onleesbaar wat we niet nodig hebben, zoals de "
        "pasfoto of het documentnummer. We verwijderen het zodra de controle is "
        "vastgelegd.\n\n"
    ),
    extension_subject="[{reference}] We hebben meer tijd nodig",
    extension_body=(
        "De wet staat een langere termijn toe bij ingewikkelde of talrijke verzoeken, en "
        "die hebben we nodig voor verzoek {reference}.\n\n"
        "Waarom: {reason}\n\nU krijgt uiterlijk op {due} antwoord.\n\n"
    ),
    clarify_subject="[{reference}] We hebben meer informatie nodig",
    clarify_body=(
        "Om verzoek {reference} te behandelen, hebben we nog informatie van u nodig:\n\n"
        "{question}\n\nBeantwoord dit bericht; we gaan verder zodra we uw antwoord "
        "hebben.\n\n"
    ),
    answer_subject="[{reference}] Ons antwoord op uw verzoek",
    answer_body="Hier is het antwoord van {controller} op verzoek {reference}.\n\n{summary}\n\n",
    answer_attached="De gevraagde bestanden zijn bijgevoegd ({count}).\n\n",
    refusal_subject="[{reference}] We kunnen niet ingaan op uw verzoek",
    refusal_body=(
        "{controller} gaat niet in op verzoek {reference}.\n\nWaarom: {justification}\n\n"
        "Bent u het hier niet mee eens, dan kunt u een klacht indienen bij {authority} en "
        "kunt u ook naar de rechter stappen.\n\n"
    ),
    unknown_authority="de toezichthouder voor gegevensbescherming in uw land",
    recipients_subject="[{reference}] Informeer de ontvangers van de gegevens",
    recipients_body=(
        "Verzoek {reference} ({kinds}) is beantwoord. Artikel 19 AVG: meld de wijziging aan "
        "elke ontvanger aan wie de gegevens zijn verstrekt, tenzij dat onmogelijk is of "
        "onevenredig veel moeite kost, en vertel de persoon op verzoek wie die ontvangers "
        "zijn.\n\n"
    ),
)  # fmt: skip
