"""One-time codes expire, are single-use and rate-limited; ID documents are not kept."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from intake import lifecycle
from intake.lifecycle import ActionError
from intake.lifecycle.documents import ID_DOCUMENT, store_document
from intake.lifecycle.verification import issue_code, redeem_code
from store.lifecycle_models import Document
from store.models import Message, Request
from store.telegram_models import TelegramFile
from tests.intake.helpers import INTAKE, SECRET, Harness, email_bytes
from tests.intake.lifecycle.helpers import ACTOR, file_request, lifecycle_harness, load, outbox

KEY = SECRET.encode()


@pytest.fixture
def harness(tmp_path: Path, db_url: str) -> Harness:
    return lifecycle_harness(tmp_path, db_url, levels={"access": "confirm"})


def _issue(session: Session, harness: Harness, request: Request) -> str:
    """Issue a fresh e-mail code for ``request`` and return it."""
    _, code = issue_code(
        session,
        request=request,
        controller=harness.settings.controllers[0],
        secret=KEY,
        channel="email",
        now=harness.clock.now,
    )
    return code


def _redeem(
    session: Session, harness: Harness, request: Request, code: str, now: datetime | None = None
) -> bool:
    """Try ``code`` for ``request`` (at the harness's time unless ``now`` is given)."""
    return redeem_code(
        session,
        request=request,
        controller=harness.settings.controllers[0],
        secret=KEY,
        code=code,
        now=now or harness.clock.now,
    )


@pytest.mark.parametrize(
    ("later", "attempts_before", "expected"),
    [
        (timedelta(hours=1), 0, True),  # fresh and right
        (timedelta(hours=25), 0, False),  # expired (24 h)
        (timedelta(hours=1), 5, False),  # burnt by five wrong guesses
    ],
)
def test_codes_expire_and_burn(
    harness: Harness, later: timedelta, attempts_before: int, expected: bool
) -> None:
    reference = file_request(harness)
    with harness.sessions() as session:
        request = load(session, reference)
        code = _issue(session, harness, request)
        wrong = "000000" if code != "000000" else "111111"
        for _ in range(attempts_before):
            assert not _redeem(session, harness, request, wrong)
        now = harness.clock.now + later
        assert _redeem(session, harness, request, code, now) is expected
        # single use: the same code never works twice
        assert not _redeem(session, harness, request, code, now)


def test_codes_are_rate_limited_and_a_new_code_burns_the_old(harness: Harness) -> None:
    reference = file_request(harness)  # the pipeline already sent one code
    with harness.sessions() as session:
        request = load(session, reference)
        first = _issue(session, harness, request)
        _issue(session, harness, request)
        with pytest.raises(ActionError, match="codes already sent today"):
            _issue(session, harness, request)
        assert not _redeem(session, harness, request, first)


def test_a_stranger_quoting_the_reference_cannot_verify(harness: Harness) -> None:
    reference = file_request(harness)
    with harness.sessions() as session:  # even with the real code (say, a leaked mailbox)
        (letter,) = outbox(session, "verification_request")
        code = re.findall(r"\b\d{6}\b", letter.body_text)[0]
    harness.ingest(
        email_bytes(body=f"code {code}", subject=f"Re: [{reference}]", sender="mallory@example.net")
    )
    with harness.sessions() as session:
        assert load(session, reference).status == "awaiting_verification"


def _with_id_scan(reference: str) -> bytes:
    message = EmailMessage()
    message["From"], message["To"] = "ana@example.org", INTAKE
    message["Subject"] = f"Re: [{reference}] my ID"
    message.set_content("Here is my ID card.")
    message.add_attachment(
        b"%PDF-1.4 passport scan", maintype="application", subtype="pdf", filename="passport.pdf"
    )
    return message.as_bytes()


def test_identity_documents_are_deleted_once_the_check_is_recorded(
    tmp_path: Path, db_url: str
) -> None:
    harness = lifecycle_harness(tmp_path, db_url, levels={"access": "manual"})
    reference = file_request(harness)
    harness.ingest(_with_id_scan(reference))
    with harness.sessions() as session:
        request = load(session, reference)
        store_document(
            session,
            request=request,
            purpose=ID_DOCUMENT,
            filename="id.jpg",
            content=b"\xff\xd8 jpeg",
            now=harness.clock.now,
        )
        session.add(
            TelegramFile(
                request_id=request.id, chat_id="77", file_unique_id="scan-1", kind="photo",
                file_name=None, mime_type="image/jpeg", size=9, content=b"\xff\xd8 selfie",
                received_at=harness.clock.now,
            )
        )  # fmt: skip
        lifecycle.verify_identity(
            session,
            request=request,
            actor=ACTOR,
            method="document",
            now=harness.clock.now,
            note="ID card, name matches",
        )
        session.commit()
        event = request.events[-1]
        assert event.detail["documents_erased"] == 1 and event.detail["messages_stripped"] == 1
        assert event.detail["chat_files_erased"] == 1
        assert session.scalars(select(TelegramFile)).all() == []
        document = session.scalars(select(Document)).one()
        assert document.content is None and document.sha256 and document.deleted_at
        raws = [m.raw for m in session.scalars(select(Message))]
        assert all(b"passport scan" not in raw for raw in raws)
        assert any(b"identity document deleted" in raw for raw in raws)
