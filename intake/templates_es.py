"""Spanish wording for messages to data subjects."""

from __future__ import annotations

from intake.templates_wording import Wording

WORDING = Wording(
    months=(
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ),
    weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    date_pattern="{weekday} {day} de {month} de {year}",
    first_of_month="1",
    kind_names={
        "access": "el acceso a sus datos (una copia)",
        "rectification": "la rectificación de sus datos",
        "erasure": "la supresión de sus datos",
        "restriction": "la limitación del tratamiento",
        "portability": "la portabilidad de sus datos",
        "objection": "su oposición al tratamiento",
        "consent_withdrawal": "la retirada de su consentimiento",
        "automated_decision": "la revisión humana de una decisión automatizada",
    },
    and_word=" y ",
    greeting="Hola:\n\n",
    automatic="Este mensaje se ha enviado automáticamente.\n",
    ack_subject="[{reference}] Hemos recibido su solicitud",
    ack_asked="Usted solicita {asked}.\n\n",
    ack_body=(
        "Hemos recibido su solicitud dirigida a {controller} el {received}.\n\n{asked}"
        "Su referencia: {reference}\nRespuesta a más tardar el: {due}\n\n"
        "Guarde esta referencia e indíquela en el asunto de cualquier mensaje sobre "
        "esta solicitud. Si necesitamos comprobar su identidad, le escribiremos.\n\n"
    ),
    follow_up_subject="[{reference}] Mensaje recibido",
    follow_up_body=(
        "Su mensaje se ha añadido a su solicitud {reference}. "
        "La respuesta sigue prevista a más tardar el {due}.\n\n"
    ),
    verify_subject="[{reference}] Confirme que es usted",
    verify_code_body=(
        "Antes de tramitar la solicitud {reference}, debemos asegurarnos de que procede "
        "de usted.\n\nSu código de confirmación: {code}\n\n"
        "Responda a este mensaje con el código. Solo sirve una vez y caduca el {expires}. "
        "Si usted no escribió a {controller}, ignore este mensaje.\n\n"
    ),
    verify_manual_body=(
        "Antes de tramitar la solicitud {reference}, {controller} debe comprobar quién la "
        "presenta: los datos afectados son sensibles o la solicitud se hace en nombre de "
        "otra persona.\n\nResponda con un documento que acredite su identidad (o, para otra "
        "persona, su autorización por escrito). Oculte lo que no necesitamos, como la foto "
        "o el número del documento. Lo borraremos en cuanto quede registrada la "
        "comprobación.\n\n"
    ),
    extension_subject="[{reference}] Necesitamos más tiempo para responder",
    extension_body=(
        "La ley permite ampliar el plazo en solicitudes complejas o numerosas, y debemos "
        "hacerlo para la solicitud {reference}.\n\n"
        "Motivo: {reason}\n\nLe responderemos a más tardar el {due}.\n\n"
    ),
    clarify_subject="[{reference}] Necesitamos más información",
    clarify_body=(
        "Para tramitar la solicitud {reference} necesitamos algunos datos más:\n\n"
        "{question}\n\nResponda a este mensaje; continuaremos en cuanto recibamos "
        "su respuesta.\n\n"
    ),
    answer_subject="[{reference}] Nuestra respuesta a su solicitud",
    answer_body="Esta es la respuesta de {controller} a la solicitud {reference}.\n\n{summary}\n\n",
    answer_attached="Adjuntamos los archivos solicitados ({count}).\n\n",
    refusal_subject="[{reference}] No podemos atender su solicitud",
    refusal_body=(
        "{controller} no atenderá la solicitud {reference}.\n\nMotivo: {justification}\n\n"
        "Si no está de acuerdo, puede presentar una reclamación ante {authority} y también "
        "acudir a los tribunales.\n\n"
    ),
    unknown_authority="la autoridad de protección de datos de su país",
    recipients_subject="[{reference}] Informe a los destinatarios de los datos",
    recipients_body=(
        "La solicitud {reference} ({kinds}) está respondida. Artículo 19 del RGPD: comunique "
        "el cambio a cada destinatario al que se hayan comunicado los datos, salvo que sea "
        "imposible o desproporcionado, e informe a la persona de quiénes son si lo pide.\n\n"
    ),
)  # fmt: skip
