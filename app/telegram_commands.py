"""``guichet bot [--dev]`` and ``guichet controllers link-telegram NAME``."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from bot.dev_api import FakeBotApi
from bot.runner import TelegramBot
from config.settings import TelegramSettings
from store import requests as request_repo
from store import telegram as telegram_repo
from store.migrate import upgrade

out = Console()
err = Console(stderr=True)
DEV_CONFIG = Path("var/bot-dev/guichet.toml")
DEV_PERSON, DEV_CONTROLLER = 1001, 2002


def _stop_event() -> asyncio.Event:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    return stop


async def _serve(bot: TelegramBot, *, webhook: bool) -> None:
    stop = _stop_event()
    await bot.start()
    try:
        await (bot.run_webhook(stop) if webhook else bot.run_polling(stop))
    finally:
        await bot.stop()


def _show(api: FakeBotApi, shown: dict[int, int]) -> None:
    for chat_id, who in ((DEV_PERSON, "you"), (DEV_CONTROLLER, "controller")):
        texts = api.texts_to(chat_id)
        for text in texts[shown.get(chat_id, 0) :]:
            out.print(f"[bold cyan]bot → {who}:[/bold cyan] {text}", highlight=False)
        shown[chat_id] = len(texts)
    buttons = (
        api.labelled_buttons_to(DEV_PERSON)[-8:] + api.labelled_buttons_to(DEV_CONTROLLER)[-6:]
    )
    if buttons:
        out.print("  buttons: " + "  ".join(f"#{i} {b[0]}" for i, b in enumerate(buttons, 1)))


async def _console(bot: TelegramBot, api: FakeBotApi, stop: asyncio.Event) -> None:
    shown: dict[int, int] = {}
    out.print(
        "Dev chat with the bot (fake Telegram on loopback). Type a message; "
        "'#N' presses button N; '@ text' writes from the controller's chat; Ctrl-D quits."
    )
    while not stop.is_set():
        line = await asyncio.to_thread(sys.stdin.readline)
        if not line:
            break
        line = line.strip()
        buttons = api.buttons_to(DEV_PERSON)[-8:] + api.buttons_to(DEV_CONTROLLER)[-6:]
        if line.startswith("#") and line[1:].isdigit() and 0 < int(line[1:]) <= len(buttons):
            data = buttons[int(line[1:]) - 1]
            chat = DEV_PERSON if data in api.buttons_to(DEV_PERSON) else DEV_CONTROLLER
            api.press(chat, data)
        elif line.startswith("@"):
            api.user_says(DEV_CONTROLLER, line[1:].strip(), language="en")
        elif line:
            api.user_says(DEV_PERSON, line)
        while api.pending_updates:
            await asyncio.sleep(0.1)
        await asyncio.sleep(0.3)
        await bot.deliver()
        _show(api, shown)
    stop.set()


async def _dev(bot: TelegramBot, api: FakeBotApi) -> None:
    stop = _stop_event()
    await bot.start()
    try:
        await asyncio.gather(bot.run_polling(stop), _console(bot, api, stop))
    finally:
        await bot.stop()


def bot_command(
    dev: Annotated[
        bool, typer.Option(help="Run against a local fake Telegram and chat from this terminal.")
    ] = False,
) -> None:
    """Run the Telegram bot (polling or webhook, as configured)."""
    from app import cli
    from app.config_file import write_config
    from app.runtime import build_runtime

    if not dev:
        runtime = cli._runtime()
        if runtime.settings.telegram.token is None:
            err.print("[red]telegram.token is not set (GUICHET_TELEGRAM__TOKEN)[/red]")
            raise typer.Exit(2)
        bot = TelegramBot(settings=runtime.settings, sessions=runtime.sessions,
                          services=runtime.services)  # fmt: skip
        asyncio.run(_serve(bot, webhook=runtime.settings.telegram.mode == "webhook"))
        runtime.close()
        return
    if not cli._state.config_path.exists():
        write_config(DEV_CONFIG, demo=True, force=False)
        cli._state.config_path = DEV_CONFIG
    # httpx logs every request URL, and a Bot API URL contains the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    api = FakeBotApi().start()
    fake = TelegramSettings(token=api.token, base_url=api.base_url,
                            base_file_url=api.base_file_url, poll_timeout_seconds=1)  # fmt: skip
    settings = cli._settings().model_copy(update={"telegram": fake})
    runtime = build_runtime(settings)
    upgrade(runtime.engine)
    bot = TelegramBot(settings=settings, sessions=runtime.sessions, services=runtime.services)
    try:
        asyncio.run(_dev(bot, api))
    finally:
        api.stop()
        runtime.close()


def link_telegram(name: str) -> None:
    """Print a one-time code that links a Telegram chat to controller NAME."""
    from app import cli
    from app.runtime import utc_now

    runtime = cli._runtime()
    try:
        configured = runtime.settings.controller(name)
    except KeyError:
        err.print(f"no controller named {name!r} in the configuration")
        raise typer.Exit(1) from None
    with runtime.sessions() as session:
        controller = request_repo.ensure_controller(
            session, name=configured.name,
            display_name=configured.display_name or configured.name, now=utc_now(),
        )  # fmt: skip
        code = telegram_repo.new_link_code(session, controller=controller, now=utc_now())
        session.commit()
    minutes = int(telegram_repo.LINK_CODE_LIFETIME.total_seconds() // 60)
    out.print(f"Send this to the bot from the chat to link, within {minutes} minutes:")
    typer.echo(f"/link {code}")
    runtime.close()


def register(app: typer.Typer) -> None:
    """Add ``bot`` and ``controllers link-telegram`` to the CLI."""
    controllers_app = typer.Typer(help="Controllers and their linked chats.", no_args_is_help=True)
    controllers_app.command("link-telegram")(link_telegram)
    app.add_typer(controllers_app, name="controllers")
    app.command("bot")(bot_command)
