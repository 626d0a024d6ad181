"""Guichet's settings: one :class:`Settings` object, loaded once by ``app``."""

from config.loading import ConfigError, load_settings
from config.settings import ControllerSettings, MaildirSettings, Settings

__all__ = ["ConfigError", "ControllerSettings", "MaildirSettings", "Settings", "load_settings"]
