"""The one way a request changes state: guard, recompute deadlines, log an event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from config import ControllerSettings, Settings
from intake.lifecycle import states
from intake.lifecycle.errors import ActionError
from intake.lifecycle.history import Fact, History, read_history
from intake.lifecycle.policy import controller_settings, settings_of
from intake.lifecycle.schedule import apply_deadlines, deadlines_for
from intake.templates import pick_language
from scheduler.deadlines import DeadlineError
from store.events import append_event
from store.models import Event, Request


@dataclass(frozen=True)
class Setting:
    """What an action needs to know beyond the request itself."""

    settings: Settings
    controller: ControllerSettings
    history: History

    @property
    def name(self) -> str:
        """The controller's name as the subject knows it."""
        return self.controller.display_name or self.controller.name

    def language(self, request: Request) -> str:
        """The language to write to the subject in."""
        return pick_language(request.language, self.controller.default_language)


def facts_of(session: Session, request: Request) -> list[Fact]:
    """The request's events, oldest first, as history facts."""
    session.flush()
    rows = session.execute(
        select(Event.action, Event.at, Event.detail)
        .where(Event.request_id == request.id)
        .order_by(Event.seq)
    )
    return [Fact(action, at, detail or {}) for action, at, detail in rows]


def setting_for(session: Session, request: Request, *, actor: str) -> Setting:
    """Settings, controller and history of ``request``; refuses an anonymous actor."""
    if not actor.strip():
        raise ActionError("every action needs an actor (who is doing it)")
    settings = settings_of(session)
    controller = controller_settings(session, settings, request)
    return Setting(settings, controller, read_history(facts_of(session, request), controller.zone))


def need_text(value: str, what: str, *, minimum: int = 1) -> str:
    """``value`` stripped, or :class:`ActionError` when shorter than ``minimum``."""
    text = value.strip()
    if len(text) < minimum:
        more = f" of at least {minimum} characters" if minimum > 1 else ""
        raise ActionError(f"{what} is required{more}")
    return text


def transition(
    session: Session, *, request: Request, setting: Setting, key: str, action: str, actor: str,
    now: datetime, reason: str | None = None, detail: dict[str, Any] | None = None,
) -> Event:  # fmt: skip
    """Move ``request`` by ``key`` of the state machine and log it as ``action``.

    Deadlines are recomputed from the history including this step, and the
    event records who, when, why, the old and new state and the dates moved.
    """
    old = request.status
    new = states.next_status(key, old, extended=setting.history.extended_on is not None)
    facts = [*facts_of(session, request), Fact(action, now, {"to": new})]
    try:
        recomputed = deadlines_for(
            request, setting.controller, read_history(facts, setting.controller.zone)
        )
    except DeadlineError as error:
        raise ActionError(f"deadlines cannot be recomputed: {error}") from None
    changes = apply_deadlines(request, recomputed)
    request.status = new
    if new in states.FINAL:
        request.closed_at = now
    return append_event(
        session, request=request, at=now, actor=actor, action=action, reason=reason,
        detail={"from": old, "to": new, "deadlines": changes, **(detail or {})},
    )  # fmt: skip
