"""Stages that decide where a message goes: which controller, which request."""

from __future__ import annotations

from intake.context import CONTINUE, IntakeContext, StageResult
from intake.thread_ids import reference_from_message_id
from nlp.types import LABELS
from store import messages as message_repo
from store import requests as request_repo
from store.references import find_references


def route(ctx: IntakeContext) -> StageResult:
    """Find the controller the message was sent to."""
    normalised = ctx.need_normalised()
    settings = ctx.services.settings
    chosen, rule = None, ""
    for controller in settings.controllers:
        hit = set(controller.intake_addresses) & set(normalised.recipients)
        if hit:
            chosen, rule = controller, "recipient-address"
            break
    if chosen is None and settings.default_controller:
        chosen, rule = settings.controller(settings.default_controller), "default-controller"
    if chosen is None and len(settings.controllers) == 1:
        chosen, rule = settings.controllers[0], "only-controller"
    if chosen is None:
        raise LookupError("no configured controller matches the message's recipients")
    ctx.controller_settings = chosen
    ctx.controller = request_repo.ensure_controller(
        ctx.session, name=chosen.name, display_name=chosen.display_name or chosen.name, now=ctx.now
    )
    ctx.message.controller_id = ctx.controller.id
    return StageResult(True, f"controller {chosen.name}", (rule,))


def match(ctx: IntakeContext) -> StageResult:
    """Join an existing request by thread headers or by its reference.

    A reference alone is only trusted from one of the request's own
    addresses: otherwise anyone who saw a reference could attach messages
    to someone else's request.
    """
    normalised = ctx.need_normalised()
    controller, _ = ctx.need_controller()
    candidates: list[tuple[str, str]] = []
    for header in (normalised.in_reply_to, *normalised.references):
        if header:
            ref = reference_from_message_id(secret=ctx.services.secret, message_id=header)
            if ref:
                candidates.append((ref, "thread-header"))
    for ref in find_references(f"{normalised.subject}\n{normalised.new_text}"):
        candidates.append((ref, "reference-in-text"))
    for reference, rule in candidates:
        request = request_repo.get_request(ctx.session, reference=reference)
        if request is None or request.controller_id != controller.id:
            continue
        if normalised.sender is None or not request_repo.subject_has_identity(
            ctx.session, request=request, kind=normalised.sender_kind, value=normalised.sender
        ):
            continue
        ctx.request, ctx.is_follow_up = request, True
        return StageResult(True, f"follow-up of {reference}", (rule,))
    return CONTINUE


def classify(ctx: IntakeContext) -> StageResult:
    """Ask the classifier what rights the message exercises."""
    normalised = ctx.need_normalised()
    result = ctx.services.classifier.classify(subject=normalised.subject, text=normalised.new_text)
    ctx.classification = result
    ctx.message.language = result.language
    ctx.message.classification = {
        "model": result.model,
        "labels": list(result.labels),
        "scores": {label: round(result.scores.get(label, 0.0), 4) for label in LABELS},
        "needs_review": result.needs_review,
        "evidence": [[e.label, e.rule] for e in result.evidence],
    }
    rules = tuple(e.rule for e in result.evidence)
    note = (
        f"{'+'.join(result.labels)} ({result.language}{', review' if result.needs_review else ''})"
    )
    if not result.is_request and not result.needs_review and not ctx.is_follow_up:
        message_repo.set_status(ctx.session, message=ctx.message, status=message_repo.NOT_A_REQUEST)
        return StageResult(False, note + ": not a data-protection request", rules)
    return StageResult(True, note, rules)
