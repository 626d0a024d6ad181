"""When the scheduler runs its sweeps and when controllers get their digests.

Kept apart from :mod:`config.settings` so the scheduling vocabulary has one
home; the controller and deployment settings only reference it.
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class NotificationSchedule(BaseModel):
    """A controller's digest times (its own local time) and extension alert window.

    Attributes:
        daily_digest_hour: Local hour (0-23) the daily digest is due.
        weekly_digest_day: Day of the weekly digest, 0 = Monday ... 6 = Sunday.
        weekly_digest_hour: Local hour (0-23) the weekly digest is due.
        extension_alert_days: Alert this many days before the last day an
            extension can still be notified to the data subject.
    """

    daily_digest_hour: int = Field(default=8, ge=0, le=23)
    weekly_digest_day: int = Field(default=0, ge=0, le=6)
    weekly_digest_hour: int = Field(default=8, ge=0, le=23)
    extension_alert_days: int = Field(default=3, ge=0, le=60)


class SchedulerSettings(BaseModel):
    """How often `guichet run` sweeps the database for due notifications.

    Attributes:
        sweep_minutes: Interval of the reminder / escalation / extension sweep.
        digest_check_minutes: Interval of the check for digests that are due.
    """

    sweep_minutes: float = Field(default=5.0, gt=0)
    digest_check_minutes: float = Field(default=5.0, gt=0)
