"""Every legal guard, attacked: each test tries to make an action do what the law forbids."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from intake import lifecycle
from intake.lifecycle import ActionError
from tests.intake.helpers import Harness, email_bytes
from tests.intake.lifecycle.helpers import (
    ACCESS_FR,
    ACTOR,
    ERASURE_EN,
    advance,
    file_request,
    lifecycle_harness,
    load,
    outbox,
    refused,
)


@pytest.fixture
def harness(tmp_path: Path, db_url: str) -> Harness:
    return lifecycle_harness(tmp_path, db_url)


def test_extension_notice_deadline_and_once_only(harness: Harness) -> None:
    late = file_request(harness)
    advance(harness, 32)  # the notice had to go within the first month (by 5 April 2027)
    refused(
        harness,
        late,
        lambda s, r, h: lifecycle.extend(
            s, request=r, actor=ACTOR, reason="complex", now=h.clock.now
        ),
        "too late",
    )
    advance(harness, -32)
    twice = file_request(harness, sender="carl@example.org")
    with harness.sessions() as session:
        lifecycle.extend(
            session,
            request=load(session, twice),
            actor=ACTOR,
            reason="complex",
            now=harness.clock.now,
        )
        session.commit()
    refused(
        harness,
        twice,
        lambda s, r, h: lifecycle.extend(
            s, request=r, actor=ACTOR, reason="again", now=h.clock.now
        ),
        "already extended",
    )


def test_an_unverified_sender_learns_nothing_beyond_received(tmp_path: Path, db_url: str) -> None:
    harness = lifecycle_harness(tmp_path, db_url, levels={"access": "confirm"})
    reference = file_request(harness)
    for action, why in [
        (
            lambda s, r, h: lifecycle.answer(
                s, request=r, actor=ACTOR, summary="data", now=h.clock.now
            ),
            "not verified",
        ),
        (
            lambda s, r, h: lifecycle.extend(
                s, request=r, actor=ACTOR, reason="complex", now=h.clock.now
            ),
            "not verified",
        ),
        (
            lambda s, r, h: lifecycle.pause(
                s, request=r, actor=ACTOR, reason="which account?", now=h.clock.now
            ),
            "not verified",
        ),
        (
            lambda s, r, h: lifecycle.refuse(
                s,
                request=r,
                actor=ACTOR,
                now=h.clock.now,
                justification="manifestly excessive: 40 requests",
            ),
            "not verified",
        ),
    ]:
        refused(harness, reference, action, why)
    with harness.sessions() as session:
        sent = {e.purpose for e in outbox(session, "acknowledgement")} | {
            e.purpose for e in outbox(session, "verification_request")
        }
        assert sent == {"acknowledgement", "verification_request"}


def test_manual_check_needs_a_person_and_a_document(tmp_path: Path, db_url: str) -> None:
    harness = lifecycle_harness(tmp_path, db_url, levels={"access": "manual"})
    reference = file_request(harness)
    refused(
        harness,
        reference,
        lambda s, r, h: lifecycle.verify_identity(
            s, request=r, actor=ACTOR, method="code", now=h.clock.now
        ),
        "manual check",
    )
    refused(
        harness,
        reference,
        lambda s, r, h: lifecycle.verify_identity(
            s, request=r, actor="system:bot", method="document", now=h.clock.now
        ),
        "recorded by a person",
    )
    with harness.sessions() as session:
        request = load(session, reference)
        lifecycle.verify_identity(
            session,
            request=request,
            actor=ACTOR,
            method="document",
            note="passport checked, not kept",
            now=harness.clock.now,
        )
        assert request.status == "in_progress"


def test_refusal_names_the_authority_and_the_court(harness: Harness) -> None:
    reference = file_request(harness)
    with harness.sessions() as session:
        lifecycle.refuse(
            session,
            request=load(session, reference),
            actor=ACTOR,
            justification="Forty identical requests this month: excessive.",
            now=harness.clock.now,
        )
        (letter,) = outbox(session, "refusal")
        assert "CNIL" in letter.body_text and "justice" in letter.body_text
        assert "Forty identical" in letter.body_text
        session.commit()
    refused(
        harness,
        reference,
        lambda s, r, h: lifecycle.answer(s, request=r, actor=ACTOR, summary="ok", now=h.clock.now),
        "already closed",
    )


def test_answering_an_erasure_reminds_the_controller_of_article_19(harness: Harness) -> None:
    reference = file_request(harness, body=ERASURE_EN, sender="bob@example.org")
    with harness.sessions() as session:
        request = load(session, reference)
        assert request.kind_names == ["erasure"]
        with pytest.raises(ActionError, match="access request"):
            lifecycle.answer(
                session,
                request=request,
                actor=ACTOR,
                summary="done",
                now=harness.clock.now,
                attachments=[Path(__file__)],
            )
        lifecycle.answer(
            session,
            request=request,
            actor=ACTOR,
            summary="Your data is erased.",
            now=harness.clock.now,
        )
        (reminder,) = outbox(session, "recipients_reminder")
        assert reminder.recipient == "dpo@acme.example" and "19" in reminder.body_text
        assert request.events[-1].action == "recipients_reminder"


def test_a_pause_moves_the_due_date_under_a_suspend_policy(tmp_path: Path, db_url: str) -> None:
    harness = lifecycle_harness(tmp_path, db_url, pause_policy="suspend")
    reference = file_request(harness)
    with harness.sessions() as session:
        request = load(session, reference)
        advance(harness, 1)  # paused 6 March, answered 16 March: ten days waiting
        lifecycle.pause(
            session,
            request=request,
            actor=ACTOR,
            now=harness.clock.now,
            reason="Which of your two accounts do you mean?",
        )
        (question,) = outbox(session, "clarification_request")
        assert "two accounts" in question.body_text
        advance(harness, 10)
        lifecycle.resume(session, request=request, actor=ACTOR, now=harness.clock.now)
        assert request.status == "in_progress"
        assert request.due_on == date(2027, 4, 15)  # 5 April + 10 paused days
        resumed = request.events[-1]
        assert resumed.detail["deadlines"]["due_on"] == ["2027-04-05", "2027-04-15"]


def test_the_same_request_again_is_attached_not_counted_twice(harness: Harness) -> None:
    first = file_request(harness)
    again = harness.ingest(email_bytes(body=ACCESS_FR, subject="Relance"))
    other_right = file_request(harness, body=ERASURE_EN)
    other_person = file_request(harness, sender="carl@example.org")
    assert getattr(again, "reference", None) == first
    assert len({first, other_right, other_person}) == 3
    with harness.sessions() as session:
        lifecycle.close(
            session,
            request=load(session, first),
            actor=ACTOR,
            outcome="withdrawn",
            reason="Withdrawn by the subject.",
            now=harness.clock.now,
        )
        session.commit()
    asking_again = ACCESS_FR.replace("Ana", "Ana (again)")
    assert file_request(harness, body=asking_again) != first  # once closed: a new request
