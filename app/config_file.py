"""``guichet init``: write a starting ``guichet.toml`` with a fresh secret."""

from __future__ import annotations

import secrets
from pathlib import Path

_TEMPLATE = """\
# Guichet configuration. Every key can be overridden by an environment
# variable: GUICHET_DATABASE_URL, GUICHET_SECRET_KEY, GUICHET_MAILDIR__PATH...
# Relative paths are relative to this file.

# SQLite file (embedded default) or e.g. postgresql+psycopg://guichet@db.example/guichet
database_url = "sqlite:///{db}"

# Signs request references in outgoing Message-IDs. Keep it secret; prefer
# setting GUICHET_SECRET_KEY in production and deleting this line.
secret_key = "{secret}"

[maildir]
path = "{maildir}"          # read by `guichet run`: tmp/ new/ cur/
outbox_path = "{outbox}"    # acknowledgements are written here as .eml files
from_address = "{from_address}"
poll_seconds = 5

[[controllers]]
name = "{name}"
display_name = "{display_name}"
jurisdiction = "eu-gdpr"
country = "FR"
languages = ["fr", "en"]
timezone = "Europe/Paris"
intake_addresses = ["{intake}"]
digest_recipients = ["{dpo}"]
escalation_contacts = ["{dpo}"]
reminder_offsets_days = [7, 3, 1]
# Identity checks, in proportion (Art. 12(6) GDPR). Unless set here: access,
# portability, erasure, rectification and automated_decision need a one-time
# code ("confirm"); objection, consent_withdrawal and restriction need none.
# "manual" (a document, checked by a person) applies only where you set it:
# [controllers.verification]
# kinds = {{ access = "manual" }}   # e.g. health or HR records
"""


def render_config(*, demo: bool) -> str:
    """A complete, valid configuration; the demo one needs no editing at all."""
    if demo:
        values = {
            "name": "exemple", "display_name": "Exemple SARL",
            "intake": "rgpd@exemple.fr", "dpo": "dpo@exemple.fr",
            "from_address": "guichet@exemple.fr",
        }  # fmt: skip
    else:
        values = {
            "name": "my-company", "display_name": "My Company",
            "intake": "privacy@my-company.example", "dpo": "dpo@my-company.example",
            "from_address": "privacy@my-company.example",
        }  # fmt: skip
    return _TEMPLATE.format(
        db="var/guichet.db" if not demo else "guichet.db",
        maildir="var/maildir" if not demo else "maildir",
        outbox="var/outbox" if not demo else "outbox",
        secret=secrets.token_urlsafe(48),
        **values,
    )


def write_config(path: Path, *, demo: bool, force: bool) -> bool:
    """Create ``path``; returns False (and leaves it) when it already exists."""
    if path.exists() and not force:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_config(demo=demo), encoding="utf-8")
    path.chmod(0o600)  # it holds the secret key
    return True
