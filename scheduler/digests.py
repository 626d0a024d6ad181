"""Daily and weekly digests: when each is due, what it holds, and writing it once.

A digest is due at a local time of the controller's (by default 08:00 every
day, and Monday 08:00 for the weekly one). The check runs often; it looks at
the most recent due time only, so after downtime the missed digest goes out
once, late, and older missed ones are not sent (a digest is a snapshot: a
stale one says less than the current one). The first time a controller is
seen, the most recent due time is recorded without sending: digests start at
the next due time, not at the moment Guichet is installed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Literal

from sqlalchemy.orm import Session

from config import ControllerSettings
from scheduler.digest_render import DigestContent, ics_filename, render_digest
from scheduler.notice_texts import notice_language
from scheduler.sweeps import EMAIL, HEADERS, local_today, recipient_tag
from store import outbox_once
from store.outbox_once import NewEntry
from store.scheduler_queries import (
    controller_id_of,
    kinds_of,
    linked_telegram_chats,
    open_requests,
)

DigestKind = Literal["daily", "weekly"]
KINDS: tuple[DigestKind, ...] = ("daily", "weekly")
TELEGRAM = "telegram"
ChatLookup = Callable[[Session, int], list[str]]


def telegram_chats(session: Session, controller_id: int) -> list[str]:
    """Chats linked to the controller (the Telegram channel's link table)."""
    return linked_telegram_chats(session, controller_id=controller_id)


def latest_due_time(
    now: datetime, controller: ControllerSettings, kind: DigestKind
) -> tuple[date, datetime]:
    """The most recent local day and instant a digest of ``kind`` was due, at or before ``now``."""
    zone, schedule = controller.zone, controller.schedule
    local = now.astimezone(zone)
    if kind == "daily":
        day, hour, step = local.date(), schedule.daily_digest_hour, 1
    else:
        back = (local.weekday() - schedule.weekly_digest_day) % 7
        day, hour, step = local.date() - timedelta(back), schedule.weekly_digest_hour, 7
    due = datetime.combine(day, time(hour), tzinfo=zone)
    if due > now:
        day -= timedelta(step)
        due = datetime.combine(day, time(hour), tzinfo=zone)
    return day, due


def gather_digest(
    session: Session,
    controller: ControllerSettings,
    now: datetime,
    *,
    kind: str,
    since: datetime | None,
    controller_id: int | None = None,
) -> DigestContent:
    """Read what a digest shows (open requests, overdue, new, awaiting identity)."""
    if controller_id is None:
        controller_id = controller_id_of(session, controller.name)
    rows = [] if controller_id is None else open_requests(session, controller_id=controller_id)
    return DigestContent(
        controller=controller.name, display_name=controller.display_name or controller.name,
        kind=kind, language=notice_language(controller.default_language),
        today=local_today(now, controller), as_of=now, since=since, open=rows,
        kinds=kinds_of(session, (r.request_id for r in rows)),
    )  # fmt: skip


def digest_entries(
    digest: DigestContent, controller: ControllerSettings, chats: list[str], key: str
) -> list[NewEntry]:
    """One e-mail per digest recipient (text, HTML, .ics) and one message per linked chat."""
    rendered = render_digest(digest)
    purpose = f"digest_{digest.kind}"
    attachment = {
        "filename": ics_filename(digest),
        "content_type": "text/calendar; method=PUBLISH",
        "text": rendered.ics,
    }
    mails = [
        NewEntry(
            dedupe_key=f"{key}:{EMAIL}:{recipient_tag(r)}",
            channel=EMAIL,
            purpose=purpose,
            recipient=r,
            language=digest.language,
            subject_line=rendered.subject,
            body_text=rendered.text,
            body_html=rendered.html,
            attachments=[attachment],
            headers=dict(HEADERS),
        )
        for r in controller.digest_recipients
    ]
    messages = [
        NewEntry(
            dedupe_key=f"{key}:{TELEGRAM}:{chat}",
            channel=TELEGRAM,
            purpose=purpose,
            recipient=chat,
            language=digest.language,
            subject_line=rendered.subject,
            body_text=rendered.telegram,
        )
        for chat in chats
    ]
    return mails + messages


def sweep_digests(
    session: Session,
    controller: ControllerSettings,
    now: datetime,
    *,
    chats: ChatLookup = telegram_chats,
) -> dict[str, int]:
    """Write the daily / weekly digests that are due and not written yet.

    Returns:
        Outbox entries written, by digest kind (kinds not due are absent).
    """
    controller_id = controller_id_of(session, controller.name)
    if controller_id is None:
        return {}
    written: dict[str, int] = {}
    for kind in KINDS:
        period, _ = latest_due_time(now, controller, kind)
        claimed = outbox_once.claim_digest_run(
            session, controller_id=controller_id, kind=kind, period=period, as_of=now
        )
        if not claimed:  # written before, or by the other scheduler right now
            continue
        since = outbox_once.last_digest_as_of(
            session, controller_id=controller_id, kind=kind, before=period
        )
        if since is None:  # first sight of this controller: a baseline, nothing sent
            continue
        digest = gather_digest(
            session, controller, now, kind=kind, since=since, controller_id=controller_id
        )
        if kind == "daily" and not digest.open:
            continue  # nothing to say today; the weekly digest still goes out
        key = f"digest:{controller_id}:{kind}:{period.isoformat()}"
        entries = digest_entries(digest, controller, chats(session, controller_id), key)
        count = outbox_once.insert_once(session, entries, now=now)
        outbox_once.record_digest_entries(
            session, controller_id=controller_id, kind=kind, period=period, entries=count
        )
        written[kind] = count
    return written


def write_digest_now(
    session: Session,
    controller: ControllerSettings,
    now: datetime,
    *,
    chats: ChatLookup = telegram_chats,
) -> int:
    """Write an unscheduled digest to the outbox (``guichet digest`` without --dry-run)."""
    controller_id = controller_id_of(session, controller.name)
    if controller_id is None:
        return 0
    digest = gather_digest(
        session, controller, now, kind="manual", since=None, controller_id=controller_id
    )
    key = f"digest:{controller_id}:manual:{now.isoformat()}"
    entries = digest_entries(digest, controller, chats(session, controller_id), key)
    return outbox_once.insert_once(session, entries, now=now)
