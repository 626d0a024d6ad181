"""French wording for messages to data subjects."""

from __future__ import annotations

from intake.templates_wording import Wording

WORDING = Wording(
    months=(
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
    weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    date_pattern="{weekday} {day} {month} {year}",
    first_of_month="1er",
    kind_names={
        "access": "l'accès à vos données (copie)",
        "rectification": "la rectification de vos données",
        "erasure": "l'effacement de vos données",
        "restriction": "la limitation du traitement",
        "portability": "la portabilité de vos données",
        "objection": "votre opposition au traitement",
        "consent_withdrawal": "le retrait de votre consentement",
        "automated_decision": "le réexamen d'une décision automatisée",
    },
    and_word=" et ",
    greeting="Bonjour,\n\n",
    automatic="Ce message est envoyé automatiquement.\n",
    ack_subject="[{reference}] Accusé de réception de votre demande",
    ack_asked="Vous demandez {asked}.\n\n",
    ack_body=(
        "Nous avons bien reçu votre demande adressée à {controller} le {received}.\n\n{asked}"
        "Votre référence : {reference}\nRéponse due au plus tard le : {due}\n\n"
        "Gardez cette référence : indiquez-la dans l'objet de vos messages "
        "pour que nous les rattachions à votre demande. Si nous avons besoin "
        "de vérifier votre identité, nous vous écrirons.\n\n"
    ),
    follow_up_subject="[{reference}] Message reçu",
    follow_up_body=(
        "Votre message a été ajouté à votre demande {reference}. "
        "La réponse reste due au plus tard le {due}.\n\n"
    ),
    verify_subject="[{reference}] Confirmez que c'est bien vous",
    verify_code_body=(
        "Avant de traiter la demande {reference}, nous devons nous assurer qu'elle vient "
        "bien de vous.\n\nVotre code de confirmation : {code}\n\n"
        "Répondez à ce message en indiquant ce code. Il ne sert qu'une fois et expire le "
        "{expires}. Si vous n'avez pas écrit à {controller}, ignorez ce message.\n\n"
    ),
    verify_manual_body=(
        "Avant de traiter la demande {reference}, {controller} doit vérifier qui la fait : "
        "les données concernées sont sensibles, ou la demande est faite pour une autre "
        "personne.\n\nRépondez avec un justificatif d'identité (ou, pour une autre "
        "personne, son mandat écrit). Masquez ce dont nous n'avons pas besoin, comme la "
        "photo ou le numéro du document. Nous le supprimons dès la vérification faite.\n\n"
    ),
    extension_subject="[{reference}] Nous avons besoin de plus de temps",
    extension_body=(
        "La loi nous permet de prolonger le délai pour les demandes complexes ou "
        "nombreuses, et nous devons le faire pour la demande {reference}.\n\n"
        "Pourquoi : {reason}\n\nNous vous répondrons au plus tard le {due}.\n\n"
    ),
    clarify_subject="[{reference}] Nous avons besoin de précisions",
    clarify_body=(
        "Pour traiter la demande {reference}, il nous faut quelques précisions :\n\n"
        "{question}\n\nRépondez simplement à ce message ; nous reprendrons dès "
        "réception de votre réponse.\n\n"
    ),
    answer_subject="[{reference}] Notre réponse à votre demande",
    answer_body="Voici la réponse de {controller} à la demande {reference}.\n\n{summary}\n\n",
    answer_attached="Les fichiers demandés sont joints à ce message ({count}).\n\n",
    refusal_subject="[{reference}] Nous ne pouvons pas donner suite à votre demande",
    refusal_body=(
        "{controller} ne donnera pas suite à la demande {reference}.\n\n"
        "Pourquoi : {justification}\n\n"
        "Si vous n'êtes pas d'accord, vous pouvez adresser une réclamation à {authority} "
        "et vous pouvez aussi saisir la justice.\n\n"
    ),
    unknown_authority="l'autorité de protection des données de votre pays",
    recipients_subject="[{reference}] Informez les destinataires des données",
    recipients_body=(
        "La demande {reference} ({kinds}) a reçu sa réponse. Article 19 du RGPD : "
        "informez chaque destinataire à qui les données ont été communiquées, sauf si "
        "c'est impossible ou disproportionné, et dites à la personne qui ils sont si "
        "elle le demande.\n\n"
    ),
)  # fmt: skip
