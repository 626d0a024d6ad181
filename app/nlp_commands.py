"""`guichet nlp ...` (train, eval, review, promote, rollback) and `guichet classify --jsonl`."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress
from sqlalchemy.orm import Session, sessionmaker

from app.classify_command import ModelsDir, classify, current_classifier
from app.command_context import load_if_configured
from app.nlp_evaluate import DEFAULT_EVAL_DATA, print_evaluation, version_comparison
from app.nlp_review import run_review
from app.runtime import build_runtime, utc_now
from nlp import model_store
from nlp.baseline import RuleBasedClassifier
from nlp.training import TrainingRecord, train_version
from nlp.training_data.dataset import heldout_set, training_set
from nlp.types import Classifier
from store import nlp_corrections

nlp_app = typer.Typer(
    help="Train, evaluate and switch the request classifier.", no_args_is_help=True
)
out = Console()
err = Console(stderr=True)


def _models(models_dir: Path | None) -> Path:
    return models_dir or model_store.default_models_dir()


def _sessions(ctx: typer.Context) -> sessionmaker[Session] | None:
    """Sessions on the configured database, or None when there is no usable configuration."""
    settings = load_if_configured(ctx)
    if settings is None:
        return None
    # Through the runtime, so the encryption key ring is installed: corrections
    # read message text, which is encrypted at rest.
    return build_runtime(settings).sessions


def _actor() -> str:
    try:
        return getpass.getuser()
    except OSError:
        return "admin"


@nlp_app.command("train")
def train(
    ctx: typer.Context,
    examples: Annotated[int, typer.Option(help="Generated training messages.")] = 16000,
    epochs: Annotated[int, typer.Option(help="Passes over the training data.")] = 8,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    corrections: Annotated[bool, typer.Option(help="Add stored corrections.")] = True,
    models_dir: ModelsDir = None,
) -> None:
    """Train a new model version on generated data plus stored corrections."""
    records = [
        TrainingRecord(e.subject, e.text, frozenset(e.labels), e.lang)
        for e in training_set(examples, seed=seed)
    ]
    heldout = [
        TrainingRecord(e.subject, e.text, frozenset(e.labels), e.lang)
        for e in heldout_set(max(examples // 3, 30), seed=seed + 1)
    ]
    sessions = _sessions(ctx) if corrections else None
    added = 0
    if sessions is not None:
        with sessions() as session:
            for subject, text, labels in nlp_corrections.training_corrections(session):
                # corrections are scarce and authoritative: weigh them three times
                records += [TrainingRecord(subject, text, frozenset(labels), "und")] * 3
                added += 1
    root = _models(models_dir)
    version = model_store.next_version(root)
    with Progress(console=err) as progress:
        task = progress.add_task(f"training {version}", total=epochs)
        meta = train_version(
            train=records, heldout=heldout, out_dir=root, version=version,
            created=utc_now().isoformat(timespec="seconds"), epochs=epochs, seed=seed,
            progress=lambda done, total: progress.update(task, completed=done, total=total),
        )  # fmt: skip
    figures = ", ".join(f"{k} {v}" for k, v in meta["heldout"].items())
    out.print(f"trained {version} on {len(records)} records ({added} correction(s))")
    out.print(f"held-out: {figures}")
    out.print(
        f"evaluate: guichet nlp eval --version {version}; promote: guichet nlp promote {version}"
    )


@nlp_app.command("eval")
def evaluate(
    data: Annotated[Path, typer.Option(help="Labelled JSONL file or folder.")] = DEFAULT_EVAL_DATA,
    version: Annotated[
        str | None, typer.Option(help="Model version, or 'rules' (default: promoted).")
    ] = None,
    plot: Annotated[Path | None, typer.Option(help="PNG of the confusion matrix.")] = None,
    tier: Annotated[str, typer.Option(help="Id prefix reported separately.")] = "amaury-",
    models_dir: ModelsDir = None,
) -> None:
    """Per-label and per-language P/R/F1, confusion matrix, missed requests, review rate."""
    root = _models(models_dir)
    classifier: Classifier
    if version == "rules":
        classifier = RuleBasedClassifier()
    elif version:
        from nlp.trained import TrainedClassifier

        classifier = TrainedClassifier(root / version)
    else:
        classifier = current_classifier(root)
    name = getattr(classifier, "model", "classifier").replace("/", "-")
    target = plot or Path("var") / "nlp" / f"confusion-{name}.png"
    print_evaluation(out, classifier, data, plot=target, tier=tier)


def _confirm_switch(root: Path, current: str | None, target: str, question: str, yes: bool) -> None:
    """Show the held-out comparison, then ask (unless ``yes``); exit 1 on refusal."""
    out.print(version_comparison(root, current, target))
    if not yes and not typer.confirm(question):
        raise typer.Exit(1)


@contextmanager
def _model_store_errors() -> Iterator[None]:
    """Explain a model store error and exit 1."""
    try:
        yield
    except model_store.ModelStoreError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from None


def _log_switch(ctx: typer.Context, root: Path, **fields: Any) -> None:
    """Record the switch, with the new version's held-out figures, when a database is set."""
    sessions = _sessions(ctx)
    if sessions is None:
        err.print("no database configured: the switch is not logged in the store")
        return
    figures = model_store.read_meta(root, fields["version"]).get("heldout", {})
    with sessions() as session:
        nlp_corrections.record_promotion(
            session, actor=_actor(), at=utc_now(), figures=figures, **fields
        )
        session.commit()


@nlp_app.command("promote")
def promote(
    ctx: typer.Context,
    version: str,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
    models_dir: ModelsDir = None,
) -> None:
    """Show the comparison with the current model, then promote VERSION."""
    root = _models(models_dir)
    with _model_store_errors():
        current = model_store.promoted_version(root)
        _confirm_switch(root, current, version, f"promote {version}?", yes)
        model_store.promote(root, version)
    _log_switch(ctx, root, version=version, previous=current, action="promote")
    out.print(f"promoted {version} (was {current or 'none'})")


@nlp_app.command("rollback")
def rollback(
    ctx: typer.Context,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
    models_dir: ModelsDir = None,
) -> None:
    """Show the comparison, then return to the previously promoted version."""
    root = _models(models_dir)
    with _model_store_errors():
        current, target = model_store.promoted_version(root), model_store.rollback_target(root)
        _confirm_switch(root, current, target, f"roll back from {current} to {target}?", yes)
        left, now = model_store.rollback(root)
    _log_switch(ctx, root, version=now, previous=left, action="rollback")
    out.print(f"rolled back from {left} to {now}")


@nlp_app.command("review")
def review(
    ctx: typer.Context,
    reviewer: Annotated[str | None, typer.Option(help="Name stored with each verdict.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Revisit corrected messages too.")] = False,
) -> None:
    """Confirm or relabel the messages flagged for review (stored with who and when)."""
    sessions = _sessions(ctx)
    if sessions is None:
        err.print("[red]review needs a configured database (guichet -c FILE nlp review)[/red]")
        raise typer.Exit(2)
    counts = run_review(
        sessions, reviewer=reviewer or _actor(), clock=utc_now, console=out, include_corrected=all_
    )
    out.print(", ".join(f"{k} {v}" for k, v in counts.items()))


def register(app: typer.Typer) -> None:
    """Add `nlp` and `classify` to the main command line."""
    app.add_typer(nlp_app, name="nlp")
    app.command("classify")(classify)
