"""What the bot says, in Italian, Dutch and Portuguese (see :mod:`bot.texts`).

Plain, formal wording (Lei, u, o senhor/a senhora implied); placeholders
are the same as in the English phrases.
"""

from __future__ import annotations

from typing import Final

IT: Final = {
    "welcome": "Buongiorno! Scriva qui, con parole sue, che cosa chiede sui suoi dati "
    "personali (una copia, la cancellazione, una correzione…).\n/help: aiuto",
    "controller_set": "La sua richiesta andrà a {controller}.",
    "help": "Scriva la sua richiesta in una frase, per esempio «voglio una copia dei miei "
    "dati» o «cancellate i miei dati». Può allegare foto e documenti.\n\n/status: le sue "
    "richieste\n/language: cambiare lingua\n/privacy: i suoi dati qui\n/cancel: annullare il "
    "passo in corso\n/forget: cancellare questa chat (senza richieste aperte)",
    "privacy": "Questo bot conserva i suoi messaggi, l'identificativo di questa chat, i file "
    "inviati e l'indirizzo e-mail che indica, solo per gestire le sue richieste sui suoi dati "
    "personali. L'organizzazione a cui scrive li conserva per il tempo richiesto dalla legge. "
    "/forget cancella ciò che il bot conserva di questa chat quando nessuna richiesta è aperta.",
    "choose_controller": "A quale organizzazione è rivolta la sua richiesta?",
    "understood": "Lei chiede {kinds}. È corretto?",
    "understood_none": "Non ho capito che cosa chiede. Scelga qui sotto, poi «Fatto».",
    "yes": "Sì", "fix": "Correggere", "done": "Fatto",
    "confirmed": "Grazie, annotato per la richiesta {reference}.",
    "corrected": "Corretto: Lei chiede {kinds} ({reference}).",
    "pick_kinds": "Spunti ciò che chiede, poi «Fatto»:",
    "pick_one": "Scelga almeno una richiesta.",
    "not_a_request": "Non ho riconosciuto una richiesta sui suoi dati personali. Scriva per "
    "esempio «voglio una copia dei miei dati» o «cancellate i miei dati».",
    "quarantined": "Il suo messaggio è arrivato; una persona lo esaminerà.",
    "ask_email": "Per verificare che sia proprio Lei, l'organizzazione le invierà un codice "
    "monouso per e-mail. Con quale indirizzo e-mail la conosce? (/cancel per saltare)",
    "ask_code": "Un codice monouso è stato inviato all'indirizzo e-mail che l'organizzazione "
    "conosce. Lo scriva qui.",
    "code_sent": "Un codice di sei cifre sta arrivando a quell'indirizzo. Lo scriva qui per "
    "confermare che l'indirizzo è suo.",
    "code_ok": "Grazie, la sua identità è confermata per la richiesta {reference}.",
    "code_bad": "Questo codice non è valido (errato, già usato o scaduto). Riprovi, oppure "
    "/cancel.",
    "code_limit": "Oggi sono stati inviati troppi codici per questa richiesta: riprovi domani.",
    "bad_email": "Non sembra un indirizzo e-mail. Riprovi, oppure /cancel.",
    "email_saved": "Grazie, indirizzo annotato per la richiesta {reference}.",
    "status_none": "Non ha richieste.",
    "status_line": "{reference}: {kinds}; {state}; risposta dovuta il {due}",
    "cancelled": "Annullato.", "nothing_to_cancel": "Non c'è nulla da annullare.",
    "forget_refused": "Una richiesta è ancora aperta ({references}): questa chat non può "
    "essere cancellata prima che sia chiusa.",
    "forgotten": "Ho cancellato ciò che conservavo di questa chat. Le richieste chiuse restano "
    "nei registri dell'organizzazione, come vuole la legge.",
    "language_pick": "Scelga la sua lingua:", "language_set": "Le risponderò in italiano.",
    "too_fast": "Sta inviando molti messaggi: aspetti un minuto, poi riprovi.",
    "file_too_big": "Questo file è troppo grande (al massimo {limit} MB).",
    "file_no_request": "Descriva prima la sua richiesta in una frase; poi potrò allegarvi i "
    "suoi file.",
    "file_saved": "File allegato alla richiesta {reference}.",
    "link_ok": "Questa chat riceve ora le notifiche di {controller}.",
    "link_bad": "Codice sconosciuto, già usato o scaduto.",
    "not_allowed": "Questa chat non può agire per questa organizzazione.",
    "action_done": "{action}: fatto per {reference}.",
    "action_refused": "Rifiutato: {reason}",
    "ask_reason": "Invii il motivo ({action}, {reference}), oppure /cancel.",
    "controller_chat": "Questa chat è collegata a {controllers}: usi i pulsanti delle notifiche.",
    "unavailable": "Questa azione non è ancora disponibile.",
}  # fmt: skip

