"""German wording for messages to data subjects."""

from __future__ import annotations

from intake.templates_wording import Wording

WORDING = Wording(
    months=(
        "Januar", "Februar", "März", "April", "Mai", "Juni",
        "Juli", "August", "September", "Oktober", "November", "Dezember",
    ),
    weekdays=("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    date_pattern="{weekday}, {day}. {month} {year}",
    first_of_month="1",
    kind_names={
        "access": "Auskunft über Ihre Daten (Kopie)",
        "rectification": "Berichtigung Ihrer Daten",
        "erasure": "Löschung Ihrer Daten",
        "restriction": "Einschränkung der Verarbeitung",
        "portability": "Herausgabe Ihrer Daten in einem übertragbaren Format",
        "objection": "Widerspruch gegen die Verarbeitung",
        "consent_withdrawal": "Widerruf Ihrer Einwilligung",
        "automated_decision": "Überprüfung einer automatisierten Entscheidung durch einen Menschen",
    },
    and_word=" und ",
    greeting="Guten Tag,\n\n",
    automatic="Diese Nachricht wurde automatisch versandt.\n",
    ack_subject="[{reference}] Wir haben Ihre Anfrage erhalten",
    ack_asked="Sie verlangen: {asked}.\n\n",
    ack_body=(
        "Wir haben Ihre Anfrage an {controller} am {received} erhalten.\n\n{asked}"
        "Ihr Aktenzeichen: {reference}\nAntwort spätestens am: {due}\n\n"
        "Bitte bewahren Sie das Aktenzeichen auf und nennen Sie es im Betreff jeder "
        "Nachricht zu dieser Anfrage. Falls wir Ihre Identität prüfen müssen, "
        "schreiben wir Ihnen.\n\n"
    ),
    follow_up_subject="[{reference}] Nachricht erhalten",
    follow_up_body=(
        "Ihre Nachricht wurde Ihrer Anfrage {reference} hinzugefügt. "
        "Die Antwort erfolgt weiterhin spätestens am {due}.\n\n"
    ),
    verify_subject="[{reference}] Bitte bestätigen Sie, dass Sie es sind",
    verify_code_body=(
        "Bevor wir die Anfrage {reference} bearbeiten, müssen wir sicher sein, dass sie "
        "von Ihnen stammt.\n\nIhr Bestätigungscode: {code}\n\n"
        "Antworten Sie auf diese Nachricht mit dem Code. Er gilt einmal und läuft am "
        "{expires} ab. Falls Sie nicht an {controller} geschrieben haben, ignorieren Sie "
        "diese Nachricht.\n\n"
    ),
    verify_manual_body=(
        "Bevor wir die Anfrage {reference} bearbeiten, muss {controller} prüfen, wer sie "
        "stellt: Die betroffenen Daten sind sensibel, oder die Anfrage wird für eine andere "
        "Person gestellt.\n\nBitte antworten Sie mit einem Identitätsnachweis (oder, für "
        "eine andere Person, deren schriftlicher Vollmacht). Schwärzen Sie, was wir nicht "
        "brauchen, etwa Foto oder Ausweisnummer. Wir löschen das Dokument, sobald die "
        "Prüfung vermerkt ist.\n\n"
    ),
    extension_subject="[{reference}] Wir brauchen mehr Zeit für die Antwort",
    extension_body=(
        "Das Gesetz erlaubt bei komplexen oder zahlreichen Anfragen eine Fristverlängerung, "
        "und wir müssen sie für die Anfrage {reference} nutzen.\n\n"
        "Grund: {reason}\n\nWir antworten spätestens am {due}.\n\n"
    ),
    clarify_subject="[{reference}] Wir brauchen weitere Angaben",
    clarify_body=(
        "Um die Anfrage {reference} zu bearbeiten, brauchen wir noch Angaben von Ihnen:\n\n"
        "{question}\n\nBitte antworten Sie auf diese Nachricht. "
        "Wir machen weiter, sobald Ihre Antwort da ist.\n\n"
    ),
    answer_subject="[{reference}] Unsere Antwort auf Ihre Anfrage",
    answer_body="Die Antwort von {controller} auf die Anfrage {reference}:\n\n{summary}\n\n",
    answer_attached="Die angeforderten Dateien sind beigefügt ({count}).\n\n",
    refusal_subject="[{reference}] Wir können Ihrer Anfrage nicht nachkommen",
    refusal_body=(
        "{controller} wird der Anfrage {reference} nicht nachkommen.\n\n"
        "Grund: {justification}\n\n"
        "Wenn Sie nicht einverstanden sind, können Sie sich bei {authority} beschweren "
        "und auch ein Gericht anrufen.\n\n"
    ),
    unknown_authority="der Datenschutzaufsichtsbehörde Ihres Landes",
    recipients_subject="[{reference}] Empfänger der Daten informieren",
    recipients_body=(
        "Die Anfrage {reference} ({kinds}) ist beantwortet. Art. 19 DSGVO: Teilen Sie die "
        "Änderung allen Empfängern mit, denen die Daten offengelegt wurden, außer wenn das "
        "unmöglich oder unverhältnismäßig ist, und nennen Sie der Person auf Wunsch diese "
        "Empfänger.\n\n"
    ),
)  # fmt: skip
