"""Proof of compliance: ``guichet audit verify``, ``register export``, ``report annual``,
and ``keys rotate`` for the encryption at rest."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from app.command_context import USAGE_ERROR, parse_day, session_for
from app.report_chart import write_chart
from app.runtime import utc_now
from intake.lifecycle.audit import verify_all
from intake.lifecycle.register import RegisterRow, register_rows
from intake.lifecycle.report import annual_report
from store.encryption_rotation import reencrypt_all

COLUMNS = (
    "reference", "controller", "kinds", "channel", "regime", "received_on", "verified_on",
    "extended_on", "closed_on", "due_on", "outcome", "on_time", "purged",
)  # fmt: skip


def audit_verify(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Recompute every request's hash chain; exit 1 if any event was edited or deleted."""
    with session_for(ctx) as (_, session):
        report = verify_all(session)
    problems = [{"reference": p.reference, "seq": p.seq, "problem": p.problem}
                for p in report.problems]  # fmt: skip
    if as_json:
        typer.echo(json.dumps({"ok": report.ok, "requests": report.requests,
                               "events": report.events, "digest": report.digest,
                               "problems": problems}, indent=2))  # fmt: skip
    else:
        for problem in problems:
            typer.echo(f"BROKEN {problem['reference']} event {problem['seq']}: "
                       f"{problem['problem']}")  # fmt: skip
        verdict = "OK" if report.ok else f"FAILED ({len(problems)} problem(s))"
        typer.echo(f"audit {verdict}: {report.requests} request(s), {report.events} event(s); "
                   f"digest {report.digest}")  # fmt: skip
    if not report.ok:
        raise typer.Exit(1)


def format_rows(rows: list[RegisterRow], fmt: str) -> str:
    """The register as CSV (kinds joined by ``+``) or as a JSON list."""
    if fmt == "json":
        return json.dumps([row.as_json() for row in rows], indent=2, ensure_ascii=False) + "\n"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        data = row.as_json()
        data["kinds"] = "+".join(row.kinds)
        data["on_time"] = "" if row.on_time is None else ("yes" if row.on_time else "no")
        data["purged"] = "yes" if row.purged else "no"
        writer.writerow(data)
    return buffer.getvalue()


def register_export(
    ctx: typer.Context,
    fmt: Annotated[str, typer.Option("--format", help="csv | json")] = "csv",
    start: Annotated[str | None, typer.Option("--from", help="Received on or after.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Received on or before.")] = None,
    output: Annotated[Path | None, typer.Option(help="Write here instead of stdout.")] = None,
) -> None:
    """One row per request: received, verified, extended, answered, outcome, on time."""
    if fmt not in ("csv", "json"):
        typer.echo("error: --format is csv or json", err=True)
        raise typer.Exit(USAGE_ERROR)
    first, last = parse_day(start), parse_day(end)
    with session_for(ctx) as (settings, session):
        rows = register_rows(session, settings=settings, today=utc_now().date(),
                             start=first, end=last)  # fmt: skip
    text = format_rows(rows, fmt)
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {len(rows)} row(s) to {output}")


def report_annual(
    ctx: typer.Context,
    year: Annotated[int, typer.Option(help="Requests received in this year.")],
    chart: Annotated[Path | None, typer.Option(help="PNG path; default report-YEAR.png.")] = None,
) -> None:
    """Counts by kind, channel and outcome, response times and on-time rate, with a chart."""
    with session_for(ctx) as (settings, session):
        rows = register_rows(session, settings=settings, today=utc_now().date())
    report = annual_report(rows, year=year)
    for line in report.lines():
        typer.echo(line)
    written = write_chart(report, chart or Path(f"report-{year}.png"))
    typer.echo(f"chart: {written}")


def keys_rotate(ctx: typer.Context) -> None:
    """Re-encrypt every stored body, attachment and document under the newest key.

    Put the new key first in ``encryption_keys``, keep the old ones after it,
    run this, then remove the old keys.
    """
    with session_for(ctx) as (settings, session):
        counts = reencrypt_all(session)
        session.commit()
    keys = len(settings.encryption_keys) or 1
    total = sum(counts.values())
    typer.echo(f"re-encrypted {total} value(s) under the newest of {keys} key(s)")
    for name, count in counts.items():
        typer.echo(f"  {name}: {count}")


def register_records(app: typer.Typer) -> None:
    """Add the ``audit``, ``register``, ``report`` and ``keys`` command groups."""
    groups: dict[str, tuple[str, dict[str, Callable[..., None]]]] = {
        "audit": ("The tamper-evident event log.", {"verify": audit_verify}),
        "register": ("The register of requests.", {"export": register_export}),
        "report": ("Reports for the management and the regulator.", {"annual": report_annual}),
        "keys": ("Encryption keys for data at rest.", {"rotate": keys_rotate}),
    }
    for name, (help_text, commands) in groups.items():
        group = typer.Typer(help=help_text, no_args_is_help=True)
        for command, function in commands.items():
            group.command(command)(function)
        app.add_typer(group, name=name)
