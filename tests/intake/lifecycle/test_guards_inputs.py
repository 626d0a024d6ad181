"""Guards against incomplete or malformed actions: each input is tried and refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake import lifecycle
from tests.intake.helpers import Harness
from tests.intake.lifecycle.helpers import ACTOR, Action, file_request, lifecycle_harness, refused


@pytest.fixture
def harness(tmp_path: Path, db_url: str) -> Harness:
    return lifecycle_harness(tmp_path, db_url)


@pytest.mark.parametrize(
    ("action", "why"),
    [
        (
            lambda s, r, h: lifecycle.extend(
                s, request=r, actor=ACTOR, reason="  ", now=h.clock.now
            ),
            "needs a reason",
        ),
        (
            lambda s, r, h: lifecycle.refuse(
                s, request=r, actor=ACTOR, justification="no", now=h.clock.now
            ),
            "justification",
        ),
        (
            lambda s, r, h: lifecycle.answer(
                s, request=r, actor=ACTOR, summary="", now=h.clock.now
            ),
            "summary",
        ),
        (
            lambda s, r, h: lifecycle.pause(s, request=r, actor=ACTOR, reason="", now=h.clock.now),
            "question",
        ),
        (
            lambda s, r, h: lifecycle.resume(s, request=r, actor=ACTOR, now=h.clock.now),
            "cannot resume",
        ),
        (
            lambda s, r, h: lifecycle.close(
                s,
                request=r,
                actor=ACTOR,
                outcome="duplicate",
                reason="same as before",
                now=h.clock.now,
            ),
            "must name",
        ),
        (
            lambda s, r, h: lifecycle.close(
                s,
                request=r,
                actor=ACTOR,
                outcome="duplicate",
                reason=f"duplicate of {r.reference}",
                now=h.clock.now,
            ),
            "must name",
        ),
        (
            lambda s, r, h: lifecycle.answer(
                s, request=r, actor=" ", summary="ok", now=h.clock.now
            ),
            "actor",
        ),
        (
            lambda s, r, h: lifecycle.verify_identity(
                s, request=r, actor=ACTOR, method="selfie", now=h.clock.now
            ),
            "unknown verification",
        ),
        (
            lambda s, r, h: lifecycle.answer(
                s,
                request=r,
                actor=ACTOR,
                summary="ok",
                now=h.clock.now,
                attachments=[Path("/nonexistent")],
            ),
            "not a readable file",
        ),
    ],
)
def test_guards_refuse_incomplete_actions(harness: Harness, action: Action, why: str) -> None:
    refused(harness, file_request(harness), action, why)
