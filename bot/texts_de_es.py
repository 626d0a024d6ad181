"""What the bot says, in German and Spanish (see :mod:`bot.texts`).

Plain, formal wording (Sie, usted), as regulators ask of answers to data
subjects; placeholders are the same as in the English phrases.
"""

from __future__ import annotations

from typing import Final

DE: Final = {
    "welcome": "Guten Tag! Schreiben Sie hier in eigenen Worten, was Sie zu Ihren "
    "personenbezogenen Daten verlangen (eine Kopie, die Löschung, eine Berichtigung …).\n"
    "/help: Hilfe",
    "controller_set": "Ihre Anfrage geht an {controller}.",
    "help": "Schreiben Sie Ihre Anfrage in einem Satz, z. B. „Ich möchte eine Kopie meiner "
    "Daten“ oder „Löschen Sie meine Daten“. Sie können Fotos und Dokumente anhängen.\n\n"
    "/status: Ihre Anfragen\n/language: Sprache ändern\n/privacy: Ihre Daten hier\n"
    "/cancel: aktuellen Schritt abbrechen\n/forget: diesen Chat löschen (ohne offene Anfrage)",
    "privacy": "Dieser Bot speichert Ihre Nachrichten, die Kennung dieses Chats, die gesendeten "
    "Dateien und die angegebene E-Mail-Adresse, nur um Ihre Anfragen zu Ihren Daten zu "
    "bearbeiten. Die Organisation, an die Sie schreiben, bewahrt sie so lange auf, wie das "
    "Gesetz es verlangt. /forget löscht, was der Bot über diesen Chat speichert, wenn keine "
    "Anfrage offen ist.",
    "choose_controller": "An welche Organisation richtet sich Ihre Anfrage?",
    "understood": "Sie verlangen: {kinds}. Stimmt das?",
    "understood_none": "Ich konnte nicht erkennen, was Sie verlangen. Wählen Sie unten aus, "
    "dann „Fertig“.",
    "yes": "Ja", "fix": "Korrigieren", "done": "Fertig",
    "confirmed": "Danke, notiert für die Anfrage {reference}.",
    "corrected": "Korrigiert: Sie verlangen {kinds} ({reference}).",
    "pick_kinds": "Kreuzen Sie an, was Sie verlangen, dann „Fertig“:",
    "pick_one": "Wählen Sie mindestens eine Anfrage.",
    "not_a_request": "Ich habe keine Anfrage zu Ihren personenbezogenen Daten erkannt. "
    "Schreiben Sie z. B. „Ich möchte eine Kopie meiner Daten“ oder „Löschen Sie meine Daten“.",
    "quarantined": "Ihre Nachricht ist angekommen; ein Mensch wird sie prüfen.",
    "ask_email": "Um zu prüfen, dass Sie es sind, schickt Ihnen die Organisation einen "
    "Einmalcode per E-Mail. Unter welcher E-Mail-Adresse kennt sie Sie? (/cancel zum "
    "Überspringen)",
    "ask_code": "Ein Einmalcode wurde an die E-Mail-Adresse geschickt, die die Organisation "
    "kennt. Geben Sie ihn hier ein.",
    "code_sent": "Ein sechsstelliger Code ist an diese Adresse unterwegs. Geben Sie ihn hier "
    "ein, um zu bestätigen, dass die Adresse Ihnen gehört.",
    "code_ok": "Danke, Ihre Identität ist für die Anfrage {reference} bestätigt.",
    "code_bad": "Dieser Code ist nicht gültig (falsch, schon benutzt oder abgelaufen). "
    "Versuchen Sie es noch einmal, oder /cancel.",
    "code_limit": "Heute wurden zu viele Codes für diese Anfrage gesendet: versuchen Sie es "
    "morgen wieder.",
    "bad_email": "Das sieht nicht wie eine E-Mail-Adresse aus. Noch einmal, oder /cancel.",
    "email_saved": "Danke, Adresse für die Anfrage {reference} notiert.",
    "status_none": "Sie haben keine Anfragen.",
    "status_line": "{reference}: {kinds}; {state}; Antwort fällig am {due}",
    "cancelled": "Abgebrochen.", "nothing_to_cancel": "Es gibt nichts abzubrechen.",
    "forget_refused": "Eine Anfrage ist noch offen ({references}): dieser Chat kann erst "
    "gelöscht werden, wenn sie abgeschlossen ist.",
    "forgotten": "Ich habe gelöscht, was ich über diesen Chat gespeichert hatte. "
    "Abgeschlossene Anfragen bleiben, wie gesetzlich vorgeschrieben, in den Unterlagen der "
    "Organisation.",
    "language_pick": "Wählen Sie Ihre Sprache:", "language_set": "Ich antworte auf Deutsch.",
    "too_fast": "Sie senden sehr viele Nachrichten: warten Sie eine Minute und versuchen Sie "
    "es dann erneut.",
    "file_too_big": "Diese Datei ist zu groß (höchstens {limit} MB).",
    "file_no_request": "Beschreiben Sie zuerst Ihre Anfrage in einem Satz; dann kann ich Ihre "
    "Dateien anhängen.",
    "file_saved": "Datei an die Anfrage {reference} angehängt.",
    "link_ok": "Dieser Chat erhält jetzt die Benachrichtigungen von {controller}.",
    "link_bad": "Unbekannter, benutzter oder abgelaufener Code.",
    "not_allowed": "Dieser Chat darf nicht für diese Organisation handeln.",
    "action_done": "{action}: erledigt für {reference}.",
    "action_refused": "Abgelehnt: {reason}",
    "ask_reason": "Senden Sie die Begründung ({action}, {reference}), oder /cancel.",
    "controller_chat": "Dieser Chat ist mit {controllers} verknüpft: nutzen Sie die Knöpfe der "
    "Benachrichtigungen.",
    "unavailable": "Diese Aktion ist noch nicht verfügbar.",
}  # fmt: skip

