"""Formal-letter material in Portuguese (written for this project)."""
# ruff: noqa: E501  (one phrase per line reads better than wrapped strings)

from __future__ import annotations

from nlp.gdpr_articles import GDPR_ARTICLES
from nlp.training_data.lexicon import LetterBook

PORTUGUESE = LetterBook(
    lang="pt",
    articles={
        **{k: f"{v}.º" for k, v in GDPR_ARTICLES.items()},
        "consent_withdrawal": "7.º, n.º 3",
    },
    cites=(
        "o artigo {art} do RGPD",
        "o art. {art} RGPD",
        "o artigo {art} do Regulamento (UE) 2016/679",
    ),
    rights={
        "access": (
            "Ao abrigo d{cite}, solicito que me confirmem se tratam dados pessoais que me digam respeito e, em caso afirmativo, que me enviem uma cópia.",
            "Pela presente, exerço o direito de acesso previsto n{cite}.",
        ),
        "rectification": (
            "Nos termos d{cite}, peço que retifiquem sem demora a minha morada, que consta incorretamente dos vossos registos.",
            "Exerço o direito de retificação ({cite}): a data de nascimento no meu processo está errada.",
        ),
        "erasure": (
            "Nos termos d{cite}, solicito o apagamento de todos os meus dados pessoais sem demora injustificada.",
            "Peço que encerrem a minha conta e eliminem todos os dados associados, como me permite {cite}.",
        ),
        "restriction": (
            "Ao abrigo d{cite}, solicito a limitação do tratamento dos meus dados enquanto verificam a sua exatidão.",
            "Enquanto o litígio estiver pendente, não apaguem os meus dados, mas deixem de os utilizar ({cite}).",
        ),
        "portability": (
            "Nos termos d{cite}, pretendo receber os dados que vos forneci num formato estruturado, de uso corrente e de leitura automática.",
            "Peço que transmitam os meus dados diretamente ao meu novo fornecedor, {company} ({cite}).",
        ),
        "objection": (
            "Por motivos relacionados com a minha situação particular, oponho-me, ao abrigo d{cite}, ao tratamento dos meus dados com base no vosso interesse legítimo.",
            "Oponho-me à utilização dos meus dados para marketing direto e à definição de perfis associada ({cite}).",
            "Peço que me retirem de todas as listas publicitárias e deixem de me enviar comunicações comerciais.",
        ),
        "consent_withdrawal": (
            "Em conformidade com {cite}, retiro o consentimento que dei para o tratamento dos meus dados.",
            "Na medida em que algum tratamento se baseie no meu consentimento, retiro-o com efeito imediato.",
        ),
        "automated_decision": (
            "O meu pedido de {date} foi recusado por uma decisão exclusivamente automatizada; ao abrigo d{cite}, contesto-a e peço intervenção humana.",
            "Contesto a decisão tomada pelo vosso sistema de pontuação e peço que um funcionário a reaprecie e ouça o meu ponto de vista ({cite}).",
        ),
    },
    nouns={
        "access": "pedido de acesso",
        "rectification": "pedido de retificação",
        "erasure": "pedido de apagamento",
        "restriction": "pedido de limitação do tratamento",
        "portability": "pedido de portabilidade",
        "objection": "oposição ao tratamento",
        "consent_withdrawal": "retirada do consentimento",
        "automated_decision": "contestação de uma decisão automatizada",
    },
    reminders=(
        "Em {date} enviei-vos um {noun} com base n{cite}. O prazo de um mês terminou sem resposta, pelo que renovo o pedido.",
        "Insisto: o meu {noun} ({cite}) continua sem resposta. Solicito que lhe deem seguimento de imediato.",
    ),
    items_intro=("Indiquem-me ainda:", "A vossa resposta deve incluir, em especial:"),
    items=(
        "as finalidades do tratamento;",
        "os destinatários ou categorias de destinatários a quem os meus dados foram comunicados;",
        "o prazo de conservação previsto ou os critérios usados para o fixar;",
        "a origem dos dados, se não foram recolhidos junto de mim;",
        "a existência de decisões automatizadas, incluindo a definição de perfis, e a lógica subjacente;",
        "a existência do direito de solicitar a retificação, o apagamento ou a limitação e de se opor ao tratamento;",
    ),
    openings=("Exmos. Senhores,", "Exmo(a). Encarregado(a) da Proteção de Dados,"),
    closings=("Com os melhores cumprimentos,", "Atenciosamente,"),
    identity=(
        "O meu número de cliente é {ref} e o e-mail associado à conta é {email}.",
        "Junto cópia do meu documento de identificação.",
    ),
    deadlines=(
        "Recordo que dispõem de um mês para responder (artigo 12.º, n.º 3, do RGPD).",
        "Na falta de resposta no prazo legal, apresentarei queixa à CNPD.",
    ),
    negatives=(
        "Exerço o direito de livre resolução de catorze dias relativo à compra de {date} (encomenda {ref}) e devolverei o artigo.",
        "Pretendo desistir do contrato de compra à distância da encomenda {ref}, entregue em {date}, e ser reembolsado.",
        "Contesto a fatura {ref}: o valor debitado não corresponde ao meu tarifário.",
        "A encomenda {ref} de {date} nunca chegou; entreguem-na ou devolvam-me o dinheiro.",
        "Podem explicar-me, em termos gerais, como funciona o direito de acesso do artigo 15.º do RGPD antes de eu decidir exercê-lo?",
        "Apresento queixa à Comissão Nacional de Proteção de Dados contra a {company}, que ignora as minhas cartas.",
    ),
    negative_subjects=(
        "Livre resolução – encomenda {ref}",
        "Reclamação de fatura",
        "Pergunta sobre o RGPD",
    ),
)

BOOKS = (PORTUGUESE,)
