"""What the pipeline stages share while one message passes through them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from config import ControllerSettings, Settings
from intake.envelope import Envelope, Normalised
from nlp import Classification, Classifier
from store.models import Controller, Message, Request

Normaliser = Callable[[bytes], Normalised]


@dataclass(frozen=True)
class IntakeServices:
    """Long-lived collaborators, built once by the composition root.

    Attributes:
        settings: The deployment's settings.
        classifier: Any :class:`nlp.Classifier`.
        clock: Returns the current aware time; injected so tests control it.
        normalisers: One per ``Envelope.raw_format``.
    """

    settings: Settings
    classifier: Classifier
    clock: Callable[[], datetime]
    normalisers: Mapping[str, Normaliser]

    @property
    def secret(self) -> bytes:
        """Key for HMAC-signed Message-IDs."""
        return self.settings.secret_key.get_secret_value().encode()


@dataclass(frozen=True)
class StageResult:
    """A stage's verdict: go on or stop, with a note and the rules that fired."""

    proceed: bool
    note: str
    rules: tuple[str, ...] = ()


CONTINUE = StageResult(True, "ok")


@dataclass
class IntakeContext:
    """Mutable state of one message's trip through the pipeline."""

    session: Session
    services: IntakeServices
    envelope: Envelope
    message: Message
    normalised: Normalised | None = None
    controller: Controller | None = None
    controller_settings: ControllerSettings | None = None
    classification: Classification | None = None
    request: Request | None = None
    is_follow_up: bool = False
    trace: list[dict[str, Any]] = field(default_factory=list)

    @property
    def now(self) -> datetime:
        """The services' clock."""
        return self.services.clock()

    def need_normalised(self) -> Normalised:
        """The normalised message; a stage ordering error if missing."""
        if self.normalised is None:
            raise RuntimeError("stage needs 'normalise' to run first")
        return self.normalised

    def need_controller(self) -> tuple[Controller, ControllerSettings]:
        """The routed controller; a stage ordering error if missing."""
        if self.controller is None or self.controller_settings is None:
            raise RuntimeError("stage needs 'route' to run first")
        return self.controller, self.controller_settings
