"""German phrase book (written for this project)."""
# ruff: noqa: E501  (one phrase per line reads better than wrapped strings)

from __future__ import annotations

from nlp.training_data.lexicon import Lexicon

LEXICON = Lexicon(
    lang="de",
    greetings=(
        "Sehr geehrte Damen und Herren,",
        "Hallo,",
        "Guten Tag,",
        "Liebes {company}-Team,",
        "Hi,",
        "",
    ),
    closings=("Mit freundlichen Grüßen", "Viele Grüße", "Danke im Voraus", "Beste Grüße", ""),
    requests={
        "access": (
            "Gemäß Art. 15 DSGVO bitte ich um Auskunft über alle zu meiner Person gespeicherten Daten.",
            "Bitte schicken Sie mir eine Kopie aller Daten, die Sie über mich haben.",
            "Welche Informationen speichern Sie über mich und an wen geben Sie diese weiter?",
            "Teilen Sie mir bitte mit, ob Sie personenbezogene Daten von mir verarbeiten, zu welchen Zwecken und wie lange.",
            "Woher haben Sie meine Telefonnummer?",
            "Ich möchte wissen, was Sie alles über mich gespeichert haben.",
        ),
        "rectification": (
            "Meine Adresse ist bei Ihnen falsch gespeichert, bitte berichtigen Sie sie.",
            "Gemäß Art. 16 DSGVO verlange ich die Berichtigung meiner unrichtigen Daten.",
            "Mein Nachname ist falsch geschrieben, bitte korrigieren Sie ihn auf {name}.",
            "Bitte aktualisieren Sie mein Geburtsdatum, es ist fehlerhaft.",
        ),
        "erasure": (
            "Bitte löschen Sie alle meine personenbezogenen Daten gemäß Art. 17 DSGVO.",
            "Ich möchte mein Konto schließen lassen.",
            "Löschen Sie mein Kundenkonto {ref} und alle zugehörigen Daten.",
            "Entfernen Sie bitte meine Fotos und mein Profil von Ihrer Website.",
            "Ich mache mein Recht auf Vergessenwerden geltend.",
        ),
        "restriction": (
            "Ich verlange die Einschränkung der Verarbeitung meiner Daten nach Art. 18 DSGVO, bis die Richtigkeit geprüft ist.",
            "Bitte sperren Sie meine Daten vorerst, löschen Sie sie aber nicht, ich brauche sie für ein Gerichtsverfahren.",
            "Bis zur Klärung meines Widerspruchs schränken Sie die Verarbeitung meiner Daten bitte ein.",
        ),
        "portability": (
            "Bitte stellen Sie mir meine Daten in einem strukturierten, maschinenlesbaren Format wie CSV zur Verfügung.",
            "Ich mache mein Recht auf Datenübertragbarkeit nach Art. 20 DSGVO geltend.",
            "Übermitteln Sie meine Daten bitte direkt an meinen neuen Anbieter {company}.",
        ),
        "objection": (
            "Ich widerspreche der Verarbeitung meiner Daten zu Werbezwecken.",
            "Bitte schicken Sie mir keine Werbung mehr.",
            "Gemäß Art. 21 DSGVO widerspreche ich der Verarbeitung auf Grundlage Ihres berechtigten Interesses.",
            "Ich widerspreche dem Profiling und der Weitergabe meiner Daten an Partner.",
            "Melden Sie mich bitte von allen Werbe-E-Mails ab.",
        ),
        "consent_withdrawal": (
            "Ich widerrufe meine Einwilligung zur Verarbeitung meiner Daten.",
            "Soweit die Verarbeitung auf meiner Einwilligung beruht, widerrufe ich diese hiermit.",
            "Ich ziehe meine Zustimmung zur Veröffentlichung meiner Fotos zurück.",
        ),
        "automated_decision": (
            "Mein Kreditantrag wurde automatisch abgelehnt; ich fechte diese Entscheidung an und verlange eine Überprüfung durch einen Menschen.",
            "Gemäß Art. 22 DSGVO möchte ich nicht einer ausschließlich automatisierten Entscheidung unterworfen werden.",
        ),
    },
    subjects={
        "access": ("Auskunftsersuchen nach Art. 15 DSGVO", "Anfrage zu meinen Daten"),
        "rectification": ("Berichtigung meiner Daten",),
        "erasure": ("Löschung meiner Daten", "Kontolöschung"),
        "restriction": ("Einschränkung der Verarbeitung",),
        "portability": ("Datenübertragbarkeit",),
        "objection": ("Widerspruch", "Keine Werbung mehr"),
        "consent_withdrawal": ("Widerruf der Einwilligung",),
        "automated_decision": ("Automatisierte Entscheidung",),
        "other": (
            "Bestellung {ref}",
            "Frage zur Rechnung",
            "Abwesenheitsnotiz",
            "Bewerbung",
            "Widerruf des Vertrags",
            "Newsletter",
        ),
    },
    negatives=(
        "Ich komme nicht mehr in mein Konto, das Passwort wird nicht akzeptiert.",
        "Bitte stornieren Sie die doppelte Bestellung {ref}.",
        "Mein Datenvolumen ist schon nach zwei Wochen aufgebraucht.",
        "Wo bleibt meine Lieferung? Die Bestellung {ref} ist immer noch nicht da.",
        "Ich trete vom Kauf zurück, den ich am {date} online getätigt habe, und schicke das Paket innerhalb der Widerrufsfrist zurück.",
        "Ich kündige mein Abo zum Monatsende.",
        "Ich bin bis zum {date} nicht im Büro und lese keine E-Mails.",
        "Dies ist eine automatische Antwort.",
        "Unsere neuen Angebote sind da! Zum Abmelden vom Newsletter hier klicken.",
        "Vielen Dank für die schnelle Hilfe!",
        "Die Rechnung vom März ist zu hoch, bitte prüfen Sie den Betrag.",
        "Wie kann ich meine Rechnungen als PDF exportieren?",
    ),
    fillers=(
        "Ich bin seit Jahren Kunde bei Ihnen.",
        "Meine Kundennummer lautet {ref}.",
        "Ich habe schon zweimal bei der Hotline angerufen.",
        "Sie erreichen mich unter {email}.",
    ),
    behalf=(
        "Ich schreibe im Namen meiner Mutter, {other}.",
        "Als Bevollmächtigter von {other} stelle ich folgenden Antrag.",
    ),
    connectors=("Außerdem", "Zudem", "Und", ""),
    sms=(("bitte", "bitte"), ("ich möchte", "ich will"), ("danke", "thx")),
)
