"""What a controller does with a request, for every channel (CLI, Telegram, e-mail).

Each action checks its guards, moves the state machine, recomputes the
deadlines, writes one event (who, when, why, old and new state) and queues
what the data subject must be told. The caller owns the transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Literal

from sqlalchemy.orm import Session

from config import ControllerSettings
from intake.lifecycle import documents, history, notify, states
from intake.lifecycle.errors import ActionError
from intake.lifecycle.schedule import deadlines_for
from intake.lifecycle.transition import need_text, setting_for, transition
from intake.templates_lifecycle import answer as answer_text
from intake.templates_lifecycle import (
    clarification_request,
    extension_notice,
    recipients_reminder,
    refusal,
)
from scheduler.deadlines import DeadlineError, check_extension
from store import requests as request_repo
from store.events import append_event
from store.models import Request
from store.references import find_references

__all__ = ["ActionError", "allowed_actions", "answer", "close", "extend", "pause", "refuse",
           "resume", "verify_identity"]  # fmt: skip

CONFIRM_METHODS = frozenset({"code", "link", "telegram_linked_email", "known_contact"})
MANUAL_METHODS = frozenset({"document", "mandate", "in_person"})
MIN_JUSTIFICATION = 20  # a refusal must be explained in words, not "no"
ART19_KINDS = frozenset({"rectification", "erasure", "restriction"})


def verify_identity(
    session: Session, *, request: Request, actor: str, method: str, now: datetime,
    note: str | None = None,
) -> Request:  # fmt: skip
    """Record that the sender's identity was checked, then erase any identity document."""
    setting = setting_for(session, request, actor=actor)
    if method not in CONFIRM_METHODS | MANUAL_METHODS:
        known = ", ".join(sorted(CONFIRM_METHODS | MANUAL_METHODS))
        raise ActionError(f"unknown verification method {method!r} (use one of: {known})")
    level = setting.controller.verification.level_for(request.kind_names)
    if level == "manual" and method not in MANUAL_METHODS:
        raise ActionError(f"this request needs a manual check (document or mandate), not {method}")
    if level == "manual" and actor.startswith("system:"):
        raise ActionError("a manual identity check must be recorded by a person")
    erased = {}
    if method in MANUAL_METHODS:
        erased = documents.erase_identity_documents(session, request=request, now=now)
    transition(
        session, request=request, setting=setting, key="verify_identity",
        action=history.IDENTITY_VERIFIED, actor=actor, now=now, reason=note,
        detail={"method": method, "level": level, **erased},
    )  # fmt: skip
    return request


def extend(
    session: Session, *, request: Request, actor: str, reason: str, now: datetime
) -> Request:
    """Extend the response period, telling the subject why before the notice deadline."""
    setting = setting_for(session, request, actor=actor)
    states.next_status("extend", request.status)
    today = now.astimezone(setting.controller.zone).date()
    try:
        current = deadlines_for(request, setting.controller, setting.history)
        check_extension(
            deadlines=current, today=today, reason=reason,
            already_extended=setting.history.extended_on is not None,
        )  # fmt: skip
    except DeadlineError as error:
        raise ActionError(str(error)) from None
    if current.extended_due is None:
        raise ActionError(f"{request.regime}: the law lets you set the new time limit yourself")
    event = transition(
        session, request=request, setting=setting, key="extend", action=history.EXTENDED,
        actor=actor, now=now, reason=reason.strip(),
        detail={"extended_due_on": current.extended_due.isoformat()},
    )  # fmt: skip
    rendered = extension_notice(
        language=setting.language(request), reference=request.reference,
        reason=reason, due=current.extended_due,
    )  # fmt: skip
    notify.to_subject(session, settings=setting.settings, request=request, event=event,
                      purpose="extension_notice", rendered=rendered)  # fmt: skip
    return request


def pause(session: Session, *, request: Request, actor: str, reason: str, now: datetime) -> Request:
    """Wait for the subject: ``reason`` is the question sent to them."""
    setting = setting_for(session, request, actor=actor)
    question = need_text(reason, "the question to ask the data subject")
    event = transition(session, request=request, setting=setting, key="pause",
                       action=history.PAUSED, actor=actor, now=now, reason=question)  # fmt: skip
    rendered = clarification_request(
        language=setting.language(request), reference=request.reference, question=question
    )
    notify.to_subject(session, settings=setting.settings, request=request, event=event,
                      purpose="clarification_request", rendered=rendered)  # fmt: skip
    return request


def resume(session: Session, *, request: Request, actor: str, now: datetime) -> Request:
    """The subject answered: the clock runs again (and dates move if the regime says so)."""
    setting = setting_for(session, request, actor=actor)
    transition(session, request=request, setting=setting, key="resume",
               action=history.RESUMED, actor=actor, now=now)  # fmt: skip
    return request


