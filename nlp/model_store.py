"""Versioned model artefacts on disk and which version is promoted.

Layout under the models directory (``nlp/models`` in the repository, or the
directory named by ``GUICHET_NLP_MODELS``)::

    v3/pipeline/      the spaCy pipeline (``nlp.to_disk``)
    v3/meta.json      calibration, thresholds, held-out figures
    promoted.json     {"current": "v3", "history": ["v1", "v3"]}

``history`` lists every promotion in order, so a rollback returns to the
version promoted before the current one.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Final

MODELS_ENV: Final = "GUICHET_NLP_MODELS"
POINTER: Final = "promoted.json"


class ModelStoreError(RuntimeError):
    """A version is missing or there is nothing to roll back to."""


def default_models_dir() -> Path:
    """The models directory: ``$GUICHET_NLP_MODELS`` or the packaged one."""
    configured = os.environ.get(MODELS_ENV)
    return Path(configured) if configured else Path(__file__).resolve().parent / "models"


def list_versions(root: Path) -> list[str]:
    """Versions that have a ``meta.json``, oldest first."""
    if not root.is_dir():
        return []
    found = [p.name for p in root.iterdir() if (p / "meta.json").is_file()]
    return sorted(found, key=lambda name: (len(name), name))


def next_version(root: Path) -> str:
    """A fresh version name ``v<N>``, one above the highest present."""
    numbers = [int(v[1:]) for v in list_versions(root) if v[1:].isdigit()]
    return f"v{max(numbers, default=0) + 1}"


def read_meta(root: Path, version: str) -> dict[str, Any]:
    """The ``meta.json`` of a version.

    Raises:
        ModelStoreError: If the version does not exist.
    """
    path = root / version / "meta.json"
    if not path.is_file():
        raise ModelStoreError(f"no model version {version!r} in {root}")
    meta: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return meta


def _pointer(root: Path) -> dict[str, Any]:
    path = root / POINTER
    if not path.is_file():
        return {"current": None, "history": []}
    pointer: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return pointer


def _write_pointer(root: Path, current: str | None, history: list[str]) -> None:
    text = json.dumps({"current": current, "history": history}, indent=2) + "\n"
    (root / POINTER).write_text(text, encoding="utf-8")


def promoted_version(root: Path) -> str | None:
    """The promoted version, or None when none was promoted."""
    current = _pointer(root).get("current")
    return str(current) if current else None


def promote(root: Path, version: str) -> str | None:
    """Make ``version`` the promoted one.

    Returns:
        The version promoted before, if any.

    Raises:
        ModelStoreError: If the version does not exist or is already the
            promoted one (a second entry would make a rollback a no-op).
    """
    read_meta(root, version)
    pointer = _pointer(root)
    previous = pointer.get("current")
    if previous == version:
        raise ModelStoreError(f"{version} is already the promoted version")
    _write_pointer(root, version, [*pointer.get("history", []), version])
    return str(previous) if previous else None


def rollback_target(root: Path) -> str:
    """The version a rollback would return to.

    Raises:
        ModelStoreError: If fewer than two promotions were recorded.
    """
    history = list(_pointer(root).get("history", []))
    if len(history) < 2:
        raise ModelStoreError("nothing to roll back to: fewer than two promotions recorded")
    return str(history[-2])


def rollback(root: Path) -> tuple[str, str]:
    """Return to the version promoted before the current one.

    Returns:
        ``(left, now_current)``.
    """
    target = rollback_target(root)
    history = list(_pointer(root)["history"])
    left = history.pop()
    _write_pointer(root, target, history)
    return str(left), target
