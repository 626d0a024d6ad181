"""Formal-letter material in French and English (written for this project)."""
# ruff: noqa: E501  (one phrase per line reads better than wrapped strings)

from __future__ import annotations

from nlp.gdpr_articles import GDPR_ARTICLES
from nlp.training_data.lexicon import LetterBook

FRENCH = LetterBook(
    lang="fr",
    articles={**GDPR_ARTICLES, "consent_withdrawal": "7, paragraphe 3"},
    cites=(
        "l'article {art} du RGPD",
        "l'art. {art} RGPD",
        "l'article {art} du règlement (UE) 2016/679",
        "l'article {art} du règlement général sur la protection des données",
    ),
    rights={
        "access": (
            "Sur le fondement de {cite}, je vous demande de me confirmer si des données me concernant font l'objet d'un traitement et, dans l'affirmative, de m'en adresser une copie.",
            "Je sollicite, en application de {cite}, la communication de l'ensemble des données personnelles que votre organisme détient à mon sujet.",
            "Par la présente, j'exerce mon droit d'accès tel que prévu par {cite}.",
        ),
        "rectification": (
            "Conformément à {cite}, je vous prie de rectifier les informations inexactes figurant dans mon dossier : mon adresse postale est erronée.",
            "J'exerce mon droit de rectification ({cite}) : ma date de naissance enregistrée chez vous est fausse et doit être corrigée.",
        ),
        "erasure": (
            "En vertu de {cite}, je vous demande d'effacer sans délai toutes les données me concernant.",
            "Je vous prie de procéder à la suppression de mon compte et de l'intégralité des données qui y sont rattachées, conformément à {cite}.",
            "J'exerce mon droit à l'effacement : ces données ne sont plus nécessaires au regard des finalités pour lesquelles elles ont été collectées.",
        ),
        "restriction": (
            "Je demande la limitation du traitement de mes données au titre de {cite}, le temps que vous vérifiiez leur exactitude.",
            "Tant que le litige qui nous oppose n'est pas tranché, je vous demande de ne pas effacer mes données mais d'en geler l'utilisation ({cite}).",
            "Dans l'attente de l'examen de mon opposition, veuillez suspendre tout traitement de mes données, conformément à {cite}.",
        ),
        "portability": (
            "Au titre de {cite}, je souhaite recevoir les données que je vous ai fournies dans un format structuré, couramment utilisé et lisible par machine.",
            "Je vous demande de transmettre directement mes données à mon nouveau prestataire, {company}, comme le permet {cite}.",
        ),
        "objection": (
            "Je m'oppose, sur le fondement de {cite}, au traitement de mes données fondé sur votre intérêt légitime, pour des raisons tenant à ma situation particulière.",
            "Je vous notifie mon opposition à toute utilisation de mes données à des fins de prospection commerciale, y compris le profilage qui y est lié ({cite}).",
            "Je vous prie de cesser de m'adresser vos offres commerciales et de retirer mon adresse de vos fichiers de prospection.",
        ),
        "consent_withdrawal": (
            "Je retire, conformément à {cite}, le consentement que j'avais donné au traitement de mes données.",
            "Dans la mesure où certains traitements reposent sur mon consentement, je vous informe que je le retire à compter de ce jour.",
        ),
        "automated_decision": (
            "Le refus de ma demande de crédit du {date} résulte d'une décision entièrement automatisée ; sur le fondement de {cite}, je la conteste et demande une intervention humaine.",
            "Je conteste la décision prise à mon égard par votre algorithme et souhaite exprimer mon point de vue auprès d'une personne habilitée ({cite}).",
        ),
    },
    nouns={
        "access": "demande d'accès",
        "rectification": "demande de rectification",
        "erasure": "demande d'effacement",
        "restriction": "demande de limitation du traitement",
        "portability": "demande de portabilité",
        "objection": "opposition au traitement",
        "consent_withdrawal": "retrait du consentement",
        "automated_decision": "contestation d'une décision automatisée",
    },
    reminders=(
        "Le {date}, je vous ai adressé une {noun} fondée sur {cite}. Le délai d'un mois est écoulé sans réponse de votre part ; je renouvelle donc ma demande.",
        "Relance : ma {noun} ({cite}) est restée sans suite. Je vous rappelle que ce silence constitue un manquement à vos obligations.",
    ),
    items_intro=(
        "Je vous remercie de m'indiquer en outre :",
        "Votre réponse devra préciser notamment :",
    ),
    items=(
        "les finalités du traitement ;",
        "les destinataires ou catégories de destinataires auxquels mes données ont été communiquées ;",
        "la durée de conservation envisagée ou, à défaut, les critères utilisés pour la fixer ;",
        "la source des données lorsqu'elles n'ont pas été collectées auprès de moi ;",
        "l'existence d'une prise de décision automatisée, y compris un profilage, et la logique sous-jacente ;",
        "l'existence du droit de demander la rectification, l'effacement ou la limitation, et du droit de s'opposer au traitement ;",
    ),
    openings=(
        "Madame, Monsieur,",
        "Madame la Déléguée à la protection des données,",
        "À l'attention du DPO,",
    ),
    closings=(
        "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
        "Veuillez recevoir mes salutations distinguées.",
        "Cordialement,",
    ),
    identity=(
        "Je suis client sous la référence {ref} ; l'adresse électronique associée à mon compte est {email}.",
        "Vous trouverez ci-joint une copie de ma pièce d'identité afin de faciliter mon identification.",
    ),
    deadlines=(
        "Je vous rappelle que vous disposez d'un mois pour répondre, conformément à l'article 12, paragraphe 3, du RGPD.",
        "À défaut de réponse dans le délai légal, je me réserve le droit de saisir la CNIL.",
    ),
    negatives=(
        "J'exerce mon droit de rétractation de quatorze jours pour l'achat effectué le {date} (commande {ref}) et vous renverrai le produit à vos frais.",
        "Je souhaite me rétracter du contrat de vente conclu à distance le {date} ; merci de me rembourser sous quatorze jours.",
        "Je conteste la facture {ref} : le montant prélevé ne correspond pas au tarif de mon abonnement.",
        "Ma commande {ref} du {date} n'a jamais été livrée ; je vous mets en demeure de la livrer ou de me rembourser.",
        "Pourriez-vous m'expliquer, de manière générale, comment s'exerce le droit d'accès prévu à l'article 15 du RGPD avant que je ne décide d'y recourir ?",
        "Je souhaiterais connaître les coordonnées de votre délégué à la protection des données et l'adresse de votre politique de confidentialité.",
        "Madame la Présidente de la CNIL, je souhaite déposer une plainte contre la société {company}, qui n'a pas répondu à mes courriers.",
        "Je résilie mon contrat d'assurance à son échéance annuelle, conformément aux conditions générales.",
    ),
    negative_subjects=(
        "Rétractation – commande {ref}",
        "Contestation de facture",
        "Plainte",
        "Question sur le RGPD",
        "Mise en demeure",
    ),
)

