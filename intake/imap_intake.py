"""Keeping IMAP mailboxes in sync: one worker thread per mailbox, IDLE or poll.

The blocking IMAP client lives in its own thread, never on an event loop;
:class:`ImapIntake` is a plain start/stop object a run loop or a scheduler can
own. Any error (server restart, network cut, database hiccup) closes the
connection; the worker waits (doubling up to ``reconnect_max_seconds``),
reconnects and resynchronises from the checkpoint, so nothing is skipped.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence

from imapclient import IMAPClient

from config.mail_settings import ImapSettings
from intake.imap_source import ImapDeps, MailboxReader, connect

log = logging.getLogger(__name__)

# How often a blocked IDLE wakes up to notice a stop request.
_IDLE_TICK_SECONDS = 1.0


def _is_news(response: object) -> bool:
    """An untagged response that may mean new mail (EXISTS, RECENT) or a goodbye."""
    return isinstance(response, tuple) and any(
        part in (b"EXISTS", b"RECENT", b"BYE") for part in response if isinstance(part, bytes)
    )


class ImapIntake:
    """Takes mail from every configured IMAP mailbox until stopped."""

    def __init__(
        self,
        mailboxes: Sequence[ImapSettings],
        deps: ImapDeps,
        *,
        connector: Callable[[ImapSettings], IMAPClient] | None = None,
    ) -> None:
        self._readers = [MailboxReader(settings, deps) for settings in mailboxes]
        self._connect = connector or (lambda settings: connect(settings, deps.ssl_context))
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self.taken = 0  # messages handed to the pipeline since start (all threads)
        self._count_lock = threading.Lock()

    def run_once(self) -> int:
        """Connect to each mailbox, take what is waiting, log out; return the count.

        A mailbox that cannot be reached is logged and skipped: the next run
        resumes from its checkpoint.
        """
        taken = 0
        for reader in self._readers:
            try:
                with self._connect(reader.settings) as client:
                    reader.prepare(client)
                    taken += reader.sync(client, self._stop.is_set)
            except Exception as exc:  # one unreachable mailbox must not stop the others
                log.warning("imap %s: pass failed (%s)", _label(reader), type(exc).__name__)
        self._count(taken)
        return taken

    def start(self) -> None:
        """Start one daemon worker per mailbox."""
        if self._threads:
            raise RuntimeError("IMAP intake already started")
        self._stop.clear()
        for index, reader in enumerate(self._readers):
            thread = threading.Thread(
                target=self._serve, args=(reader,), name=f"imap-{index}", daemon=True
            )
            self._threads.append(thread)
            thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Ask the workers to finish the message in hand and wait for them."""
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout)
        self._threads = []

    @property
    def running(self) -> bool:
        """True while at least one worker is alive."""
        return any(thread.is_alive() for thread in self._threads)

    def _count(self, taken: int) -> None:
        with self._count_lock:
            self.taken += taken

    def _serve(self, reader: MailboxReader) -> None:
        delay = 1.0
        while not self._stop.is_set():
            try:
                with self._connect(reader.settings) as client:
                    delay = 1.0
                    reader.prepare(client)
                    self._count(reader.sync(client, self._stop.is_set))
                    if reader.settings.idle and client.has_capability("IDLE"):
                        self._idle_loop(client, reader)
                    else:
                        self._poll_loop(client, reader)
            except Exception as exc:  # reconnect and resync on any failure
                if self._stop.is_set():
                    break
                log.warning(
                    "imap %s: %s; reconnecting in %.0f s", _label(reader), type(exc).__name__, delay
                )
                self._stop.wait(delay)
                delay = min(delay * 2, reader.settings.reconnect_max_seconds)

    def _idle_loop(self, client: IMAPClient, reader: MailboxReader) -> None:
        """IDLE until news or renewal time, then synchronise; repeat until stopped."""
        while not self._stop.is_set():
            client.idle()
            started = time.monotonic()
            tick_seconds = min(_IDLE_TICK_SECONDS, reader.settings.idle_renew_seconds)
            hasty = 0
            try:
                while not self._stop.is_set():
                    tick = time.monotonic()
                    responses = client.idle_check(timeout=tick_seconds)
                    if any(map(_is_news, responses)):
                        break
                    # imapclient returns [] at once on a closed socket: a few
                    # such returns in a row mean the server went away.
                    hasty = hasty + 1 if not responses and time.monotonic() - tick < 0.1 else 0
                    if hasty >= 3:
                        break
                    if time.monotonic() - started >= reader.settings.idle_renew_seconds:
                        break  # renew well before the server's 30-minute limit
            finally:
                client.idle_done()
            # Also after a plain renewal: a cheap UID SEARCH doubles as a poll.
            self._count(reader.sync(client, self._stop.is_set))

    def _poll_loop(self, client: IMAPClient, reader: MailboxReader) -> None:
        """For servers without IDLE: look again every ``poll_seconds``."""
        while not self._stop.wait(reader.settings.poll_seconds):
            client.noop()
            self._count(reader.sync(client, self._stop.is_set))


def _label(reader: MailboxReader) -> str:
    return f"{reader.settings.host}/{reader.settings.folder}"