NL: Final = {
    "welcome": "Hallo! Schrijf hier in uw eigen woorden wat u vraagt over uw persoonsgegevens "
    "(een kopie, verwijdering, een correctie…).\n/help: hulp",
    "controller_set": "Uw verzoek gaat naar {controller}.",
    "help": "Schrijf uw verzoek in één zin, bijvoorbeeld ‘ik wil een kopie van mijn gegevens’ "
    "of ‘verwijder mijn gegevens’. U kunt foto's en documenten meesturen.\n\n/status: uw "
    "verzoeken\n/language: taal wijzigen\n/privacy: uw gegevens hier\n/cancel: huidige stap "
    "stoppen\n/forget: deze chat wissen (zonder open verzoek)",
    "privacy": "Deze bot bewaart uw berichten, de id van deze chat, de bestanden die u stuurt "
    "en het e-mailadres dat u opgeeft, alleen om uw verzoeken over uw persoonsgegevens af te "
    "handelen. De organisatie waaraan u schrijft bewaart ze zo lang als de wet vereist. "
    "/forget wist wat de bot over deze chat bewaart als er geen verzoek open is.",
    "choose_controller": "Voor welke organisatie is uw verzoek?",
    "understood": "U vraagt om {kinds}. Klopt dat?",
    "understood_none": "Ik kon niet zien wat u vraagt. Kies hieronder en daarna ‘Klaar’.",
    "yes": "Ja", "fix": "Corrigeren", "done": "Klaar",
    "confirmed": "Dank u, genoteerd voor verzoek {reference}.",
    "corrected": "Gecorrigeerd: u vraagt om {kinds} ({reference}).",
    "pick_kinds": "Vink aan wat u vraagt en daarna ‘Klaar’:",
    "pick_one": "Kies minstens één verzoek.",
    "not_a_request": "Ik heb geen verzoek over uw persoonsgegevens herkend. Schrijf "
    "bijvoorbeeld ‘ik wil een kopie van mijn gegevens’ of ‘verwijder mijn gegevens’.",
    "quarantined": "Uw bericht is aangekomen; een medewerker bekijkt het.",
    "ask_email": "Om na te gaan dat u het bent, mailt de organisatie u een eenmalige code. "
    "Onder welk e-mailadres kent zij u? (/cancel om over te slaan)",
    "ask_code": "Er is een eenmalige code gestuurd naar het e-mailadres dat de organisatie "
    "kent. Typ die hier.",
    "code_sent": "Er is een code van zes cijfers onderweg naar dat adres. Typ die hier om te "
    "bevestigen dat het adres van u is.",
    "code_ok": "Dank u, uw identiteit is bevestigd voor verzoek {reference}.",
    "code_bad": "Die code is niet geldig (fout, al gebruikt of verlopen). Probeer het "
    "opnieuw, of /cancel.",
    "code_limit": "Vandaag zijn er te veel codes voor dit verzoek verstuurd: probeer het "
    "morgen opnieuw.",
    "bad_email": "Dat lijkt geen e-mailadres. Probeer het opnieuw, of /cancel.",
    "email_saved": "Dank u, adres genoteerd voor verzoek {reference}.",
    "status_none": "U hebt geen verzoeken.",
    "status_line": "{reference}: {kinds}; {state}; antwoord uiterlijk {due}",
    "cancelled": "Geannuleerd.", "nothing_to_cancel": "Er is niets te annuleren.",
    "forget_refused": "Er is nog een verzoek open ({references}): deze chat kan pas gewist "
    "worden als het gesloten is.",
    "forgotten": "Ik heb gewist wat ik over deze chat bewaarde. Gesloten verzoeken blijven in "
    "de administratie van de organisatie, zoals de wet vereist.",
    "language_pick": "Kies uw taal:", "language_set": "Ik antwoord u in het Nederlands.",
    "too_fast": "U stuurt veel berichten: wacht een minuut en probeer het dan opnieuw.",
    "file_too_big": "Dit bestand is te groot (maximaal {limit} MB).",
    "file_no_request": "Beschrijf eerst uw verzoek in één zin; daarna kan ik uw bestanden "
    "toevoegen.",
    "file_saved": "Bestand toegevoegd aan verzoek {reference}.",
    "link_ok": "Deze chat ontvangt nu de meldingen van {controller}.",
    "link_bad": "Onbekende, gebruikte of verlopen code.",
    "not_allowed": "Deze chat mag niet handelen voor deze organisatie.",
    "action_done": "{action}: gedaan voor {reference}.",
    "action_refused": "Geweigerd: {reason}",
    "ask_reason": "Stuur de reden ({action}, {reference}), of /cancel.",
    "controller_chat": "Deze chat is gekoppeld aan {controllers}: gebruik de knoppen van de "
    "meldingen.",
    "unavailable": "Deze actie is nog niet beschikbaar.",
}  # fmt: skip

