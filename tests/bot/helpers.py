"""A Guichet bot wired to the fake Bot API and a real database, for conversation tests."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from bot.dev_api import FakeBotApi
from bot.runner import TelegramBot
from bot.update_normaliser import normalise_update
from config import ControllerSettings, Settings
from config.settings import TelegramSettings
from intake.context import IntakeServices
from intake.email_channel import normalise_email
from nlp.baseline import RuleBasedClassifier
from store.db import make_engine, make_session_factory
from tests.intake.helpers import SECRET, Clock

ACME = ControllerSettings(
    name="acme", display_name="Acme SAS", country="FR", intake_addresses=["rgpd@acme.example"]
)
GLOBEX = ControllerSettings(
    name="globex",
    display_name="Globex Ltd",
    country="FR",
    languages=["en"],
    intake_addresses=["privacy@globex.example"],
)


def bot_settings(
    db_url: str, api: FakeBotApi, *, controllers: list[ControllerSettings], **telegram: object
) -> Settings:
    """Settings whose Telegram section points at the fake API."""
    return Settings(
        database_url=db_url,
        secret_key=SECRET,  # type: ignore[arg-type]
        controllers=controllers,
        telegram=TelegramSettings(
            token=api.token,
            base_url=api.base_url,
            base_file_url=api.base_file_url,  # type: ignore[arg-type]
            **telegram,  # type: ignore[arg-type]
        ),
    )


@dataclass
class Desk:
    """The bot under test, its fake API, its database and its clock."""

    api: FakeBotApi
    settings: Settings
    sessions: sessionmaker[Session]
    clock: Clock = field(default_factory=Clock)
    bot: TelegramBot | None = None
    seconds: float = 0.0

    async def start(self) -> TelegramBot:
        services = IntakeServices(
            settings=self.settings,
            classifier=RuleBasedClassifier(),
            clock=self.clock,
            normalisers={
                "rfc822": functools.partial(normalise_email, own_domains=set()),
                "json": normalise_update,
            },
        )
        self.bot = TelegramBot(
            settings=self.settings,
            sessions=self.sessions,
            services=services,
            monotonic=lambda: self.seconds,
        )
        await self.bot.start()
        return self.bot

    async def restart(self) -> None:
        """Stop the bot as a deployment would, and start a fresh one on the same database."""
        assert self.bot is not None
        await self.bot.stop()
        await self.start()

    async def step(self) -> None:
        """Handle everything queued, then confirm it (the next getUpdates)."""
        assert self.bot is not None
        while await self.bot.poll_once(timeout=0):
            pass

    async def stop(self) -> None:
        if self.bot is not None:
            await self.bot.stop()


def make_desk(
    db_url: str,
    tmp_path: Path,
    *,
    controllers: list[ControllerSettings] | None = None,
    **telegram: object,
) -> Desk:
    """A started fake API and an unstarted bot on ``db_url``."""
    del tmp_path
    api = FakeBotApi(clock=lambda: 1804240800.0).start()  # 2027-03-05 10:00 UTC
    settings = bot_settings(db_url, api, controllers=controllers or [ACME], **telegram)
    return Desk(api, settings, make_session_factory(make_engine(db_url)))
