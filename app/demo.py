"""``guichet demo feed``: deliver the sample messages into the Maildir, once."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from app.demo_samples import INTAKE, SAMPLES, Sample


def _as_email(sample: Sample, sent: datetime) -> bytes:
    message = EmailMessage()
    if sample.sender:
        message["From"] = sample.sender
    message["To"] = INTAKE
    message["Subject"] = sample.subject
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = f"<{sample.message_id}>"
    for name, value in sample.headers.items():
        del message[name]
        message[name] = value
    message.set_content(sample.body)
    return message.as_bytes()


def _already_delivered(maildir: Path, tag: str) -> bool:
    return any(tag in p.name for sub in ("new", "cur") for p in (maildir / sub).glob("*"))


def feed_samples(maildir: Path, *, now: datetime) -> int:
    """Write the samples into ``maildir/new`` the way an MTA would.

    Each sample has a fixed tag in its file name, so feeding twice writes
    nothing the second time.

    Returns:
        How many files were written.
    """
    for sub in ("tmp", "new", "cur"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    written = 0
    for index, sample in enumerate(SAMPLES, start=1):
        tag = f".demo{index:02d}."
        if _already_delivered(maildir, tag):
            continue
        arrived = now - timedelta(minutes=37 * (len(SAMPLES) - index))
        name = f"{int(arrived.timestamp())}{tag}guichet"
        tmp = maildir / "tmp" / name
        tmp.write_bytes(_as_email(sample, arrived))
        tmp.rename(maildir / "new" / name)  # the Maildir delivery protocol: tmp, then new
        written += 1
    return written
