"""Formal-letter material in Spanish and Italian (written for this project)."""
# ruff: noqa: E501  (one phrase per line reads better than wrapped strings)

from __future__ import annotations

from nlp.gdpr_articles import GDPR_ARTICLES
from nlp.training_data.lexicon import LetterBook

SPANISH = LetterBook(
    lang="es",
    articles={**GDPR_ARTICLES, "consent_withdrawal": "7.3"},
    cites=(
        "el artículo {art} del RGPD",
        "el art. {art} RGPD",
        "el artículo {art} del Reglamento (UE) 2016/679",
    ),
    rights={
        "access": (
            "Al amparo de {cite}, les solicito que me confirmen si tratan datos personales que me conciernen y, en tal caso, que me faciliten una copia de los mismos.",
            "Mediante el presente escrito ejerzo mi derecho de acceso reconocido en {cite}.",
        ),
        "rectification": (
            "Conforme a {cite}, solicito que rectifiquen sin demora mi domicilio, que figura de forma incorrecta en sus registros.",
            "Ejerzo mi derecho de rectificación ({cite}): la fecha de nacimiento que consta en mi expediente es errónea.",
        ),
        "erasure": (
            "En virtud de {cite}, solicito la supresión de todos mis datos personales sin dilación indebida.",
            "Les pido que den de baja mi cuenta y borren todos los datos vinculados a ella, tal como me permite {cite}.",
        ),
        "restriction": (
            "Con arreglo a {cite}, solicito la limitación del tratamiento de mis datos mientras verifican su exactitud.",
            "Mientras el litigio siga pendiente, no borren mis datos, pero absténganse de utilizarlos ({cite}).",
        ),
        "portability": (
            "De acuerdo con {cite}, deseo recibir los datos que les he facilitado en un formato estructurado, de uso común y lectura mecánica.",
            "Les ruego que transmitan mis datos directamente a mi nuevo proveedor, {company}, según prevé {cite}.",
        ),
        "objection": (
            "Por motivos relacionados con mi situación particular, me opongo, conforme a {cite}, al tratamiento de mis datos basado en su interés legítimo.",
            "Me opongo al uso de mis datos con fines de mercadotecnia directa y a la elaboración de perfiles asociada ({cite}).",
            "Les ruego que me eliminen de sus listas publicitarias y dejen de enviarme comunicaciones comerciales.",
        ),
        "consent_withdrawal": (
            "De conformidad con {cite}, retiro el consentimiento que otorgué para el tratamiento de mis datos.",
            "En la medida en que algún tratamiento se base en mi consentimiento, lo revoco con efecto inmediato.",
        ),
        "automated_decision": (
            "Mi solicitud del {date} fue denegada mediante una decisión totalmente automatizada; con base en {cite} la impugno y pido la intervención de una persona.",
            "Impugno la decisión adoptada por su sistema de puntuación y solicito que un empleado la revise y escuche mi punto de vista ({cite}).",
        ),
    },
    nouns={
        "access": "solicitud de acceso",
        "rectification": "solicitud de rectificación",
        "erasure": "solicitud de supresión",
        "restriction": "solicitud de limitación del tratamiento",
        "portability": "solicitud de portabilidad",
        "objection": "oposición al tratamiento",
        "consent_withdrawal": "retirada del consentimiento",
        "automated_decision": "impugnación de una decisión automatizada",
    },
    reminders=(
        "El {date} les remití una {noun} basada en {cite}. Ha transcurrido el plazo de un mes sin respuesta, por lo que reitero mi petición.",
        "Recordatorio: mi {noun} ({cite}) sigue sin contestar. Les requiero que la atiendan de inmediato.",
    ),
    items_intro=("Les ruego que indiquen además:", "Su respuesta deberá incluir en particular:"),
    items=(
        "los fines del tratamiento;",
        "los destinatarios o categorías de destinatarios a los que se han comunicado mis datos;",
        "el plazo de conservación previsto o los criterios para determinarlo;",
        "el origen de los datos si no se obtuvieron de mí;",
        "la existencia de decisiones automatizadas, incluida la elaboración de perfiles, y la lógica aplicada;",
        "la existencia del derecho a solicitar la rectificación, supresión o limitación, y a oponerse al tratamiento;",
    ),
    openings=("Muy señores míos:", "Estimado/a delegado/a de protección de datos:"),
    closings=("Atentamente,", "Reciban un cordial saludo,"),
    identity=(
        "Mi número de cliente es {ref} y el correo asociado a la cuenta es {email}.",
        "Adjunto copia de mi DNI para acreditar mi identidad.",
    ),
    deadlines=(
        "Les recuerdo que disponen de un mes para responder (artículo 12.3 RGPD).",
        "Si no recibo respuesta en plazo, presentaré una reclamación ante la AEPD.",
    ),
    negatives=(
        "Hago uso de mi derecho de desistimiento de catorce días respecto de la compra del {date} (pedido {ref}) y devolveré el artículo.",
        "Deseo dejar sin efecto el contrato de compraventa a distancia del pedido {ref}, recibido el {date}, y que me reembolsen.",
        "Reclamo la factura {ref}: el importe cargado no coincide con mi tarifa.",
        "El pedido {ref} del {date} nunca llegó; entréguenlo o devuélvanme el dinero.",
        "¿Podrían explicarme en términos generales cómo funciona el derecho de acceso del artículo 15 del RGPD antes de que decida ejercerlo?",
        "Presento ante la Agencia Española de Protección de Datos una reclamación contra {company}, que no contesta a mis escritos.",
    ),
    negative_subjects=(
        "Desistimiento – pedido {ref}",
        "Reclamación de factura",
        "Consulta sobre el RGPD",
    ),
)

