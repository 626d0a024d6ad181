"""Running `guichet` in-process for the command-line tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import app

runner = CliRunner()


def guichet(config: Path, *args: str, code: int = 0) -> str:
    """Run ``guichet -c CONFIG ARGS``, check the exit code and return the output."""
    result = runner.invoke(app, ["-c", str(config), *args])
    assert result.exit_code == code, result.output
    return result.output


def init_demo(path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Write the demo configuration at ``path``, pointed at the test database."""
    monkeypatch.setenv("GUICHET_DATABASE_URL", db_url)
    guichet(path, "init", "--demo")
    return path
