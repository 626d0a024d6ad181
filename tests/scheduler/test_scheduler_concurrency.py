"""Two schedulers at once write nothing twice; a restart sends what it missed, once."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import OperationalError

from app.scheduler_jobs import JOB_DEFAULTS, build_scheduler, run_due_work
from config import Settings
from scheduler.digests import sweep_digests
from scheduler.sweeps import sweep_deadlines
from store.db import make_session_factory
from store.models import OutboxEntry
from store.scheduler_models import DigestRun
from tests.intake.helpers import SECRET
from tests.scheduler.sweep_helpers import Spec, controller_settings, file_requests, outbox

MONDAY_0700_PARIS = datetime(2027, 3, 8, 6, 0, tzinfo=UTC)
RECIPIENTS = ("dpo@acme.example", "legal@acme.example")


def _fill(engine: Engine, count: int = 120) -> None:
    with make_session_factory(engine)() as session:
        start = date(2027, 3, 1)
        file_requests(session, [Spec(due=start + timedelta(days=i % 20)) for i in range(count)])
        session.commit()


def _sweep_all(session: Any, now: datetime) -> int:
    controller = controller_settings(recipients=RECIPIENTS)
    written = sum(sweep_deadlines(session, controller, now).written.values())
    return written + sum(sweep_digests(session, controller, now, chats=lambda *_: []).values())


def _run_racing(engine: Engine, work: Callable[[Any], int], *, hold: float) -> list[int | str]:
    """Run ``work`` in two threads; the first holds its transaction open ``hold`` seconds."""
    sessions = make_session_factory(engine)
    first_done = threading.Event()
    results: list[int | str] = [0, 0]

    def scheduler(index: int) -> None:
        if index == 1:
            first_done.wait(10)  # start while the first one's writes are uncommitted
        with sessions() as session:
            try:
                results[index] = work(session)
                if index == 0:
                    first_done.set()
                    time.sleep(hold)
                session.commit()
            except OperationalError:  # SQLite: "database is locked"; the job retries later
                session.rollback()
                results[index] = "retry"
            except Exception as exc:  # e.g. IntegrityError: the test must see it
                session.rollback()
                results[index] = type(exc).__name__
            finally:
                first_done.set()

    threads = [threading.Thread(target=scheduler, args=(i,)) for i in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


def test_two_schedulers_at_once_write_each_notification_once(engine: Engine) -> None:
    _fill(engine)
    now = MONDAY_0700_PARIS + timedelta(hours=2)
    sessions = make_session_factory(engine)
    with sessions() as session:  # yesterday's run: the digest baseline
        _sweep_all(session, now - timedelta(days=1))
        session.query(OutboxEntry).delete()
        session.commit()

    first, second = _run_racing(engine, lambda s: _sweep_all(s, now), hold=0.5)
    with sessions() as session:
        total = session.scalar(select(func.count()).select_from(OutboxEntry))
        distinct = session.scalar(select(func.count(func.distinct(OutboxEntry.dedupe_key))))
        retry = _sweep_all(session, now)  # what the loser's next run finds: nothing
        session.commit()
    assert isinstance(first, int) and first > 100
    assert total == distinct == first
    assert retry == 0
    if engine.dialect.name == "postgresql":
        # The second scheduler saw no committed entries, rendered them all, and its
        # inserts waited for the first commit, then did nothing: no error, no twin.
        assert second == 0
    else:
        assert second in (0, "retry")  # SQLite serialises writers


def test_simultaneous_start(engine: Engine) -> None:
    _fill(engine)
    now = MONDAY_0700_PARIS + timedelta(days=2)
    first, second = _run_racing(engine, lambda s: _sweep_all(s, now), hold=0.0)
    with make_session_factory(engine)() as session:
        total = session.scalar(select(func.count()).select_from(OutboxEntry))
        assert total == len({e.dedupe_key for e in outbox(session)})
    counts = [r for r in (first, second) if isinstance(r, int)]
    assert sum(counts) == total > 0


def _settings(db_url: str) -> Settings:
    return Settings(
        database_url=db_url, secret_key=SECRET,  # type: ignore[arg-type]
        controllers=[controller_settings(recipients=RECIPIENTS)],
    )  # fmt: skip


def _digests(engine: Engine) -> list[tuple[str, date, int]]:
    with make_session_factory(engine)() as session:
        rows = session.execute(
            select(DigestRun.kind, DigestRun.period, DigestRun.entries).order_by(
                DigestRun.period, DigestRun.kind
            )
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_restart_after_hours_of_downtime_sends_what_was_missed_once(
    engine: Engine, db_url: str
) -> None:
    _fill(engine, count=20)
    settings, sessions = _settings(db_url), make_session_factory(engine)
    before = MONDAY_0700_PARIS - timedelta(days=1)  # Sunday 07:00 in Paris: last run
    run_due_work(sessions, settings, before)
    assert [k for k, _, n in _digests(engine) if n] == []  # first sight: baselines only
    with sessions() as session:
        reminders_before = len(outbox(session))

    # Down from Sunday 07:00 to Monday 17:00: Sunday's and Monday's 08:00 digests
    # and Monday's weekly digest were missed. A restart sends the latest of each, once.
    restart = MONDAY_0700_PARIS + timedelta(hours=10)
    clock = [restart]
    scheduler = build_scheduler(sessions, settings, lambda: clock[0])
    scheduler.start()
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and len(_digests(engine)) < 4:
            time.sleep(0.05)
        time.sleep(0.3)  # let the deadline sweep finish too
    finally:
        scheduler.shutdown(wait=True)
    assert _digests(engine) == [
        ("weekly", date(2027, 3, 1), 0),
        ("daily", date(2027, 3, 6), 0),
        ("daily", date(2027, 3, 8), len(RECIPIENTS)),
        ("weekly", date(2027, 3, 8), len(RECIPIENTS)),
    ]
    with sessions() as session:
        after_restart = len(outbox(session))
    assert after_restart > reminders_before + 2 * len(RECIPIENTS)  # new reminder stages too

    for later in (restart, restart + timedelta(minutes=5), restart + timedelta(hours=1)):
        assert run_due_work(sessions, settings, later) == 0  # the next runs, another restart
    with sessions() as session:
        assert len(outbox(session)) == after_restart


def test_jobs_are_configured_deliberately(engine: Engine, db_url: str) -> None:
    scheduler = build_scheduler(
        make_session_factory(engine), _settings(db_url), lambda: MONDAY_0700_PARIS
    )
    scheduler.start(paused=True)  # jobs get their defaults once added to a started scheduler
    try:
        jobs = {job.id: job for job in scheduler.get_jobs()}
        assert set(jobs) == {"deadline-sweep", "digest-check", "retention-purge"}
        for job in jobs.values():
            assert (job.coalesce, job.misfire_grace_time, job.max_instances) == (True, None, 1)
        for name in ("deadline-sweep", "digest-check"):
            assert str(jobs[name].trigger) == "interval[0:05:00]"
        assert str(jobs["retention-purge"].trigger).startswith("cron[")
    finally:
        scheduler.shutdown(wait=False)
    assert JOB_DEFAULTS == {"coalesce": True, "misfire_grace_time": None, "max_instances": 1}


@pytest.fixture(autouse=True)
def _no_leftover_threads() -> Any:
    yield
    assert not [t for t in threading.enumerate() if t.name.startswith("APScheduler")]
