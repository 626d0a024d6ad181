"""Sentences shared by formal letters: access-letter detail lists and reminders.

Detail lists mention other rights *as information to provide*; they must not
add labels (an access letter asking "whether automated decisions are made"
is still only ``access``). Reminders say an earlier request went unanswered;
they carry the label of the request they repeat.
"""
# ruff: noqa: E501  (one phrase per line reads better than wrapped strings)

from __future__ import annotations

from typing import Final

ACCESS_DETAILS: Final[dict[str, tuple[str, ...]]] = {
    "fr": (
        "Merci de préciser également les destinataires, la durée de conservation, la source des données et l'existence éventuelle d'une prise de décision automatisée, y compris un profilage.",
        "Indiquez-moi aussi mes droits de rectification, d'effacement et d'opposition ainsi que le droit d'introduire une réclamation auprès de la CNIL.",
    ),
    "en": (
        "Please also state the recipients, the retention period, the source of the data and whether automated decision-making, including profiling, takes place.",
        "Please also inform me of my rights to rectification, erasure, restriction and objection, and of my right to lodge a complaint with a supervisory authority.",
    ),
    "de": (
        "Bitte nennen Sie auch die Empfänger, die Speicherdauer, die Herkunft der Daten und ob eine automatisierte Entscheidungsfindung einschließlich Profiling stattfindet.",
        "Informieren Sie mich bitte auch über mein Recht auf Berichtigung, Löschung und Widerspruch sowie über das Beschwerderecht bei einer Aufsichtsbehörde.",
    ),
    "es": (
        "Indiquen también los destinatarios, el plazo de conservación y la existencia de decisiones automatizadas, incluida la elaboración de perfiles.",
    ),
    "it": (
        "Indicate anche i destinatari, il periodo di conservazione e l'eventuale esistenza di un processo decisionale automatizzato, compresa la profilazione.",
    ),
    "nl": (
        "Vermeld ook de ontvangers, de bewaartermijn en of er geautomatiseerde besluitvorming, waaronder profilering, plaatsvindt.",
    ),
    "pt": (
        "Indiquem também os destinatários, o prazo de conservação e a existência de decisões automatizadas, incluindo a definição de perfis.",
    ),
}

REMINDERS: Final[dict[str, tuple[str, ...]]] = {
    "fr": (
        "Je vous ai adressé le {date} une demande restée à ce jour sans réponse, alors que le délai d'un mois est dépassé.",
        "Relance : je n'ai toujours rien reçu suite à ma demande du {date}.",
    ),
    "en": (
        "I wrote to you on {date} and have not received any reply, although the one-month deadline has passed.",
        "This is a reminder of my request of {date}, which is still unanswered.",
    ),
    "de": (
        "Am {date} habe ich Ihnen einen Antrag geschickt, auf den ich bis heute keine Antwort erhalten habe; die Monatsfrist ist abgelaufen.",
    ),
    "es": ("Les envié una solicitud el {date} y todavía no he recibido respuesta.",),
    "it": ("Vi ho inviato una richiesta il {date} e non ho ancora ricevuto risposta.",),
    "nl": ("Op {date} heb ik u een verzoek gestuurd waarop ik nog geen antwoord heb ontvangen.",),
    "pt": ("Enviei-vos um pedido em {date} e ainda não recebi resposta.",),
}

QUOTE_HEADERS: Final[dict[str, str]] = {
    "fr": "Le {date}, Service client a écrit :",
    "en": "On {date}, Customer Service wrote:",
    "de": "Am {date} schrieb Kundenservice:",
    "es": "El {date}, Atención al cliente escribió:",
    "it": "Il {date} Servizio clienti ha scritto:",
    "nl": "Op {date} schreef Klantenservice:",
    "pt": "Em {date}, Apoio ao cliente escreveu:",
}