ES: Final = {
    "welcome": "¡Hola! Escriba aquí, con sus palabras, lo que pide sobre sus datos personales "
    "(una copia, su supresión, una corrección…).\n/help: ayuda",
    "controller_set": "Su solicitud irá a {controller}.",
    "help": "Escriba su solicitud en una frase, por ejemplo «quiero una copia de mis datos» o "
    "«borren mis datos». Puede adjuntar fotos y documentos.\n\n/status: sus solicitudes\n"
    "/language: cambiar de idioma\n/privacy: sus datos aquí\n/cancel: dejar el paso actual\n"
    "/forget: borrar este chat (sin solicitud abierta)",
    "privacy": "Este bot guarda sus mensajes, el identificador de este chat, los archivos que "
    "envía y la dirección de correo que indica, solo para tramitar sus solicitudes sobre sus "
    "datos personales. La organización a la que escribe los conserva el tiempo que exige la "
    "ley. /forget borra lo que el bot guarda de este chat cuando no hay ninguna solicitud "
    "abierta.",
    "choose_controller": "¿A qué organización va dirigida su solicitud?",
    "understood": "Usted pide {kinds}. ¿Es correcto?",
    "understood_none": "No he sabido ver qué pide. Elija abajo y luego «Listo».",
    "yes": "Sí", "fix": "Corregir", "done": "Listo",
    "confirmed": "Gracias, anotado para la solicitud {reference}.",
    "corrected": "Corregido: usted pide {kinds} ({reference}).",
    "pick_kinds": "Marque lo que pide y luego «Listo»:",
    "pick_one": "Elija al menos una solicitud.",
    "not_a_request": "No he reconocido ninguna solicitud sobre sus datos personales. Escriba "
    "por ejemplo «quiero una copia de mis datos» o «borren mis datos».",
    "quarantined": "Su mensaje ha llegado; una persona lo revisará.",
    "ask_email": "Para comprobar que es usted, la organización le enviará un código de un solo "
    "uso por correo electrónico. ¿Con qué dirección de correo la conoce? (/cancel para omitir)",
    "ask_code": "Se ha enviado un código de un solo uso a la dirección de correo que conoce la "
    "organización. Escríbalo aquí.",
    "code_sent": "Un código de seis cifras va camino de esa dirección. Escríbalo aquí para "
    "confirmar que la dirección es suya.",
    "code_ok": "Gracias, su identidad queda confirmada para la solicitud {reference}.",
    "code_bad": "Ese código no es válido (erróneo, ya usado o caducado). Inténtelo de nuevo, o "
    "/cancel.",
    "code_limit": "Hoy se han enviado demasiados códigos para esta solicitud: vuelva a "
    "intentarlo mañana.",
    "bad_email": "Eso no parece una dirección de correo. Inténtelo de nuevo, o /cancel.",
    "email_saved": "Gracias, dirección anotada para la solicitud {reference}.",
    "status_none": "No tiene ninguna solicitud.",
    "status_line": "{reference}: {kinds}; {state}; respuesta debida el {due}",
    "cancelled": "Cancelado.", "nothing_to_cancel": "No hay nada que cancelar.",
    "forget_refused": "Hay una solicitud abierta ({references}): este chat no puede borrarse "
    "antes de que se cierre.",
    "forgotten": "He borrado lo que guardaba de este chat. Las solicitudes cerradas siguen en "
    "los registros de la organización, como exige la ley.",
    "language_pick": "Elija su idioma:", "language_set": "Le responderé en español.",
    "too_fast": "Está enviando muchos mensajes: espere un minuto y vuelva a intentarlo.",
    "file_too_big": "Este archivo es demasiado grande (máximo {limit} MB).",
    "file_no_request": "Describa primero su solicitud en una frase; después podré adjuntar sus "
    "archivos.",
    "file_saved": "Archivo adjuntado a la solicitud {reference}.",
    "link_ok": "Este chat recibe ahora las notificaciones de {controller}.",
    "link_bad": "Código desconocido, ya usado o caducado.",
    "not_allowed": "Este chat no puede actuar en nombre de esta organización.",
    "action_done": "{action}: hecho para {reference}.",
    "action_refused": "Rechazado: {reason}",
    "ask_reason": "Envíe el motivo ({action}, {reference}), o /cancel.",
    "controller_chat": "Este chat está vinculado a {controllers}: use los botones de las "
    "notificaciones.",
    "unavailable": "Esta acción aún no está disponible.",
}  # fmt: skip

STATES: Final = {
    "de": {"received": "eingegangen", "awaiting_verification": "Identität zu prüfen",
           "in_progress": "in Bearbeitung", "paused": "wartet auf Angaben",
           "extended": "Frist verlängert", "answered": "beantwortet", "refused": "abgelehnt",
           "withdrawn": "zurückgezogen", "closed": "abgeschlossen"},
    "es": {"received": "recibida", "awaiting_verification": "identidad por comprobar",
           "in_progress": "en curso", "paused": "a la espera de información",
           "extended": "plazo ampliado", "answered": "respondida", "refused": "denegada",
           "withdrawn": "retirada", "closed": "cerrada"},
}  # fmt: skip
