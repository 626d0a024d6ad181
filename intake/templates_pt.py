"""Portuguese wording for messages to data subjects."""

from __future__ import annotations

from intake.templates_wording import Wording

WORDING = Wording(
    months=(
        "janeiro", "fevereiro", "março", "abril", "maio", "junho",
        "julho", "agosto", "setembro", "outubro", "novembro", "dezembro",
    ),
    weekdays=(
        "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "sábado", "domingo",
    ),
    date_pattern="{weekday}, {day} de {month} de {year}",
    first_of_month="1",
    kind_names={
        "access": "o acesso aos seus dados (uma cópia)",
        "rectification": "a retificação dos seus dados",
        "erasure": "o apagamento dos seus dados",
        "restriction": "a limitação do tratamento",
        "portability": "a portabilidade dos seus dados",
        "objection": "a sua oposição ao tratamento",
        "consent_withdrawal": "a retirada do seu consentimento",
        "automated_decision": "a revisão humana de uma decisão automatizada",
    },
    and_word=" e ",
    greeting="Olá,\n\n",
    automatic="Esta mensagem foi enviada automaticamente.\n",
    ack_subject="[{reference}] Recebemos o seu pedido",
    ack_asked="Pede {asked}.\n\n",
    ack_body=(
        "Recebemos o seu pedido dirigido a {controller} em {received}.\n\n{asked}"
        "A sua referência: {reference}\nResposta até: {due}\n\n"
        "Guarde esta referência e indique-a no assunto de qualquer mensagem sobre este "
        "pedido. Se precisarmos de confirmar a sua identidade, escrever-lhe-emos.\n\n"
    ),
    follow_up_subject="[{reference}] Mensagem recebida",
    follow_up_body=(
        "A sua mensagem foi juntada ao seu pedido {reference}. "
        "A resposta continua prevista até {due}.\n\n"
    ),
    verify_subject="[{reference}] Confirme que é você",
    verify_code_body=(
        "Antes de tratar o pedido {reference}, temos de ter a certeza de que vem de si.\n\n"
        "O seu código de confirmação: {code}\n\n"
        "Responda a esta mensagem com o código. Só pode ser usado uma vez e expira em "
        "{expires}. Se não escreveu a {controller}, ignore esta mensagem.\n\n"
    ),
    verify_manual_body=(
        "Antes de tratar o pedido {reference}, {controller} tem de verificar quem o faz: "
        "os dados em causa são sensíveis, ou o pedido é feito em nome de outra pessoa.\n\n"
        "Responda com um documento de identificação (ou, para outra pessoa, a sua "
        "procuração escrita). Oculte o que não precisamos, como a fotografia ou o número "
        "do documento. Apagamo-lo assim que a verificação ficar registada.\n\n"
    ),
    extension_subject="[{reference}] Precisamos de mais tempo para responder",
    extension_body=(
        "A lei permite prorrogar o prazo para pedidos complexos ou numerosos, e temos de o "
        "fazer para o pedido {reference}.\n\n"
        "Motivo: {reason}\n\nResponderemos até {due}, o mais tardar.\n\n"
    ),
    clarify_subject="[{reference}] Precisamos de mais informações",
    clarify_body=(
        "Para tratar o pedido {reference}, precisamos de mais algumas informações:\n\n"
        "{question}\n\nResponda a esta mensagem; continuaremos assim que recebermos "
        "a sua resposta.\n\n"
    ),
    answer_subject="[{reference}] A nossa resposta ao seu pedido",
    answer_body="Esta é a resposta de {controller} ao pedido {reference}.\n\n{summary}\n\n",
    answer_attached="Seguem em anexo os ficheiros pedidos ({count}).\n\n",
    refusal_subject="[{reference}] Não podemos dar seguimento ao seu pedido",
    refusal_body=(
        "{controller} não dará seguimento ao pedido {reference}.\n\n"
        "Motivo: {justification}\n\n"
        "Se não concordar, pode apresentar uma reclamação junto de {authority} e pode "
        "também recorrer aos tribunais.\n\n"
    ),
    unknown_authority="a autoridade de proteção de dados do seu país",
    recipients_subject="[{reference}] Informe os destinatários dos dados",
    recipients_body=(
        "O pedido {reference} ({kinds}) foi respondido. Artigo 19.º do RGPD: comunique a "
        "alteração a cada destinatário a quem os dados foram transmitidos, salvo se for "
        "impossível ou exigir um esforço desproporcionado, e indique à pessoa quem são, se "
        "ela o pedir.\n\n"
    ),
)  # fmt: skip
