"""Settings of the real mail servers: IMAP mailboxes in, one SMTP relay out."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, SecretStr, model_validator

# Servers may drop an IDLE after 30 minutes (RFC 2177); renewing well before
# that keeps a quiet mailbox connected.
MAX_IDLE_RENEW_SECONDS = 25 * 60
_IMAP_PORTS = {"tls": 993, "starttls": 143, "none": 143}
_SMTP_PORTS = {"tls": 465, "starttls": 587, "none": 25}


class ImapSettings(BaseModel):
    """One mailbox Guichet takes requests from."""

    host: str
    port: int | None = Field(default=None, gt=0, lt=65536, description="993 for tls, else 143.")
    security: Literal["tls", "starttls", "none"] = "tls"
    username: str
    password: SecretStr
    folder: str = "INBOX"
    processed_action: Literal["seen", "move"] = Field(
        default="seen", description="After the database commit: flag \\Seen or move the message."
    )
    processed_folder: str = "Guichet/Processed"
    idle: bool = Field(default=True, description="Use IMAP IDLE when the server offers it.")
    idle_renew_seconds: float = Field(default=10 * 60, gt=0, le=MAX_IDLE_RENEW_SECONDS)
    poll_seconds: float = Field(default=60.0, gt=0, description="Without IDLE: poll interval.")
    timeout_seconds: float = Field(default=60.0, gt=0, description="Every socket operation.")
    reconnect_max_seconds: float = Field(default=300.0, gt=0)
    batch_size: int = Field(default=50, gt=0, le=1000)

    @model_validator(mode="after")
    def _distinct_folders(self) -> ImapSettings:
        if self.processed_action == "move" and self.processed_folder == self.folder:
            raise ValueError("processed_folder must differ from folder when moving messages")
        return self

    @property
    def effective_port(self) -> int:
        """The configured port, or the usual one for the security mode."""
        return self.port or _IMAP_PORTS[self.security]

    @property
    def mailbox_key(self) -> str:
        """Names this mailbox in checkpoints and message ids (no password)."""
        return f"{self.username}@{self.host}:{self.effective_port}/{self.folder}"


class SmtpSettings(BaseModel):
    """The relay acknowledgements, replies and reminders leave through."""

    host: str
    port: int | None = Field(default=None, gt=0, lt=65536, description="465 tls, 587 starttls.")
    security: Literal["starttls", "tls", "none"] = "starttls"
    username: str | None = None
    password: SecretStr | None = None
    timeout_seconds: float = Field(default=30.0, gt=0)

    @model_validator(mode="after")
    def _credentials_together(self) -> SmtpSettings:
        if (self.username is None) != (self.password is None):
            raise ValueError("set both username and password, or neither")
        return self

    @property
    def effective_port(self) -> int:
        """The configured port, or the usual one for the security mode."""
        return self.port or _SMTP_PORTS[self.security]
