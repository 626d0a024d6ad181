"""`guichet digest`: print a controller's digest, or write it to the outbox now."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

import typer

from app.command_context import USAGE_ERROR, session_for
from app.runtime import utc_now
from scheduler.digest_render import render_digest
from scheduler.digests import gather_digest, write_digest_now
from scheduler.sweeps import local_today
from store import outbox_once
from store.scheduler_queries import controller_id_of

_KINDS = ("manual", "daily", "weekly")
_SHOW = ("text", "html", "ics")


def digest(
    ctx: typer.Context,
    controller: Annotated[str, typer.Option(help="Controller name, as in the configuration.")],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print the digest instead of queueing it.")
    ] = False,
    kind: Annotated[str, typer.Option(help="manual|daily|weekly (title, 'new since').")] = "manual",
    show: Annotated[str, typer.Option(help="With --dry-run: text|html|ics.")] = "text",
) -> None:
    """Print a controller's digest (--dry-run), or write it to the outbox now."""
    if kind not in _KINDS or show not in _SHOW:
        typer.echo(f"error: --kind is one of {_KINDS}, --show one of {_SHOW}", err=True)
        raise typer.Exit(USAGE_ERROR)
    with session_for(ctx) as (settings, session):
        try:
            chosen = settings.controller(controller)
        except KeyError:
            typer.echo(f"error: no controller {controller!r} in the configuration", err=True)
            raise typer.Exit(USAGE_ERROR) from None
        now = utc_now()
        if not dry_run:
            written = write_digest_now(session, chosen, now)
            session.commit()
            typer.echo(f"queued {written} digest message(s) for {chosen.name}")
            return
        controller_id = controller_id_of(session, chosen.name)
        since = None
        if controller_id is not None and kind != "manual":
            since = outbox_once.last_digest_as_of(
                session, controller_id=controller_id, kind=kind,
                before=local_today(now, chosen) + timedelta(days=1),
            )  # fmt: skip
        content = gather_digest(session, chosen, now, kind=kind, since=since)
    rendered = render_digest(content)
    if show == "text":
        typer.echo(f"Subject: {rendered.subject}\n\n{rendered.text}", nl=False)
    else:
        typer.echo(rendered.html if show == "html" else rendered.ics, nl=False)


def register(app: typer.Typer) -> None:
    """Add the `digest` command to `app`."""
    app.command("digest")(digest)
