"""What the bot says, in the seven languages of the templates (fr, en here; others aside).

Request kinds and dates come from :mod:`intake.templates`, so the bot and
the e-mail acknowledgements name rights and dates the same way. Phrases
missing in a language fall back to English.
"""

from __future__ import annotations

from typing import Final

from bot import texts_de_es, texts_it_nl_pt
from intake import templates

_FR: Final = {
    "welcome": "Bonjour ! Écrivez ici, avec vos mots, ce que vous demandez au sujet de vos "
    "données personnelles (une copie, leur suppression, une correction…).\n/help : aide",
    "controller_set": "Votre demande sera adressée à {controller}.",
    "help": "Écrivez votre demande en une phrase, par exemple « je veux une copie de mes "
    "données » ou « supprimez mes données ». Vous pouvez joindre photos et documents.\n\n"
    "/status : vos demandes\n/language : changer de langue\n/privacy : vos données ici\n"
    "/cancel : abandonner l'étape en cours\n/forget : effacer ce chat (sans demande ouverte)",
    "privacy": "Ce bot garde vos messages, l'identifiant de ce chat, les fichiers envoyés et "
    "l'adresse e-mail que vous donnez, uniquement pour traiter vos demandes sur vos données "
    "personnelles. Ils sont conservés par l'organisation destinataire le temps que la loi "
    "exige. /forget efface ce que le bot garde sur ce chat quand aucune demande n'est ouverte.",
    "choose_controller": "À quelle organisation s'adresse votre demande ?",
    "understood": "Vous demandez {kinds}. Est-ce bien cela ?",
    "understood_none": "Je n'ai pas su dire ce que vous demandez. Choisissez ci-dessous, "
    "puis « Valider ».",
    "yes": "Oui",
    "fix": "Corriger",
    "done": "Valider",
    "confirmed": "Merci, c'est noté pour la demande {reference}.",
    "corrected": "C'est corrigé : vous demandez {kinds} ({reference}).",
    "pick_kinds": "Cochez ce que vous demandez, puis « Valider » :",
    "pick_one": "Choisissez au moins une demande.",
    "not_a_request": "Je n'ai pas reconnu de demande sur vos données personnelles. Écrivez par "
    "exemple « je veux une copie de mes données » ou « supprimez mes données ».",
    "quarantined": "Votre message est bien reçu ; une personne va l'examiner.",
    "ask_email": "Pour vérifier que c'est bien vous, l'organisation va vous envoyer un code "
    "à usage unique par e-mail. À quelle adresse e-mail vous connaît-elle ? (/cancel pour "
    "passer)",
    "ask_code": "Un code à usage unique a été envoyé à l'adresse e-mail que l'organisation "
    "connaît. Tapez-le ici.",
    "code_sent": "Un code à six chiffres vient de partir vers cette adresse. Tapez-le ici pour "
    "confirmer qu'elle est à vous.",
    "code_ok": "Merci, votre identité est confirmée pour la demande {reference}.",
    "code_bad": "Ce code n'est pas valable (erroné, déjà utilisé ou expiré). Réessayez, ou "
    "/cancel.",
    "code_limit": "Trop de codes envoyés aujourd'hui pour cette demande : réessayez demain.",
    "bad_email": "Cela ne ressemble pas à une adresse e-mail. Réessayez, ou /cancel.",
    "email_saved": "Merci, adresse notée pour la demande {reference}.",
    "status_none": "Vous n'avez aucune demande.",
    "status_line": "{reference} : {kinds} ; {state} ; réponse due le {due}",
    "cancelled": "C'est annulé.",
    "nothing_to_cancel": "Il n'y a rien à annuler.",
    "forget_refused": "Une demande est en cours ({references}) : ce chat ne peut pas être "
    "effacé avant qu'elle soit close.",
    "forgotten": "J'ai effacé ce que je gardais de ce chat. Les demandes closes restent dans "
    "les registres de l'organisation, comme la loi l'exige.",
    "language_pick": "Choisissez votre langue :",
    "language_set": "Je vous répondrai en français.",
    "too_fast": "Vous envoyez beaucoup de messages : attendez une minute, puis réessayez.",
    "file_too_big": "Ce fichier est trop lourd (maximum {limit} Mo).",
    "file_no_request": "Décrivez d'abord votre demande en une phrase ; je pourrai ensuite y "
    "joindre vos fichiers.",
    "file_saved": "Fichier joint à la demande {reference}.",
    "link_ok": "Ce chat reçoit désormais les notifications de {controller}.",
    "link_bad": "Code inconnu, déjà utilisé ou expiré.",
    "not_allowed": "Ce chat n'est pas autorisé à agir pour cette organisation.",
    "action_done": "{action} : fait pour {reference}.",
    "action_refused": "Refusé : {reason}",
    "ask_reason": "Envoyez la raison ({action}, {reference}), ou /cancel.",
    "controller_chat": "Ce chat est lié à {controllers} : utilisez les boutons des notifications.",
    "unavailable": "Cette action n'est pas encore disponible.",
}
_EN: Final = {
    "welcome": "Hello! Write here, in your own words, what you are asking about your personal "
    "data (a copy, deleting it, correcting it...).\n/help: help",
    "controller_set": "Your request will go to {controller}.",
    "help": "Write your request in one sentence, e.g. \"I want a copy of my data\" or "
    "\"delete my data\". You can attach photos and documents.\n\n/status: your requests\n"
    "/language: change language\n/privacy: your data here\n/cancel: drop the current step\n"
    "/forget: erase this chat (when no request is open)",
    "privacy": "This bot keeps your messages, this chat's id, the files you send and the "
    "e-mail address you give, only to handle your requests about your personal data. The "
    "organisation you write to keeps them as long as the law requires. /forget erases what "
    "the bot keeps about this chat when no request is open.",
    "choose_controller": "Which organisation is your request for?",
    "understood": "You are asking for {kinds}. Is that right?",
    "understood_none": "I could not tell what you are asking for. Pick below, then \"Done\".",
    "yes": "Yes", "fix": "Correct it", "done": "Done",
    "confirmed": "Thank you, noted for request {reference}.",
    "corrected": "Corrected: you are asking for {kinds} ({reference}).",
    "pick_kinds": "Tick what you are asking for, then \"Done\":",
    "pick_one": "Pick at least one.",
    "not_a_request": "I did not recognise a request about your personal data. Write for "
    "example \"I want a copy of my data\" or \"delete my data\".",
    "quarantined": "Your message has arrived; a person will look at it.",
    "ask_email": "To check it is really you, the organisation will e-mail you a one-time "
    "code. Which e-mail address does it know you by? (/cancel to skip)",
    "ask_code": "A one-time code was sent to the e-mail address the organisation knows. Type "
    "it here.",
    "code_sent": "A six-digit code is on its way to that address. Type it here to confirm the "
    "address is yours.",
    "code_ok": "Thank you, your identity is confirmed for request {reference}.",
    "code_bad": "That code is not valid (wrong, already used or expired). Try again, or /cancel.",
    "code_limit": "Too many codes sent today for this request: try again tomorrow.",
    "bad_email": "That does not look like an e-mail address. Try again, or /cancel.",
    "email_saved": "Thank you, address noted for request {reference}.",
    "status_none": "You have no requests.",
    "status_line": "{reference}: {kinds}; {state}; answer due {due}",
    "cancelled": "Cancelled.", "nothing_to_cancel": "There is nothing to cancel.",
    "forget_refused": "A request is still open ({references}): this chat cannot be erased "
    "before it is closed.",
    "forgotten": "I erased what I kept about this chat. Closed requests stay in the "
    "organisation's records, as the law requires.",
    "language_pick": "Choose your language:", "language_set": "I will answer in English.",
    "too_fast": "You are sending many messages: wait a minute, then try again.",
    "file_too_big": "This file is too large (at most {limit} MB).",
    "file_no_request": "Describe your request in one sentence first; then I can attach your "
    "files to it.",
    "file_saved": "File attached to request {reference}.",
    "link_ok": "This chat now receives {controller}'s notifications.",
    "link_bad": "Unknown, used or expired code.",
    "not_allowed": "This chat may not act for this organisation.",
    "action_done": "{action}: done for {reference}.",
    "action_refused": "Refused: {reason}",
    "ask_reason": "Send the reason ({action}, {reference}), or /cancel.",
    "controller_chat": "This chat is linked to {controllers}: use the notifications' buttons.",
    "unavailable": "This action is not available yet.",
}  # fmt: skip
PHRASES: Final[dict[str, dict[str, str]]] = {
    "fr": _FR, "en": _EN, "de": texts_de_es.DE, "es": texts_de_es.ES,
    "it": texts_it_nl_pt.IT, "nl": texts_it_nl_pt.NL, "pt": texts_it_nl_pt.PT,
}  # fmt: skip
_AND: Final = {"fr": " et ", "en": " and ", "de": " und ", "es": " y ", "it": " e ",
               "nl": " en ", "pt": " e "}  # fmt: skip
