"""Benchmark: IMAP intake end to end versus a raw imapclient fetch of the same mailbox.

Starts a private Dovecot (as the tests do; needs root and ``dovecot-imapd``),
APPENDs realistic messages (French and English requests, HTML-only mail,
quoted replies, attachments, auto-replies, bounces, non-requests), then:

* raw: ``UID FETCH BODY.PEEK[]`` of every message in batches, nothing else;
* end to end: :class:`intake.imap_intake.ImapIntake` — fetch, parse, screen,
  classify, file with deadlines, queue the acknowledgement, commit, flag.

Run ``make bench-email`` (or ``python -m bench.email_intake --count 500``).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import func, select

from intake.imap_intake import ImapIntake
from intake.imap_source import ImapDeps
from store.db import make_engine
from store.migrate import upgrade
from store.models import Message, OutboxEntry
from tests.intake.helpers import INTAKE, make_harness
from tests.intake.mail_servers import Dovecot

_REQUESTS = (
    ("fr", "Bonjour,\n\nJe souhaite recevoir une copie de toutes les données personnelles "
           "que vous détenez sur moi (article 15 du RGPD).\n\nCordialement,\n{name}"),
    ("fr", "Madame, Monsieur,\n\nMerci de supprimer mon compte client et l'ensemble de mes "
           "données. Je retire mon consentement à la prospection.\n\n{name}"),
    ("en", "Hello,\n\nUnder Article 15 GDPR I request access to my personal data and a copy "
           "of it in a portable format.\n\nBest regards,\n{name}"),
    ("en", "Hi, please correct my postal address in your records, it is wrong since I moved."
           "\n\nThanks,\n{name}"),
    ("fr", "Bonjour, où en est ma commande n° 4471 ? Merci de me répondre.\n\n{name}"),
)  # fmt: skip
_QUOTE = (
    "\n\nLe 3 mars 2027 à 10:02, Service client a écrit :\n> Bonjour,\n> merci de votre message.\n"
)


def _message(i: int) -> bytes:
    """The i-th message of a realistic mix (about one in eight is from a robot)."""
    language, body = _REQUESTS[i % len(_REQUESTS)]
    name = f"Personne {i}"
    message = EmailMessage()
    message["From"] = f"{name} <person{i}@example.org>"
    message["To"] = INTAKE
    message["Subject"] = "Demande RGPD" if language == "fr" else "GDPR request"
    message["Message-ID"] = f"<bench-{i}@example.org>"
    message["Date"] = "Fri, 05 Mar 2027 10:00:00 +0100"
    message["Authentication-Results"] = "mx.acme.example; spf=pass; dkim=pass; dmarc=pass"
    text = body.format(name=name)
    kind = i % 8
    if kind == 6:
        message["Auto-Submitted"] = "auto-replied"
        message.replace_header("Subject", "Absence du bureau")
        text = "Je suis absent jusqu'au 15 mars."
    elif kind == 7:
        message.replace_header("From", "MAILER-DAEMON@mx.example.org")
        message.replace_header("Subject", "Undelivered Mail Returned to Sender")
        text = "This is the mail system. Your message could not be delivered."
    if kind == 3:  # HTML only
        html = "".join(f"<p>{line}</p>" for line in text.split("\n") if line)
        message.set_content(f"<html><body>{html}</body></html>", subtype="html")
    else:
        message.set_content(text + (_QUOTE if kind == 2 else ""))
    if kind == 4:
        message.add_alternative(f"<html><body><pre>{text}</pre></body></html>", subtype="html")
    if kind == 5:
        message.add_attachment(b"%PDF-1.4 " + bytes(20_000), "application", "pdf",
                               filename="piece-identite.pdf")  # fmt: skip
    return message.as_bytes()


def _raw_fetch(server: Dovecot, batch: int) -> tuple[int, float]:
    started = time.perf_counter()
    count = 0
    with server.client() as client:
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search("ALL"))
        for start in range(0, len(uids), batch):
            fetched = client.fetch(uids[start : start + batch], ["BODY.PEEK[]", "INTERNALDATE"])
            count += sum(1 for item in fetched.values() if b"BODY[]" in item)
    return count, time.perf_counter() - started


def main() -> None:
    """Run the benchmark and print messages per second."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--db-url", help="default: a fresh SQLite file")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="guichet-bench-"))
    root.chmod(0o755)
    server = Dovecot(root)
    server.start()
    try:
        for start in range(0, args.count, 200):
            stop = min(start + 200, args.count)
            server.append("INBOX", *(_message(i) for i in range(start, stop)))
        raw_count, raw_seconds = _raw_fetch(server, args.batch)

        harness = make_harness(root, args.db_url or f"sqlite:///{root / 'bench.db'}")
        upgrade(make_engine(harness.settings.database_url))
        harness.clock.now = datetime.now(UTC)
        deps = ImapDeps(
            ingest=harness.pipeline.ingest, sessions=harness.sessions, clock=harness.clock
        )
        intake = ImapIntake([server.settings(batch_size=args.batch)], deps)
        started = time.perf_counter()
        taken = intake.run_once()
        e2e_seconds = time.perf_counter() - started
        with harness.sessions() as session:
            stored = session.scalar(select(func.count()).select_from(Message))
            acks = session.scalar(select(func.count()).select_from(OutboxEntry))
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)

    raw_rate, e2e_rate = raw_count / raw_seconds, taken / e2e_seconds
    print(f"messages appended          {args.count}")
    print(f"raw imapclient fetch       {raw_count} in {raw_seconds:.2f} s = {raw_rate:,.0f} msg/s")
    print(f"end-to-end intake          {taken} in {e2e_seconds:.2f} s = {e2e_rate:,.0f} msg/s")
    print(f"  stored {stored}, acknowledgements queued {acks}")
    print(f"ratio end-to-end / raw     {e2e_rate / raw_rate:.3f}")


if __name__ == "__main__":
    main()
