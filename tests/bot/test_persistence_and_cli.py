"""Chat state in the database (no pickles), and the two CLI commands."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import select
from typer.testing import CliRunner

from app.cli import app
from bot.persistence import DatabasePersistence
from store.db import make_engine, make_session_factory
from store.telegram_models import TelegramChat, TelegramConversation
from tests.intake.helpers import SECRET, Clock


def test_chat_data_and_conversations_round_trip(db_url: str) -> None:
    sessions = make_session_factory(make_engine(db_url))

    async def scenario() -> None:
        first = DatabasePersistence(sessions=sessions, clock=Clock())
        await first.update_chat_data(42, {"awaiting": {"step": "email", "ref": "G-1"}})
        await first.update_chat_data(43, {})  # nothing to keep: no row
        await first.update_conversation("intake", (42, 42), "asking")
        await first.update_conversation("intake", (43, 43), "asking")
        await first.update_conversation("intake", (43, 43), None)
        again = DatabasePersistence(sessions=sessions, clock=Clock())
        assert await again.get_chat_data() == {42: {"awaiting": {"step": "email", "ref": "G-1"}}}
        assert await again.get_conversations("intake") == {(42, 42): "asking"}
        await again.drop_chat_data(42)
        assert await again.get_chat_data() == {42: {}}

    asyncio.run(scenario())
    with sessions() as session:
        assert [c.chat_id for c in session.scalars(select(TelegramChat))] == ["42"]
        assert len(list(session.scalars(select(TelegramConversation)))) == 1


def _config(tmp_path: Path, db_url: str) -> Path:
    path = tmp_path / "guichet.toml"
    path.write_text(
        f'database_url = "{db_url}"\nsecret_key = "{SECRET}"\n'
        '[[controllers]]\nname = "acme"\ndisplay_name = "Acme SAS"\ncountry = "FR"\n',
        encoding="utf-8",
    )
    return path


def test_link_telegram_prints_a_code(db_url: str, tmp_path: Path) -> None:
    config = _config(tmp_path, db_url)
    result = CliRunner().invoke(app, ["-c", str(config), "controllers", "link-telegram", "acme"])
    assert result.exit_code == 0, result.output
    code_line = result.output.strip().splitlines()[-1]
    assert code_line.startswith("/link ") and len(code_line.split()[1]) == 10
    missing = CliRunner().invoke(app, ["-c", str(config), "controllers", "link-telegram", "nope"])
    assert missing.exit_code == 1


def test_bot_dev_chats_from_the_terminal(tmp_path: Path, monkeypatch: object) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.chdir(tmp_path)
    typed = "/start\nSupprimez mes données\n"
    result = CliRunner().invoke(app, ["-c", str(tmp_path / "none.toml"), "bot", "--dev"],
                                input=typed)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "bot → you: Bonjour ! Écrivez ici" in result.output
    assert "Accusé de réception" in result.output
    assert (tmp_path / "var/bot-dev/guichet.toml").exists()
