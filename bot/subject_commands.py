"""The data subject's commands: /start, /help, /privacy, /status, /language, /cancel, /forget."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session
from telegram import Update
from telegram.ext import ContextTypes

from bot import conversation_rules as rules
from bot import texts
from bot.deps import BotDeps, Replies
from intake import templates
from store import requests as request_repo
from store import telegram as telegram_repo
from store.models import Request

Context = ContextTypes.DEFAULT_TYPE


def chat_ids(update: Update) -> tuple[str, int, str | None]:
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None
    return str(chat.id), update.update_id, user.language_code if user else None


def chat_data(context: Context) -> dict[str, Any]:
    data = context.chat_data
    assert data is not None  # every update the bot handles has a chat
    return data


def own_request(session: Session, *, chat_id: str, reference: str) -> Request | None:
    """The request ``reference`` if this chat filed it, else None."""
    request = request_repo.get_request(session, reference=reference)
    if request is None or not request_repo.subject_has_identity(
        session, request=request, kind="telegram", value=chat_id
    ):
        return None
    return request


class SubjectCommands:
    """Handlers of the data subject's commands and buttons."""

    def __init__(self, deps: BotDeps) -> None:
        """Keep the bot's collaborators."""
        self.deps = deps

    def language_of(self, context: Context, user_language: str | None) -> str:
        """The language to answer this chat in."""
        default = (
            self.deps.settings.controllers[0].default_language
            if (self.deps.settings.controllers)
            else None
        )
        return rules.chat_language(chat_data(context).get("language"), user_language, default)

    async def start(self, update: Update, context: Context) -> None:
        """Welcome; ``/start <controller>`` pre-selects the organisation."""
        chat_id, update_id, user_language = chat_ids(update)
        language = self.language_of(context, user_language)
        names = {c.name: c for c in self.deps.settings.controllers}
        wanted = (context.args or [""])[0].lower()
        with self.deps.sessions() as session:
            replies = Replies(session, update_id=update_id, chat_id=chat_id, now=self.deps.clock())
            replies.say(texts.say("welcome", language), language=language)
            if wanted in names:
                chat = telegram_repo.ensure_chat(session, chat_id=chat_id, now=self.deps.clock())
                chat.controller = wanted
                shown = names[wanted].display_name or wanted
                replies.say(
                    texts.say("controller_set", language, controller=shown), language=language
                )
            session.commit()

    async def simple(self, update: Update, context: Context) -> None:
        """/help and /privacy."""
        chat_id, update_id, user_language = chat_ids(update)
        language = self.language_of(context, user_language)
        key = (
            "privacy"
            if update.effective_message
            and ((update.effective_message.text or "").startswith("/privacy"))
            else "help"
        )
        self._reply(chat_id, update_id, texts.say(key, language), language)

    def _reply(self, chat_id: str, update_id: int, text: str, language: str, **kw: Any) -> None:
        with self.deps.sessions() as session:
            Replies(session, update_id=update_id, chat_id=chat_id, now=self.deps.clock()).say(
                text, language=language, **kw
            )
            session.commit()

    async def status(self, update: Update, context: Context) -> None:
        """List this chat's own requests and where they stand."""
        chat_id, update_id, user_language = chat_ids(update)
        language = self.language_of(context, user_language)
        with self.deps.sessions() as session:
            found = telegram_repo.requests_of_chat(session, chat_id=chat_id)
            lines = [
                texts.say(
                    "status_line",
                    language,
                    reference=r.reference,
                    kinds=texts.kinds_phrase(r.kind_names, language) or "?",
                    state=texts.state_name(r.status, language),
                    due=templates.format_date(r.extended_due_on or r.due_on, language),
                )
                for r in found
            ]
        self._reply(
            chat_id, update_id, "\n".join(lines) or texts.say("status_none", language), language
        )

    async def language(self, update: Update, context: Context) -> None:
        """Offer the languages the bot speaks."""
        chat_id, update_id, user_language = chat_ids(update)
        language = self.language_of(context, user_language)
        buttons = [[(texts.LANGUAGE_NAMES[code], f"l:{code}") for code in texts.PHRASES]]
        self._reply(
            chat_id, update_id, texts.say("language_pick", language), language, buttons=buttons
        )

    async def cancel(self, update: Update, context: Context) -> None:
        """Drop the step in progress (held message, awaited e-mail or reason)."""
        chat_id, update_id, user_language = chat_ids(update)
        data = chat_data(context)
        language = self.language_of(context, user_language)
        dropped = [data.pop(key) for key in ("pending", "awaiting", "picking") if key in data]
        key = "cancelled" if dropped else "nothing_to_cancel"
        self._reply(chat_id, update_id, texts.say(key, language), language)

    async def forget(self, update: Update, context: Context) -> None:
        """Erase the chat's stored data, unless a request is still open."""
        chat_id, update_id, user_language = chat_ids(update)
        language = self.language_of(context, user_language)
        with self.deps.sessions() as session:
            still_open = telegram_repo.requests_of_chat(session, chat_id=chat_id, open_only=True)
            if still_open:
                references = ", ".join(r.reference for r in still_open)
                Replies(session, update_id=update_id, chat_id=chat_id, now=self.deps.clock()).say(
                    texts.say("forget_refused", language, references=references),
                    language=language,
                )
            else:
                telegram_repo.forget_chat(session, chat_id=chat_id)
            session.commit()
        if not still_open:
            chat_data(context).clear()
            context.application.drop_chat_data(int(chat_id))
            self.deps.limiter.forget(chat_id)
            # Answered directly, not through the outbox: nothing about the
            # chat should be written again right after erasing it.
            await context.bot.send_message(int(chat_id), texts.say("forgotten", language))
