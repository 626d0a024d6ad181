"""``guichet run``: take messages in and deliver the outbox until told to stop."""

from __future__ import annotations

import logging
import signal
import threading
from dataclasses import dataclass, field
from types import FrameType

from app.runtime import Runtime, build_imap_intake, utc_now
from app.scheduler_jobs import run_due_work, start_scheduler
from intake.delivery import deliver_email_outbox
from intake.maildir import MaildirSource, run_maildir_pass

log = logging.getLogger(__name__)


@dataclass
class RunTotals:
    """Counts over the whole run, for the closing summary."""

    taken: int = 0
    sent: int = 0
    failed_deliveries: int = 0
    statuses: dict[str, int] = field(default_factory=dict)


def _one_pass(runtime: Runtime, source: MaildirSource, stop: threading.Event) -> RunTotals:
    settings = runtime.settings
    report = run_maildir_pass(source, runtime.pipeline.ingest, should_stop=stop.is_set)
    delivery = deliver_email_outbox(
        sessions=runtime.sessions,
        transport=runtime.transport,
        from_address=settings.maildir.from_address,
        from_name="Guichet",
        clock=utc_now,
    )
    return RunTotals(report.taken, delivery.sent, delivery.failed, dict(report.statuses))


def run(runtime: Runtime, *, once: bool, stop: threading.Event | None = None) -> RunTotals:
    """Poll the Maildir (and any IMAP mailboxes) and deliver the outbox.

    Args:
        runtime: The wired application.
        once: Do a single pass (take what is waiting, deliver, return).
        stop: Set it to end the loop after the current message.
    """
    stop = stop or threading.Event()
    source = MaildirSource(runtime.settings.maildir.path)
    totals = RunTotals()
    imap = build_imap_intake(runtime)  # None unless [[imap]] mailboxes are configured
    if imap is not None and once:
        totals.taken += imap.run_once()
    elif imap is not None:
        imap.start()  # its own threads; the loop below keeps the Maildir and the outbox
    # Sweeps and digests: once, before the pass delivers what they wrote; or
    # as background jobs (app.scheduler_jobs) for as long as the loop runs.
    if once:
        run_due_work(runtime.sessions, runtime.settings, utc_now())
    jobs = None if once else start_scheduler(runtime.sessions, runtime.settings, utc_now)
    try:
        while True:
            current = _one_pass(runtime, source, stop)
            totals.taken += current.taken
            totals.sent += current.sent
            totals.failed_deliveries += current.failed_deliveries
            for status, count in current.statuses.items():
                totals.statuses[status] = totals.statuses.get(status, 0) + count
            if current.taken:
                log.info("took %d message(s): %s", current.taken, current.statuses)
            if once or stop.wait(runtime.settings.maildir.poll_seconds):
                return totals
    finally:
        if jobs is not None:
            jobs.shutdown(wait=True)
        if imap is not None:
            imap.stop()


def stop_on_signals(stop: threading.Event) -> None:
    """Finish the message in hand, then stop, on SIGTERM or SIGINT."""

    def _handler(signum: int, _frame: FrameType | None) -> None:
        log.info("signal %d: stopping after the current message", signum)
        stop.set()

    signal.signal(signal.SIGTERM, _handler)
    signal.signal(signal.SIGINT, _handler)
