"""Filing what a data subject sends: text through the pipeline, then the questions.

After the pipeline has filed the message (stored, classified, acknowledged
in the outbox), the bot asks what it still needs, in the request's
language: "is that right?" when the classifier is unsure or several rights
are asked, and the identity step the life cycle wants (an e-mail address
for the one-time code, then the code).
Photos and documents are attached to the request, within the size limit.
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from telegram import Bot, Message, Update

from bot import conversation_rules as rules
from bot import lifecycle_port, texts
from bot.deps import BotDeps, Button, Replies
from bot.update_normaliser import CHANNEL, RAW_FORMAT
from intake.envelope import Envelope
from nlp.types import RIGHTS
from store import messages as message_repo
from store import telegram as telegram_repo
from store.events import append_event
from store.models import ContactIdentity, Request
from store.telegram_models import TelegramFile

ChatData = dict[str, Any]


def kind_picker(reference: str, chosen: list[str], language: str) -> list[list[Button]]:
    """Buttons to tick rights, two per row, then "Done"."""
    buttons = [
        (
            ("✓ " if kind in chosen else "") + texts.kind_label(kind, language),
            f"k:{reference}:{kind}",
        )
        for kind in RIGHTS
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    return [*rows, [(texts.say("done", language), f"kd:{reference}")]]


def _ask_what_is_missing(
    session: Session, replies: Replies, request: Request, chat_data: ChatData, *, unsure: bool
) -> None:
    language = rules.chat_language(chat_data.get("language"), request.language)
    kinds, reference = request.kind_names, request.reference
    if not kinds:
        chat_data["picking"] = {"ref": reference, "kinds": []}
        replies.say(
            texts.say("understood_none", language),
            language=language,
            buttons=kind_picker(reference, [], language),
            request_id=request.id,
        )
    elif rules.needs_confirmation(kinds=kinds, unsure=unsure):
        phrase = texts.say("understood", language, kinds=texts.kinds_phrase(kinds, language))
        buttons = [
            [
                (texts.say("yes", language), f"ok:{reference}"),
                (texts.say("fix", language), f"fix:{reference}"),
            ]
        ]
        replies.say(phrase, language=language, buttons=buttons, request_id=request.id)
    ask_verification_step(session, replies, request, chat_data, language)


def ask_verification_step(
    session: Session, replies: Replies, request: Request, chat_data: ChatData, language: str
) -> None:
    """Render the identity step the life cycle wants (it alone decides whether one is due).

    ``email``: ask for the address the code will be mailed to; ``code``: the
    code went to the address already on file, ask for it. A document
    (``manual``) is asked for by the life cycle's own message in the chat.
    """
    step = lifecycle_port.verification_step(session, request=request)
    if step in ("email", "code"):
        chat_data["awaiting"] = {"step": step, "ref": request.reference}
        key = "ask_email" if step == "email" else "ask_code"
        replies.say(texts.say(key, language), language=language, request_id=request.id)


async def file_update(
    deps: BotDeps,
    bot: Bot,
    *,
    raw: dict[str, Any],
    answering: int,
    chat_data: ChatData,
) -> None:
    """File the message of update ``raw`` and queue the answers.

    Args:
        deps: The bot's collaborators.
        bot: For downloading attached files.
        raw: The update as Telegram sent it (also a held-back one, once the
            person has picked the organisation).
        answering: Id of the update being handled now; keys the replies.
        chat_data: The chat's conversation state (persisted by the runner).
    """
    update = Update.de_json(raw, bot)
    message = update.effective_message
    if message is None:
        return
    chat_id = str(message.chat.id)
    request_id: int | None = None
    text = message.text or message.caption
    if text:
        envelope = Envelope(
            channel=CHANNEL,
            native_id=f"tg:{update.update_id}",
            raw=json.dumps(raw, ensure_ascii=False, sort_keys=True).encode("utf-8"),
            raw_format=RAW_FORMAT,
            received_at=message.date.astimezone(UTC),
        )
        await asyncio.to_thread(deps.pipeline.ingest, envelope)
        request_id = _answer_filed(deps, envelope.native_id, answering, chat_id, chat_data)
    if message.photo or message.document:
        await _attach(deps, message, answering=answering, request_id=request_id, data=chat_data)


def _answer_filed(
    deps: BotDeps, native_id: str, answering: int, chat_id: str, chat_data: ChatData
) -> int | None:
    with deps.sessions() as session:
        stored = message_repo.find_message(session, channel=CHANNEL, native_id=native_id)
        if stored is None:
            return None
        replies = Replies(session, update_id=answering, chat_id=chat_id, now=deps.clock())
        language = rules.chat_language(chat_data.get("language"), stored.language)
        request = session.get(Request, stored.request_id) if stored.request_id else None
        if stored.status == message_repo.PROCESSED and request is not None:
            unsure = bool((stored.classification or {}).get("needs_review"))
            _ask_what_is_missing(session, replies, request, chat_data, unsure=unsure)
        elif stored.status == message_repo.NOT_A_REQUEST:
            replies.say(texts.say("not_a_request", language), language=language)
        elif stored.status == message_repo.QUARANTINED:
            replies.say(texts.say("quarantined", language), language=language)
        session.commit()
        return request.id if request is not None else None


async def _attach(
    deps: BotDeps, message: Message, *, answering: int, request_id: int | None, data: ChatData
) -> None:
    chat_id = str(message.chat.id)
    limit = deps.settings.telegram.max_attachment_bytes
    if message.photo:
        item: Any = message.photo[-1]
        kind, name, mime = "photo", None, "image/jpeg"
    else:
        item = message.document
        kind, name, mime = "document", item.file_name, item.mime_type
    with deps.sessions() as session:
        replies = Replies(session, update_id=answering, chat_id=chat_id, now=deps.clock())
        user_language = message.from_user.language_code if message.from_user else None
        language = rules.chat_language(data.get("language"), user_language)
        if request_id is None:
            open_requests = telegram_repo.requests_of_chat(session, chat_id=chat_id, open_only=True)
            request_id = open_requests[-1].id if open_requests else None
        if item.file_size is not None and item.file_size > limit:
            replies.say(
                texts.say("file_too_big", language, limit=f"{limit / 1_000_000:g}"),
                language=language,
            )
        elif request_id is None:
            replies.say(texts.say("file_no_request", language), language=language)
        else:
            content = bytes(
                await (await message.get_bot().get_file(item.file_id)).download_as_bytearray()
            )
            request = session.get_one(Request, request_id)
            if len(content) > limit:
                replies.say(
                    texts.say("file_too_big", language, limit=f"{limit / 1_000_000:g}"),
                    language=language,
                )
            elif telegram_repo.add_file(
                session,
                file=TelegramFile(
                    request_id=request_id,
                    chat_id=chat_id,
                    file_unique_id=item.file_unique_id,
                    kind=kind,
                    file_name=name,
                    mime_type=mime,
                    size=len(content),
                    content=content,
                    received_at=deps.clock(),
                ),
            ):
                append_event(
                    session,
                    request=request,
                    at=deps.clock(),
                    actor=f"telegram:{chat_id}",
                    action="attachment_received",
                    detail={"kind": kind, "size": len(content)},
                )
                replies.say(
                    texts.say("file_saved", language, reference=request.reference),
                    language=language,
                    request_id=request_id,
                )
        session.commit()


def record_contact_email(
    session: Session, *, request: Request, chat_id: str, email: str, now: datetime
) -> None:
    """Note the address the person gave; it becomes an identity if nobody else has it.

    An address already known for another person is not merged into this
    one's identities (anyone can type any address); the controller sees it
    in the event and checks it.
    """
    address = email.strip().lower()
    known = session.scalar(
        select(ContactIdentity).where(
            ContactIdentity.kind == "email", ContactIdentity.value == address
        )
    )
    if known is None:
        session.add(
            ContactIdentity(
                subject_id=request.subject_id, kind="email", value=address, created_at=now
            )
        )
    append_event(
        session,
        request=request,
        at=now,
        actor=f"telegram:{chat_id}",
        action="contact_email_given",
        detail={"email": address, "identity_added": known is None},
    )
