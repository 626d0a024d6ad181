"""`guichet nlp review`: confirm or relabel flagged messages in the terminal.

Reads answers through :class:`rich.prompt.Prompt`, so a scripted standard
input drives it as well as a person does (the tests do exactly that).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from rich.console import Console
from rich.panel import Panel
from rich.prompt import Prompt
from sqlalchemy.orm import Session, sessionmaker

from nlp.entities import extract_entities
from nlp.types import LABELS, OTHER
from store import nlp_corrections
from store.models import Message

_SHOWN_CHARS = 1500


def parse_labels(answer: str) -> list[str] | None:
    """Labels typed by a reviewer ("access, erasure"); None when invalid."""
    typed = {part.strip() for part in answer.split(",") if part.strip()}
    if not typed or not typed <= set(LABELS):
        return None
    labels = sorted(typed, key=LABELS.index)
    if OTHER in labels and len(labels) > 1:
        return None  # "other" means "no request": it is always alone
    return labels


def _show(console: Console, message: Message, position: str) -> None:
    classification = message.classification or {}
    entities = extract_entities(message.text or "", message.language or "und")
    body = (message.text or "")[:_SHOWN_CHARS]
    found = ", ".join(f"{e.kind}: {e.text}" for e in entities) or "-"
    scores = classification.get("scores", {})
    top = ", ".join(f"{k} {v:.2f}" for k, v in sorted(scores.items(), key=lambda i: -i[1])[:3])
    console.print(
        Panel(
            f"[bold]{message.subject_line or '(no subject)'}[/bold]\n\n{body}\n\n"
            f"[dim]language[/dim] {message.language}   [dim]entities[/dim] {found}\n"
            f"[dim]predicted[/dim] {', '.join(classification.get('labels', []))}   "
            f"[dim]scores[/dim] {top}",
            title=f"message {message.id} ({position})",
        ),
        highlight=False,
    )


def run_review(
    sessions: sessionmaker[Session],
    *,
    reviewer: str,
    clock: Callable[[], datetime],
    console: Console,
    include_corrected: bool = False,
) -> dict[str, int]:
    """Walk the review queue; store each confirmation or relabelling.

    Returns:
        Counts of ``confirmed``, ``relabelled`` and ``skipped`` messages.
    """
    counts = {"confirmed": 0, "relabelled": 0, "skipped": 0}
    with sessions() as session:
        queue = nlp_corrections.review_queue(session, include_corrected=include_corrected)
        console.print(f"{len(queue)} message(s) to review")
        for number, message in enumerate(queue, start=1):
            _show(console, message, f"{number}/{len(queue)}")
            choice = Prompt.ask(
                r"\[c]onfirm, \[r]elabel, \[s]kip, \[q]uit",
                choices=["c", "r", "s", "q"],
                console=console,
            )
            if choice == "q":
                break
            if choice == "s":
                counts["skipped"] += 1
                continue
            labels = list((message.classification or {}).get("labels", [])) or [OTHER]
            if choice == "r":
                answer = Prompt.ask(
                    f"labels, comma-separated ({', '.join(LABELS)})", console=console
                )
                while (parsed := parse_labels(answer)) is None:
                    answer = Prompt.ask("[red]unknown labels[/red], try again", console=console)
                labels = parsed
            correction = nlp_corrections.record_correction(
                session, message=message, labels=labels, corrected_by=reviewer, at=clock()
            )
            session.commit()
            counts[correction.verdict] += 1
    return counts
