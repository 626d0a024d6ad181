"""Formal-letter material in German and Dutch (written for this project)."""
# ruff: noqa: E501  (one phrase per line reads better than wrapped strings)

from __future__ import annotations

from nlp.gdpr_articles import GDPR_ARTICLES
from nlp.training_data.lexicon import LetterBook

GERMAN = LetterBook(
    lang="de",
    articles={**GDPR_ARTICLES, "consent_withdrawal": "7 Abs. 3"},
    cites=(
        "Art. {art} DSGVO",
        "Artikel {art} der Datenschutz-Grundverordnung",
        "Art. {art} der Verordnung (EU) 2016/679",
        "Art. {art} EU-DSGVO",
    ),
    rights={
        "access": (
            "Gestützt auf {cite} bitte ich Sie um Bestätigung, ob Sie mich betreffende personenbezogene Daten verarbeiten, und gegebenenfalls um eine Kopie dieser Daten.",
            "Hiermit mache ich mein Auskunftsrecht nach {cite} geltend.",
            "Ich ersuche Sie nach {cite} um vollständige Auskunft über sämtliche bei Ihnen zu meiner Person gespeicherten Daten.",
        ),
        "rectification": (
            "Nach {cite} fordere ich Sie auf, meine unrichtig gespeicherte Anschrift unverzüglich zu berichtigen.",
            "Ich mache mein Recht auf Berichtigung ({cite}) geltend: Das bei Ihnen hinterlegte Geburtsdatum ist falsch.",
        ),
        "erasure": (
            "Gemäß {cite} verlange ich die unverzügliche Löschung aller mich betreffenden personenbezogenen Daten.",
            "Bitte löschen Sie mein Kundenkonto samt allen damit verbundenen Daten; dazu berechtigt mich {cite}.",
            "Die Daten sind für die Zwecke, für die sie erhoben wurden, nicht mehr notwendig; ich verlange daher ihre Löschung.",
        ),
        "restriction": (
            "Nach {cite} verlange ich die Einschränkung der Verarbeitung meiner Daten, solange Sie deren Richtigkeit prüfen.",
            "Solange unser Rechtsstreit anhängig ist, dürfen Sie meine Daten nicht löschen; sie sind aber zu sperren und nicht weiter zu nutzen ({cite}).",
        ),
        "portability": (
            "Gemäß {cite} bitte ich um Herausgabe der von mir bereitgestellten Daten in einem strukturierten, gängigen und maschinenlesbaren Format.",
            "Übermitteln Sie meine Daten bitte direkt an meinen neuen Anbieter {company}, wie es {cite} vorsieht.",
        ),
        "objection": (
            "Aus Gründen, die sich aus meiner besonderen Situation ergeben, widerspreche ich nach {cite} der Verarbeitung meiner Daten auf Grundlage Ihrer berechtigten Interessen.",
            "Ich widerspreche der Nutzung meiner Daten für Direktwerbung einschließlich des damit verbundenen Profilings ({cite}).",
            "Bitte nehmen Sie mich aus sämtlichen Werbeverteilern und senden Sie mir keine Werbung mehr zu, weder per Post noch per E-Mail.",
        ),
        "consent_withdrawal": (
            "Hiermit widerrufe ich gemäß {cite} meine erteilte Einwilligung in die Verarbeitung meiner Daten.",
            "Sofern eine Verarbeitung auf meiner Einwilligung beruht, widerrufe ich diese mit sofortiger Wirkung.",
        ),
        "automated_decision": (
            "Mein Antrag vom {date} wurde durch eine ausschließlich automatisierte Entscheidung abgelehnt; ich fechte diese nach {cite} an und verlange das Eingreifen einer Person.",
            "Ich bestreite die Entscheidung Ihres Scoring-Systems und verlange, dass ein Mitarbeiter sie überprüft und meinen Standpunkt anhört ({cite}).",
        ),
    },
    nouns={
        "access": "Auskunftsersuchen",
        "rectification": "Berichtigungsantrag",
        "erasure": "Löschantrag",
        "restriction": "Antrag auf Einschränkung der Verarbeitung",
        "portability": "Antrag auf Datenübertragung",
        "objection": "Widerspruch",
        "consent_withdrawal": "Widerruf der Einwilligung",
        "automated_decision": "Einspruch gegen eine automatisierte Entscheidung",
    },
    reminders=(
        "Am {date} habe ich Ihnen meinen {noun} nach {cite} übersandt. Die Monatsfrist ist verstrichen, ohne dass ich eine Antwort erhalten habe; ich wiederhole daher mein Anliegen.",
        "Erinnerung: Mein {noun} ({cite}) ist bis heute unbeantwortet. Ich fordere Sie auf, ihn nun umgehend zu bearbeiten.",
    ),
    items_intro=(
        "Bitte teilen Sie mir außerdem mit:",
        "Ihre Auskunft muss insbesondere enthalten:",
    ),
    items=(
        "die Verarbeitungszwecke;",
        "die Empfänger oder Kategorien von Empfängern, denen meine Daten offengelegt wurden;",
        "die geplante Speicherdauer oder die Kriterien für deren Festlegung;",
        "die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden;",
        "ob eine automatisierte Entscheidungsfindung einschließlich Profiling stattfindet, und die involvierte Logik;",
        "das Bestehen eines Rechts auf Berichtigung, Löschung, Einschränkung und Widerspruch;",
    ),
    openings=("Sehr geehrte Damen und Herren,", "Sehr geehrte/r Datenschutzbeauftragte/r,"),
    closings=("Mit freundlichen Grüßen", "Hochachtungsvoll"),
    identity=(
        "Meine Kundennummer lautet {ref}, die hinterlegte E-Mail-Adresse ist {email}.",
        "Zur Identifizierung füge ich eine Kopie meines Ausweises bei.",
    ),
    deadlines=(
        "Ich erwarte Ihre Antwort innerhalb eines Monats (Art. 12 Abs. 3 DSGVO).",
        "Sollte ich fristgerecht nichts von Ihnen hören, behalte ich mir eine Beschwerde bei der Aufsichtsbehörde vor.",
    ),
    negatives=(
        "Ich nutze mein vierzehntägiges Widerrufsrecht für den Kauf vom {date} (Bestellung {ref}) und schicke die Ware zurück; bitte erstatten Sie den Kaufpreis.",
        "Den Fernabsatzvertrag über die Bestellung {ref} möchte ich rückgängig machen; die Lieferung kam am {date} an.",
        "Ich beanstande die Rechnung {ref}: Der abgebuchte Betrag entspricht nicht meinem Tarif.",
        "Die Bestellung {ref} vom {date} ist nie angekommen; liefern Sie bitte oder erstatten Sie den Betrag.",
        "Können Sie mir allgemein erklären, wie ein Auskunftsersuchen nach Art. 15 DSGVO abläuft, bevor ich mich entscheide, eines zu stellen?",
        "Wer ist Ihr Datenschutzbeauftragter und wo finde ich Ihre Datenschutzerklärung?",
        "Hiermit reiche ich bei der Landesdatenschutzbehörde Beschwerde gegen die Firma {company} ein, die meine Schreiben ignoriert.",
        "Ich kündige meinen Versicherungsvertrag fristgerecht zum Ablauf des Versicherungsjahres.",
    ),
    negative_subjects=(
        "Widerruf – Bestellung {ref}",
        "Reklamation Rechnung",
        "Beschwerde",
        "Frage zur DSGVO",
        "Kündigung",
    ),
)

