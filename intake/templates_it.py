"""Italian wording for messages to data subjects."""

from __future__ import annotations

from intake.templates_wording import Wording

WORDING = Wording(
    months=(
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
        "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
    ),
    weekdays=("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    date_pattern="{weekday} {day} {month} {year}",
    first_of_month="1º",
    kind_names={
        "access": "l'accesso ai suoi dati (una copia)",
        "rectification": "la rettifica dei suoi dati",
        "erasure": "la cancellazione dei suoi dati",
        "restriction": "la limitazione del trattamento",
        "portability": "la portabilità dei suoi dati",
        "objection": "la sua opposizione al trattamento",
        "consent_withdrawal": "la revoca del suo consenso",
        "automated_decision": "il riesame umano di una decisione automatizzata",
    },
    and_word=" e ",
    greeting="Buongiorno,\n\n",
    automatic="Questo messaggio è stato inviato automaticamente.\n",
    ack_subject="[{reference}] Abbiamo ricevuto la sua richiesta",
    ack_asked="Lei chiede {asked}.\n\n",
    ack_body=(
        "Abbiamo ricevuto la sua richiesta a {controller} il {received}.\n\n{asked}"
        "Il suo riferimento: {reference}\nRisposta entro il: {due}\n\n"
        "Conservi questo riferimento e lo indichi nell'oggetto di ogni messaggio su "
        "questa richiesta. Se dovremo verificare la sua identità, le scriveremo.\n\n"
    ),
    follow_up_subject="[{reference}] Messaggio ricevuto",
    follow_up_body=(
        "Il suo messaggio è stato aggiunto alla richiesta {reference}. "
        "La risposta resta prevista entro il {due}.\n\n"
    ),
    verify_subject="[{reference}] Confermi che è lei",
    verify_code_body=(
        "Prima di trattare la richiesta {reference} dobbiamo essere certi che venga da lei."
        "\n\nIl suo codice di conferma: {code}\n\n"
        "Risponda a questo messaggio indicando il codice. Vale una sola volta e scade il "
        "{expires}. Se non ha scritto a {controller}, ignori questo messaggio.\n\n"
    ),
    verify_manual_body=(
        "Prima di trattare la richiesta {reference}, {controller} deve verificare chi la "
        "presenta: i dati interessati sono delicati, oppure la richiesta è fatta per conto "
        "di un'altra persona.\n\nRisponda con un documento d'identità (o, per un'altra "
        "persona, la sua delega scritta). Copra ciò che non ci serve, come la foto o il "
        "numero del documento. Lo cancelleremo appena registrata la verifica.\n\n"
    ),
    extension_subject="[{reference}] Ci serve più tempo per rispondere",
    extension_body=(
        "La legge consente di prorogare il termine per richieste complesse o numerose, e "
        "dobbiamo farlo per la richiesta {reference}.\n\n"
        "Motivo: {reason}\n\nLe risponderemo entro il {due}.\n\n"
    ),
    clarify_subject="[{reference}] Ci servono altre informazioni",
    clarify_body=(
        "Per trattare la richiesta {reference} ci servono alcune informazioni:\n\n"
        "{question}\n\nRisponda a questo messaggio; riprenderemo appena riceviamo "
        "la sua risposta.\n\n"
    ),
    answer_subject="[{reference}] La nostra risposta alla sua richiesta",
    answer_body="Ecco la risposta di {controller} alla richiesta {reference}.\n\n{summary}\n\n",
    answer_attached="In allegato i file richiesti ({count}).\n\n",
    refusal_subject="[{reference}] Non possiamo dare seguito alla sua richiesta",
    refusal_body=(
        "{controller} non darà seguito alla richiesta {reference}.\n\n"
        "Motivo: {justification}\n\n"
        "Se non è d'accordo, può proporre reclamo a {authority} e può anche rivolgersi "
        "all'autorità giudiziaria.\n\n"
    ),
    unknown_authority="l'autorità di protezione dei dati del suo paese",
    recipients_subject="[{reference}] Informi i destinatari dei dati",
    recipients_body=(
        "La richiesta {reference} ({kinds}) ha avuto risposta. Articolo 19 del GDPR: "
        "comunichi la modifica a ogni destinatario a cui i dati sono stati trasmessi, salvo "
        "che sia impossibile o sproporzionato, e dica alla persona chi sono se lo chiede.\n\n"
    ),
)  # fmt: skip
