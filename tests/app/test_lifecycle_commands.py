"""The controller's commands and the proof-of-compliance commands, end to end."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from store.crypto import install_keyring, is_encrypted
from store.db import make_engine
from store.models import Event
from tests.app.helpers import guichet, init_demo


@pytest.fixture(autouse=True)
def _no_keyring_left_behind() -> Iterator[None]:
    yield
    install_keyring(None)  # the CLI installs the deployment's key ring process-wide


@pytest.fixture
def config(tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = init_demo(tmp_path / "demo" / "guichet.toml", db_url, monkeypatch)
    # These tests drive the controller's actions: no identity check in the way.
    path.write_text(path.read_text() + '[controllers.verification]\ndefault = "none"\n')
    guichet(path, "db", "upgrade")
    guichet(path, "demo", "feed")
    guichet(path, "run", "--once")
    return path


def _references(config: Path) -> list[str]:
    listing = json.loads(guichet(config, "requests", "list", "--json"))
    return [str(r["reference"]) for r in listing["requests"]]


def test_actions_register_and_a_tampered_event(config: Path, db_url: str) -> None:
    first, second, *_ = _references(config)
    out = guichet(config, "requests", "extend", first, "--reason", "Archives in three systems.")
    assert f"{first}: extended" in out
    guichet(config, "requests", "answer", first, "--summary", "Done, see attached.")
    refused = guichet(config, "requests", "refuse", second, "--justification", "no", code=1)
    assert "refused:" in refused and "justification" in refused
    guichet(config, "requests", "close", second, "--outcome", "withdrawn",
             "--reason", "The subject wrote that they no longer need it.")  # fmt: skip

    rows = list(csv.DictReader(io.StringIO(guichet(config, "register", "export"))))
    by_reference = {row["reference"]: row for row in rows}
    assert by_reference[first]["outcome"] == "answered" and by_reference[first]["on_time"] == "yes"
    assert by_reference[first]["extended_on"] and by_reference[first]["closed_on"]
    assert by_reference[second]["outcome"] == "withdrawn"
    assert json.loads(guichet(config, "register", "export", "--format", "json"))[0]["reference"]

    assert "audit OK" in guichet(config, "audit", "verify")
    engine = make_engine(db_url)
    with engine.begin() as connection:
        connection.execute(
            update(Event).where(Event.action == "extended").values(actor="controller:someone-else")
        )
    out = guichet(config, "audit", "verify", code=1)
    assert f"BROKEN {first}" in out and "content altered" in out
    engine.dispose()


def test_deleting_the_newest_event_is_noticed(config: Path, db_url: str) -> None:
    first = _references(config)[0]
    guichet(config, "requests", "pause", first, "--reason", "Which account do you mean?")
    engine = make_engine(db_url)
    with engine.begin() as connection:
        last = connection.scalar(select(Event.id).order_by(Event.id.desc()).limit(1))
        connection.execute(text("DELETE FROM events WHERE id = :id"), {"id": last})
    report = json.loads(guichet(config, "audit", "verify", "--json", code=1))
    assert report["problems"][0]["problem"] == "chain does not end where it was sealed"
    engine.dispose()


def test_bodies_are_encrypted_at_rest_and_keys_rotate(
    config: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = make_engine(db_url)
    with engine.connect() as connection:
        raws = connection.execute(text("SELECT raw, text FROM messages")).all()
    assert raws and all(is_encrypted(bytes(raw)) for raw, _ in raws)
    assert all(body is None or is_encrypted(body) for _, body in raws)

    new_key = "rotated-key-" + "x7Yq2Lm9Pz4Rt8Wv3Ns6Bd1Kf5Hj0Gc"
    old_key = config.read_text().split('secret_key = "')[1].split('"')[0]
    monkeypatch.setenv("GUICHET_ENCRYPTION_KEYS", json.dumps([new_key, old_key]))
    out = guichet(config, "keys", "rotate")
    assert "re-encrypted" in out and "messages.raw" in out
    monkeypatch.setenv("GUICHET_ENCRYPTION_KEYS", json.dumps([new_key]))  # old key retired
    assert _references(config)  # everything still reads with the new key alone
    guichet(config, "requests", "show", _references(config)[0])
    engine.dispose()


def test_annual_report_prints_counts_and_writes_a_png(config: Path, tmp_path: Path) -> None:
    first = _references(config)[0]
    guichet(config, "requests", "answer", first, "--summary", "Here is your data.")
    year = json.loads(guichet(config, "requests", "list", "--json"))["requests"][0]["received_on"]
    chart = tmp_path / "report.png"
    out = guichet(config, "report", "annual", "--year", year[:4], "--chart", str(chart))
    assert "by kind:" in out and "answered on time: 100.0%" in out
    assert chart.read_bytes().startswith(b"\x89PNG")
