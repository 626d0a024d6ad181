"""Stages that read a message: normalise it, screen out robots, drop repeats."""

from __future__ import annotations

from intake.context import CONTINUE, IntakeContext, StageResult
from store import messages as message_repo


def normalise(ctx: IntakeContext) -> StageResult:
    """Turn the raw bytes into sender, subject and text, whatever the channel."""
    fmt = ctx.envelope.raw_format
    normaliser = ctx.services.normalisers.get(fmt)
    if normaliser is None:
        raise ValueError(f"no normaliser for raw format {fmt!r}")
    normalised = normaliser(ctx.envelope.raw)
    ctx.normalised = normalised
    message = ctx.message
    message.sender_kind = normalised.sender_kind
    message.sender = normalised.sender
    message.subject_line = normalised.subject
    message.text = normalised.new_text
    message.header_message_id = normalised.header_message_id
    message.authentication = dict(normalised.authentication) or None
    rules = tuple(f"defect:{d}" for d in normalised.defects)
    return StageResult(True, f"{fmt} parsed", rules)


def screen(ctx: IntakeContext) -> StageResult:
    """Keep robots out: bounces, auto-replies and lists are stored, never answered."""
    normalised = ctx.need_normalised()
    if normalised.automatic:
        reason = normalised.automatic_reason or "automatic"
        message_repo.set_status(ctx.session, message=ctx.message, status=message_repo.AUTOMATIC)
        return StageResult(False, "automatic message: no request, no reply", (reason,))
    if normalised.sender is None:
        # Without a sender there is nobody to answer and no clock to start
        # for anyone; a human must look at it.
        raise ValueError("message has no usable sender address")
    return CONTINUE


def deduplicate(ctx: IntakeContext) -> StageResult:
    """The same message delivered twice joins the first copy's fate."""
    earlier = message_repo.find_earlier_copy(ctx.session, message=ctx.message)
    if earlier is None:
        return CONTINUE
    ctx.message.request_id = earlier.request_id
    message_repo.set_status(ctx.session, message=ctx.message, status=message_repo.DUPLICATE)
    rule = "same-message-id" if ctx.message.header_message_id else "same-bytes"
    return StageResult(False, f"copy of message {earlier.id}", (rule,))
