"""find_open_twin: the same sender's open request for exactly the same rights."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from store import requests as request_repo
from store.db import make_session_factory
from store.models import Controller, DataSubject, Request

NOW = datetime(2027, 3, 5, 9, 30, tzinfo=UTC)


def _file(
    session: Session, controller: Controller, subject: DataSubject, kinds: list[str], status: str
) -> Request:
    request = request_repo.create_request(
        session, controller=controller, subject=subject, kinds=kinds, language="fr",
        channel="email", regime="eu-gdpr", received_at=NOW, received_on=date(2027, 3, 5),
        due=request_repo.DueDates(date(2027, 4, 6), None, None, None), needs_review=False,
        now=NOW,
    )  # fmt: skip
    request.status = status
    session.flush()
    return request


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        (["access"], "access-open"),
        (["erasure", "access"], "access+erasure-open"),
        (["access", "erasure"], "access+erasure-open"),
        (["erasure"], None),  # only part of a filed request's rights
        (["objection"], None),  # only on a closed request
        (["portability"], None),  # only another controller's request
        (["rectification"], None),  # only another subject's request
        ([], None),  # no right asked: never a twin
        (["access", "access"], None),  # repeated labels never equal a filed set
    ],
)
def test_twin_matches_exact_rights_of_open_requests_only(
    engine: Engine, asked: list[str], expected: str | None
) -> None:
    with make_session_factory(engine)() as session:
        acme = request_repo.ensure_controller(session, name="acme", display_name="A", now=NOW)
        other = request_repo.ensure_controller(session, name="other", display_name="O", now=NOW)
        ana = request_repo.find_or_create_subject(
            session, kind="email", value="ana@example.org", display_name=None, now=NOW
        )
        bob = request_repo.find_or_create_subject(
            session, kind="email", value="bob@example.org", display_name=None, now=NOW
        )
        filed = {
            "access-open": _file(session, acme, ana, ["access"], "in_progress"),
            "access+erasure-open": _file(session, acme, ana, ["access", "erasure"], "received"),
            "objection-closed": _file(session, acme, ana, ["objection"], "answered"),
            "portability-other": _file(session, other, ana, ["portability"], "received"),
            "rectification-bob": _file(session, acme, bob, ["rectification"], "received"),
        }
        _file(session, acme, ana, ["access"], "received")  # a later twin: the oldest wins
        twin = request_repo.find_open_twin(session, subject=ana, controller=acme, kinds=asked)
        assert twin is (filed[expected] if expected else None)
