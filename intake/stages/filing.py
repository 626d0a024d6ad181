"""Stages that file the request with its deadlines and answer the sender."""

from __future__ import annotations

from intake import templates
from intake.context import CONTINUE, IntakeContext, StageResult
from intake.lifecycle import hooks as lifecycle
from intake.thread_ids import make_message_id
from scheduler.deadlines import compute_deadlines
from store import messages as message_repo
from store import outbox as outbox_repo
from store import requests as request_repo
from store.events import append_event
from store.models import DataSubject, Request

ACTOR = "system:intake"


def _subject(ctx: IntakeContext) -> DataSubject:
    """The sender's data subject, created on first contact."""
    normalised = ctx.need_normalised()
    assert normalised.sender is not None  # guaranteed by `screen`
    return request_repo.find_or_create_subject(
        ctx.session, kind=normalised.sender_kind, value=normalised.sender,
        display_name=normalised.sender_name, now=ctx.now,
    )  # fmt: skip


def _attach_follow_up(ctx: IntakeContext, request: Request, rule: str) -> StageResult:
    ctx.request, ctx.is_follow_up = request, True
    ctx.message.request_id = request.id
    message_repo.set_status(ctx.session, message=ctx.message, status=message_repo.FOLLOW_UP)
    labels = list(ctx.classification.labels) if ctx.classification else []
    append_event(
        ctx.session, request=request, at=ctx.now, actor=ACTOR, action="message_received",
        detail={"message": ctx.message.id, "channel": ctx.envelope.channel,
                "labels": labels, "matched_by": rule},
    )  # fmt: skip
    return StageResult(True, f"attached to {request.reference}", (rule,))


def persist(ctx: IntakeContext) -> StageResult:
    """File a new request (or attach the message to the one it belongs to)."""
    if ctx.is_follow_up and ctx.request is not None:
        return _attach_follow_up(ctx, ctx.request, "follow-up")
    classification = ctx.classification
    if classification is None:
        raise RuntimeError("stage needs 'classify' to run first")
    kinds = [label for label in classification.labels if label != "other"]
    controller, settings = ctx.need_controller()
    subject = _subject(ctx)
    # Same sender, same rights, still open: the twin is found in SQL (an
    # index on subject, controller and status), not by loading every open request.
    twin = request_repo.find_open_twin(
        ctx.session, subject=subject, controller=controller, kinds=kinds
    )
    if twin is not None:
        return _attach_follow_up(ctx, twin, "same-sender-same-rights-open")

    received_on = ctx.envelope.received_at.astimezone(settings.zone).date()
    deadlines = compute_deadlines(
        regime=settings.jurisdiction, received=received_on, country=settings.country,
        pause_policy=settings.pause_policy,
    )  # fmt: skip
    language = classification.language
    request = request_repo.create_request(
        ctx.session, controller=controller, subject=subject, kinds=kinds,
        language=language if language != "und" else settings.default_language,
        channel=ctx.envelope.channel, regime=settings.jurisdiction,
        received_at=ctx.envelope.received_at, received_on=received_on,
        due=request_repo.DueDates(
            due_on=deadlines.due, extended_due_on=deadlines.extended_due,
            extension_notice_by=deadlines.extension_notice_by,
            acknowledge_by=deadlines.acknowledge_by,
        ),
        needs_review=classification.needs_review, now=ctx.now,
    )  # fmt: skip
    ctx.request = request
    ctx.message.request_id = request.id
    message_repo.set_status(ctx.session, message=ctx.message, status=message_repo.PROCESSED)
    append_event(
        ctx.session, request=request, at=ctx.now, actor=ACTOR, action="received",
        detail={
            "message": ctx.message.id, "channel": ctx.envelope.channel, "kinds": kinds,
            "language": classification.language, "needs_review": classification.needs_review,
            "classifier": classification.model,
            "evidence": [e.rule for e in classification.evidence],
            "deadline": list(deadlines.explanation), "stages": list(ctx.trace),
        },
    )  # fmt: skip
    lifecycle.on_filed(ctx.session, controller=settings, request=request, now=ctx.now)
    return StageResult(True, f"filed as {request.reference}, due {deadlines.due.isoformat()}")


def acknowledge(ctx: IntakeContext) -> StageResult:
    """Queue the answer to the sender in the outbox, once per message."""
    request, normalised = ctx.request, ctx.need_normalised()
    if request is None or normalised.sender is None:
        return CONTINUE
    _, settings = ctx.need_controller()
    language = templates.pick_language(request.language, settings.default_language)
    if ctx.is_follow_up:
        due = request.extended_due_on or request.due_on
        rendered = templates.follow_up_receipt(
            language=language, reference=request.reference, due=due
        )
        purpose = "follow_up_receipt"
    else:
        rendered = templates.acknowledgement(
            language=language, reference=request.reference,
            controller=settings.display_name or settings.name, kinds=request.kind_names,
            received=request.received_on, due=request.due_on,
        )  # fmt: skip
        purpose = "acknowledgement"
    domain = ctx.services.settings.maildir.from_address.rpartition("@")[2]
    references = [*normalised.references, normalised.header_message_id]
    entry = outbox_repo.enqueue(
        ctx.session, dedupe_key=f"ack:{ctx.message.id}", channel=ctx.envelope.channel,
        purpose=purpose, recipient=normalised.sender, language=rendered.language,
        subject_line=rendered.subject, body_text=rendered.body, now=ctx.now,
        request_id=request.id,
        message_id=make_message_id(
            secret=ctx.services.secret, reference=request.reference, domain=domain
        ),
        headers={"In-Reply-To": normalised.header_message_id,
                 "References": [r for r in references if r][-10:]},
    )  # fmt: skip
    append_event(
        ctx.session, request=request, at=ctx.now, actor=ACTOR, action=f"{purpose}_queued",
        detail={"outbox": entry.id, "language": rendered.language},
    )  # fmt: skip
    verification = lifecycle.after_acknowledgement(
        ctx.session, settings=ctx.services.settings, controller=settings, request=request,
        is_follow_up=ctx.is_follow_up, reply_text=normalised.new_text, now=ctx.now,
    )  # fmt: skip
    note = f"{purpose} queued ({rendered.language})"
    return StageResult(True, f"{note}; {verification}" if verification else note)