ENGLISH = LetterBook(
    lang="en",
    articles={**GDPR_ARTICLES, "consent_withdrawal": "7(3)"},
    cites=(
        "Article {art} GDPR",
        "Art. {art} of the General Data Protection Regulation",
        "Article {art} of Regulation (EU) 2016/679",
        "Article {art} of the UK GDPR",
        "Art {art} GDPR",
    ),
    rights={
        "access": (
            "Under {cite}, please confirm whether you process personal data concerning me and, if so, provide me with a copy of that data.",
            "I am writing to make a subject access request pursuant to {cite}.",
            "Please treat this letter as a formal request under {cite} for all personal information your organisation holds about me.",
        ),
        "rectification": (
            "Pursuant to {cite}, I ask you to rectify the inaccurate personal data you hold about me: my surname is misspelt and my postal address is out of date.",
            "I exercise my right to rectification under {cite}; the date of birth on my file is wrong and must be corrected.",
        ),
        "erasure": (
            "Pursuant to {cite}, I request that you erase all personal data concerning me without undue delay.",
            "Please close my account and permanently delete every piece of personal data linked to it, as {cite} entitles me to.",
            "I am exercising my right to erasure: the data is no longer necessary for the purpose for which it was collected.",
        ),
        "restriction": (
            "Under {cite}, I ask you to restrict the processing of my personal data while you verify its accuracy.",
            "While our dispute is pending, please do not delete my data; keep it, but do not use it for any other purpose ({cite}).",
            "Until my objection has been assessed, I require you to suspend the processing of my data in accordance with {cite}.",
        ),
        "portability": (
            "Under {cite}, please provide the data I have supplied to you in a structured, commonly used and machine-readable format.",
            "I ask you to transmit my personal data directly to my new provider, {company}, as permitted by {cite}.",
        ),
        "objection": (
            "I object under {cite} to the processing of my personal data based on your legitimate interests, on grounds relating to my particular situation.",
            "I object to the use of my personal data for direct marketing, including any related profiling ({cite}).",
            "Please remove me from all marketing lists and stop sending me promotional communications by e-mail, post or telephone.",
        ),
        "consent_withdrawal": (
            "In accordance with {cite}, I withdraw the consent I previously gave to the processing of my personal data.",
            "To the extent that any processing relies on my consent, please take this letter as the withdrawal of that consent with immediate effect.",
        ),
        "automated_decision": (
            "My application of {date} was refused by a solely automated decision; under {cite} I contest it and request human intervention.",
            "I contest the decision your scoring system made about me and ask that a person review it and hear my point of view ({cite}).",
        ),
    },
    nouns={
        "access": "subject access request",
        "rectification": "rectification request",
        "erasure": "erasure request",
        "restriction": "request to restrict processing",
        "portability": "data portability request",
        "objection": "objection to processing",
        "consent_withdrawal": "withdrawal of consent",
        "automated_decision": "challenge to an automated decision",
    },
    reminders=(
        "On {date} I sent you a {noun} under {cite}. The one-month period has expired without any response, so I repeat that request.",
        "Follow-up: my {noun} ({cite}) remains unanswered. Your silence is a breach of your obligations, and I ask you to comply now.",
    ),
    items_intro=("In addition, please tell me:", "Your answer should include in particular:"),
    items=(
        "the purposes of the processing;",
        "the recipients or categories of recipients to whom my data has been disclosed;",
        "how long the data will be stored, or the criteria used to determine that period;",
        "where the data came from, if it was not collected from me;",
        "whether automated decision-making, including profiling, is used, with meaningful information about the logic involved;",
        "the existence of my rights to request rectification, erasure or restriction, and to object to the processing;",
    ),
    openings=("Dear Sir or Madam,", "Dear Data Protection Officer,", "To whom it may concern,"),
    closings=("Yours faithfully,", "Kind regards,", "Yours sincerely,"),
    identity=(
        "My customer reference is {ref} and the e-mail address on the account is {email}.",
        "To help you identify me, I enclose a copy of my identity document.",
    ),
    deadlines=(
        "Please reply within one month, as required by Article 12(3) GDPR.",
        "If I do not hear from you within the statutory period, I will consider referring the matter to the supervisory authority.",
    ),
    negatives=(
        "I am using my 14-day right to cancel the purchase I made on {date} (order {ref}); please refund me once the parcel is back with you.",
        "Please accept this as notice that I wish to withdraw from the distance sales contract for order {ref}, delivered on {date}.",
        "I dispute invoice {ref}: the amount debited does not match the price of my plan.",
        "Order {ref}, placed on {date}, has never arrived; I ask you either to deliver it or to refund me in full.",
        "Before I decide whether to make one, could you explain in general terms how a subject access request under Article 15 GDPR works?",
        "Could you tell me who your data protection officer is and where your privacy notice is published?",
        "I wish to lodge a complaint with the Information Commissioner's Office against {company}, which has ignored my letters.",
        "I give notice that I will not renew my insurance policy at its annual renewal date.",
    ),
    negative_subjects=(
        "Cancellation – order {ref}",
        "Invoice dispute",
        "Complaint",
        "Question about GDPR",
        "Formal notice",
    ),
)

BOOKS = (FRENCH, ENGLISH)
