"""`guichet deadline`: compute a request's legal deadlines from the command line.

The JSON output is a stable contract used by reviewers' tools: one object with the keys
`due`, `extended_due`, `extension_notice_by`, `acknowledge_by` (ISO dates or null) and
`explanation` (list of lines), plus `regime`, `received` and `clock_start`.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from scheduler import REGIMES, DeadlineError, Deadlines, Pause, compute_deadlines

_USAGE_ERROR = 2


def _parse_day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise DeadlineError(f"{option} expects a date as YYYY-MM-DD, got {text!r}") from None


def _parse_pause(text: str) -> Pause:
    start, separator, end = text.partition(":")
    if not separator:
        raise DeadlineError(f"--pause expects START:END (YYYY-MM-DD:YYYY-MM-DD), got {text!r}")
    return Pause(start=_parse_day(start, "--pause"), end=_parse_day(end, "--pause"))


def _table(deadlines: Deadlines) -> Table:
    table = Table(title=f"Deadlines ({deadlines.regime})", show_header=False)
    table.add_column("what", style="bold")
    table.add_column("date")
    rows = (
        ("received", deadlines.received),
        ("clock runs from", deadlines.clock_start),
        ("due", deadlines.due),
        ("extended due", deadlines.extended_due),
        ("extension notice by", deadlines.extension_notice_by),
        ("acknowledge by", deadlines.acknowledge_by),
    )
    for label, day in rows:
        table.add_row(label, "—" if day is None else day.isoformat())
    return table


def deadline(
    regime: Annotated[str, typer.Option(help=f"One of: {', '.join(REGIMES)}.")] = "",
    received: Annotated[str, typer.Option(help="Day the request arrived, YYYY-MM-DD.")] = "",
    country: Annotated[
        str | None, typer.Option(help="Holiday calendar code, e.g. FR, GB-ENG, CH-ZH, CA-QC.")
    ] = None,
    clock_start: Annotated[
        str | None, typer.Option(help="Later day the clock runs from (ID or fee received).")
    ] = None,
    pause: Annotated[
        list[str] | None, typer.Option(help="Wait for the data subject, START:END (repeatable).")
    ] = None,
    pause_policy: Annotated[
        str,
        typer.Option(help="none|suspend: whether pauses stop the clock where the law is silent."),
    ] = "none",
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Compute the legal deadlines of a data-subject request."""
    try:
        if not regime:
            raise DeadlineError(f"--regime is required; one of {', '.join(REGIMES)}")
        if not received:
            raise DeadlineError("--received is required (YYYY-MM-DD)")
        if pause_policy not in ("none", "suspend"):
            raise DeadlineError(f"--pause-policy must be none or suspend, got {pause_policy!r}")
        deadlines = compute_deadlines(
            regime=regime,
            received=_parse_day(received, "--received"),
            country=country,
            clock_start=None if clock_start is None else _parse_day(clock_start, "--clock-start"),
            pauses=tuple(_parse_pause(text) for text in pause or ()),
            pause_policy="suspend" if pause_policy == "suspend" else "none",
        )
    except DeadlineError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(code=_USAGE_ERROR) from None
    if as_json:
        # Plain echo, not rich: the JSON must reach pipes byte for byte, unwrapped.
        typer.echo(json.dumps(deadlines.as_json(), ensure_ascii=False))
        return
    console = Console()
    console.print(_table(deadlines))
    for line in deadlines.explanation:
        console.print(f"• {line}", highlight=False, markup=False)


def register(app: typer.Typer) -> None:
    """Add the `deadline` command to `app`."""
    app.command("deadline")(deadline)
