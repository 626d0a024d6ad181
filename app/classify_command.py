"""`guichet classify --jsonl`, and the classifier the `nlp` commands fall back to.

`classify --jsonl` is a stable contract for reviewers' tools: it reads lines
``{"id", "subject", "text"}`` on standard input and writes one line
``{"id", "labels", "lang", "scores", "needs_review"}`` per input line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from intake.quoting import split_new_text
from nlp.baseline import RuleBasedClassifier
from nlp.trained import load_promoted_classifier
from nlp.types import Classifier

err = Console(stderr=True)
ModelsDir = Annotated[
    Path | None, typer.Option("--models-dir", help="Model versions directory.", show_default=False)
]


def current_classifier(models_dir: Path | None = None) -> Classifier:
    """The promoted trained model, else the rule-based baseline."""
    return load_promoted_classifier(models_dir) or RuleBasedClassifier()


def classify(
    jsonl: Annotated[bool, typer.Option("--jsonl", help="JSON lines in, JSON lines out.")] = False,
    models_dir: ModelsDir = None,
) -> None:
    """Classify JSON lines from stdin (see the module docstring for the contract)."""
    if not jsonl:
        err.print("only --jsonl is supported: one JSON object per line on standard input")
        raise typer.Exit(2)
    classifier = current_classifier(models_dir)
    for line in sys.stdin:
        if not line.strip():
            continue
        item = json.loads(line)
        text = split_new_text(str(item.get("text") or ""))
        result = classifier.classify(subject=str(item.get("subject") or ""), text=text)
        row = {
            "id": item.get("id"), "labels": list(result.labels), "lang": result.language,
            "scores": result.scores, "needs_review": result.needs_review,
        }  # fmt: skip
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    sys.stdout.flush()
