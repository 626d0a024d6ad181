"""The bot's pipeline: the standard stages, with routing that knows the chat's choice.

A Telegram message has no recipient address to route by; the controller
is the one the person picked in the chat (or pre-selected with
``/start <controller>``), else the usual defaults apply.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from intake.context import IntakeContext, IntakeServices, StageResult
from intake.pipeline import STAGES, Pipeline
from intake.stages import routing
from store import requests as request_repo
from store import telegram as telegram_repo


def route_by_chat(ctx: IntakeContext) -> StageResult:
    """Send the message to the controller chosen in its chat, else route as usual."""
    normalised = ctx.need_normalised()
    settings = ctx.services.settings
    chat = (
        telegram_repo.get_chat(ctx.session, chat_id=normalised.sender)
        if normalised.sender_kind == "telegram" and normalised.sender
        else None
    )
    names = {c.name for c in settings.controllers}
    if chat is None or chat.controller not in names:
        return routing.route(ctx)
    chosen = settings.controller(str(chat.controller))
    ctx.controller_settings = chosen
    ctx.controller = request_repo.ensure_controller(
        ctx.session, name=chosen.name, display_name=chosen.display_name or chosen.name, now=ctx.now
    )
    ctx.message.controller_id = ctx.controller.id
    return StageResult(True, f"controller {chosen.name}", ("telegram-chat-choice",))


def build_bot_pipeline(*, sessions: sessionmaker[Session], services: IntakeServices) -> Pipeline:
    """The intake pipeline with :func:`route_by_chat` in place of the ``route`` stage."""
    return Pipeline(sessions=sessions, services=services, stages={**STAGES, "route": route_by_chat})