def answer(
    session: Session, *, request: Request, actor: str, summary: str, now: datetime,
    attachments: Sequence[Path] = (),
) -> Request:  # fmt: skip
    """Send the controller's answer (with files for access and portability)."""
    setting = setting_for(session, request, actor=actor)
    text = need_text(summary, "an answer summary")
    if attachments and not {"access", "portability"} & set(request.kind_names):
        raise ActionError("files can only be attached to the answer to an access request")
    states.next_status("answer", request.status)
    try:
        files = documents.read_attachments(list(attachments))
    except ValueError as error:
        raise ActionError(str(error)) from None
    event = transition(
        session, request=request, setting=setting, key="answer", action="answered",
        actor=actor, now=now, detail={"attachments": [name for name, _ in files]},
    )  # fmt: skip
    rendered = answer_text(
        language=setting.language(request), reference=request.reference,
        controller=setting.name, summary=text, attachments=len(files),
    )  # fmt: skip
    entry = notify.to_subject(session, settings=setting.settings, request=request, event=event,
                              purpose="answer", rendered=rendered)  # fmt: skip
    for name, content in files:
        documents.store_document(
            session, request=request, purpose=documents.ANSWER, filename=name, content=content,
            now=now, outbox_id=entry.id if entry else None,
        )  # fmt: skip
    _remind_recipients(session, request=request, controller=setting.controller, now=now)
    return request


def _remind_recipients(
    session: Session, *, request: Request, controller: ControllerSettings, now: datetime
) -> None:
    """Art. 19: once rectification, erasure or restriction is done, recipients must be told."""
    kinds = sorted(ART19_KINDS & set(request.kind_names))
    if not kinds:
        return
    recipients, language = list(controller.digest_recipients), controller.default_language
    event = append_event(
        session, request=request, at=now, actor="system:lifecycle",
        action="recipients_reminder", reason="Art. 19: notify the recipients of the data",
        detail={"kinds": kinds, "sent_to": len(recipients)},
    )  # fmt: skip
    rendered = recipients_reminder(language=language, reference=request.reference, kinds=kinds)
    notify.to_controller(session, recipients=recipients, request=request, event=event,
                         purpose="recipients_reminder", rendered=rendered)  # fmt: skip


def refuse(
    session: Session, *, request: Request, actor: str, justification: str, now: datetime
) -> Request:
    """Refuse (Art. 12(5)) with written reasons, telling the subject their remedies."""
    setting = setting_for(session, request, actor=actor)
    why = need_text(justification, "a written justification", minimum=MIN_JUSTIFICATION)
    authority = setting.controller.authority
    event = transition(
        session, request=request, setting=setting, key="refuse", action="refused", actor=actor,
        now=now, reason=why, detail={"authority": authority.name if authority else None},
    )  # fmt: skip
    rendered = refusal(
        language=setting.language(request), reference=request.reference, controller=setting.name,
        justification=why, authority=authority.name if authority else None,
        authority_url=authority.url if authority else None,
    )  # fmt: skip
    notify.to_subject(session, settings=setting.settings, request=request, event=event,
                      purpose="refusal", rendered=rendered)  # fmt: skip
    return request


def close(
    session: Session, *, request: Request, actor: str, outcome: Literal["withdrawn", "duplicate"],
    reason: str, now: datetime,
) -> Request:  # fmt: skip
    """Close without an answer: withdrawn by the subject, or a duplicate of another request.

    A duplicate must name the request it duplicates (same subject and controller).
    """
    setting = setting_for(session, request, actor=actor)
    if outcome not in ("withdrawn", "duplicate"):
        raise ActionError(f"unknown outcome {outcome!r} (withdrawn or duplicate)")
    why = need_text(reason, "a reason")
    detail: dict[str, object] = {}
    if outcome == "duplicate":
        detail["original"] = _original_of(session, request, why)
    transition(session, request=request, setting=setting, key=f"close:{outcome}",
               action="closed", actor=actor, now=now, reason=why, detail=detail)  # fmt: skip
    return request


def _original_of(session: Session, request: Request, reason: str) -> str:
    for reference in find_references(reason):
        other = request_repo.get_request(session, reference=reference)
        if (
            other is not None and other.id != request.id
            and other.subject_id == request.subject_id
            and other.controller_id == request.controller_id
        ):  # fmt: skip
            return other.reference
    raise ActionError("a duplicate must name the same person's other request (G-XXXX-XXXX-XXXX)")


def allowed_actions(request: Request) -> list[str]:
    """The actions the state machine allows now, for buttons and menus."""
    return states.allowed(request.status)
