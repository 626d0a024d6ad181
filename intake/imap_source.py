"""Taking messages from an IMAP mailbox, each exactly once.

The order of operations is what makes this safe:

1. fetch with ``BODY.PEEK[]`` (reading a message does not mark it read);
2. hand each message to the pipeline, which commits it under the native id
   ``imap:<mailbox>:<UIDVALIDITY>:<UID>`` (a second take of the same UID is a
   no-op there);
3. only then flag it (``\\Seen`` plus our keyword) or move it away;
4. finally advance the checkpoint (highest stored UID of that UIDVALIDITY).

A crash between any two steps repeats at most the current batch, harmlessly.
After a UIDVALIDITY change the old UIDs mean nothing, so the new generation
starts from the messages that do not carry our keyword yet; the pipeline's
Message-ID check is the last net for servers that cannot store keywords.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import ssl
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from imapclient import IMAPClient
from sqlalchemy.orm import Session, sessionmaker

from config.mail_settings import ImapSettings
from intake.email_channel import CHANNEL
from intake.envelope import Envelope
from intake.pipeline import IngestOutcome
from store import imap_checkpoints

log = logging.getLogger(__name__)

TAKEN_KEYWORD = "$GuichetTaken"
_NATIVE_ID_MAX = 255


@dataclass(frozen=True)
class ImapDeps:
    """What a mailbox reader needs from the rest of the application."""

    ingest: Callable[[Envelope], IngestOutcome]
    sessions: sessionmaker[Session]
    clock: Callable[[], datetime]
    ssl_context: ssl.SSLContext | None = None


def connect(settings: ImapSettings, ssl_context: ssl.SSLContext | None = None) -> IMAPClient:
    """Open, secure and log in; every socket operation is bounded by the timeout."""
    context = ssl_context or ssl.create_default_context()
    client = IMAPClient(
        settings.host,
        port=settings.effective_port,
        ssl=settings.security == "tls",
        ssl_context=context,
        timeout=settings.timeout_seconds,
    )
    try:
        if settings.security == "starttls":
            client.starttls(context)
        client.login(settings.username, settings.password.get_secret_value())
    except BaseException:
        # A failed STARTTLS handshake has closed the socket already: keep its
        # error (e.g. the certificate verification) rather than EBADF's.
        with contextlib.suppress(OSError):
            client.shutdown()
        raise
    client.normalise_times = False  # keep INTERNALDATE's zone: it starts the legal clock
    return client


def native_id(mailbox_key: str, uidvalidity: int, uid: int) -> str:
    """The message's identity for the pipeline; stable across restarts."""
    candidate = f"imap:{mailbox_key}:{uidvalidity}:{uid}"
    if len(candidate) <= _NATIVE_ID_MAX:
        return candidate
    digest = hashlib.sha256(mailbox_key.encode()).hexdigest()[:32]
    return f"imap:{digest}:{uidvalidity}:{uid}"


def _batches(uids: Sequence[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(uids), size):
        yield list(uids[start : start + size])


class MailboxReader:
    """Synchronises one mailbox into the pipeline over a connected client."""

    def __init__(self, settings: ImapSettings, deps: ImapDeps) -> None:
        self.settings = settings
        self.deps = deps
        self.key = settings.mailbox_key

    def prepare(self, client: IMAPClient) -> None:
        """Create the processed folder when messages are to be moved there."""
        if self.settings.processed_action == "move" and not client.folder_exists(
            self.settings.processed_folder
        ):
            client.create_folder(self.settings.processed_folder)

    def sync(self, client: IMAPClient, should_stop: Callable[[], bool] = lambda: False) -> int:
        """Take every message not yet stored; return how many were handed to the pipeline."""
        # (Re)selecting is cheap and returns the current UIDVALIDITY, which
        # is what tells us whether our UIDs still mean the same messages.
        uidvalidity = int(client.select_folder(self.settings.folder)[b"UIDVALIDITY"])
        with self.deps.sessions() as session:
            last = imap_checkpoints.last_uid(session, mailbox=self.key, uidvalidity=uidvalidity)
        if last is None:
            # A new generation (first start or UIDVALIDITY changed): what we
            # took before carries our keyword.
            log.info("imap %s: new UIDVALIDITY %d, resynchronising", self._tag, uidvalidity)
            uids = sorted(client.search(["NOT", "KEYWORD", TAKEN_KEYWORD]))
        else:
            # "n:*" also matches the highest UID when it is below n: filter.
            uids = sorted(uid for uid in client.search(["UID", f"{last + 1}:*"]) if uid > last)
        taken = 0
        for batch in _batches(uids, self.settings.batch_size):
            if should_stop():
                break
            taken += self._take_batch(client, uidvalidity, batch, should_stop)
        return taken

    @property
    def _tag(self) -> str:
        """A log label that names the mailbox without its user name."""
        return f"{self.settings.host}/{self.settings.folder}"

    def _take_batch(
        self,
        client: IMAPClient,
        uidvalidity: int,
        batch: list[int],
        should_stop: Callable[[], bool],
    ) -> int:
        fetched: dict[int, dict[bytes, Any]] = client.fetch(batch, ["BODY.PEEK[]", "INTERNALDATE"])
        stored: list[int] = []
        for uid in batch:
            item = fetched.get(uid)
            if item is None or b"BODY[]" not in item:
                continue  # expunged by someone else meanwhile
            if should_stop():
                break
            self.deps.ingest(self._envelope(uidvalidity, uid, item))
            stored.append(uid)
        if not stored:
            return 0
        self._mark_processed(client, stored)
        with self.deps.sessions() as session:
            imap_checkpoints.advance(
                session, mailbox=self.key, uidvalidity=uidvalidity, uid=max(stored),
                now=self.deps.clock(),
            )  # fmt: skip
            session.commit()
        return len(stored)

    def _envelope(self, uidvalidity: int, uid: int, item: dict[bytes, Any]) -> Envelope:
        internal = item.get(b"INTERNALDATE")
        if isinstance(internal, datetime) and internal.tzinfo is not None:
            received_at = internal.astimezone(UTC)
        else:
            received_at = self.deps.clock()
        return Envelope(
            channel=CHANNEL,
            native_id=native_id(self.key, uidvalidity, uid),
            raw=bytes(item[b"BODY[]"]),
            raw_format="rfc822",
            received_at=received_at,
        )

    def _mark_processed(self, client: IMAPClient, uids: list[int]) -> None:
        """Flag (or move) messages whose storage is committed."""
        flags = [TAKEN_KEYWORD.encode()]
        if self.settings.processed_action == "seen":
            client.add_flags(uids, [b"\\Seen", *flags], silent=True)
            return
        client.add_flags(uids, flags, silent=True)
        if client.has_capability("MOVE"):
            client.move(uids, self.settings.processed_folder)
            return
        client.copy(uids, self.settings.processed_folder)
        client.add_flags(uids, [b"\\Deleted"], silent=True)
        if client.has_capability("UIDPLUS"):
            client.uid_expunge(uids)
        else:  # pragma: no cover - every server we know has UIDPLUS
            client.expunge()
