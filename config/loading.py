"""Load :class:`~config.settings.Settings` from a TOML file and the environment."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource

from config.settings import Settings

DEFAULT_CONFIG_NAME = "guichet.toml"


class ConfigError(Exception):
    """The configuration cannot be used; ``problems`` has one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class _TomlSource(PydanticBaseSettingsSource):
    """Feeds an already-parsed TOML document to pydantic-settings."""

    def __init__(self, settings_cls: type[BaseSettings], data: dict[str, Any]) -> None:
        super().__init__(settings_cls)
        self._data = data

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return self._data.get(field_name), field_name, False

    def __call__(self) -> dict[str, Any]:
        return dict(self._data)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError([f"{path}: no such file (create one with `guichet init`)"]) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([f"{path}: not valid TOML: {exc}"]) from None


def _describe(error: Any) -> str:
    where = ".".join(str(part) for part in error["loc"]) or "configuration"
    message = str(error["msg"]).removeprefix("Value error, ")
    if error["type"] == "missing":
        message = "is required"
    elif error["type"] == "extra_forbidden":
        message = "is not a known setting (check the spelling)"
    return f"{where}: {message}"


def _absolute(path: Path, base: Path) -> Path:
    return path if path.is_absolute() else (base / path).resolve()


def _anchor_paths(settings: Settings, base: Path) -> Settings:
    """Make relative paths relative to the config file, not to the shell's cwd."""
    maildir = settings.maildir.model_copy(
        update={
            "path": _absolute(settings.maildir.path, base),
            "outbox_path": _absolute(settings.maildir.outbox_path, base),
        }
    )
    url = settings.database_url
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and ":memory:" not in url:
        url = prefix + str(_absolute(Path(url.removeprefix(prefix)), base))
    return settings.model_copy(update={"maildir": maildir, "database_url": url})


def load_settings(path: Path | None = None) -> Settings:
    """Read ``guichet.toml`` (or ``path``) and ``GUICHET_*`` variables.

    Environment variables override the file, so a deployment can keep
    secrets out of it (``GUICHET_SECRET_KEY``).

    Args:
        path: The TOML file; ``./guichet.toml`` when None.

    Returns:
        Validated settings with relative paths anchored at the file's folder.

    Raises:
        ConfigError: With one readable line per problem.
    """
    config_path = (path or Path(DEFAULT_CONFIG_NAME)).resolve()
    data = _read_toml(config_path)

    class _FileSettings(Settings):
        @classmethod
        def settings_customise_sources(
            cls,
            settings_cls: type[BaseSettings],
            init_settings: PydanticBaseSettingsSource,
            env_settings: PydanticBaseSettingsSource,
            dotenv_settings: PydanticBaseSettingsSource,
            file_secret_settings: PydanticBaseSettingsSource,
        ) -> tuple[PydanticBaseSettingsSource, ...]:
            return (init_settings, env_settings, _TomlSource(settings_cls, data))

    try:
        loaded = _FileSettings()
    except ValidationError as exc:
        raise ConfigError([_describe(error) for error in exc.errors()]) from None
    settings = Settings.model_construct(**dict(loaded))
    return _anchor_paths(settings, config_path.parent)
