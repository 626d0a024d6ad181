"""The CLI path a newcomer takes: init, check, migrate, feed, run, list."""

from __future__ import annotations

import email
import json
from collections import Counter
from pathlib import Path

import pytest

from app.cli import app
from app.demo_samples import SAMPLES
from tests.app.helpers import guichet, init_demo, runner


@pytest.fixture
def config(tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    return init_demo(tmp_path / "demo" / "guichet.toml", db_url, monkeypatch)


def _listing(config: Path) -> dict[str, list[dict[str, object]]]:
    listing = json.loads(guichet(config, "requests", "list", "--json"))
    assert isinstance(listing, dict)
    return listing


def test_demo_flow_twice_files_each_sample_once(config: Path) -> None:
    assert "configuration OK" in guichet(config, "check-config")
    guichet(config, "db", "upgrade")
    assert f"delivered {len(SAMPLES)} sample" in guichet(config, "demo", "feed")
    guichet(config, "run", "--once")
    first = _listing(config)

    expected_requests = sum(1 for s in SAMPLES if s.expect == "request")
    assert len(first["requests"]) == expected_requests
    assert [q["reason"] for q in first["quarantine"]] == [
        "stage screen: ValueError: message has no usable sender address"
    ]
    outbox = sorted((config.parent / "outbox").glob("*.eml"))
    # One acknowledgement each, plus a one-time code where the right asked needs a check.
    waiting = sum(1 for r in first["requests"] if r["status"] == "awaiting_verification")
    assert 0 < waiting < expected_requests
    assert len(outbox) == expected_requests + waiting
    for path in outbox:
        sent = email.message_from_bytes(path.read_bytes())
        assert sent["Auto-Submitted"] == "auto-replied"
        assert any(str(r["reference"]) in sent["Subject"] for r in first["requests"])

    assert "delivered 0 sample" in guichet(config, "demo", "feed")
    guichet(config, "run", "--once")
    assert _listing(config) == first
    assert len(list((config.parent / "outbox").glob("*.eml"))) == expected_requests + waiting


def test_show_prints_deadlines_and_events(config: Path) -> None:
    guichet(config, "db", "upgrade")
    guichet(config, "demo", "feed")
    guichet(config, "run", "--once")
    reference = str(_listing(config)["requests"][0]["reference"])
    shown = json.loads(guichet(config, "requests", "show", reference, "--json"))
    assert shown["reference"] == reference and shown["due_on"]
    actions = [e["action"] for e in shown["events"]]
    assert actions[0] == "received" and "acknowledgement_queued" in actions
    assert (
        runner.invoke(app, ["-c", str(config), "requests", "show", "G-0000-0000-0000"]).exit_code
        == 1
    )


def test_commands_refuse_an_unmigrated_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GUICHET_DATABASE_URL", f"sqlite:///{tmp_path / 'fresh.db'}")
    config = tmp_path / "guichet.toml"
    guichet(config, "init", "--demo")
    result = runner.invoke(app, ["-c", str(config), "requests", "list"])
    assert result.exit_code == 2
    assert "guichet db upgrade" in result.output


def test_check_config_explains_problems(tmp_path: Path) -> None:
    path = tmp_path / "guichet.toml"
    path.write_text('secret_key = "changeme"\n[maildir]\nfrom_address = "nope"\n')
    result = runner.invoke(app, ["-c", str(path), "check-config"])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.startswith("config:")]
    assert len(lines) == 2, result.output


def test_statuses_cover_every_sample(config: Path) -> None:
    guichet(config, "db", "upgrade")
    guichet(config, "demo", "feed")
    output = guichet(config, "run", "--once")
    wanted = Counter(
        {"request": "processed", "other": "not_a_request"}.get(s.expect, s.expect) for s in SAMPLES
    )
    for status, count in wanted.items():
        assert f"'{status}': {count}" in output, output