ITALIAN = LetterBook(
    lang="it",
    articles={**GDPR_ARTICLES, "consent_withdrawal": "7, paragrafo 3"},
    cites=(
        "articolo {art} del GDPR",
        "art. {art} GDPR",
        "articolo {art} del Regolamento (UE) 2016/679",
        "art. {art} RGPD",
    ),
    rights={
        "access": (
            "Ai sensi dell'{cite}, vi chiedo di confermarmi se trattate dati personali che mi riguardano e, in tal caso, di fornirmene copia.",
            "Con la presente esercito il diritto di accesso previsto dall'{cite}.",
        ),
        "rectification": (
            "In base all'{cite}, vi chiedo di rettificare senza ritardo il mio indirizzo, registrato in modo errato.",
            "Esercito il diritto di rettifica ({cite}): la data di nascita presente nella mia scheda è sbagliata.",
        ),
        "erasure": (
            "In virtù dell'{cite}, chiedo la cancellazione senza ingiustificato ritardo di tutti i miei dati personali.",
            "Vi prego di chiudere il mio account e di eliminare tutti i dati collegati, come mi consente l'{cite}.",
        ),
        "restriction": (
            "In base all'{cite}, chiedo la limitazione del trattamento dei miei dati per il tempo necessario a verificarne l'esattezza.",
            "Finché la controversia è pendente, non cancellate i miei dati, ma astenetevi dall'utilizzarli ({cite}).",
        ),
        "portability": (
            "Secondo l'{cite}, desidero ricevere i dati che vi ho fornito in un formato strutturato, di uso comune e leggibile da dispositivo automatico.",
            "Vi chiedo di trasmettere i miei dati direttamente al mio nuovo fornitore, {company}, come previsto dall'{cite}.",
        ),
        "objection": (
            "Per motivi connessi alla mia situazione particolare, mi oppongo, in base all'{cite}, al trattamento dei miei dati fondato sul vostro legittimo interesse.",
            "Mi oppongo all'uso dei miei dati per finalità di marketing diretto e alla relativa profilazione ({cite}).",
            "Vi prego di cancellarmi da tutte le liste promozionali e di non inviarmi più comunicazioni commerciali.",
        ),
        "consent_withdrawal": (
            "In conformità all'{cite}, revoco il consenso che avevo prestato al trattamento dei miei dati.",
            "Nella misura in cui un trattamento si basa sul mio consenso, lo revoco con effetto immediato.",
        ),
        "automated_decision": (
            "La mia richiesta del {date} è stata respinta da una decisione interamente automatizzata; ai sensi dell'{cite} la contesto e chiedo l'intervento umano.",
            "Contesto la decisione presa dal vostro sistema di punteggio e chiedo che un operatore la riesamini ascoltando le mie ragioni ({cite}).",
        ),
    },
    nouns={
        "access": "richiesta di accesso",
        "rectification": "richiesta di rettifica",
        "erasure": "richiesta di cancellazione",
        "restriction": "richiesta di limitazione del trattamento",
        "portability": "richiesta di portabilità",
        "objection": "opposizione al trattamento",
        "consent_withdrawal": "revoca del consenso",
        "automated_decision": "contestazione di una decisione automatizzata",
    },
    reminders=(
        "Il {date} vi ho inviato una {noun} fondata sull'{cite}. Il termine di un mese è scaduto senza risposta; rinnovo pertanto la richiesta.",
        "Sollecito: la mia {noun} ({cite}) è ancora senza riscontro. Vi invito a darvi seguito immediatamente.",
    ),
    items_intro=("Vi chiedo inoltre di indicarmi:", "La risposta dovrà contenere in particolare:"),
    items=(
        "le finalità del trattamento;",
        "i destinatari o le categorie di destinatari a cui i miei dati sono stati comunicati;",
        "il periodo di conservazione previsto o i criteri per determinarlo;",
        "l'origine dei dati, se non sono stati raccolti presso di me;",
        "l'esistenza di un processo decisionale automatizzato, compresa la profilazione, e la logica utilizzata;",
        "l'esistenza del diritto di chiedere la rettifica, la cancellazione o la limitazione e di opporsi al trattamento;",
    ),
    openings=("Spettabile società,", "Gentile Responsabile della protezione dei dati,"),
    closings=("Distinti saluti,", "Cordiali saluti,"),
    identity=(
        "Il mio codice cliente è {ref} e l'indirizzo e-mail associato è {email}.",
        "Allego copia del mio documento d'identità.",
    ),
    deadlines=(
        "Vi ricordo che avete un mese per rispondere (art. 12, paragrafo 3, GDPR).",
        "In mancanza di risposta nei termini, mi rivolgerò al Garante per la protezione dei dati personali.",
    ),
    negatives=(
        "Esercito il diritto di ripensamento di quattordici giorni per l'acquisto del {date} (ordine {ref}) e restituirò il prodotto.",
        "Intendo sciogliermi dal contratto di vendita a distanza relativo all'ordine {ref}, consegnato il {date}, e ottenere il rimborso.",
        "Contesto la fattura {ref}: l'importo addebitato non corrisponde alla mia tariffa.",
        "L'ordine {ref} del {date} non è mai arrivato; consegnatelo o rimborsatemi.",
        "Potreste spiegarmi in generale come funziona il diritto di accesso dell'articolo 15 del GDPR, prima che io decida di esercitarlo?",
        "Presento reclamo al Garante per la protezione dei dati personali contro {company}, che ignora le mie lettere.",
    ),
    negative_subjects=("Recesso – ordine {ref}", "Contestazione fattura", "Domanda sul GDPR"),
)

BOOKS = (SPANISH, ITALIAN)
