"""The embedded default channel: a Maildir, as Postfix and Dovecot deliver it.

A message is taken from ``new/`` and moved to ``cur/`` (flagged Seen) only
after the database has committed it, so a crash at any point leaves it in
``new/`` to be taken again, and the pipeline's ``(channel, native_id)``
check makes that second take harmless.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from intake.email_channel import CHANNEL
from intake.envelope import Envelope
from intake.pipeline import IngestOutcome

log = logging.getLogger(__name__)
SUBFOLDERS = ("tmp", "new", "cur")


def _key(filename: str) -> str:
    """The unique part of a Maildir file name (before the ``:2,`` info)."""
    return filename.split(":", 1)[0]


def _delivery_time(path: Path) -> datetime:
    """When the MTA delivered the file: the leading timestamp, else mtime.

    Maildir names start with the delivery time in seconds; it survives
    copies and backups that would reset the mtime.
    """
    head = path.name.split(".", 1)[0]
    if head.isdigit() and 946_684_800 <= int(head) <= 4_102_444_800:  # 2000..2100
        return datetime.fromtimestamp(int(head), UTC)
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


@dataclass(frozen=True)
class MaildirPassReport:
    """What one pass over ``new/`` did, by outcome status."""

    taken: int
    statuses: dict[str, int]


class MaildirSource:
    """Reads messages from a Maildir folder, one file at a time."""

    def __init__(self, root: Path) -> None:
        self.root = root
        for sub in SUBFOLDERS:
            (root / sub).mkdir(parents=True, exist_ok=True)

    def pending(self) -> Iterator[Path]:
        """Files waiting in ``new/``, oldest delivery first (names sort by time)."""
        paths = sorted((self.root / "new").iterdir(), key=lambda p: p.name)
        yield from (p for p in paths if not p.name.startswith("."))

    def envelope(self, path: Path) -> Envelope:
        """The envelope for one file in ``new/``."""
        return Envelope(
            channel=CHANNEL,
            native_id=f"maildir:{_key(path.name)}",
            raw=path.read_bytes(),
            raw_format="rfc822",
            received_at=_delivery_time(path),
        )

    def mark_taken(self, path: Path) -> None:
        """Move a committed message to ``cur/`` with the Seen flag."""
        target = self.root / "cur" / f"{_key(path.name)}:2,S"
        try:
            path.rename(target)
        except FileNotFoundError:
            # Someone (another run, a mail client) moved it already.
            log.debug("maildir file already gone: %s", path.name)


def run_maildir_pass(
    source: MaildirSource,
    ingest: Callable[[Envelope], IngestOutcome],
    *,
    limit: int | None = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> MaildirPassReport:
    """Take every message waiting in ``new/`` (at most ``limit``).

    Args:
        source: The Maildir.
        ingest: Usually :meth:`intake.pipeline.Pipeline.ingest`.
        limit: Stop after this many messages.
        should_stop: Checked between messages, for a clean shutdown.
    """
    statuses: dict[str, int] = {}
    taken = 0
    for path in source.pending():
        if should_stop() or (limit is not None and taken >= limit):
            break
        try:
            envelope = source.envelope(path)
        except FileNotFoundError:
            continue
        outcome = ingest(envelope)
        source.mark_taken(path)
        taken += 1
        statuses[outcome.status] = statuses.get(outcome.status, 0) + 1
    return MaildirPassReport(taken=taken, statuses=statuses)
