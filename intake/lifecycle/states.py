"""The request state machine: which action may move a request from which state.

Pure data and functions, no I/O. The *legal* guards (reasons, deadlines,
verification) live in :mod:`intake.lifecycle.actions`; this module only
knows which states an action starts from and where it leads.
"""

from __future__ import annotations

from typing import Final

from intake.lifecycle.errors import ActionError

RECEIVED = "received"
AWAITING_VERIFICATION = "awaiting_verification"
IN_PROGRESS = "in_progress"
PAUSED = "paused"
EXTENDED = "extended"
ANSWERED = "answered"
REFUSED = "refused"
WITHDRAWN = "withdrawn"
CLOSED_DUPLICATE = "closed_duplicate"

OPEN: Final = frozenset({RECEIVED, AWAITING_VERIFICATION, IN_PROGRESS, PAUSED, EXTENDED})
FINAL: Final = frozenset({ANSWERED, REFUSED, WITHDRAWN, CLOSED_DUPLICATE})
# Working states: identity settled (or not needed), nothing awaited from the subject.
_WORKING: Final = frozenset({RECEIVED, IN_PROGRESS, EXTENDED})

# action -> (states it may start from, state it leads to). ``resume`` goes
# back to ``extended`` when the period was extended before the pause.
TRANSITIONS: Final[dict[str, tuple[frozenset[str], str]]] = {
    "verify_identity": (frozenset({RECEIVED, AWAITING_VERIFICATION}), IN_PROGRESS),
    "extend": (frozenset({RECEIVED, IN_PROGRESS}), EXTENDED),
    "pause": (_WORKING, PAUSED),
    "resume": (frozenset({PAUSED}), IN_PROGRESS),
    "answer": (_WORKING, ANSWERED),
    "refuse": (_WORKING | {PAUSED}, REFUSED),
    "close:withdrawn": (OPEN, WITHDRAWN),
    "close:duplicate": (OPEN, CLOSED_DUPLICATE),
}
ACTIONS: Final = (
    "verify_identity", "extend", "pause", "resume", "answer", "refuse", "close",
)  # fmt: skip

_WHY_NOT: Final[dict[str, str]] = {
    AWAITING_VERIFICATION: "the sender's identity is not verified yet",
    PAUSED: "it is paused, waiting for the data subject: resume it first",
    EXTENDED: "its period is already extended",
}


def may(action: str, status: str) -> bool:
    """Whether ``action`` (``close:withdrawn``...) may start from ``status``."""
    sources, _ = TRANSITIONS[action]
    return status in sources


def next_status(action: str, status: str, *, extended: bool = False) -> str:
    """The status after ``action``, or :class:`ActionError` when the machine forbids it.

    Args:
        action: a key of :data:`TRANSITIONS`.
        status: the request's current status.
        extended: whether the period was extended before (only ``resume`` uses it).
    """
    if action not in TRANSITIONS:
        raise ActionError(f"unknown action {action!r}")
    sources, target = TRANSITIONS[action]
    if status not in sources:
        verb = action.replace("_", " ").replace(":", " as ")
        if status in FINAL:
            why = f"the request is already closed ({status})"
        else:
            why = _WHY_NOT.get(status, f"not allowed from status {status!r}")
        raise ActionError(f"cannot {verb}: {why}")
    if action == "resume" and extended:
        return EXTENDED
    return target


def allowed(status: str) -> list[str]:
    """Names of the public actions the machine allows from ``status``.

    ``verify_identity`` is only offered while a check is awaited: requests
    that need none should not show a button for it.
    """
    names: list[str] = []
    for name in ACTIONS:
        keys = ["close:withdrawn", "close:duplicate"] if name == "close" else [name]
        if any(may(key, status) for key in keys):
            names.append(name)
    if status != AWAITING_VERIFICATION and "verify_identity" in names:
        names.remove("verify_identity")
    return names
