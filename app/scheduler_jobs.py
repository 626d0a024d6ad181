"""The scheduler of `guichet run`: a few fixed APScheduler jobs over the database.

There are no per-request jobs: the database is the source of truth, and each
job asks it what is due *now*. Three jobs run:

* ``deadline-sweep``: reminders, escalations and extension alerts;
* ``digest-check``: daily and weekly digests whose local due time has come;
* ``retention-purge``: daily at 03:00 UTC, deletes closed requests past their
  controller's retention period (the register keeps a pseudonymised row).

Delivering the outbox stays in the run loop (`app.serve`), which already
sends pending entries every ``poll_seconds``.

Job settings, chosen deliberately:

* ``coalesce=True``: if the process was suspended or busy and several runs
  of a job were missed, run it once, not once per missed interval; a sweep
  catches up everything that is due in a single run.
* ``misfire_grace_time=None``: a late run is never skipped, however late;
  skipping would delay reminders by a whole interval for nothing.
* ``max_instances=1``: a sweep slower than its interval does not overlap
  itself (across processes the unique dedupe keys are the guard).
* ``next_run_time=now``: both jobs run as soon as the process starts, so a
  restart after hours of downtime sends what was missed straight away. The
  job store is in memory on purpose: nothing about the schedule needs to
  survive a restart, because the sweeps rebuild it from the database.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.runtime import utc_now
from config import ControllerSettings, Settings
from intake.lifecycle.retention import PurgeReport, run_purge
from scheduler.digests import sweep_digests
from scheduler.sweeps import sweep_deadlines

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]
JOB_DEFAULTS: dict[str, Any] = {"coalesce": True, "misfire_grace_time": None, "max_instances": 1}


def _per_controller(
    sessions: sessionmaker[Session],
    settings: Settings,
    work: Callable[[Session, ControllerSettings], dict[str, int]],
    what: str,
) -> dict[str, int]:
    totals: Counter[str] = Counter()
    for controller in settings.controllers:
        # One transaction per controller: a failure (e.g. the database is
        # briefly unreachable) loses nothing, the next run does it again.
        with sessions() as session:
            try:
                totals.update(work(session, controller))
                session.commit()
            except SQLAlchemyError as exc:
                session.rollback()
                log.warning("%s for %s failed (%s); retried next run", what, controller.name,
                            type(exc).__name__)  # fmt: skip
    return dict(totals)


def run_deadline_sweeps(
    sessions: sessionmaker[Session], settings: Settings, now: datetime
) -> dict[str, int]:
    """Sweep every controller once; returns entries written by purpose."""
    written = _per_controller(
        sessions, settings, lambda s, c: sweep_deadlines(s, c, now).written, "deadline sweep"
    )
    if written:
        log.info("deadline sweep wrote %s", written)
    return written


def run_digest_checks(
    sessions: sessionmaker[Session], settings: Settings, now: datetime
) -> dict[str, int]:
    """Write every digest that is due; returns entries written by digest kind."""
    written = _per_controller(
        sessions, settings, lambda s, c: sweep_digests(s, c, now), "digest check"
    )
    if written:
        log.info("digest check wrote %s", written)
    return written


def run_due_work(sessions: sessionmaker[Session], settings: Settings, now: datetime) -> int:
    """One deadline sweep and one digest check (``guichet run --once``)."""
    swept = run_deadline_sweeps(sessions, settings, now)
    digested = run_digest_checks(sessions, settings, now)
    return sum(swept.values()) + sum(digested.values())


def run_retention_purge(
    sessions: sessionmaker[Session], settings: Settings, now: datetime
) -> PurgeReport:
    """Purge what every controller's retention period allows (the purge logs counts)."""
    return run_purge(sessions, settings=settings, now=now)


def build_scheduler(
    sessions: sessionmaker[Session], settings: Settings, clock: Clock
) -> BackgroundScheduler:
    """The two fixed jobs, not started yet (see the module docstring for the settings).

    ``clock`` is what the sweeps take as "now"; APScheduler itself runs on
    the real clock, so the first runs are due immediately either way.
    """
    scheduler = BackgroundScheduler(timezone=UTC, job_defaults=dict(JOB_DEFAULTS))
    minutes = settings.scheduler
    scheduler.add_job(
        lambda: run_deadline_sweeps(sessions, settings, clock()), "interval",
        minutes=minutes.sweep_minutes, id="deadline-sweep", next_run_time=utc_now(),
    )  # fmt: skip
    scheduler.add_job(
        lambda: run_digest_checks(sessions, settings, clock()), "interval",
        minutes=minutes.digest_check_minutes, id="digest-check", next_run_time=utc_now(),
    )  # fmt: skip
    scheduler.add_job(
        lambda: run_retention_purge(sessions, settings, clock()), "cron",
        hour=3, minute=0, id="retention-purge",
    )  # fmt: skip
    return scheduler


def start_scheduler(
    sessions: sessionmaker[Session], settings: Settings, clock: Clock
) -> BackgroundScheduler:
    """Build and start the jobs in a background thread."""
    scheduler = build_scheduler(sessions, settings, clock)
    scheduler.start()
    return scheduler
