"""Sample messages for ``make demo``, written for this project.

Names and addresses are fictitious (``example.*`` domains, RFC 2606).
They cover French and English requests of several kinds, non-requests,
robots, a duplicate delivery and one broken message that must end in
quarantine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

INTAKE: Final = "rgpd@exemple.fr"


@dataclass(frozen=True)
class Sample:
    """One demo message; ``headers`` override or add to the defaults."""

    sender: str | None
    subject: str
    body: str
    message_id: str
    headers: dict[str, str] = field(default_factory=dict)
    expect: str = "request"  # request | other | automatic | duplicate | quarantined


SAMPLES: Final[tuple[Sample, ...]] = (
    Sample("claire.martin@example.fr", "Demande d'accès",
           "Bonjour,\n\nConformément à l'article 15 du RGPD, je souhaite obtenir une copie "
           "de toutes les données personnelles que vous détenez à mon sujet.\n\n"
           "Merci d'avance,\nClaire Martin", "demo-01@example.fr"),
    Sample("j.dupont@example.net", "Suppression de mon compte",
           "Madame, Monsieur,\n\nJe vous demande d'effacer l'ensemble de mes données "
           "personnelles et de fermer mon compte client n° 48213.\n\nJean Dupont",
           "demo-02@example.net"),
    Sample("sam.taylor@example.com", "My data",
           "Hi,\n\nPlease send me a copy of the personal data you hold about me, and once "
           "that is done, delete my account.\n\nThanks,\nSam", "demo-03@example.com"),
    Sample("lea.bernard@example.fr", "Erreur d'adresse",
           "Bonjour, mon adresse postale est erronée dans votre fichier. Merci de la "
           "corriger : 12 rue des Lilas, 69003 Lyon.\nLéa Bernard", "demo-04@example.fr"),
    Sample("a.kowalski@example.org", "Objection",
           "Dear Sir or Madam,\n\nI object to the processing of my personal data for "
           "profiling and direct marketing.\n\nAnna Kowalski", "demo-05@example.org"),
    Sample("hugo.petit@example.fr", "Photo sur votre site",
           "Bonjour,\nje retire mon consentement à l'utilisation de ma photo sur votre "
           "site internet.\nHugo", "demo-06@example.fr"),
    Sample("ines.moreau@example.fr", "Export de mes données",
           "Bonjour, pouvez-vous m'envoyer mes données dans un format CSV ou JSON ? "
           "Je veux les transférer vers un autre fournisseur.\nInès", "demo-07@example.fr"),
    Sample("r.okafor@example.co.uk", "Loan decision",
           "Hello,\n\nMy loan application was refused by your automated system. I want a "
           "human to review this decision and explain how it was made.\n\nRichard Okafor",
           "demo-08@example.co.uk"),
    Sample("kev.l@example.fr", "",
           "slt jveux que vous supprimiez tte mes donnees svp merci", "demo-09@example.fr"),
    Sample("m.roux@example.fr", "Ma commande",
           "Bonjour, où en est ma commande n° 55102 ? Elle devait arriver hier.\nMarc",
           "demo-10@example.fr", expect="other"),
    Sample("p.singh@example.com", "Invoice",
           "Hello, could you send me the invoice for my last order? Thank you.",
           "demo-11@example.com", expect="other"),
    Sample("n.garcia@example.fr", "Connexion impossible",
           "Bonjour, je n'ai plus accès à mon compte, mon mot de passe ne fonctionne plus. "
           "Pouvez-vous m'aider ?", "demo-12@example.fr", expect="other"),
    Sample("e.laurent@example.fr", "Limitation",
           "Bonjour, je conteste l'exactitude des informations me concernant. Merci de "
           "limiter le traitement de mes données le temps de votre vérification.",
           "demo-13@example.fr"),
    Sample("MAILER-DAEMON@mx.example.net", "Undelivered Mail Returned to Sender",
           "This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform "
           "you that your message could not be delivered to one or more recipients.\n",
           "demo-14@mx.example.net",
           headers={"Auto-Submitted": "auto-replied", "Return-Path": "<>"}, expect="automatic"),
    Sample("bureau@example.org", "Absence du bureau",
           "Je suis absent jusqu'au 3 décembre. Pour toute demande de suppression de "
           "données, contactez mon collègue.", "demo-15@example.org",
           headers={"Auto-Submitted": "auto-replied"}, expect="automatic"),
    Sample("claire.martin@example.fr", "Demande d'accès",
           "Bonjour,\n\nConformément à l'article 15 du RGPD, je souhaite obtenir une copie "
           "de toutes les données personnelles que vous détenez à mon sujet.\n\n"
           "Merci d'avance,\nClaire Martin", "demo-01@example.fr", expect="duplicate"),
    Sample(None, "Effacement",
           "Supprimez mes données.", "demo-17@example.invalid", expect="quarantined"),
)  # fmt: skip
