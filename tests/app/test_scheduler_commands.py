"""`guichet digest`: print a digest, or queue it; `run --once` sweeps too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import app
from store.db import make_engine, make_session_factory
from store.models import OutboxEntry
from tests.app.helpers import guichet, init_demo, runner


@pytest.fixture
def demo(tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    config = init_demo(tmp_path / "demo" / "guichet.toml", db_url, monkeypatch)
    for args in (["db", "upgrade"], ["demo", "feed"], ["run", "--once"]):
        guichet(config, *args)
    return config


def _references(config: Path) -> list[str]:
    listing = runner.invoke(app, ["-c", str(config), "requests", "list", "--json"]).output
    return [str(r["reference"]) for r in json.loads(listing)["requests"]]


DRY_RUNS = [
    (["--dry-run"], "Subject: Guichet · Exemple SARL : récapitulatif"),
    (["--dry-run", "--kind", "daily"], "récapitulatif du jour"),
    (["--dry-run", "--show", "ics"], "BEGIN:VCALENDAR"),
    (["--dry-run", "--show", "html"], '<html lang="fr">'),
]


def test_dry_run_prints_the_digest(demo: Path) -> None:
    references = _references(demo)
    assert references
    for args, expected in DRY_RUNS:  # one demo database for all variants: it is slow to make
        result = runner.invoke(app, ["-c", str(demo), "digest", "--controller", "exemple", *args])
        assert result.exit_code == 0, result.output
        assert expected in result.output
        assert all(reference in result.output for reference in references)


def test_without_dry_run_the_digest_is_queued_and_delivered(demo: Path, db_url: str) -> None:
    result = runner.invoke(app, ["-c", str(demo), "digest", "--controller", "exemple"])
    assert result.exit_code == 0 and "queued 1 digest" in result.output
    assert runner.invoke(app, ["-c", str(demo), "run", "--once"]).exit_code == 0
    engine = make_engine(db_url)
    with make_session_factory(engine)() as session:
        entry = session.scalars(
            select(OutboxEntry).where(OutboxEntry.purpose == "digest_manual")
        ).one()
        assert (entry.status, entry.recipient) == ("sent", "dpo@exemple.fr")
    engine.dispose()
    sent = (demo.parent / "outbox" / f"{entry.id:08d}.eml").read_bytes()
    assert b"text/calendar" in sent and b".ics" in sent


def test_usage_errors(demo: Path) -> None:
    for args in (
        ["--controller", "nobody", "--dry-run"],
        ["--controller", "exemple", "--kind", "x"],
    ):
        assert runner.invoke(app, ["-c", str(demo), "digest", *args]).exit_code == 2
