"""Controller actions and proof of compliance on the command line.

``guichet requests verify|extend|pause|resume|answer|refuse|close REF``,
``guichet audit verify``, ``guichet register export``,
``guichet report annual`` and ``guichet keys rotate``. Every action goes
through :mod:`intake.lifecycle`, the same functions the bot and e-mail use.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Annotated, Literal

import typer
from sqlalchemy.orm import Session

from app.command_context import session_for
from app.records_commands import register_records
from app.runtime import utc_now
from intake import lifecycle
from store import requests as request_repo
from store.models import Request

_USAGE_ERROR = 2  # typer's own code for bad usage
Ref = Annotated[str, typer.Argument(help="The request's reference, e.g. G-7K3M-9QX2-HF4T.")]
Actor = Annotated[
    str | None, typer.Option(help="Who acts (recorded in the log); default: cli:<login>.")
]


def _act(
    ctx: typer.Context, reference: str, action: Callable[[Session, Request, datetime], Request]
) -> None:
    with session_for(ctx) as (_, session):
        request = request_repo.get_request(session, reference=reference.strip().upper())
        if request is None:
            typer.echo(f"error: no request {reference}", err=True)
            raise typer.Exit(1)
        try:
            action(session, request, utc_now())
        except lifecycle.ActionError as error:
            session.rollback()
            typer.echo(f"refused: {error}", err=True)
            raise typer.Exit(1) from None
        session.commit()
        due = request.due_on
        if request.status == "extended" and request.extended_due_on is not None:
            due = request.extended_due_on
        typer.echo(f"{request.reference}: {request.status} (due {due.isoformat()})")
        reminders = [e for e in request.events if e.action == "recipients_reminder"]
        if reminders:
            typer.echo("reminder: Art. 19 - tell every recipient of the data about this change")


def _actor(actor: str | None) -> str:
    return actor or f"cli:{getpass.getuser()}"


def verify(
    ctx: typer.Context,
    reference: Ref,
    method: Annotated[
        str,
        typer.Option(
            help="code, link, telegram_linked_email, known_contact, document, mandate, in_person"
        ),
    ],
    note: Annotated[str | None, typer.Option(help="What was checked (no document copy).")] = None,
    actor: Actor = None,
) -> None:
    """Record the sender's identity check (identity documents are then erased)."""
    _act(
        ctx,
        reference,
        lambda s, r, now: lifecycle.verify_identity(
            s, request=r, actor=_actor(actor), method=method, now=now, note=note
        ),
    )


def extend(
    ctx: typer.Context,
    reference: Ref,
    reason: Annotated[str, typer.Option(help="Why, as told to the data subject.")],
    actor: Actor = None,
) -> None:
    """Extend the response period and notify the data subject with the reason."""
    _act(
        ctx,
        reference,
        lambda s, r, now: lifecycle.extend(
            s, request=r, actor=_actor(actor), reason=reason, now=now
        ),
    )


def pause(
    ctx: typer.Context,
    reference: Ref,
    reason: Annotated[str, typer.Option(help="The question sent to the data subject.")],
    actor: Actor = None,
) -> None:
    """Ask the data subject for clarification and wait for the answer."""
    _act(
        ctx,
        reference,
        lambda s, r, now: lifecycle.pause(
            s, request=r, actor=_actor(actor), reason=reason, now=now
        ),
    )


def resume(ctx: typer.Context, reference: Ref, actor: Actor = None) -> None:
    """The data subject answered: carry on."""
    _act(
        ctx,
        reference,
        lambda s, r, now: lifecycle.resume(s, request=r, actor=_actor(actor), now=now),
    )


def answer(
    ctx: typer.Context,
    reference: Ref,
    summary: Annotated[str | None, typer.Option(help="The answer's text.")] = None,
    summary_file: Annotated[Path | None, typer.Option(help="Read the text from a file.")] = None,
    attach: Annotated[list[Path] | None, typer.Option(help="A file to attach (repeat).")] = None,
    actor: Actor = None,
) -> None:
    """Answer the request (files may be attached to an access request's answer)."""
    text = summary_file.read_text(encoding="utf-8") if summary_file else summary or ""
    _act(
        ctx,
        reference,
        lambda s, r, now: lifecycle.answer(
            s, request=r, actor=_actor(actor), summary=text, now=now, attachments=attach or []
        ),
    )


def refuse(
    ctx: typer.Context,
    reference: Ref,
    justification: Annotated[str, typer.Option(help="Why (Art. 12(5)), in writing.")],
    actor: Actor = None,
) -> None:
    """Refuse a manifestly unfounded or excessive request, telling the subject their remedies."""
    _act(
        ctx,
        reference,
        lambda s, r, now: lifecycle.refuse(
            s, request=r, actor=_actor(actor), justification=justification, now=now
        ),
    )


def close(
    ctx: typer.Context,
    reference: Ref,
    outcome: Annotated[str, typer.Option(help="withdrawn | duplicate")],
    reason: Annotated[str, typer.Option(help="Why; a duplicate names the original.")],
    actor: Actor = None,
) -> None:
    """Close a request the subject withdrew, or that duplicates another one."""
    if outcome not in ("withdrawn", "duplicate"):
        typer.echo("error: --outcome is withdrawn or duplicate", err=True)
        raise typer.Exit(_USAGE_ERROR)
    chosen: Literal["withdrawn", "duplicate"] = (
        "withdrawn" if outcome == "withdrawn" else "duplicate"
    )
    _act(
        ctx,
        reference,
        lambda s, r, now: lifecycle.close(
            s, request=r, actor=_actor(actor), outcome=chosen, reason=reason, now=now
        ),
    )


def register(app: typer.Typer) -> None:
    """Attach the action commands to ``guichet requests`` and the record commands to ``app``."""
    requests_group = next(
        group.typer_instance
        for group in app.registered_groups
        if group.name == "requests" and group.typer_instance is not None
    )
    for function in (verify, extend, pause, resume, answer, refuse, close):
        requests_group.command(function.__name__)(function)
    register_records(app)
