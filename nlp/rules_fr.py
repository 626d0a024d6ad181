"""French rules: the table is ``nlp/rules_fr.txt``; this module documents it.

French is the first language of Guichet, so its table is the most complete:
formal letters ("conformément à l'article 15 du RGPD"), plain mails, chat
and SMS spellings ("jveux supprimer mon compte svp" is normalised to "je
veux supprimer mon compte s'il vous plait" before matching) and the usual
typos ("suprimer", "efacer", "donnés", "conte" for "compte").

Choices encoded in the table (see also ``shared/taxonomy.md``):

* Marketing opt-outs ("désinscrivez-moi", "ne plus être démarché", "arrêtez
  les SMS de pub") vote for the ``marketing_opt_out`` pseudo-label, which
  the engine routes to ``objection`` and records ``consent_withdrawal`` as
  the accepted alternative. An explicit "je retire mon consentement" stays
  ``consent_withdrawal``.
* "Fermer / clôturer / résilier mon compte" is erasure, even without the
  word "données". "Se désinscrire du site" is erasure, from a mailing list
  it is a marketing opt-out.
* "Ce que vous savez sur moi", "quelles données avez-vous" is access.
  "Exporter", "récupérer mes données", "au format CSV", "transmettre à mon
  nouveau fournisseur" is portability; access is added only when a copy is
  asked for as well, and "recevoir mes données dans un format structuré" is
  portability alone (a context rule mutes access there).
* "Ne supprimez pas mes données, j'en ai besoin pour une procédure" is
  restriction (Art. 18(1)(c)), as is "geler / suspendre l'utilisation le
  temps de la vérification"; "cessez d'utiliser mes données" alone is
  objection.
* Borderline, decided: a question about *how to exercise* a right
  ("comment exercer mon droit d'accès ?", "quelle est la procédure pour
  demander...?") is not yet a request. A context rule halves the strength
  of the hits in that question, which leaves them between the review and
  the accept thresholds: the message is labelled ``other`` and sent to
  review, so a human decides and nothing is lost. "Comment supprimer mon
  compte ?" is not such a question: it asks for the deletion itself.
* A status question about an earlier request ("où en est ma demande ?") is
  damped the same way; intake routes such messages by their reference.

Hard negatives (another sense of the same words; when one overlaps a
positive hit the message also goes to review): lost access to an account or
a password ("je n'ai plus accès à mon compte"), deleting an order or a
basket item ("supprimer ma commande"), the mobile "forfait de données",
number portability ("code RIO"), the bank "opposition" on a card or a
direct debit, the consumer "droit de rétractation", cancelling a paid
subscription ("résilier mon abonnement"), delivery addresses and invoices
against rectification, and past events ("l'application a supprimé mes
photos") against erasure. Context rules mute newsletter footers ("pour vous
désinscrire, cliquez ici"), negations ("ne supprimez pas"), and rights only
*listed* in an access letter (in :mod:`nlp.rules_citations`).
"""

from __future__ import annotations

from typing import Final

from nlp.rule_engine import Rule
from nlp.rule_tables import load_table

RULES: Final[tuple[Rule, ...]] = load_table("fr")
