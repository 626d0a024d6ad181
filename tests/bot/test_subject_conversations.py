"""Whole conversations of data subjects with the bot, through the fake Bot API."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

from sqlalchemy import select

from store.models import ContactIdentity, Event, Message, Request
from store.telegram_models import TelegramChat, TelegramFile
from tests.bot.helpers import ACME, GLOBEX, Desk, make_desk


def run(desk: Desk, scenario: Callable[[Desk], Awaitable[None]]) -> None:
    async def main() -> None:
        await desk.start()
        try:
            await scenario(desk)
        finally:
            await desk.stop()

    try:
        asyncio.run(main())
    finally:
        desk.api.stop()


def requests(desk: Desk) -> list[Request]:
    with desk.sessions() as session:
        found = list(session.scalars(select(Request).order_by(Request.id)))
        for request in found:
            _ = request.kind_names, request.controller.name
        return found


def actions(desk: Desk, request: Request) -> list[tuple[str, str]]:
    with desk.sessions() as session:
        rows = session.scalars(
            select(Event).where(Event.request_id == request.id).order_by(Event.seq)
        )
        return [(e.actor, e.action) for e in rows]


def test_french_conversation_correct_kind_and_give_email(db_url: str, tmp_path: Path) -> None:
    desk = make_desk(db_url, tmp_path)

    async def scenario(desk: Desk) -> None:
        api = desk.api
        api.user_says(42, "/start")
        api.user_says(42, "Bonjour, je veux une copie de mes données et supprimez mon compte")
        await desk.step()
        texts = api.texts_to(42)
        assert texts[0].startswith("Bonjour ! Écrivez ici")
        assert "Accusé de réception" in texts[1] and "lundi 5 avril 2027" in texts[1]
        assert texts[2].startswith("Vous demandez l'accès à vos données (copie) et l'effacement")
        assert "adresse e-mail" in texts[3]
        reference = requests(desk)[0].reference
        assert api.buttons_to(42) == [f"ok:{reference}", f"fix:{reference}"]

        api.press(42, f"fix:{reference}")
        await desk.step()
        api.press(42, f"k:{reference}:access")  # untick: only erasure remains
        await desk.step()
        api.press(42, f"kd:{reference}")
        await desk.step()
        assert api.texts_to(42)[2] == (
            f"C'est corrigé : vous demandez l'effacement de vos données ({reference})."
        )
        api.user_says(42, "pas une adresse")
        api.user_says(42, "ana@example.org")
        await desk.step()
        assert api.texts_to(42)[-2:] == [
            "Cela ne ressemble pas à une adresse e-mail. Réessayez, ou /cancel.",
            "Un code à six chiffres vient de partir vers cette adresse. Tapez-le ici pour "
            "confirmer qu'elle est à vous.",
        ]

    run(desk, scenario)
    request = requests(desk)[0]
    assert request.kind_names == ["erasure"] and request.language == "fr"
    assert ("telegram:42", "kinds_corrected") in actions(desk, request)
    assert ("telegram:42", "contact_email_given") in actions(desk, request)
    with desk.sessions() as session:
        emails = session.scalars(
            select(ContactIdentity.value).where(ContactIdentity.kind == "email")
        )
        assert list(emails) == ["ana@example.org"]


def test_english_two_controllers_survives_restart(db_url: str, tmp_path: Path) -> None:
    desk = make_desk(db_url, tmp_path, controllers=[ACME, GLOBEX])

    async def scenario(desk: Desk) -> None:
        api = desk.api
        api.user_says(7, "Please delete all my personal data", language="en")
        await desk.step()
        assert api.texts_to(7) == ["Which organisation is your request for?"]
        assert api.buttons_to(7) == ["c:acme", "c:globex"]
        assert requests(desk) == []  # held back until the person says where it goes
        await desk.restart()
        api.press(7, "c:globex", language="en")
        await desk.step()
        texts = api.texts_to(7)
        assert texts[0] == "Your request will go to Globex Ltd."
        assert "We have received your request to Globex Ltd" in texts[1]
        assert "You are asking for erasure of your data." in texts[1]
        assert texts[2].startswith("To check it is really you")
        await desk.restart()
        api.user_says(7, "/cancel", language="en")
        await desk.step()
        assert api.texts_to(7)[-1] == "Cancelled."

    run(desk, scenario)
    [request] = requests(desk)
    assert request.controller.name == "globex" and request.kind_names == ["erasure"]


def test_deep_link_preselects_controller_and_status_is_private(db_url: str, tmp_path: Path) -> None:
    desk = make_desk(db_url, tmp_path, controllers=[ACME, GLOBEX])

    async def scenario(desk: Desk) -> None:
        api = desk.api
        api.user_says(8, "/start acme", language="en")
        api.user_says(8, "I want a copy of my data", language="en")
        api.user_says(9, "/start globex", language="en")
        api.user_says(9, "Please delete my data", language="en")
        await desk.step()
        mine, theirs = requests(desk)
        api.user_says(8, "/status", language="en")
        await desk.step()
        status = api.texts_to(8)[-1]
        assert mine.reference in status and theirs.reference not in status
        assert "access to your data (a copy); identity to check; answer due" in status

    run(desk, scenario)
    assert [r.controller.name for r in requests(desk)] == ["acme", "globex"]


def test_not_a_request_and_language_choice(db_url: str, tmp_path: Path) -> None:
    desk = make_desk(db_url, tmp_path)

    async def scenario(desk: Desk) -> None:
        api = desk.api
        api.user_says(5, "/language")
        await desk.step()
        api.press(5, "l:en")
        await desk.step()
        api.user_says(5, "Je cherche la recette de la tarte aux pommes")
        await desk.step()
        assert api.texts_to(5)[0] == "I will answer in English."
        assert api.texts_to(5)[-1].startswith("I did not recognise a request")

    run(desk, scenario)
    assert requests(desk) == []


def test_files_are_attached_within_the_limit(db_url: str, tmp_path: Path) -> None:
    desk = make_desk(db_url, tmp_path, max_attachment_bytes=1000)

    async def scenario(desk: Desk) -> None:
        api = desk.api
        api.user_sends_file(3, b"%PDF-1.4 tiny")
        await desk.step()
        assert api.texts_to(3)[-1].startswith("Décrivez d'abord votre demande")
        api.user_says(3, "Je souhaite accéder à mes données personnelles")
        api.user_sends_file(3, b"%PDF-1.4 piece d'identite", kind="photo")
        api.user_sends_file(3, b"x", declared_size=5000)
        await desk.step()
        assert api.texts_to(3)[-2].startswith("Fichier joint à la demande G-")
        assert api.texts_to(3)[-1] == "Ce fichier est trop lourd (maximum 0.001 Mo)."

    run(desk, scenario)
    [request] = requests(desk)
    with desk.sessions() as session:
        files = list(session.scalars(select(TelegramFile)))
    assert [(f.request_id, f.kind, f.content) for f in files] == [
        (request.id, "photo", b"%PDF-1.4 piece d'identite")
    ]
    assert ("telegram:3", "attachment_received") in actions(desk, request)


def test_forget_only_without_open_request(db_url: str, tmp_path: Path) -> None:
    desk = make_desk(db_url, tmp_path)

    async def scenario(desk: Desk) -> None:
        api = desk.api
        api.user_says(11, "Supprimez mes données s'il vous plaît")
        api.user_says(11, "bonjour")  # opens nothing: forgotten with the chat
        api.user_says(11, "/forget")
        await desk.step()
        assert api.texts_to(11)[-1].startswith("Une demande est en cours (G-")
        with desk.sessions() as session:
            for request in session.scalars(select(Request)):
                request.status = "answered"
            session.commit()
        api.user_says(11, "/forget")
        await desk.step()
        assert api.texts_to(11)[-1].startswith("J'ai effacé ce que je gardais")

    run(desk, scenario)
    with desk.sessions() as session:
        assert session.get(TelegramChat, "11") is None
        kept = session.scalars(select(Message.request_id).where(Message.sender == "11"))
        assert all(request_id is not None for request_id in kept)
    assert len(requests(desk)) == 1  # the controller's record stays
