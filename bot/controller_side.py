"""The controllers' side: linking a chat, and acting on requests with buttons.

Only a chat linked to the request's controller may act; every action goes
through :mod:`intake.lifecycle`, which writes the event with the actor
``telegram:<chat id>``. Extending and closing need a reason, which the bot
asks for and takes from the chat's next message.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.ext import ContextTypes

from bot import conversation_rules as rules
from bot import lifecycle_port, texts
from bot.deps import BotDeps, Button, Replies
from intake import templates
from store import requests as request_repo
from store import telegram as telegram_repo
from store.models import Request

log = logging.getLogger(__name__)
Context = ContextTypes.DEFAULT_TYPE


def action_buttons(request: Request, language: str) -> list[list[Button]]:
    """Summary, then the actions the request's state allows now."""
    ref = request.reference
    rows: list[list[Button]] = [[("Summary" if language != "fr" else "Résumé", f"a:summary:{ref}")]]
    allowed = lifecycle_port.allowed_actions(request)
    row = [(name, f"a:{name}:{ref}") for name in allowed if name != "close"]
    if row:
        rows.append(row)
    if "close" in allowed:
        rows.append([(f"close: {o}", f"a:close:{ref}:{o}") for o in lifecycle_port.CLOSE_OUTCOMES])
    return rows


def summary_text(request: Request, language: str) -> str:
    """Reference, rights, state and dates of a request; no personal data."""
    due = request.extended_due_on or request.due_on
    lines = [
        f"{request.reference} ({request.controller.name})",
        texts.kinds_phrase(request.kind_names, language) or "?",
        f"{texts.state_name(request.status, language)}"
        f"{' · review' if request.needs_review else ''}",
        f"→ {templates.format_date(due, language)}",
    ]
    lines += [f"{e.at:%Y-%m-%d} {e.action} ({e.actor})" for e in request.events[-5:]]
    return "\n".join(lines)


class ControllerSide:
    """Handlers for linked controller chats."""

    def __init__(self, deps: BotDeps) -> None:
        """Keep the bot's collaborators."""
        self.deps = deps

    async def link(self, update: Update, context: Context) -> None:
        """``/link CODE``: link this chat to the code's controller."""
        chat, user = update.effective_chat, update.effective_user
        assert chat is not None
        language = rules.chat_language(user.language_code if user else None)
        code = (context.args or [""])[0]
        with self.deps.sessions() as session:
            controller = telegram_repo.redeem_link_code(
                session, code=code, chat_id=str(chat.id), now=self.deps.clock()
            )
            text = (
                texts.say(
                    "link_ok", language, controller=controller.display_name or controller.name
                )
                if controller is not None
                else texts.say("link_bad", language)
            )
            Replies(
                session, update_id=update.update_id, chat_id=str(chat.id), now=self.deps.clock()
            ).say(text, language=language)
            session.commit()
        log.info("link code %s", "accepted" if controller is not None else "refused")

    async def on_button(self, update: Update, context: Context) -> None:
        """``a:<action>:<reference>[:<outcome>]`` from a notification's buttons."""
        query, chat = update.callback_query, update.effective_chat
        if query is None or query.data is None or chat is None:
            return
        chat_id = str(chat.id)
        language = rules.chat_language(query.from_user.language_code)
        _, action, rest = query.data.split(":", 2)
        reference, _, outcome = rest.partition(":")
        with self.deps.sessions() as session:
            request = request_repo.get_request(session, reference=reference)
            if request is None or not telegram_repo.is_linked(
                session, controller_id=request.controller_id, chat_id=chat_id
            ):
                log.warning("controller action refused: chat not linked to the controller")
                await query.answer(texts.say("not_allowed", language), show_alert=True)
                return
            replies = Replies(
                session, update_id=update.update_id, chat_id=chat_id, now=self.deps.clock()
            )
            if action == "summary":
                replies.say(
                    summary_text(request, language),
                    language=language,
                    buttons=action_buttons(request, language),
                )
            elif not lifecycle_port.available():
                replies.say(texts.say("unavailable", language), language=language)
            elif action in ("extend", "close"):
                assert context.chat_data is not None
                context.chat_data["awaiting"] = {
                    "step": "reason",
                    "action": action,
                    "ref": reference,
                    "outcome": outcome,
                }
                replies.say(
                    texts.say("ask_reason", language, action=action, reference=reference),
                    language=language,
                )
            else:
                self._perform(session, replies, request, action, chat_id, language, {})
            session.commit()
        await query.answer()

    async def on_text(self, update: Update, context: Context, controllers: list[str]) -> None:
        """Text in a linked chat: the awaited reason, or a pointer to the buttons."""
        message, data = update.effective_message, context.chat_data
        assert message is not None and data is not None
        chat_id = str(message.chat.id)
        user = update.effective_user
        language = rules.chat_language(user.language_code if user else None)
        awaiting = data.get("awaiting") or {}
        with self.deps.sessions() as session:
            replies = Replies(
                session, update_id=update.update_id, chat_id=chat_id, now=self.deps.clock()
            )
            request = request_repo.get_request(session, reference=str(awaiting.get("ref")))
            if awaiting.get("step") == "reason" and request is not None and message.text:
                data.pop("awaiting")
                if telegram_repo.is_linked(
                    session, controller_id=request.controller_id, chat_id=chat_id
                ):
                    self._perform(
                        session,
                        replies,
                        request,
                        str(awaiting["action"]),
                        chat_id,
                        language,
                        {
                            "reason": message.text.strip(),
                            "outcome": awaiting.get("outcome") or None,
                        },
                    )
            else:
                replies.say(
                    texts.say("controller_chat", language, controllers=", ".join(controllers)),
                    language=language,
                )
            session.commit()

    def _perform(
        self,
        session: Any,
        replies: Replies,
        request: Request,
        action: str,
        chat_id: str,
        language: str,
        extra: dict[str, Any],
    ) -> None:
        now = self.deps.clock()
        try:
            with session.begin_nested():
                lifecycle_port.perform(
                    session,
                    request=request,
                    action=action,
                    actor=f"telegram:{chat_id}",
                    now=now,
                    **extra,
                )
        except (lifecycle_port.action_error_type(), ValueError) as exc:
            replies.say(texts.say("action_refused", language, reason=str(exc)), language=language)
            return
        replies.say(
            texts.say("action_done", language, action=action, reference=request.reference),
            language=language,
        )
