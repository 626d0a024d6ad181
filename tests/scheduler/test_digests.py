"""Digest content, its e-mail form (text, HTML, .ics) and the iCalendar writer."""

from __future__ import annotations

import email
from datetime import UTC, date, datetime, timedelta
from email import policy

import pytest
from sqlalchemy import Engine

from intake.email_channel import build_email
from scheduler.digests import sweep_digests, write_digest_now
from scheduler.ical import CalendarEvent, calendar, escape_text, fold
from store.db import make_session_factory
from tests.scheduler.sweep_helpers import Spec, controller_settings, file_requests, outbox

MONDAY_0900_PARIS = datetime(2027, 3, 8, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("plain", "plain"),
        ("a,b;c", "a\\,b\\;c"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines\r\nthree", "two\\nlines\\nthree"),
    ],
)
def test_escape_text(raw: str, escaped: str) -> None:
    assert escape_text(raw) == escaped


@pytest.mark.parametrize("text", ["x" * 200, "é" * 100, "SUMMARY:" + "日本語" * 40, "short"])
def test_fold_keeps_lines_within_75_octets(text: str) -> None:
    folded = fold(text)
    lines = folded.split("\r\n")
    assert all(len(line.encode()) <= 75 for line in lines)
    assert all(line.startswith(" ") for line in lines[1:])
    assert "".join([lines[0], *(line[1:] for line in lines[1:])]) == text


def test_calendar_has_one_all_day_event_per_deadline() -> None:
    events = [CalendarEvent("a@guichet", date(2027, 12, 31), "Due, A; B", "in progress")]
    text = calendar(events, name="Acme", now=datetime(2027, 3, 8, 8, 0, tzinfo=UTC))
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert text.endswith("END:VCALENDAR\r\n") and "\n" not in text.replace("\r\n", "")
    for line in (
        "DTSTART;VALUE=DATE:20271231",
        "DTEND;VALUE=DATE:20280101",
        "DTSTAMP:20270308T080000Z",
        "SUMMARY:Due\\, A\\; B",
        "UID:a@guichet",
    ):
        assert f"\r\n{line}\r\n" in text  # fmt: skip


def _two_days(engine: Engine, specs: list[Spec], language: str = "fr") -> list[dict[str, int]]:
    controller = controller_settings(language=language, recipients=("dpo@acme.example",))
    with make_session_factory(engine)() as session:
        file_requests(session, specs)
        results = [
            sweep_digests(session, controller, MONDAY_0900_PARIS + timedelta(days=d),
                          chats=lambda *_: ["1234"])
            for d in (0, 0, 1, 1)
        ]  # fmt: skip
        session.commit()
    return results


def test_first_sight_is_a_baseline_then_one_digest_per_day(engine: Engine) -> None:
    specs = [Spec(due=date(2027, 3, 5)), Spec(due=date(2027, 3, 20)),
             Spec(due=date(2027, 3, 12), status="awaiting_verification",
                  created_at=MONDAY_0900_PARIS + timedelta(hours=3))]  # fmt: skip
    assert _two_days(engine, specs) == [{}, {}, {"daily": 2}, {}]
    with make_session_factory(engine)() as session:
        entries = outbox(session)
    assert sorted((e.channel, e.purpose) for e in entries) == [
        ("email", "digest_daily"),
        ("telegram", "digest_daily"),
    ]
    mail = next(e for e in entries if e.channel == "email")
    assert "1 en retard" in mail.subject_line and "3 demande(s)" in mail.subject_line
    assert "Nouvelles depuis le dernier récapitulatif (1)" in mail.body_text
    assert "Vérification d'identité en attente (1)" in mail.body_text
    assert mail.body_html is not None and "<table" in mail.body_html
    assert mail.attachments is not None
    assert mail.attachments[0]["text"].count("BEGIN:VEVENT") == 3


def test_daily_digest_skipped_when_nothing_is_open(engine: Engine) -> None:
    assert _two_days(engine, [Spec(due=date(2027, 3, 5), status="answered")]) == [{}] * 4


def test_digest_email_is_multipart_with_calendar(engine: Engine) -> None:
    controller = controller_settings(language="en")
    with make_session_factory(engine)() as session:
        file_requests(session, [Spec(due=date(2027, 3, 20), kinds=("access", "erasure"))])
        assert write_digest_now(session, controller, MONDAY_0900_PARIS, chats=lambda *_: []) == 1
        (entry,) = outbox(session)
    raw = build_email(entry, from_address="guichet@acme.example", from_name="Guichet").as_bytes()
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert parsed.get_content_type() == "multipart/mixed"
    assert parsed["Auto-Submitted"] == "auto-generated"
    types = [part.get_content_type() for part in parsed.walk()]
    assert types == ["multipart/mixed", "multipart/alternative", "text/plain", "text/html",
                     "text/calendar"]  # fmt: skip
    (attachment,) = list(parsed.iter_attachments())
    assert attachment.get_filename() == "guichet-deadlines-acme-2027-03-08.ics"
    assert attachment.get_param("method") == "PUBLISH"
    ics = attachment.get_payload(decode=True)
    assert b"\r\nDTSTART;VALUE=DATE:20270320\r\n" in ics
    assert b"SUMMARY:Due G-TEST-" in ics and b"(access\\, erasure)" in ics
