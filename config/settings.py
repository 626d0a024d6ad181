"""Typed settings for a Guichet deployment.

Values come from ``guichet.toml`` and ``GUICHET_*`` environment variables
(nested keys with ``__``, e.g. ``GUICHET_DATABASE_URL`` or
``GUICHET_MAILDIR__PATH``); the environment wins over the file.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from config.lifecycle_settings import SupervisoryAuthority, VerificationPolicy, default_authority
from config.mail_settings import ImapSettings, SmtpSettings
from config.scheduler_settings import NotificationSchedule, SchedulerSettings

# Values people paste from examples and forget to change. A secret that
# matches one of these (or is too short) would make references and
# message signatures guessable, so it is refused outright.
_PLACEHOLDER_SECRETS = re.compile(
    r"^(change[-_ ]?me.*|secret|password|passw0rd|example|test|dummy"
    r"|x{3,}|\*+|<.*>|todo|none|null|your[-_ ]?secret.*)$",
    re.IGNORECASE,
)
MIN_SECRET_LENGTH = 32
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

Regime = Literal["eu-gdpr", "uk-gdpr", "us-ca-ccpa", "br-lgpd", "ca-qc", "ch-fadp"]
Language = Literal["fr", "en", "de", "es", "it", "nl", "pt"]


def _default_languages() -> list[Language]:
    return ["fr", "en"]


def _check_email(value: str) -> str:
    if not _EMAIL.match(value):
        raise ValueError(f"{value!r} is not an e-mail address")
    return value.lower()


class ControllerSettings(BaseModel):
    """One data controller (tenant) served by this deployment."""

    name: str = Field(description="Short identifier used in commands, e.g. 'acme'.")
    display_name: str = ""
    jurisdiction: Regime = "eu-gdpr"
    country: str | None = Field(
        default=None, description="Public-holiday calendar, e.g. FR, LU, MA, GB-ENG."
    )
    languages: list[Language] = Field(default_factory=lambda: _default_languages())
    timezone: str = "Europe/Paris"
    intake_addresses: list[str] = Field(default_factory=list)
    digest_recipients: list[str] = Field(default_factory=list)
    escalation_contacts: list[str] = Field(default_factory=list)
    reminder_offsets_days: list[int] = Field(default_factory=lambda: [7, 3, 1])
    pause_policy: Literal["none", "suspend"] = "none"
    schedule: NotificationSchedule = Field(default_factory=NotificationSchedule)
    verification: VerificationPolicy = Field(default_factory=VerificationPolicy)
    supervisory_authority: SupervisoryAuthority | None = Field(
        default=None, description="Where subjects may complain; defaults by country."
    )
    retention_days: int = Field(
        default=3 * 365, ge=30, description="Days a closed request's data is kept."
    )

    @field_validator("name")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _SLUG.match(value):
            raise ValueError("must be lower-case letters, digits and dashes (e.g. 'acme-fr')")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (use e.g. Europe/Paris)") from None
        return value

    @field_validator("country")
    @classmethod
    def _known_country(cls, value: str | None) -> str | None:
        if value is None:
            return None
        import holidays  # local: only validation needs it

        code, _, subdivision = value.upper().partition("-")
        try:
            holidays.country_holidays(code, subdiv=subdivision or None)
        except NotImplementedError:
            raise ValueError(f"no public-holiday calendar for {value!r}") from None
        return value.upper()

    @field_validator("intake_addresses", "digest_recipients", "escalation_contacts")
    @classmethod
    def _addresses(cls, values: list[str]) -> list[str]:
        return [_check_email(v) for v in values]

    @field_validator("languages")
    @classmethod
    def _some_language(cls, values: list[Language]) -> list[Language]:
        if not values:
            raise ValueError("needs at least one language")
        return values

    @field_validator("reminder_offsets_days")
    @classmethod
    def _positive_offsets(cls, values: list[int]) -> list[int]:
        if any(v < 0 for v in values):
            raise ValueError("reminder offsets are days before a deadline: use numbers >= 0")
        return sorted(set(values), reverse=True)

    @property
    def zone(self) -> ZoneInfo:
        """The controller's time zone."""
        return ZoneInfo(self.timezone)

    @property
    def authority(self) -> SupervisoryAuthority | None:
        """The supervisory authority named in refusals."""
        return self.supervisory_authority or default_authority(self.country)

    @property
    def default_language(self) -> str:
        """Language used when the sender's cannot be told."""
        return self.languages[0]


