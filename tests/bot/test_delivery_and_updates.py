"""Running it: updates deduplicated and confirmed last, 429 and 5xx, webhook secret, flood."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from pathlib import Path

import httpx
from sqlalchemy import func, select

from store.models import Message, OutboxEntry
from tests.bot.helpers import Desk, make_desk
from tests.bot.test_subject_conversations import run


def _count(desk: Desk, model: type) -> int:
    with desk.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_update_is_confirmed_only_after_it_is_stored_and_never_filed_twice(
    db_url: str, tmp_path: Path
) -> None:
    desk = make_desk(db_url, tmp_path)

    async def scenario(desk: Desk) -> None:
        api, bot = desk.api, desk.bot
        assert bot is not None
        update_id = api.user_says(21, "Supprimez mes données")
        assert await bot.poll_once() == 1
        # Handled and stored, but Telegram has not been told yet: a crash now
        # means the same update comes again.
        assert api.confirmed_below == 0 and _count(desk, Message) == 1
        raw = api._pending[0]
        await desk.restart()
        assert await desk.bot.handle(raw) is False  # type: ignore[union-attr]
        await desk.step()
        assert api.confirmed_below == update_id + 1 and api.pending_updates == 0

    run(desk, scenario)
    assert _count(desk, Message) == 1
    with desk.sessions() as session:
        purposes = list(session.scalars(select(OutboxEntry.purpose).order_by(OutboxEntry.id)))
    assert purposes == ["acknowledgement", "bot_reply"]  # the answer, then "which e-mail?"


def test_server_errors_are_retried_later_and_429_waits(db_url: str, tmp_path: Path) -> None:
    desk = make_desk(db_url, tmp_path)

    async def scenario(desk: Desk) -> None:
        api, bot = desk.api, desk.bot
        assert bot is not None
        api.fail_next("sendMessage", 502, times=1)
        api.fail_next("getUpdates", 500, times=1)
        api.user_says(31, "/help", language="en")
        try:
            await bot.poll_once()
        except Exception as exc:  # the polling loop backs off and tries again
            assert type(exc).__name__ in ("NetworkError", "TelegramError")
        await desk.step()
        assert api.texts_to(31) == []  # 502: the reply waits in the outbox
        desk.clock.now += timedelta(minutes=2)
        api.fail_next("sendMessage", 429, retry_after=1)
        report = await bot.deliver()
        assert (report.sent, report.failed) == (1, 0)  # the rate limiter waited and retried
        assert api.texts_to(31)[0].startswith("Write your request in one sentence")
        assert len(api.calls_of("sendMessage")) == 3

    run(desk, scenario)


def test_long_answers_are_split_under_the_limit(db_url: str, tmp_path: Path) -> None:
    desk = make_desk(db_url, tmp_path)

    async def scenario(desk: Desk) -> None:
        from store import outbox as outbox_repo

        with desk.sessions() as session:
            outbox_repo.enqueue(
                session, dedupe_key="digest:1", channel="telegram", purpose="digest",
                recipient="77", language="en", subject_line="", now=desk.clock(),
                body_text="\n".join(f"line {i}: " + "x" * 90 for i in range(100)),
            )  # fmt: skip
            session.commit()
        await desk.bot.deliver()  # type: ignore[union-attr]
        pieces = desk.api.texts_to(77)
        assert len(pieces) == 3 and all(len(p) <= 4096 for p in pieces)
        assert pieces[0].startswith("line 0:") and pieces[-1].endswith("x" * 90)

    run(desk, scenario)


def test_flood_from_one_chat_is_cut(db_url: str, tmp_path: Path) -> None:
    desk = make_desk(db_url, tmp_path, messages_per_minute=3)

    async def scenario(desk: Desk) -> None:
        for _ in range(6):
            desk.api.user_says(41, "/help", language="en")
        desk.api.user_says(42, "/help", language="en")
        await desk.step()
        texts = desk.api.texts_to(41)
        assert len(texts) == 4 and texts[-1].startswith("You are sending many messages")
        assert len(desk.api.texts_to(42)) == 1
        desk.seconds += 61
        desk.api.user_says(41, "/help", language="en")
        await desk.step()
        assert desk.api.texts_to(41)[-1].startswith("Write your request")

    run(desk, scenario)


def test_webhook_checks_the_secret_token(db_url: str, tmp_path: Path) -> None:
    secret = "s3cret-webhook-token-for-tests"
    desk = make_desk(db_url, tmp_path, mode="webhook", webhook_url="https://bot.example/tg/hook",
                     webhook_secret=secret, webhook_port=0)  # fmt: skip

    async def scenario(desk: Desk) -> None:
        from bot.webhook import serve_webhook

        bot = desk.bot
        assert bot is not None
        server = await serve_webhook(
            host="127.0.0.1", port=0, path="/tg/hook", secret=secret, handle=bot.handle
        )  # type: ignore[arg-type]
        port = server.sockets[0].getsockname()[1]
        desk.api.user_says(51, "/help", language="en")
        body = json.dumps(desk.api._pending[0]).encode()
        url = f"http://127.0.0.1:{port}/tg/hook"
        async with httpx.AsyncClient() as client:
            forged = await client.post(url, content=body)
            wrong = await client.post(
                url, content=body, headers={"X-Telegram-Bot-Api-Secret-Token": "nope"}
            )
            good = await client.post(
                url, content=body, headers={"X-Telegram-Bot-Api-Secret-Token": secret}
            )
            again = await client.post(
                url, content=body, headers={"X-Telegram-Bot-Api-Secret-Token": secret}
            )
        server.close()
        await server.wait_closed()
        assert [r.status_code for r in (forged, wrong, good, again)] == [403, 403, 200, 200]
        assert len(desk.api.texts_to(51)) == 1  # the retried delivery changed nothing

        stop = asyncio.Event()
        task = asyncio.create_task(bot.run_webhook(stop))
        await asyncio.sleep(0.3)
        stop.set()
        await task
        assert desk.api.webhook is not None
        assert desk.api.webhook["secret_token"] == secret
        assert desk.api.webhook["url"] == "https://bot.example/tg/hook"

    run(desk, scenario)
