"""The life of a request: state machine, identity checks, controller actions, proof.

Channel-neutral: the CLI, the Telegram bot and the e-mail channel all call
the functions re-exported here.
"""

from __future__ import annotations

from intake.lifecycle.actions import (
    ActionError,
    allowed_actions,
    answer,
    close,
    extend,
    pause,
    refuse,
    resume,
    verify_identity,
)
from intake.lifecycle.policy import bind_settings
from intake.lifecycle.subject_steps import confirm_code, pending_step, reassess, send_code_by_email

__all__ = [
    "ActionError",
    "allowed_actions",
    "answer",
    "bind_settings",
    "close",
    "confirm_code",
    "extend",
    "pause",
    "pending_step",
    "reassess",
    "refuse",
    "resume",
    "send_code_by_email",
    "verify_identity",
]
