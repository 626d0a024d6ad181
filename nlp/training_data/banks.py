"""Sentence banks: labelled sentences per language, written for this project.

A bank file ``banks/<lang>[-<part>].tsv`` holds one item per line,
``TAG<TAB>TEXT``; ``#`` starts a comment. Tags:

- labels joined by commas (``access`` or ``erasure,objection``): a sentence
  (or two or three that belong together) exercising exactly those rights;
- ``none``: a sentence that exercises no right (everyday customer matters
  and hard negatives that use request words in another sense);
- ``frame``: letter scaffolding with no request in it (openings,
  identification, legal reminders, closings);
- ``subject:<labels>`` or ``subject:none``: a subject line.

Sentences are the unit the classifier learns from (see :mod:`nlp.segments`),
and the composer (:mod:`nlp.training_data.composer`) builds whole messages
from them. The dev messages in ``dev/<lang>[-<part>].jsonl`` were written
separately, as whole messages, to compare model versions; they are never
trained on.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from nlp.types import OTHER, RIGHTS

DATA_DIR: Final = Path(__file__).resolve().parent
BANKS_DIR: Final = DATA_DIR / "banks"
DEV_DIR: Final = DATA_DIR / "dev"
NONE: Final = "none"
FRAME: Final = "frame"
SUBJECT: Final = "subject:"

Labelled = tuple[tuple[str, ...], str]
"""``(rights in RIGHTS order, text)``; no rights means a non-request."""


class BankError(ValueError):
    """A bank line that cannot be read; the message names file and line."""


@dataclass(frozen=True)
class Bank:
    """One language's sentences.

    Attributes:
        lang: ISO 639-1 code.
        requests: Sentences exercising one or more rights.
        none: Sentences exercising no right.
        frame: Letter scaffolding.
        subjects: Subject lines; ``()`` labels for a non-request subject.
    """

    lang: str
    requests: tuple[Labelled, ...]
    none: tuple[str, ...]
    frame: tuple[str, ...]
    subjects: tuple[Labelled, ...]

    def singles(self, right: str) -> tuple[str, ...]:
        """Sentences exercising exactly ``right``."""
        return tuple(text for labels, text in self.requests if labels == (right,))


def parse_labels(tag: str, where: str) -> tuple[str, ...]:
    """``"erasure,access"`` -> ``("access", "erasure")``; ``"none"`` -> ``()``."""
    if tag == NONE:
        return ()
    labels = tuple(part.strip() for part in tag.split(","))
    unknown = sorted(set(labels) - set(RIGHTS))
    if unknown or len(set(labels)) != len(labels):
        raise BankError(f"{where}: unknown or repeated label in {tag!r}")
    return tuple(right for right in RIGHTS if right in labels)


def _read_file(path: Path, parts: dict[str, list[object]]) -> None:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{path.name}:{number}"
        tag, tab, text = line.partition("\t")
        text = text.strip()
        if not tab or not text:
            raise BankError(f"{where}: expected TAG<TAB>TEXT")
        if tag == FRAME:
            parts["frame"].append(text)
        elif tag == NONE:
            parts["none"].append(text)
        elif tag.startswith(SUBJECT):
            parts["subjects"].append((parse_labels(tag.removeprefix(SUBJECT), where), text))
        else:
            parts["requests"].append((parse_labels(tag, where), text))


def language_of(path: Path) -> str:
    """``fr-formal.tsv`` -> ``fr``."""
    return path.stem.split("-")[0]


@functools.cache
def load_banks(directory: Path = BANKS_DIR) -> dict[str, Bank]:
    """Every language's bank, files of one language merged, duplicates dropped.

    Args:
        directory: Folder of ``.tsv`` bank files.

    Returns:
        Banks by language code, sorted by code.

    Raises:
        BankError: A line is malformed or uses an unknown label.
    """
    grouped: dict[str, dict[str, list[object]]] = {}
    for path in sorted(directory.glob("*.tsv")):
        parts = grouped.setdefault(
            language_of(path), {"requests": [], "none": [], "frame": [], "subjects": []}
        )
        _read_file(path, parts)
    return {
        lang: Bank(
            lang=lang,
            requests=tuple(dict.fromkeys(parts["requests"])),  # type: ignore[arg-type]
            none=tuple(dict.fromkeys(parts["none"])),  # type: ignore[arg-type]
            frame=tuple(dict.fromkeys(parts["frame"])),  # type: ignore[arg-type]
            subjects=tuple(dict.fromkeys(parts["subjects"])),  # type: ignore[arg-type]
        )
        for lang, parts in sorted(grouped.items())
    }


@dataclass(frozen=True)
class DevMessage:
    """One hand-written whole message of the dev set."""

    id: str
    subject: str
    text: str
    labels: tuple[str, ...]
    lang: str


def load_dev_messages(directory: Path = DEV_DIR) -> list[DevMessage]:
    """The dev set: every ``.jsonl`` file of ``directory``, in file order.

    Raises:
        BankError: A record lacks a field or uses an unknown label.
    """
    messages = []
    for path in sorted(directory.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            row = json.loads(line)
            labels = tuple(row["labels"])
            if labels != (OTHER,):
                parse_labels(",".join(labels), f"{path.name}:{number}")
            messages.append(DevMessage(row["id"], row["subject"], row["text"], labels, row["lang"]))
    return messages
