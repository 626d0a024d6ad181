"""Loading settings: file, environment, and one readable line per problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config_file import render_config
from config import ConfigError, load_settings

GOOD_SECRET = "k" * 8 + "Zq3-9vT_xW2pL7mN4rB6yC1dF5gH8jK0"


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "guichet.toml"
    path.write_text(body, encoding="utf-8")
    return path


def _problems(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    return caught.value.problems


def test_generated_config_loads_and_anchors_paths(tmp_path: Path) -> None:
    settings = load_settings(_write(tmp_path, render_config(demo=True)))
    assert settings.controllers[0].name == "exemple"
    assert settings.maildir.path == (tmp_path / "maildir").resolve()
    assert settings.database_url == f"sqlite:///{(tmp_path / 'guichet.db').resolve()}"
    assert "secret" not in repr(settings.secret_key.get_secret_value()[:0])
    assert "**" in repr(settings.secret_key)  # SecretStr never shows the value


def test_environment_overrides_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GUICHET_DATABASE_URL", "postgresql+psycopg://db.example/guichet")
    monkeypatch.setenv("GUICHET_MAILDIR__POLL_SECONDS", "42")
    settings = load_settings(_write(tmp_path, render_config(demo=True)))
    assert settings.database_url == "postgresql+psycopg://db.example/guichet"
    assert settings.maildir.poll_seconds == 42
    assert settings.controllers[0].name == "exemple"


@pytest.mark.parametrize(
    "secret", ["changeme", "CHANGE_ME_PLEASE_" + "x" * 30, "secret", "<your-secret>", "short"]
)
def test_placeholder_or_short_secrets_are_refused(tmp_path: Path, secret: str) -> None:
    problems = _problems(_write(tmp_path, f'secret_key = "{secret}"\n'))
    assert len(problems) == 1
    assert problems[0].startswith("secret_key: is ")


def test_every_problem_gets_one_line(tmp_path: Path) -> None:
    body = f"""
secret_key = "{GOOD_SECRET}"
databse_url = "sqlite:///x.db"
[[controllers]]
name = "Acme Corp"
timezone = "Europe/Pariss"
country = "XX"
intake_addresses = ["not-an-address"]
"""
    problems = _problems(_write(tmp_path, body))
    assert len(problems) == 5, problems
    joined = "\n".join(problems)
    assert "databse_url: is not a known setting" in joined
    assert "controllers.0.name: must be lower-case" in joined
    assert "controllers.0.timezone: unknown time zone 'Europe/Pariss'" in joined
    assert "controllers.0.country: no public-holiday calendar for 'XX'" in joined
    assert "controllers.0.intake_addresses: 'not-an-address' is not an e-mail address" in joined
    assert all("\n" not in p for p in problems)


def test_missing_secret_and_bad_toml_are_explained(tmp_path: Path) -> None:
    assert _problems(_write(tmp_path, "")) == ["secret_key: is required"]
    assert "not valid TOML" in _problems(_write(tmp_path, "secret_key = "))[0]
    assert "no such file" in _problems(tmp_path / "absent.toml")[0]


def test_controllers_must_not_share_names_or_addresses(tmp_path: Path) -> None:
    body = f"""
secret_key = "{GOOD_SECRET}"
[[controllers]]
name = "a"
intake_addresses = ["dpo@example.org"]
[[controllers]]
name = "b"
intake_addresses = ["DPO@example.org"]
"""
    problems = _problems(_write(tmp_path, body))
    assert problems == ["configuration: intake address dpo@example.org belongs to both a and b"]
