"""The identity check of a chat's request: the life cycle decides, the bot renders it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from intake.lifecycle.verification import codes_in
from store.models import OutboxEntry
from tests.bot.helpers import Desk, make_desk
from tests.bot.test_subject_conversations import actions, requests, run


def _mailed_codes(desk: Desk) -> list[tuple[str, str]]:
    with desk.sessions() as session:
        rows = session.scalars(
            select(OutboxEntry).where(OutboxEntry.purpose == "verification_request")
        )
        return [(e.channel + ":" + e.recipient, codes_in(e.body_text)[0]) for e in rows]


def test_code_mailed_to_the_given_address_then_typed_in_the_chat(
    db_url: str, tmp_path: Path
) -> None:
    desk = make_desk(db_url, tmp_path)

    async def scenario(desk: Desk) -> None:
        api = desk.api
        api.user_says(7, "I want a copy of my data", language="en")
        await desk.step()
        reference = requests(desk)[0].reference
        asked = [t for t in api.texts_to(7) if "e-mail address" in t]
        assert len(asked) == 1  # asked once, by the bot; the life cycle sent nothing to the chat
        assert _mailed_codes(desk) == []
        api.user_says(7, "bob@example.org", language="en")
        await desk.step()
        assert api.texts_to(7)[-1].startswith("A six-digit code is on its way")
        [(where, code)] = _mailed_codes(desk)
        assert where == "email:bob@example.org"
        wrong = f"{(int(code) + 1) % 1_000_000:06d}"
        api.user_says(7, f"code {wrong}", language="en")
        await desk.step()
        assert api.texts_to(7)[-1].startswith("That code is not valid")
        assert requests(desk)[0].status == "awaiting_verification"
        api.user_says(7, code, language="en")
        await desk.step()
        assert api.texts_to(7)[-1] == (
            f"Thank you, your identity is confirmed for request {reference}."
        )

    run(desk, scenario)
    request = requests(desk)[0]
    assert request.status == "in_progress"
    assert ("telegram:7", "identity_verified") in actions(desk, request)
    assert len(requests(desk)) == 1  # the address and the codes were not filed as requests


def test_no_check_no_question(db_url: str, tmp_path: Path) -> None:
    desk = make_desk(db_url, tmp_path)

    async def scenario(desk: Desk) -> None:
        desk.api.user_says(7, "Stop sending me marketing e-mails, I object", language="en")
        await desk.step()
        assert not any("e-mail address" in t for t in desk.api.texts_to(7))

    run(desk, scenario)
    [request] = requests(desk)
    assert request.kind_names == ["objection"] and request.status == "received"
