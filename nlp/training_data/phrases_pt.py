"""Portuguese phrase book (written for this project)."""
# ruff: noqa: E501  (one phrase per line reads better than wrapped strings)

from __future__ import annotations

from nlp.training_data.lexicon import Lexicon

LEXICON = Lexicon(
    lang="pt",
    greetings=(
        "Exmos. Senhores,",
        "Olá,",
        "Bom dia,",
        "Ao cuidado do encarregado da proteção de dados,",
        "",
    ),
    closings=("Com os melhores cumprimentos,", "Atenciosamente,", "Obrigado,", ""),
    requests={
        "access": (
            "Que dados pessoais têm sobre mim e a quem os comunicaram?",
            "Enviem-me uma cópia de todas as informações que guardam a meu respeito.",
            "Gostaria de saber de onde obtiveram o meu número de telemóvel.",
            "Nos termos do artigo 15.º do RGPD, solicito o acesso a todos os meus dados pessoais.",
            "Enviem-me, por favor, uma cópia de todas as informações que têm sobre mim.",
            "Quero saber que dados meus tratam, para que finalidades e a quem os comunicam.",
            "Como obtiveram o meu número de telefone?",
        ),
        "rectification": (
            "O meu apelido está mal escrito na vossa base de dados; corrijam-no, por favor.",
            "A data de nascimento que têm registada está errada, queiram atualizá-la.",
            "A minha morada está errada nos vossos registos, peço que a retifiquem.",
            "Solicito a retificação dos meus dados inexatos nos termos do artigo 16.º do RGPD.",
        ),
        "erasure": (
            "Eliminem o meu perfil e tudo o que guardaram sobre mim.",
            "Peço que fechem a minha conta de cliente e apaguem o histórico associado.",
            "Solicito o apagamento de todos os meus dados pessoais nos termos do artigo 17.º do RGPD.",
            "Quero que apaguem a minha conta e todos os meus dados.",
            "Exerço o meu direito a ser esquecido.",
        ),
        "restriction": (
            "Não apaguem os meus dados, mas deixem de os utilizar até resolvermos o litígio.",
            "Peço que suspendam o uso dos meus dados enquanto analisam a minha reclamação.",
            "Solicito a limitação do tratamento dos meus dados enquanto verificam a sua exatidão.",
        ),
        "portability": (
            "Exportem o meu histórico num ficheiro JSON que eu possa levar para outro serviço.",
            "Quero receber os meus dados num formato estruturado e de leitura automática, como CSV.",
            "Exerço o direito de portabilidade: transmitam os meus dados ao meu novo fornecedor {company}.",
        ),
        "objection": (
            "Não quero receber mais chamadas comerciais vossas.",
            "Oponho-me à criação de perfis com base no meu histórico de compras.",
            "Oponho-me ao tratamento dos meus dados para fins de marketing direto.",
            "Deixem de me enviar publicidade.",
        ),
        "consent_withdrawal": (
            "Revogo a autorização que dei para usarem a minha fotografia no vosso site.",
            "Retiro o meu consentimento para o tratamento dos meus dados.",
            "Na medida em que o tratamento se baseie no meu consentimento, retiro-o pela presente.",
        ),
        "automated_decision": (
            "A minha candidatura foi rejeitada por um sistema automático; quero que uma pessoa a reavalie.",
            "O meu pedido de crédito foi recusado automaticamente; contesto a decisão e peço intervenção humana.",
        ),
    },
    subjects={
        "access": ("Pedido de acesso aos dados",),
        "rectification": ("Retificação de dados",),
        "erasure": ("Apagamento de dados",),
        "restriction": ("Limitação do tratamento",),
        "portability": ("Portabilidade dos dados",),
        "objection": ("Oposição ao tratamento",),
        "consent_withdrawal": ("Retirada do consentimento",),
        "automated_decision": ("Decisão automatizada",),
        "other": ("Encomenda {ref}", "Fatura", "Ausência", "Livre resolução"),
    },
    negatives=(
        "Não consigo aceder à minha conta, a palavra-passe não funciona.",
        "Cancelem a encomenda duplicada {ref}, por favor.",
        "O meu plano de dados móveis acabou a meio do mês.",
        "Onde está a minha encomenda {ref}?",
        "Quero anular a compra online que fiz em {date}; ainda estou dentro dos catorze dias e vou devolver a encomenda.",
        "Estou ausente do escritório até {date}.",
        "Resposta automática: recebemos a sua mensagem.",
        "Novas promoções! Para cancelar a subscrição desta newsletter clique aqui.",
        "Muito obrigado pela ajuda.",
        "A fatura de março tem um erro no valor.",
    ),
    fillers=(
        "Sou cliente há muitos anos.",
        "O meu número de cliente é {ref}.",
        "Já liguei duas vezes para o apoio ao cliente.",
    ),
    behalf=(
        "Escrevo em nome da minha mãe, {other}.",
        "Na qualidade de representante legal de {other}, apresento este pedido.",
    ),
    connectors=("Além disso,", "Por fim,", "E", ""),
    sms=(("por favor", "pf"), ("obrigado", "obg"), ("que", "q")),
)
