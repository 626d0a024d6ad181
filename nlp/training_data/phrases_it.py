"""Italian phrase book (written for this project)."""
# ruff: noqa: E501  (one phrase per line reads better than wrapped strings)

from __future__ import annotations

from nlp.training_data.lexicon import Lexicon

LEXICON = Lexicon(
    lang="it",
    greetings=(
        "Gentili Signori,",
        "Buongiorno,",
        "Ciao,",
        "Alla cortese attenzione del responsabile della protezione dei dati,",
        "",
    ),
    closings=("Cordiali saluti,", "Distinti saluti,", "Grazie mille,", "Saluti,", ""),
    requests={
        "access": (
            "Ai sensi dell'articolo 15 del GDPR chiedo di accedere a tutti i dati personali che mi riguardano.",
            "Vi prego di inviarmi una copia di tutte le informazioni che avete su di me.",
            "Vorrei sapere quali dati trattate su di me, per quali finalità e a chi li comunicate.",
            "Come avete ottenuto il mio indirizzo email?",
        ),
        "rectification": (
            "Il mio indirizzo nei vostri archivi è sbagliato, vi chiedo di rettificarlo.",
            "Chiedo la rettifica dei miei dati inesatti ai sensi dell'articolo 16 del GDPR.",
            "Il mio cognome è scritto male, correggetelo per favore.",
        ),
        "erasure": (
            "Chiedo la cancellazione di tutti i miei dati personali ai sensi dell'articolo 17 del GDPR.",
            "Voglio che cancelliate il mio account e tutti i miei dati.",
            "Rimuovete le mie foto e il mio profilo dal vostro sito.",
            "Esercito il mio diritto all'oblio.",
        ),
        "restriction": (
            "Chiedo la limitazione del trattamento dei miei dati finché non ne avrete verificato l'esattezza.",
            "Non cancellate ancora i miei dati ma smettete di usarli: mi servono per una causa.",
        ),
        "portability": (
            "Desidero ricevere i miei dati in un formato strutturato e leggibile da dispositivo automatico, ad esempio CSV.",
            "Esercito il diritto alla portabilità: trasmettete i miei dati al mio nuovo fornitore {company}.",
        ),
        "objection": (
            "Mi oppongo al trattamento dei miei dati per finalità di marketing diretto.",
            "Smettete di mandarmi pubblicità.",
            "Mi oppongo alla profilazione e alla comunicazione dei miei dati a terzi.",
        ),
        "consent_withdrawal": (
            "Revoco il mio consenso al trattamento dei miei dati.",
            "Nella misura in cui il trattamento si basa sul mio consenso, lo revoco con la presente.",
        ),
        "automated_decision": (
            "La mia richiesta di finanziamento è stata respinta automaticamente; contesto la decisione e chiedo l'intervento umano.",
        ),
    },
    subjects={
        "access": ("Richiesta di accesso ai dati",),
        "rectification": ("Rettifica dei dati",),
        "erasure": ("Cancellazione dei dati",),
        "restriction": ("Limitazione del trattamento",),
        "portability": ("Portabilità dei dati",),
        "objection": ("Opposizione al trattamento",),
        "consent_withdrawal": ("Revoca del consenso",),
        "automated_decision": ("Decisione automatizzata",),
        "other": ("Ordine {ref}", "Fattura", "Fuori ufficio", "Recesso"),
    },
    negatives=(
        "Non riesco più ad accedere al mio account, la password non funziona.",
        "Annullate l'ordine doppio {ref}, per favore.",
        "Ho finito i giga del mio piano dati dopo dieci giorni.",
        "Dov'è il mio pacco? L'ordine {ref} non è ancora arrivato.",
        "Annullo l'acquisto online fatto il {date}: sono ancora nei quattordici giorni e rispedisco il pacco.",
        "Sono fuori ufficio fino al {date}.",
        "Risposta automatica: abbiamo ricevuto il suo messaggio.",
        "Scopri le nuove offerte! Per disiscriverti dalla newsletter clicca qui.",
        "Grazie mille per l'aiuto.",
        "La fattura di marzo contiene un errore.",
    ),
    fillers=(
        "Sono vostro cliente da molti anni.",
        "Il mio numero cliente è {ref}.",
        "Ho già chiamato il servizio clienti due volte.",
    ),
    behalf=(
        "Scrivo per conto di mia madre, {other}.",
        "In qualità di tutore di {other}, presento questa richiesta.",
    ),
    connectors=("Inoltre,", "Infine,", "E", ""),
    sms=(("per favore", "x favore"), ("che", "ke"), ("grazie", "grz")),
)