LANGUAGE_NAMES: Final = {
    "fr": "Français", "en": "English", "de": "Deutsch", "es": "Español",
    "it": "Italiano", "nl": "Nederlands", "pt": "Português",
}  # fmt: skip
STATES: Final = {
    "fr": {"received": "reçue", "awaiting_verification": "identité à vérifier",
           "in_progress": "en cours", "paused": "en attente d'informations",
           "extended": "délai prolongé", "answered": "répondue", "refused": "refusée",
           "withdrawn": "retirée", "closed": "close"},
    "en": {"received": "received", "awaiting_verification": "identity to check",
           "in_progress": "in progress", "paused": "waiting for information",
           "extended": "deadline extended", "answered": "answered", "refused": "refused",
           "withdrawn": "withdrawn", "closed": "closed"},
    **texts_de_es.STATES, **texts_it_nl_pt.STATES,
}  # fmt: skip


def say(key: str, language: str, **values: object) -> str:
    """The phrase ``key`` in ``language`` (English when missing), filled in."""
    phrase = PHRASES.get(language, _EN).get(key) or _EN[key]
    return phrase.format(**values)


def kinds_phrase(kinds: list[str], language: str) -> str:
    """``access`` and ``erasure`` said as people say them, joined naturally."""
    lang = templates.pick_language(language, "en")
    names = [templates.KIND_NAMES[lang].get(k, k) for k in kinds]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + _AND.get(lang, " and ") + names[-1]


def kind_label(kind: str, language: str) -> str:
    """A short button label for one right."""
    lang = templates.pick_language(language, "en")
    return templates.KIND_NAMES[lang].get(kind, kind)


def state_name(status: str, language: str) -> str:
    """A request status in words."""
    return STATES.get(language, STATES["en"]).get(status, status.replace("_", " "))


def bot_language(preferred: str | None) -> str:
    """The language the bot's own phrases use for a chat."""
    return preferred if preferred in PHRASES else "en"
