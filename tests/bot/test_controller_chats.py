"""Controllers' chats: linking with a one-time code, notifications with buttons, who may act."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from config.lifecycle_settings import VerificationPolicy
from store import outbox as outbox_repo
from store import telegram as telegram_repo
from store.models import Controller, Event
from tests.bot.helpers import ACME, Desk, make_desk
from tests.bot.test_subject_conversations import requests, run


def _link_code(desk: Desk, name: str = "acme") -> str:
    with desk.sessions() as session:
        controller = session.scalars(select(Controller).where(Controller.name == name)).one()
        code = telegram_repo.new_link_code(session, controller=controller, now=desk.clock())
        session.commit()
        return code


def _remind(desk: Desk, chat: str) -> None:
    """What the scheduler writes for a linked chat: a reminder about the first request."""
    [request] = requests(desk)
    with desk.sessions() as session:
        outbox_repo.enqueue(
            session, dedupe_key=f"reminder:{request.id}:{chat}", channel="telegram",
            purpose="reminder", recipient=chat, language="en", subject_line="Reminder",
            body_text=f"{request.reference} is due soon.", now=desk.clock(),
            request_id=request.id,
        )  # fmt: skip
        session.commit()


async def _reminded_in_linked_chat(desk: Desk) -> str:
    """A subject asks for a copy; chat 500 links to Acme and is reminded: the reference."""
    desk.api.user_says(1, "Je veux une copie de mes données")
    await desk.step()
    desk.api.user_says(500, f"/link {_link_code(desk)}", language="en")
    await desk.step()
    _remind(desk, "500")
    await desk.bot.deliver()  # type: ignore[union-attr]
    return requests(desk)[0].reference


def _events(desk: Desk) -> list[tuple[str, str]]:
    with desk.sessions() as session:
        return [(e.actor, e.action) for e in session.scalars(select(Event).order_by(Event.id))]


def test_link_code_is_single_use_and_expires(db_url: str, tmp_path: Path) -> None:
    desk = make_desk(db_url, tmp_path)

    async def scenario(desk: Desk) -> None:
        api = desk.api
        api.user_says(1, "Je veux une copie de mes données")  # creates the controller row
        await desk.step()
        code, old = _link_code(desk), _link_code(desk)
        desk.clock.now += timedelta(minutes=31)
        fresh = _link_code(desk)
        api.user_says(500, f"/link {old}", language="en")
        api.user_says(500, "/link WRONGCODE", language="en")
        api.user_says(500, f"/link {fresh.lower()}", language="en")
        api.user_says(600, f"/link {fresh}", language="en")
        await desk.step()
        assert api.texts_to(500) == [
            "Unknown, used or expired code.", "Unknown, used or expired code.",
            "This chat now receives Acme SAS's notifications.",
        ]  # fmt: skip
        assert api.texts_to(600) == ["Unknown, used or expired code."]
        assert code != fresh

    run(desk, scenario)
    with desk.sessions() as session:
        acme = session.scalars(select(Controller)).one()
        assert telegram_repo.linked_chats(session, controller_id=acme.id) == ["500"]


# These tests are about the controller's side: no identity check in the way.
ACME_UNCHECKED = ACME.model_copy(update={"verification": VerificationPolicy(default="none")})


def test_linked_chat_gets_buttons_and_unlinked_chat_cannot_act(db_url: str, tmp_path: Path) -> None:
    desk = make_desk(db_url, tmp_path, controllers=[ACME_UNCHECKED])

    async def scenario(desk: Desk) -> None:
        api = desk.api
        reference = await _reminded_in_linked_chat(desk)
        assert api.texts_to(500)[-1] == f"Reminder\n\n{reference} is due soon."
        assert f"a:summary:{reference}" in api.buttons_to(500)
        api.press(500, f"a:summary:{reference}", language="en")
        await desk.step()
        summary = api.texts_to(500)[-1]
        assert summary.startswith(f"{reference} (acme)\naccess to your data (a copy)\nreceived")
        assert "Ana" not in summary and "1" not in summary.split("\n")[0].replace(reference, "")
        api.user_says(500, "hello?", language="en")
        await desk.step()
        assert api.texts_to(500)[-1].startswith("This chat is linked to Acme SAS")
        # Chat 600 forges a press on the same button.
        before = len(_events(desk))
        update = api.press(500, f"a:summary:{reference}", language="en")
        for queued in api._pending:
            if queued["update_id"] == update:
                queued["callback_query"]["from"]["id"] = 600
                queued["callback_query"]["message"] = {
                    **queued["callback_query"]["message"],
                    "chat": {"id": 600, "type": "private"},
                }
        texts_before, subject_before = api.texts_to(600), api.texts_to(1)
        await desk.step()
        alert = api.calls_of("answerCallbackQuery")[-1]
        assert alert["text"] == "This chat may not act for this organisation."
        assert alert["show_alert"] is True
        assert api.texts_to(600) == texts_before and len(_events(desk)) == before
        assert api.texts_to(1) == subject_before  # nothing reaches the subject either

    run(desk, scenario)
    assert all(not actor.startswith("telegram:600") for actor, _ in _events(desk))


def test_controller_acts_through_the_lifecycle(db_url: str, tmp_path: Path) -> None:
    desk = make_desk(db_url, tmp_path, controllers=[ACME_UNCHECKED])

    async def scenario(desk: Desk) -> None:
        api = desk.api
        reference = await _reminded_in_linked_chat(desk)
        if f"a:verify:{reference}" in api.buttons_to(500):
            api.press(500, f"a:verify:{reference}", language="en")
            await desk.step()
            assert api.texts_to(500)[-1] == f"verify: done for {reference}."
        api.press(500, f"a:extend:{reference}", language="en")
        await desk.step()
        assert api.texts_to(500)[-1].startswith("Send the reason (extend")
        api.user_says(500, "Complex request: data in three systems", language="en")
        await desk.step()
        assert api.texts_to(500)[-1] == f"extend: done for {reference}."

    run(desk, scenario)
    assert ("telegram:500", "extended") in _events(desk)