PT: Final = {
    "welcome": "Olá! Escreva aqui, por palavras suas, o que pede sobre os seus dados pessoais "
    "(uma cópia, o apagamento, uma correção…).\n/help: ajuda",
    "controller_set": "O seu pedido irá para {controller}.",
    "help": "Escreva o seu pedido numa frase, por exemplo «quero uma cópia dos meus dados» ou "
    "«apaguem os meus dados». Pode anexar fotografias e documentos.\n\n/status: os seus "
    "pedidos\n/language: mudar de língua\n/privacy: os seus dados aqui\n/cancel: abandonar o "
    "passo atual\n/forget: apagar este chat (sem pedido aberto)",
    "privacy": "Este bot guarda as suas mensagens, o identificador deste chat, os ficheiros "
    "que envia e o endereço de e-mail que indica, apenas para tratar os seus pedidos sobre os "
    "seus dados pessoais. A organização a quem escreve guarda-os durante o tempo exigido por "
    "lei. /forget apaga o que o bot guarda deste chat quando não há pedidos abertos.",
    "choose_controller": "A que organização se dirige o seu pedido?",
    "understood": "Pede {kinds}. Está certo?",
    "understood_none": "Não consegui perceber o que pede. Escolha abaixo e depois «Concluir».",
    "yes": "Sim", "fix": "Corrigir", "done": "Concluir",
    "confirmed": "Obrigado, registado no pedido {reference}.",
    "corrected": "Corrigido: pede {kinds} ({reference}).",
    "pick_kinds": "Assinale o que pede e depois «Concluir»:",
    "pick_one": "Escolha pelo menos um pedido.",
    "not_a_request": "Não reconheci nenhum pedido sobre os seus dados pessoais. Escreva por "
    "exemplo «quero uma cópia dos meus dados» ou «apaguem os meus dados».",
    "quarantined": "A sua mensagem chegou; uma pessoa vai analisá-la.",
    "ask_email": "Para confirmar que é mesmo o próprio, a organização vai enviar-lhe um código "
    "de utilização única por e-mail. Com que endereço de e-mail o conhece? (/cancel para "
    "saltar)",
    "ask_code": "Foi enviado um código de utilização única para o endereço de e-mail que a "
    "organização conhece. Escreva-o aqui.",
    "code_sent": "Um código de seis algarismos vai a caminho desse endereço. Escreva-o aqui "
    "para confirmar que o endereço é seu.",
    "code_ok": "Obrigado, a sua identidade está confirmada para o pedido {reference}.",
    "code_bad": "Esse código não é válido (errado, já usado ou expirado). Tente de novo, ou "
    "/cancel.",
    "code_limit": "Hoje já foram enviados demasiados códigos para este pedido: tente amanhã.",
    "bad_email": "Isso não parece um endereço de e-mail. Tente de novo, ou /cancel.",
    "email_saved": "Obrigado, endereço registado no pedido {reference}.",
    "status_none": "Não tem pedidos.",
    "status_line": "{reference}: {kinds}; {state}; resposta até {due}",
    "cancelled": "Cancelado.", "nothing_to_cancel": "Não há nada para cancelar.",
    "forget_refused": "Há um pedido aberto ({references}): este chat não pode ser apagado "
    "antes de ser fechado.",
    "forgotten": "Apaguei o que guardava deste chat. Os pedidos fechados ficam nos registos da "
    "organização, como a lei exige.",
    "language_pick": "Escolha a sua língua:", "language_set": "Vou responder-lhe em português.",
    "too_fast": "Está a enviar muitas mensagens: espere um minuto e tente de novo.",
    "file_too_big": "Este ficheiro é demasiado grande (no máximo {limit} MB).",
    "file_no_request": "Descreva primeiro o seu pedido numa frase; depois poderei anexar os "
    "seus ficheiros.",
    "file_saved": "Ficheiro anexado ao pedido {reference}.",
    "link_ok": "Este chat passa a receber as notificações de {controller}.",
    "link_bad": "Código desconhecido, já usado ou expirado.",
    "not_allowed": "Este chat não pode agir por esta organização.",
    "action_done": "{action}: feito para {reference}.",
    "action_refused": "Recusado: {reason}",
    "ask_reason": "Envie o motivo ({action}, {reference}), ou /cancel.",
    "controller_chat": "Este chat está ligado a {controllers}: use os botões das notificações.",
    "unavailable": "Esta ação ainda não está disponível.",
}  # fmt: skip

STATES: Final = {
    "it": {"received": "ricevuta", "awaiting_verification": "identità da verificare",
           "in_progress": "in corso", "paused": "in attesa di informazioni",
           "extended": "termine prorogato", "answered": "con risposta", "refused": "respinta",
           "withdrawn": "ritirata", "closed": "chiusa"},
    "nl": {"received": "ontvangen", "awaiting_verification": "identiteit te controleren",
           "in_progress": "in behandeling", "paused": "wacht op informatie",
           "extended": "termijn verlengd", "answered": "beantwoord", "refused": "geweigerd",
           "withdrawn": "ingetrokken", "closed": "gesloten"},
    "pt": {"received": "recebido", "awaiting_verification": "identidade por verificar",
           "in_progress": "em curso", "paused": "à espera de informações",
           "extended": "prazo prorrogado", "answered": "respondido", "refused": "recusado",
           "withdrawn": "retirado", "closed": "fechado"},
}  # fmt: skip