DUTCH = LetterBook(
    lang="nl",
    articles={**GDPR_ARTICLES, "consent_withdrawal": "7, lid 3"},
    cites=(
        "artikel {art} AVG",
        "art. {art} van de Algemene Verordening Gegevensbescherming",
        "artikel {art} van Verordening (EU) 2016/679",
        "artikel {art} GDPR",
    ),
    rights={
        "access": (
            "Op grond van {cite} verzoek ik u mij te laten weten of u persoonsgegevens over mij verwerkt en, zo ja, mij een kopie daarvan te verstrekken.",
            "Hierbij doe ik een formeel inzageverzoek op basis van {cite}.",
        ),
        "rectification": (
            "Op grond van {cite} verzoek ik u mijn onjuiste adresgegevens zo spoedig mogelijk te corrigeren.",
            "Ik maak gebruik van mijn recht op rectificatie ({cite}): mijn geboortedatum staat verkeerd in uw systeem.",
        ),
        "erasure": (
            "Op grond van {cite} verzoek ik u al mijn persoonsgegevens onverwijld te wissen.",
            "Sluit alstublieft mijn account en verwijder alle daaraan gekoppelde gegevens, zoals {cite} mij toestaat.",
        ),
        "restriction": (
            "Op grond van {cite} verzoek ik u de verwerking van mijn gegevens te beperken zolang u de juistheid ervan controleert.",
            "Zolang ons geschil loopt, mag u mijn gegevens niet verwijderen, maar wel niet meer gebruiken ({cite}).",
        ),
        "portability": (
            "Op grond van {cite} ontvang ik graag de gegevens die ik u heb verstrekt in een gestructureerde, gangbare en machineleesbare vorm.",
            "Ik verzoek u mijn gegevens rechtstreeks over te dragen aan mijn nieuwe aanbieder {company} ({cite}).",
        ),
        "objection": (
            "Vanwege mijn specifieke situatie maak ik op grond van {cite} bezwaar tegen de verwerking van mijn gegevens op basis van uw gerechtvaardigd belang.",
            "Ik maak bezwaar tegen het gebruik van mijn gegevens voor direct marketing en de bijbehorende profilering ({cite}).",
            "Haal mij alstublieft uit al uw reclamebestanden en stuur mij geen commerciële berichten meer.",
        ),
        "consent_withdrawal": (
            "Overeenkomstig {cite} trek ik de toestemming in die ik eerder heb gegeven voor de verwerking van mijn gegevens.",
            "Voor zover een verwerking op mijn toestemming berust, trek ik die toestemming hierbij met onmiddellijke ingang in.",
        ),
        "automated_decision": (
            "Mijn aanvraag van {date} is afgewezen door een volledig geautomatiseerd besluit; op grond van {cite} betwist ik dit en vraag ik om menselijke tussenkomst.",
            "Ik betwist het besluit van uw algoritme en wil dat een medewerker het opnieuw beoordeelt en mijn standpunt hoort ({cite}).",
        ),
    },
    nouns={
        "access": "inzageverzoek",
        "rectification": "verzoek om rectificatie",
        "erasure": "verzoek om verwijdering",
        "restriction": "verzoek om beperking van de verwerking",
        "portability": "verzoek om gegevensoverdracht",
        "objection": "bezwaar",
        "consent_withdrawal": "intrekking van mijn toestemming",
        "automated_decision": "bezwaar tegen een geautomatiseerd besluit",
    },
    reminders=(
        "Op {date} heb ik u een {noun} gestuurd op grond van {cite}. De termijn van een maand is verstreken zonder antwoord; ik herhaal daarom mijn verzoek.",
        "Herinnering: op mijn {noun} ({cite}) heb ik nog steeds geen reactie ontvangen. Ik verzoek u dit nu af te handelen.",
    ),
    items_intro=("Vermeld daarnaast:", "Uw antwoord moet in elk geval bevatten:"),
    items=(
        "de verwerkingsdoeleinden;",
        "de ontvangers of categorieën ontvangers aan wie mijn gegevens zijn verstrekt;",
        "hoe lang de gegevens worden bewaard, of de criteria om die termijn te bepalen;",
        "de bron van de gegevens als die niet bij mij zijn verzameld;",
        "of er geautomatiseerde besluitvorming, waaronder profilering, plaatsvindt en welke logica daarbij wordt gebruikt;",
        "het bestaan van het recht op rectificatie, wissing, beperking en bezwaar;",
    ),
    openings=("Geachte heer, mevrouw,", "Geachte functionaris voor gegevensbescherming,"),
    closings=("Met vriendelijke groet,", "Hoogachtend,"),
    identity=(
        "Mijn klantnummer is {ref}; het e-mailadres bij mijn account is {email}.",
        "Ter identificatie stuur ik een kopie van mijn identiteitsbewijs mee.",
    ),
    deadlines=(
        "Ik verwacht uw antwoord binnen een maand, zoals artikel 12, lid 3, AVG voorschrijft.",
        "Blijft een tijdig antwoord uit, dan dien ik een klacht in bij de Autoriteit Persoonsgegevens.",
    ),
    negatives=(
        "Ik maak gebruik van mijn bedenktijd van veertien dagen voor de aankoop van {date} (bestelling {ref}) en stuur het product terug.",
        "Ik wil de koop op afstand van bestelling {ref}, geleverd op {date}, ongedaan maken en mijn geld terugkrijgen.",
        "Ik betwist factuur {ref}: het afgeschreven bedrag klopt niet met mijn abonnement.",
        "Bestelling {ref} van {date} is nooit aangekomen; lever alsnog of betaal mij terug.",
        "Kunt u mij in het algemeen uitleggen hoe een inzageverzoek volgens artikel 15 AVG werkt, voordat ik besluit er een in te dienen?",
        "Wie is uw functionaris voor gegevensbescherming en waar staat uw privacyverklaring?",
        "Hierbij dien ik bij de Autoriteit Persoonsgegevens een klacht in tegen {company}, dat mijn brieven negeert.",
        "Ik zeg mijn verzekering op tegen de eerstvolgende contractvervaldatum.",
    ),
    negative_subjects=(
        "Herroeping – bestelling {ref}",
        "Bezwaar tegen factuur",
        "Klacht",
        "Vraag over de AVG",
        "Opzegging",
    ),
)

BOOKS = (GERMAN, DUTCH)
