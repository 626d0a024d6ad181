"""The tuning loop end to end on a tiny model: train, eval, promote, rollback, review, classify."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from app.cli import app
from store.db import make_engine, make_session_factory
from store.models import Message
from store.nlp_models import LabelCorrection, ModelPromotion
from tests.app.helpers import init_demo

runner = CliRunner()
CONTRACT_KEYS = {"id", "labels", "lang", "scores", "needs_review"}
# Project-written records (not from the external evaluation set).
SMALL_SET = [
    {"id": "t1", "subject": "", "text": "Please delete my account and all my data.",
     "labels": ["erasure"], "lang": "en"},
    {"id": "t2", "subject": "Commande", "text": "Où est mon colis ? Il n'est pas arrivé.",
     "labels": ["other"], "lang": "fr"},
]  # fmt: skip


def _guichet(*args: str, stdin: str | None = None) -> str:
    result = runner.invoke(app, list(args), input=stdin)
    assert result.exit_code == 0, result.output
    return result.output


def test_train_eval_promote_rollback(tmp_path: Path) -> None:
    models = str(tmp_path / "models")
    tiny = ("--examples", "150", "--epochs", "2", "--no-corrections", "--models-dir", models)
    assert "trained v1" in _guichet("-c", str(tmp_path / "none.toml"), "nlp", "train", *tiny)
    assert "trained v2" in _guichet("-c", str(tmp_path / "none.toml"), "nlp", "train", *tiny)
    data = tmp_path / "small.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in SMALL_SET) + "\n")
    plot = tmp_path / "confusion.png"
    report = _guichet(
        "nlp", "eval", "--data", str(data), "--version", "v1", "--plot", str(plot),
        "--models-dir", models,
    )  # fmt: skip
    assert "macro-F1" in report and "per language" in report
    assert plot.read_bytes().startswith(b"\x89PNG")
    config = ("-c", str(tmp_path / "none.toml"))
    assert "promoted v1" in _guichet(
        *config, "nlp", "promote", "v1", "--yes", "--models-dir", models
    )
    shown = _guichet(*config, "nlp", "promote", "v2", "--models-dir", models, stdin="y\n")
    assert "candidate v2" in shown and "current v1" in shown
    assert "rolled back from v2 to v1" in _guichet(
        *config, "nlp", "rollback", "--yes", "--models-dir", models
    )
    pointer = json.loads((tmp_path / "models" / "promoted.json").read_text())
    assert pointer == {"current": "v1", "history": ["v1"]}


def test_promote_refused_when_not_confirmed(tmp_path: Path) -> None:
    models = tmp_path / "models"
    (models / "v1").mkdir(parents=True)
    (models / "v1" / "meta.json").write_text(json.dumps({"version": "v1", "heldout": {}}))
    result = runner.invoke(app, ["nlp", "promote", "v1", "--models-dir", str(models)], input="n\n")
    assert result.exit_code == 1
    assert not (models / "promoted.json").exists()


@pytest.mark.parametrize("models_dir", ["empty", "packaged"])
def test_classify_jsonl_contract(tmp_path: Path, models_dir: str) -> None:
    args = ["classify", "--jsonl"]
    if models_dir == "empty":  # no promoted model: the rule baseline answers
        args += ["--models-dir", str(tmp_path)]
    lines = "\n".join(json.dumps({k: r[k] for k in ("id", "subject", "text")}) for r in SMALL_SET)
    output = _guichet(*args, stdin=lines + "\n\n")
    rows = [json.loads(line) for line in output.splitlines()]
    assert [row["id"] for row in rows] == ["t1", "t2"]
    assert all(set(row) == CONTRACT_KEYS for row in rows)
    assert rows[0]["labels"] == ["erasure"] and rows[0]["lang"] == "en"
    assert rows[1]["labels"] == ["other"] and rows[1]["lang"] == "fr"
    assert isinstance(rows[0]["needs_review"], bool) and "access" in rows[0]["scores"]


@pytest.fixture
def config(tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = init_demo(tmp_path / "guichet.toml", db_url, monkeypatch)
    _guichet("-c", str(path), "db", "upgrade")
    return path


def _flagged_message(native_id: str, labels: list[str]) -> Message:
    return Message(
        channel="email", native_id=native_id, raw=b"x", raw_format="rfc822",
        received_at=datetime(2025, 3, 3, tzinfo=UTC), status="processed",
        content_sha256=native_id * 8, subject_line="Question",
        text="Pouvez-vous fermer mon compte ?", language="fr",
        classification={"labels": labels, "needs_review": True, "model": "m", "scores": {}},
    )  # fmt: skip


def test_review_stores_who_and_when(config: Path, db_url: str) -> None:
    sessions = make_session_factory(make_engine(db_url))
    with sessions() as session:
        session.add_all([_flagged_message("a1", ["other"]), _flagged_message("a2", ["erasure"])])
        session.commit()
    # relabel the first (after one invalid answer), confirm the second
    script = "r\nacces\nerasure\nc\n"
    output = _guichet("-c", str(config), "nlp", "review", "--reviewer", "alice", stdin=script)
    assert "confirmed 1, relabelled 1, skipped 0" in output
    with sessions() as session:
        corrections = session.scalars(select(LabelCorrection).order_by(LabelCorrection.id)).all()
        assert [(c.labels, c.verdict, c.corrected_by) for c in corrections] == [
            (["erasure"], "relabelled", "alice"),
            (["erasure"], "confirmed", "alice"),
        ]
        assert all(c.corrected_at.tzinfo is not None for c in corrections)
    again = _guichet("-c", str(config), "nlp", "review", stdin="")
    assert "0 message(s) to review" in again


def test_promotion_is_logged_in_the_store(config: Path, db_url: str, tmp_path: Path) -> None:
    models = tmp_path / "models"
    (models / "v1").mkdir(parents=True)
    (models / "v1" / "meta.json").write_text(json.dumps({"version": "v1", "heldout": {"x": 1}}))
    _guichet("-c", str(config), "nlp", "promote", "v1", "--yes", "--models-dir", str(models))
    with make_session_factory(make_engine(db_url))() as session:
        (entry,) = session.scalars(select(ModelPromotion)).all()
        assert (entry.version, entry.action, entry.figures) == ("v1", "promote", {"x": 1})
