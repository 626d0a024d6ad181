"""The data subject's buttons: organisation, language, "is that right?" and corrections.

Every request a button names is checked against the chat: a reference
copied from someone else's chat gets the same answer as a wrong one.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot import conversation_rules as rules
from bot import lifecycle_port, texts
from bot.deps import BotDeps, Replies
from bot.subject_commands import Context, SubjectCommands, chat_data, chat_ids, own_request
from bot.subject_filing import ask_verification_step, file_update, kind_picker
from store import telegram as telegram_repo
from store.events import append_event
from store.models import Request, RequestKind


class SubjectButtons:
    """Handler of the data subject's inline buttons."""

    def __init__(self, deps: BotDeps, commands: SubjectCommands) -> None:
        """Share the commands' language choice."""
        self.deps = deps
        self.commands = commands

    async def on_button(self, update: Update, context: Context) -> None:
        """Organisation, language, confirm and correct kinds."""
        query = update.callback_query
        if query is None or query.data is None:
            return
        chat_id, update_id, user_language = chat_ids(update)
        data = chat_data(context)
        verb, _, rest = query.data.partition(":")
        if verb == "l" and rest in texts.PHRASES:
            data["language"] = rest
            await query.answer()
            await query.edit_message_text(texts.say("language_set", rest))
            return
        language = self.commands.language_of(context, user_language)
        if verb == "c":
            await self._chose_controller(update, context, rest, language)
            return
        reference, _, kind = rest.partition(":")
        with self.deps.sessions() as session:
            request = own_request(session, chat_id=chat_id, reference=reference)
            if request is None:
                await query.answer()
                return
            actor, now = f"telegram:{chat_id}", self.deps.clock()
            if verb == "ok":
                append_event(
                    session,
                    request=request,
                    at=now,
                    actor=actor,
                    action="kinds_confirmed",
                    detail={"kinds": request.kind_names},
                )
                answer = texts.say("confirmed", language, reference=reference)
            elif verb in ("fix", "k"):
                picking = data.get("picking") or {}
                chosen = (
                    picking.get("kinds", request.kind_names)
                    if picking.get("ref") == reference
                    else request.kind_names
                )
                chosen = rules.toggle(chosen, kind) if verb == "k" else list(chosen)
                data["picking"] = {"ref": reference, "kinds": chosen}
                session.commit()
                await query.answer()
                await query.edit_message_text(
                    texts.say("pick_kinds", language),
                    reply_markup=_markup(kind_picker(reference, chosen, language)),
                )
                return
            elif verb == "kd":
                chosen = (data.get("picking") or {}).get("kinds") or []
                if not chosen:
                    await query.answer(texts.say("pick_one", language), show_alert=True)
                    return
                data.pop("picking", None)
                _correct_kinds(session, request=request, kinds=chosen, actor=actor, now=now)
                # New rights may need an identity check the old ones did not.
                lifecycle_port.reassess(session, request=request, now=now)
                if (data.get("awaiting") or {}).get("ref") != reference:
                    replies = Replies(session, update_id=update_id, chat_id=chat_id, now=now)
                    ask_verification_step(session, replies, request, data, language)
                answer = texts.say(
                    "corrected",
                    language,
                    reference=reference,
                    kinds=texts.kinds_phrase(chosen, language),
                )
            else:
                await query.answer()
                return
            session.commit()
        await query.answer()
        await query.edit_message_text(answer)

    async def _chose_controller(
        self, update: Update, context: Context, name: str, language: str
    ) -> None:
        query = update.callback_query
        assert query is not None
        chat_id, update_id, _ = chat_ids(update)
        names = {c.name: c for c in self.deps.settings.controllers}
        await query.answer()
        if name not in names:
            return
        with self.deps.sessions() as session:
            chat = telegram_repo.ensure_chat(session, chat_id=chat_id, now=self.deps.clock())
            chat.controller = name
            session.commit()
        data = chat_data(context)
        shown = names[name].display_name or name
        await query.edit_message_text(texts.say("controller_set", language, controller=shown))
        pending = data.pop("pending", None)
        if pending:
            data.pop("awaiting", None)
            await file_update(
                self.deps, context.bot, raw=pending, answering=update_id, chat_data=data
            )


def _markup(rows: list[list[tuple[str, str]]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=value) for label, value in row] for row in rows]
    )


def _correct_kinds(
    session: Session, *, request: Request, kinds: list[str], actor: str, now: datetime
) -> None:
    """Replace the request's rights by the person's choice, and log it."""
    before = request.kind_names
    wanted = sorted(set(kinds))
    for row in list(request.kinds):
        if row.kind not in wanted:
            request.kinds.remove(row)
    for kind in wanted:
        if kind not in before:
            request.kinds.append(RequestKind(kind=kind))
    session.flush()
    append_event(
        session,
        request=request,
        at=now,
        actor=actor,
        action="kinds_corrected",
        detail={"from": before, "to": wanted},
    )
