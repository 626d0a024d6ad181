"""The one error the life-cycle actions raise."""

from __future__ import annotations


class ActionError(Exception):
    """A guard refused an action; ``str(error)`` is a one-line human explanation."""
