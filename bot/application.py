"""The python-telegram-bot ``Application``: API endpoints, rate limiter, persistence, handlers."""

from __future__ import annotations

import contextvars
from typing import Any

from telegram import Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import conversation_rules as rules
from bot import lifecycle_port, texts
from bot.controller_side import ControllerSide
from bot.deps import BotDeps, Replies
from bot.persistence import DatabasePersistence
from bot.subject_buttons import SubjectButtons
from bot.subject_commands import SubjectCommands, own_request
from bot.subject_filing import file_update, record_contact_email
from store import telegram as telegram_repo

Context = ContextTypes.DEFAULT_TYPE
# The update exactly as it came from Telegram, set by the runner while the
# handlers run: what the pipeline stores is what Telegram sent.
RAW_UPDATE: contextvars.ContextVar[dict[str, Any] | None] = contextvars.ContextVar(
    "RAW_UPDATE", default=None
)


class Dispatcher:
    """Routes free text: linked controller chat, awaited answer, or a new message to file."""

    def __init__(self, deps: BotDeps) -> None:
        """Build the two sides of the desk."""
        self.deps = deps
        self.subject = SubjectCommands(deps)
        self.buttons = SubjectButtons(deps, self.subject)
        self.controller = ControllerSide(deps)
        self._told_to_slow_down: set[str] = set()

    async def gate(self, update: Update, context: Context) -> None:
        """Per-chat rate limit, before any other handler."""
        chat = update.effective_chat
        if chat is None:
            raise ApplicationHandlerStop
        chat_id = str(chat.id)
        if self.deps.limiter.allow(chat_id, now=self.deps.monotonic()):
            self._told_to_slow_down.discard(chat_id)
            return
        if update.message is not None and chat_id not in self._told_to_slow_down:
            self._told_to_slow_down.add(chat_id)
            user = update.effective_user
            language = rules.chat_language(user.language_code if user else None)
            await context.bot.send_message(chat.id, texts.say("too_fast", language))
        raise ApplicationHandlerStop

    async def on_message(self, update: Update, context: Context) -> None:
        """Text, photo or document that is not a command."""
        message, data = update.effective_message, context.chat_data
        if message is None or data is None:
            return
        chat_id = str(message.chat.id)
        with self.deps.sessions() as session:
            linked = telegram_repo.controllers_of_chat(session, chat_id=chat_id)
            chat = telegram_repo.get_chat(session, chat_id=chat_id)
            chosen = chat.controller if chat is not None else None
        if linked:
            names = [c.display_name or c.name for c in linked]
            await self.controller.on_text(update, context, names)
            return
        if message.chat.type != "private":
            return  # group chatter is not a request; only linked groups are listened to
        awaiting = data.get("awaiting") or {}
        if awaiting.get("step") in ("email", "code") and message.text:
            await self._identity_step(update, data, awaiting)
            return
        raw = RAW_UPDATE.get() or update.to_dict()
        controllers = self.deps.settings.controllers
        if rules.needs_controller_choice(controllers=len(controllers), chosen=chosen):
            data["pending"], data["awaiting"] = raw, {"step": "controller"}
            user_language = message.from_user.language_code if message.from_user else None
            language = rules.chat_language(data.get("language"), user_language)
            buttons = [[(c.display_name or c.name, f"c:{c.name}")] for c in controllers]
            self._say(update, texts.say("choose_controller", language), language, buttons=buttons)
            return
        await file_update(
            self.deps, context.bot, raw=raw, answering=update.update_id, chat_data=data
        )

    def _say(self, update: Update, text: str, language: str, **kw: Any) -> None:
        assert update.effective_chat is not None
        with self.deps.sessions() as session:
            Replies(
                session, update_id=update.update_id, chat_id=str(update.effective_chat.id),
                now=self.deps.clock(),
            ).say(text, language=language, **kw)  # fmt: skip
            session.commit()

    async def _identity_step(
        self, update: Update, data: dict[str, Any], awaiting: dict[str, Any]
    ) -> None:
        """The person answers the identity step: the address for the code, or the code."""
        message = update.effective_message
        assert message is not None and message.text is not None
        chat_id, reference, now = str(message.chat.id), str(awaiting.get("ref")), self.deps.clock()
        with self.deps.sessions() as session:
            request = own_request(session, chat_id=chat_id, reference=reference)
            language = rules.chat_language(
                data.get("language"), request.language if request else None
            )
            replies = Replies(session, update_id=update.update_id, chat_id=chat_id, now=now)
            key, values = "bad_email", {}
            if request is None:
                data.pop("awaiting", None)
                key = ""
            elif awaiting.get("step") == "code":
                actor = f"telegram:{chat_id}"
                if lifecycle_port.confirm_code(
                    session, request=request, text=message.text, actor=actor, now=now
                ):
                    data.pop("awaiting", None)
                    key, values = "code_ok", {"reference": reference}
                else:
                    key = "code_bad"
            elif rules.looks_like_email(message.text):
                record_contact_email(session, request=request, chat_id=chat_id,
                                     email=message.text, now=now)  # fmt: skip
                key, values = "email_saved", {"reference": reference}
                data.pop("awaiting", None)
                try:
                    if lifecycle_port.send_code_by_email(
                        session, request=request, email=message.text, now=now
                    ):
                        data["awaiting"] = {"step": "code", "ref": reference}
                        key = "code_sent"
                except lifecycle_port.action_error_type():
                    key = "code_limit"  # the only refusal: too many codes today
            if key:
                replies.say(texts.say(key, language, **values), language=language,
                            request_id=request.id if request else None)  # fmt: skip
            session.commit()


def build_application(deps: BotDeps) -> Application[Any, Any, Any, Any, Any, Any]:
    """The configured ``Application``; the runner feeds it updates itself."""
    telegram = deps.settings.telegram
    if telegram.token is None:
        raise ValueError("telegram.token is not set (GUICHET_TELEGRAM__TOKEN)")
    application = (
        ApplicationBuilder()
        .token(telegram.token.get_secret_value())
        .base_url(telegram.base_url)
        .base_file_url(telegram.base_file_url)
        .updater(None)
        .rate_limiter(AIORateLimiter(max_retries=3))
        .persistence(DatabasePersistence(sessions=deps.sessions, clock=deps.clock))
        .build()
    )
    desk = Dispatcher(deps)
    subject, controller = desk.subject, desk.controller
    application.add_handler(TypeHandler(Update, desk.gate), group=-1)
    for name, callback in (
        ("start", subject.start), ("help", subject.simple), ("privacy", subject.simple),
        ("status", subject.status), ("language", subject.language), ("cancel", subject.cancel),
        ("forget", subject.forget), ("link", controller.link),
    ):  # fmt: skip
        application.add_handler(CommandHandler(name, callback))
    application.add_handler(CallbackQueryHandler(controller.on_button, pattern=r"^a:"))
    application.add_handler(CallbackQueryHandler(desk.buttons.on_button))
    content = (filters.TEXT | filters.PHOTO | filters.Document.ALL) & ~filters.COMMAND
    application.add_handler(MessageHandler(content, desk.on_message))
    return application
