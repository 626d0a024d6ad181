"""Turning requests and messages into JSON and rich tables for the CLI."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from rich.markup import escape
from rich.table import Table

from store.models import Message, Request


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def request_summary(request: Request) -> dict[str, Any]:
    """A request as plain JSON-ready data (no message content)."""
    return {
        "reference": request.reference,
        "controller": request.controller.name,
        "kinds": request.kind_names,
        "status": request.status,
        "language": request.language,
        "channel": request.channel,
        "regime": request.regime,
        "needs_review": request.needs_review,
        "received_at": _iso(request.received_at),
        "received_on": _iso(request.received_on),
        "due_on": _iso(request.due_on),
        "extended_due_on": _iso(request.extended_due_on),
        "extension_notice_by": _iso(request.extension_notice_by),
        "acknowledge_by": _iso(request.acknowledge_by),
    }


def quarantine_summary(message: Message) -> dict[str, Any]:
    """A quarantined message: where and why it stopped."""
    return {
        "message_id": message.id,
        "channel": message.channel,
        "native_id": message.native_id,
        "received_at": _iso(message.received_at),
        "reason": message.status_reason,
    }


def requests_table(requests: list[Request], *, today: date) -> Table:
    """The requests table ``make demo`` prints."""
    table = Table(title=f"Requests ({len(requests)})", header_style="bold")
    for column in ("Reference", "Controller", "Rights", "Lang", "Status", "Received", "Due"):
        table.add_column(column, no_wrap=column in ("Reference", "Due"))
    for request in requests:
        overdue = request.due_on < today
        due = f"[red]{request.due_on}[/red]" if overdue else str(request.due_on)
        status = request.status + (" [yellow](review)[/yellow]" if request.needs_review else "")
        table.add_row(
            request.reference,
            request.controller.name,
            ", ".join(request.kind_names) or "?",
            request.language,
            status,
            str(request.received_on),
            due,
        )
    return table


def messages_table(messages: list[Message], *, title: str) -> Table:
    """Messages that did not become requests, with the reason."""
    table = Table(title=title, header_style="bold")
    for column in ("#", "Received", "Status", "Why"):
        table.add_column(column)
    for message in messages:
        why = message.status_reason or _last_note(message)
        table.add_row(str(message.id), _iso(message.received_at) or "", message.status, escape(why))
    return table


def _last_note(message: Message) -> str:
    trace = message.trace or []
    if not trace:
        return ""
    last = trace[-1]
    rules = ", ".join(str(r) for r in last.get("rules", []))
    return f"{last.get('stage')}: {last.get('note')}" + (f" [{rules}]" if rules else "")