class MaildirSettings(BaseModel):
    """The embedded default channel: a Maildir in, ``.eml`` files out."""

    path: Path = Path("var/maildir")
    outbox_path: Path = Path("var/outbox")
    from_address: str = "guichet@localhost.localdomain"
    poll_seconds: float = Field(default=5.0, gt=0)

    @field_validator("from_address")
    @classmethod
    def _address(cls, value: str) -> str:
        return _check_email(value)


class TelegramSettings(BaseModel):
    """The Telegram bot: how it reaches the Bot API and how much it accepts."""

    token: SecretStr | None = Field(default=None, description="Bot token from @BotFather.")
    mode: Literal["polling", "webhook"] = "polling"
    base_url: str = Field(
        default="https://api.telegram.org/bot",
        description="Bot API root; point it at a local server for tests and --dev.",
    )
    base_file_url: str = "https://api.telegram.org/file/bot"
    webhook_url: str | None = Field(default=None, description="Public HTTPS URL of the hook.")
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = Field(default=8443, ge=0, lt=65536)
    max_attachment_bytes: int = Field(default=10_000_000, gt=0)
    messages_per_minute: int = Field(default=20, gt=0, description="Per chat, against abuse.")
    poll_timeout_seconds: int = Field(default=30, ge=0)

    @model_validator(mode="after")
    def _webhook_complete(self) -> TelegramSettings:
        if self.mode == "webhook" and (self.webhook_url is None or self.webhook_secret is None):
            raise ValueError("webhook mode needs webhook_url and webhook_secret")
        return self


class Settings(BaseSettings):
    """Everything a Guichet deployment needs, validated at start-up."""

    model_config = SettingsConfigDict(
        env_prefix="GUICHET_", env_nested_delimiter="__", extra="forbid"
    )

    database_url: str = "sqlite:///var/guichet.db"
    secret_key: SecretStr = Field(
        description="Signs references and message ids; at least 32 random characters."
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    maildir: MaildirSettings = Field(default_factory=MaildirSettings)
    imap: list[ImapSettings] = Field(default_factory=list)
    smtp: SmtpSettings | None = None
    telegram: TelegramSettings = Field(default_factory=TelegramSettings)
    scheduler: SchedulerSettings = Field(default_factory=SchedulerSettings)
    controllers: list[ControllerSettings] = Field(default_factory=list)
    default_controller: str | None = None
    encryption_keys: list[SecretStr] = Field(
        default_factory=list,
        description="Fernet keys, newest first; empty: one derived from secret_key.",
    )

    @field_validator("secret_key")
    @classmethod
    def _real_secret(cls, value: SecretStr) -> SecretStr:
        raw = value.get_secret_value().strip()
        if _PLACEHOLDER_SECRETS.match(raw):
            raise ValueError(
                "is a placeholder: generate one with `guichet init` or `openssl rand -hex 32`"
            )
        if len(raw) < MIN_SECRET_LENGTH:
            raise ValueError(f"is too short: use at least {MIN_SECRET_LENGTH} random characters")
        return value

    @model_validator(mode="after")
    def _controllers_consistent(self) -> Settings:
        names = [c.name for c in self.controllers]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"controller names must be unique: {', '.join(duplicates)}")
        owners: dict[str, str] = {}
        for controller in self.controllers:
            for address in controller.intake_addresses:
                if address in owners:
                    raise ValueError(
                        f"intake address {address} belongs to both "
                        f"{owners[address]} and {controller.name}"
                    )
                owners[address] = controller.name
        if self.default_controller is not None and self.default_controller not in names:
            raise ValueError(f"default_controller {self.default_controller!r} is not configured")
        return self

    def controller(self, name: str) -> ControllerSettings:
        """Return the controller called ``name``.

        Raises:
            KeyError: No controller has that name.
        """
        for controller in self.controllers:
            if controller.name == name:
                return controller
        raise KeyError(name)
