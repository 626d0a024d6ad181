"""Proportionate checks by default, and nothing beyond "received" for an unverified sender."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from config.lifecycle_settings import VerificationLevel, VerificationPolicy
from intake.lifecycle import answer, bind_settings, close, extend, pause, refuse, resume
from intake.lifecycle.notify import UNVERIFIED_PURPOSES
from store.models import OutboxEntry, Request
from tests.intake.helpers import Harness, make_harness
from tests.intake.lifecycle.helpers import (
    ACCESS_FR,
    ACTOR,
    ERASURE_EN,
    file_request,
    load,
    refused,
)

OBJECTION_EN = "Hello, I object to the use of my data for marketing, stop sending me offers. Bob"


@pytest.mark.parametrize(
    ("kinds", "expected"),
    [(["access"], "confirm"), (["portability"], "confirm"), (["erasure"], "confirm"),
     (["rectification"], "confirm"), (["automated_decision"], "confirm"),
     (["objection"], "none"), (["consent_withdrawal"], "none"), (["restriction"], "none"),
     (["objection", "erasure"], "confirm"), ([], "none")],
)  # fmt: skip
def test_default_levels_are_proportionate(kinds: list[str], expected: VerificationLevel) -> None:
    assert VerificationPolicy().level_for(kinds) == expected


@pytest.mark.parametrize(
    ("policy", "kinds", "expected"),
    [(VerificationPolicy(default="none"), ["access"], "none"),
     (VerificationPolicy(kinds={"access": "manual"}), ["access"], "manual"),
     (VerificationPolicy(kinds={"access": "manual"}), ["erasure"], "confirm"),
     (VerificationPolicy(default="manual", kinds={"objection": "none"}), ["objection"], "none"),
     (VerificationPolicy(default="manual"), ["restriction"], "manual")],
)  # fmt: skip
def test_levels_stay_configurable(
    policy: VerificationPolicy, kinds: list[str], expected: VerificationLevel
) -> None:
    assert policy.level_for(kinds) == expected


@pytest.fixture
def harness(tmp_path: Path, db_url: str) -> Harness:
    """A controller with the default (proportionate) verification policy."""
    built = make_harness(tmp_path, db_url, identity_checks=True)
    built.settings.controllers[0].digest_recipients = ["dpo@acme.example"]
    bind_settings(built.sessions, built.settings)
    return built


def _statuses(harness: Harness) -> list[tuple[str, str]]:
    with harness.sessions() as session:
        rows = session.scalars(select(OutboxEntry).order_by(OutboxEntry.id))
        return [(entry.purpose, entry.recipient) for entry in rows]


@pytest.mark.parametrize(
    ("action", "why"),
    [(lambda s, r, h: answer(s, request=r, actor=ACTOR, summary="Here is your data.",
                             now=h.clock.now), "not verified"),
     (lambda s, r, h: extend(s, request=r, actor=ACTOR, reason="Many systems to search.",
                             now=h.clock.now), "not verified"),
     (lambda s, r, h: pause(s, request=r, actor=ACTOR, reason="Which account?",
                            now=h.clock.now), "not verified"),
     (lambda s, r, h: refuse(s, request=r, actor=ACTOR, now=h.clock.now,
                             justification="Forty identical requests this month."),
      "not verified"),
     (lambda s, r, h: resume(s, request=r, actor=ACTOR, now=h.clock.now), "not verified")],
)  # fmt: skip
def test_an_unverified_sender_is_told_nothing_beyond_received(
    harness: Harness, action: object, why: str
) -> None:
    reference = file_request(harness, ACCESS_FR)
    refused(harness, reference, action, why)  # type: ignore[arg-type]
    purposes = {purpose for purpose, _ in _statuses(harness)}
    assert purposes <= UNVERIFIED_PURPOSES
    assert purposes == {"acknowledgement", "verification_request"}


def test_closing_an_unverified_request_tells_the_sender_nothing(harness: Harness) -> None:
    reference = file_request(harness, ERASURE_EN, sender="bob@example.org")
    with harness.sessions() as session:
        later = harness.clock.now + timedelta(days=3)
        close(session, request=load(session, reference), actor=ACTOR, outcome="withdrawn",
              reason="Sender never confirmed.", now=later)  # fmt: skip
        session.commit()
    purposes = {purpose for purpose, _ in _statuses(harness)}
    assert purposes <= UNVERIFIED_PURPOSES


def test_an_objection_is_not_held_for_a_check(harness: Harness) -> None:
    reference = file_request(harness, OBJECTION_EN, sender="bob@example.org")
    with harness.sessions() as session:
        request: Request = load(session, reference)
        assert request.kind_names == ["objection"] and request.status == "received"
    assert "verification_request" not in {purpose for purpose, _ in _statuses(harness)}
