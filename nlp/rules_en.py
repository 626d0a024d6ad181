"""English rules: the table is ``nlp/rules_en.txt``; this module documents it.

The English table mirrors the French one: formal subject access requests
("Under Article 15 of the UK GDPR..."), plain mails, chat spellings ("pls
delete my acct asap" is normalised to "please delete my account as soon as
possible") and requests made on behalf of someone else ("my late mother's
medical records", "my client, Ms Ruiz").

Choices encoded in the table (see also ``shared/taxonomy.md``):

* Marketing opt-outs ("unsubscribe me", "stop calling me", "take me off
  your mailing list", "opt out") vote for the ``marketing_opt_out``
  pseudo-label: routed to ``objection``, with ``consent_withdrawal``
  recorded as the accepted alternative. "I withdraw my consent" stays
  ``consent_withdrawal``.
* "Close / cancel / deactivate my account" is erasure. "What do you know
  about me?" is access. "Export", "download my data", "machine-readable",
  "send it to my new provider" is portability; access only when a copy is
  also asked for.
* "Please don't delete my data, I need it for a tribunal claim", a
  litigation hold or "preserve all records" is restriction; "stop using my
  data until you have checked" is restriction, "stop using my data" alone
  is objection.
* Asking how an automated decision was made adds access to
  ``automated_decision`` (Art. 15(1)(h) gives a right to that explanation).
* Borderline, decided as in French: "How do I exercise my right of
  access?" is a question about a right, labelled ``other`` and sent to
  review (its hits are halved into the review band); "How do I delete my
  account?" is an erasure request.

Hard negatives: being locked out of an account ("I can't access my
account"), deleting an order, a card or a booking ("delete the duplicate
order"), mobile data plans, phone-number porting ("PAC code"), objecting to
a fee, contract withdrawal ("I withdraw from my contract", the consumer
withdrawal form), payment authorisations, cancelling a paid subscription
("unsubscribe from my Premium subscription"), delivery addresses, invoices
and bank details against rectification, and past events ("the update
deleted my photos"). Context rules mute newsletter footers ("you are
receiving this email because..."), negations ("do not delete") and
confidentiality footers ("if you are not the intended recipient, please
delete it").
"""

from __future__ import annotations

from typing import Final

from nlp.rule_engine import Rule
from nlp.rule_tables import load_table

RULES: Final[tuple[Rule, ...]] = load_table("en")
