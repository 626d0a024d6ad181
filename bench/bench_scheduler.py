"""Benchmark: the deadline sweep over 1,000,000 requests, on SQLite and PostgreSQL.

Fills a database with a million requests spread over ten years (almost all
closed, as in a long-lived deployment: about 8,000 open, 200 of them overdue),
then times the sweep of one controller and prints the query plan of each
statement it runs. The plans show index range scans on ``(status, date)``
indexes: the sweep reads the due rows, never the table.

Run: ``make bench-scheduler`` (or ``python -m bench.bench_scheduler --help``).
Figures are printed, not asserted: this is not a unit test.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, delete, func, select, text

from config import ControllerSettings
from scheduler.sweeps import sweep_deadlines
from store.db import make_engine, make_session_factory
from store.migrate import upgrade
from store.models import OutboxEntry, Request
from store.scheduler_queries import deadline_queries, extension_notice_query

TODAY = date(2027, 3, 15)
NOW = datetime(2027, 3, 15, 9, 0, tzinfo=UTC)
SPAN_DAYS = 3650
OPEN = ("received", "awaiting_verification", "in_progress", "paused")
PG_URL = os.environ.get("GUICHET_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
PG_SCHEMA = "guichet_bench_scheduler"
COLUMNS = (
    "id", "reference", "controller_id", "subject_id", "status", "language", "channel",
    "regime", "needs_review", "received_at", "received_on", "due_on", "extended_due_on",
    "extension_notice_by", "created_at",
)  # fmt: skip
CONTROLLER = ControllerSettings(
    name="bench", timezone="Europe/Paris", languages=["fr"],
    digest_recipients=["dpo@bench.example"], escalation_contacts=["dpo@bench.example"],
)  # fmt: skip


def _rows(count: int) -> Iterator[tuple[object, ...]]:
    """Requests oldest first; the ones not yet due are open, a few overdue ones too."""
    rng = random.Random(1234)  # noqa: S311 (reproducible test data, not a secret)
    for i in range(1, count + 1):
        received = TODAY - timedelta(days=(count - i) * SPAN_DAYS // count)
        due = received + timedelta(days=30)
        if due.weekday() >= 5:
            due += timedelta(days=7 - due.weekday())
        extended = notice = None
        if due >= TODAY or rng.random() < 1 / 5000:
            status = OPEN[i % len(OPEN)]
            notice = due
            if rng.random() < 0.05:
                status, extended = "extended", due + timedelta(days=60)
        else:
            status = "answered"
        at = datetime.combine(received, datetime.min.time()) + timedelta(hours=9)
        yield (i, f"B-{i:09d}", 1, 1 + i % 1000, status, "fr", "email", "eu-gdpr", False,
               at, received, due, extended, notice, at)  # fmt: skip


def _fill_sqlite(engine: Engine, count: int) -> None:
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        names, marks = ", ".join(COLUMNS), ", ".join("?" * len(COLUMNS))
        sql = f"INSERT INTO requests ({names}) VALUES ({marks})"  # noqa: S608 (constants)
        batch: list[tuple[object, ...]] = []
        for row in _rows(count):
            # SQLAlchemy's SQLite formats: ISO dates, "YYYY-MM-DD HH:MM:SS.ffffff" times.
            batch.append(tuple(
                v.strftime("%Y-%m-%d %H:%M:%S.%f") if isinstance(v, datetime)
                else v.isoformat() if isinstance(v, date) else v
                for v in row
            ))  # fmt: skip
            if len(batch) == 50_000:
                cursor.executemany(sql, batch)
                batch.clear()
        cursor.executemany(sql, batch)
        raw.commit()
        cursor.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()


def _fill_postgresql(engine: Engine, count: int) -> None:
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        with cursor.copy(f"COPY requests ({', '.join(COLUMNS)}) FROM STDIN") as copy:
            for row in _rows(count):
                copy.write_row(row)
        raw.commit()
    finally:
        raw.close()
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE requests"))


def _prepare(engine: Engine, count: int) -> float:
    upgrade(engine)
    started = time.perf_counter()
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO controllers (id, name, display_name, created_at) "
            "VALUES (1, 'bench', 'Bench', '2017-01-01 00:00:00')"
        ))  # fmt: skip
        connection.execute(
            text("INSERT INTO data_subjects (id, created_at) VALUES (:id, '2017-01-01 00:00:00')"),
            [{"id": i} for i in range(1, 1001)],
        )
    if engine.dialect.name == "postgresql":
        _fill_postgresql(engine, count)
    else:
        _fill_sqlite(engine, count)
    return time.perf_counter() - started


def _explain(engine: Engine) -> None:
    statements = deadline_queries(controller_id=1, first=TODAY, last=TODAY + timedelta(7))
    statements += deadline_queries(controller_id=1, first=None, last=TODAY - timedelta(1))
    statements.append(("extension_notice", extension_notice_query(
        controller_id=1, first=TODAY, last=TODAY + timedelta(3))))  # fmt: skip
    with engine.connect() as connection:
        for label, statement in statements:
            compiled = statement.compile(
                dialect=engine.dialect, compile_kwargs={"render_postcompile": True}
            )
            print(f"\n  -- {label}: {' '.join(str(compiled).split())[:160]}")
            if engine.dialect.name == "postgresql":
                sql, params = "EXPLAIN (ANALYZE, BUFFERS) " + str(compiled), compiled.params
                plan = [str(line) for line in connection.exec_driver_sql(sql, params).scalars()]
            else:
                values = tuple(
                    v.isoformat() if isinstance(v, date) else v
                    for v in (compiled.params[name] for name in compiled.positiontup or ())
                )
                found = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), values)
                plan = [str(row[-1]) for row in found]
            for line in plan:
                print(f"     {line}")


def _timed_sweep(engine: Engine, now: datetime) -> tuple[float, int, dict[str, int]]:
    sessions = make_session_factory(engine)
    started = time.perf_counter()
    with sessions() as session:
        report = sweep_deadlines(session, CONTROLLER, now)
        session.commit()
    return time.perf_counter() - started, report.examined, report.written


def _filled(url: str) -> int:
    engine = make_engine(url)
    try:
        upgrade(engine)
        with engine.connect() as connection:
            return connection.scalar(select(func.count()).select_from(Request)) or 0
    finally:
        engine.dispose()


def run(url: str, count: int, repeats: int, reset: Callable[[], None]) -> None:
    """Fill (unless already filled with ``count`` rows), explain, and time sweeps."""
    if _filled(url) != count:
        reset()
        engine = make_engine(url)
        print(f"[{engine.dialect.name}] filling {count:,} requests ...", flush=True)
        print(f"[{engine.dialect.name}] filled in {_prepare(engine, count):.1f} s")
        engine.dispose()
    engine = make_engine(url)
    name = engine.dialect.name
    with engine.begin() as connection:  # every run starts from an empty outbox
        connection.execute(delete(OutboxEntry))
    with engine.connect() as connection:
        total = connection.scalar(select(func.count()).select_from(Request))
        open_count = connection.scalar(
            select(func.count()).select_from(Request).where(Request.status != "answered")
        )
    print(f"[{name}] {total:,} requests, {open_count:,} open; query plans:")
    _explain(engine)
    print(f"\n[{name}] sweeps (one controller, each in its own transaction, commit included):")
    cold = _timed_sweep(engine, NOW)
    print(f"  first sweep, empty outbox : {cold[0] * 1000:7.1f} ms  rows read {cold[1]:,}  "
          f"written {cold[2]}")  # fmt: skip
    warm = [_timed_sweep(engine, NOW + timedelta(minutes=5 * (i + 1))) for i in range(repeats)]
    times = [w[0] * 1000 for w in warm]
    print(f"  next {repeats} sweeps, nothing new: median {statistics.median(times):7.1f} ms  "
          f"max {max(times):.1f} ms  rows read {warm[0][1]:,}  written {warm[-1][2]}")  # fmt: skip
    day = _timed_sweep(engine, NOW + timedelta(days=1))
    print(f"  next day (new stages)     : {day[0] * 1000:7.1f} ms  rows read {day[1]:,}  "
          f"written {day[2]}")  # fmt: skip
    engine.dispose()


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--sqlite-path", type=Path, default=Path("var/bench/scheduler.db"))
    args = parser.parse_args()
    if args.backend in ("sqlite", "both"):
        path: Path = args.sqlite_path
        run(f"sqlite:///{path}", args.requests, args.repeats, lambda: path.unlink(missing_ok=True))
    if args.backend in ("postgresql", "both"):

        def reset_schema() -> None:
            admin = make_engine(PG_URL)
            with admin.begin() as connection:
                connection.execute(text(f'DROP SCHEMA IF EXISTS "{PG_SCHEMA}" CASCADE'))
                connection.execute(text(f'CREATE SCHEMA "{PG_SCHEMA}"'))
            admin.dispose()

        admin = make_engine(PG_URL)
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{PG_SCHEMA}"'))
        admin.dispose()
        url = f"{PG_URL}?options=-csearch_path%3D{PG_SCHEMA}"
        run(url, args.requests, args.repeats, reset_schema)


if __name__ == "__main__":
    main()
