"""Feeding updates to the bot: polling or webhook, deduplicated, acknowledged last.

PTB's own ``Updater`` confirms updates to Telegram when it fetches the
next batch, whether or not they were handled; the runner fetches them
itself so that an update is confirmed (next ``getUpdates`` offset, or the
webhook's 200) only after its message, the answers and the chat's state
are committed. Updates are handled one at a time, in order.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import traceback
import warnings
from collections.abc import Callable
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.orm import Session, sessionmaker
from telegram import Update
from telegram.error import TelegramError
from telegram.warnings import PTBUserWarning

from bot import lifecycle_port
from bot.application import RAW_UPDATE, build_application
from bot.chat_routing import build_bot_pipeline
from bot.delivery import deliver_telegram_outbox
from bot.deps import BotDeps
from config import Settings
from intake.context import IntakeServices
from intake.delivery import DeliveryReport
from store import telegram as telegram_repo

log = logging.getLogger(__name__)
# httpx logs every request URL at INFO, and Bot API URLs contain the token.
logging.getLogger("httpx").setLevel(logging.WARNING)
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
MAX_HANDLER_ATTEMPTS = 3


class UpdateNotHandledError(RuntimeError):
    """A handler failed; the update stays unconfirmed so Telegram sends it again."""


class TelegramBot:
    """The bot: one ``Application`` fed by polling or by the webhook."""

    def __init__(
        self,
        *,
        settings: Settings,
        sessions: sessionmaker[Session],
        services: IntakeServices,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        """Wire the bot's pipeline, handlers and persistence."""
        lifecycle_port.bind_settings(sessions, settings)
        self.clock: Callable[[], datetime] = services.clock
        self.sessions = sessions
        self.deps = BotDeps(
            settings=settings, sessions=sessions,
            pipeline=build_bot_pipeline(sessions=sessions, services=services),
            clock=services.clock, monotonic=monotonic, deliver=self.deliver,
        )  # fmt: skip
        self.application = build_application(self.deps)
        self.application.add_error_handler(self._on_error)
        self._lock = asyncio.Lock()
        self._deliver_lock = asyncio.Lock()
        self._failed = False
        self._attempts: dict[int, int] = {}
        self.offset: int | None = None

    async def _on_error(self, update: object, context: Any) -> None:
        self._failed = True
        error = context.error
        # Type and place only: an exception's text may quote the message.
        frames = traceback.extract_tb(error.__traceback__) if error is not None else []
        where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
        log.error("handler failed: %s at %s", type(error).__name__, where)

    async def start(self) -> None:
        """Initialise the application (loads the persisted chat states)."""
        await self.application.initialize()
        await self.application.start()

    async def stop(self) -> None:
        """Write the last states and close the HTTP connections."""
        if self.application.running:
            await self.application.stop()
        await self.application.shutdown()

    async def handle(self, raw: dict[str, Any]) -> bool:
        """Handle one update unless it was already; True when it was new.

        Raises:
            UpdateNotHandledError: A handler failed (up to a few times per
                update; after that the update is let go, and logged).
        """
        update_id = int(raw["update_id"])
        async with self._lock:
            with self.sessions() as session:
                if telegram_repo.update_handled(session, update_id=update_id):
                    return False
            self._failed = False
            token = RAW_UPDATE.set(raw)
            try:
                await self.application.process_update(Update.de_json(raw, self.application.bot))
            finally:
                RAW_UPDATE.reset(token)
            await self.application.update_persistence()
            if self._failed:
                attempts = self._attempts[update_id] = self._attempts.get(update_id, 0) + 1
                if attempts < MAX_HANDLER_ATTEMPTS:
                    raise UpdateNotHandledError(f"update {update_id}")
                log.error("update %s given up after %d attempts", update_id, attempts)
            with self.sessions() as session:
                telegram_repo.mark_update_handled(session, update_id=update_id, now=self.clock())
                session.commit()
            self._attempts.pop(update_id, None)
        await self.deliver()
        return True

    async def deliver(self) -> DeliveryReport:
        """Send what is due in the Telegram outbox."""
        async with self._deliver_lock:
            return await deliver_telegram_outbox(
                bot=self.application.bot, sessions=self.sessions, clock=self.clock
            )

    async def poll_once(self, *, timeout: int = 0) -> int:
        """Fetch one batch (confirming the previous one) and handle it; returns its size."""
        kwargs = {"offset": self.offset, "timeout": timeout, "allowed_updates": ALLOWED_UPDATES}
        with warnings.catch_warnings():
            # PTB suggests Bot.get_updates, which would parse the updates; the
            # raw JSON is what the pipeline must store, so the generic call is used.
            warnings.simplefilter("ignore", PTBUserWarning)
            batch = await self.application.bot.do_api_request(
                "getUpdates", api_kwargs=kwargs, read_timeout=timeout + 10
            )
        handled = 0
        for raw in batch or []:
            await self.handle(raw)
            self.offset = int(raw["update_id"]) + 1
            handled += 1
        return handled

    async def run_polling(self, stop: asyncio.Event) -> None:
        """Long-poll until ``stop`` is set."""
        await self.application.bot.delete_webhook()
        timeout = self.deps.settings.telegram.poll_timeout_seconds
        pause = 1.0
        while not stop.is_set():
            try:
                await self.poll_once(timeout=timeout)
                pause = 1.0
            except (TelegramError, UpdateNotHandledError) as exc:
                log.warning("polling: %s; retrying in %.0f s", type(exc).__name__, pause)
                await _sleep_or_stop(stop, pause)
                pause = min(pause * 2, 60.0)
            await self.deliver()

    async def run_webhook(self, stop: asyncio.Event) -> None:
        """Register the webhook and serve it until ``stop`` is set."""
        from bot.webhook import serve_webhook

        telegram = self.deps.settings.telegram
        assert telegram.webhook_url is not None and telegram.webhook_secret is not None
        secret = telegram.webhook_secret.get_secret_value()
        server = await serve_webhook(
            host=telegram.webhook_listen, port=telegram.webhook_port,
            path=urlsplit(telegram.webhook_url).path or "/", secret=secret, handle=self._hook,
        )  # fmt: skip
        await self.application.bot.set_webhook(
            telegram.webhook_url, secret_token=secret, allowed_updates=ALLOWED_UPDATES,
            max_connections=1,
        )  # fmt: skip
        try:
            while not stop.is_set():
                await _sleep_or_stop(stop, 5.0)
                await self.deliver()
        finally:
            server.close()
            await server.wait_closed()

    async def _hook(self, raw: dict[str, Any]) -> None:
        await self.handle(raw)


async def _sleep_or_stop(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)
