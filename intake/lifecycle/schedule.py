"""Recomputing a request's deadlines from its history, through the deadline engine."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from config import ControllerSettings
from intake.lifecycle.history import History
from scheduler.deadlines import Deadlines, Pause, compute_deadlines
from store.models import Request


def deadlines_for(request: Request, controller: ControllerSettings, history: History) -> Deadlines:
    """The deadlines the request's history gives under its regime.

    The clock starts on the day identity was confirmed when a check was
    required (regimes that do not allow a later start ignore it), and
    days spent waiting for the subject are pauses (regimes decide whether
    they count). A pause covers the day it started up to the day before
    the subject's answer; a pause still open does not move dates yet.
    """
    clock_start = None
    if history.verification_required and history.verified_on is not None:
        clock_start = max(history.verified_on, request.received_on)
    pauses = [
        Pause(start=max(start, request.received_on), end=end - timedelta(days=1))
        for start, end in history.pauses
        if end is not None and end > start and end - timedelta(days=1) >= request.received_on
    ]
    return compute_deadlines(
        regime=request.regime, received=request.received_on, country=controller.country,
        clock_start=clock_start, pauses=pauses, pause_policy=controller.pause_policy,
    )  # fmt: skip


def apply_deadlines(request: Request, deadlines: Deadlines) -> dict[str, Any]:
    """Store new deadlines on the request; return what changed as ``{field: [old, new]}``."""
    changes: dict[str, Any] = {}
    for name, value in (
        ("due_on", deadlines.due),
        ("extended_due_on", deadlines.extended_due),
        ("extension_notice_by", deadlines.extension_notice_by),
        ("acknowledge_by", deadlines.acknowledge_by),
    ):
        old = getattr(request, name)
        if old != value:
            changes[name] = [_iso(old), _iso(value)]
            setattr(request, name, value)
    return changes


def effective_due(request: Request, history: History) -> date:
    """The last day to answer: the extended one once the period was extended."""
    if history.extended_on is not None and request.extended_due_on is not None:
        return request.extended_due_on
    return request.due_on


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()
