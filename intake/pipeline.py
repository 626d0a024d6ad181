"""The intake pipeline: named stages run in an order that is plain data.

Like GNU Mailman's pipelines, each stage is a small function; the trace
of which stages ran and which rules fired is kept on the message (and in
the request's first event) so an auditor can see why a message ended
where it did.

Transactions, in order:

1. the raw message is stored and committed before any stage runs, so no
   stage failure can lose it;
2. all stages run in one transaction: a message is either fully filed
   (request, events, outbox entry) or not at all;
3. if a stage raises, that transaction is rolled back and the message is
   quarantined with the stage name and the error as its reason.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from intake.context import IntakeContext, IntakeServices, StageResult
from intake.envelope import Envelope
from intake.stages import filing, reading, routing
from store import messages as message_repo
from store.models import Message

log = logging.getLogger(__name__)

Stage = Callable[[IntakeContext], StageResult]
STAGES: Final[Mapping[str, Stage]] = {
    "normalise": reading.normalise,
    "screen": reading.screen,
    "deduplicate": reading.deduplicate,
    "route": routing.route,
    "match": routing.match,
    "classify": routing.classify,
    "persist": filing.persist,
    "acknowledge": filing.acknowledge,
}
DEFAULT_ORDER: Final = tuple(STAGES)


@dataclass(frozen=True)
class IngestOutcome:
    """What became of one envelope."""

    message_id: int
    status: str
    reference: str | None
    already_stored: bool = False


class Pipeline:
    """Runs envelopes through the stages and owns the transactions."""

    def __init__(
        self,
        *,
        sessions: sessionmaker[Session],
        services: IntakeServices,
        order: Sequence[str] = DEFAULT_ORDER,
        stages: Mapping[str, Stage] = STAGES,
    ) -> None:
        unknown = [name for name in order if name not in stages]
        if unknown:
            raise ValueError(f"unknown pipeline stages: {', '.join(unknown)}")
        self._sessions = sessions
        self._services = services
        self._stages = [(name, stages[name]) for name in order]

    def ingest(self, envelope: Envelope) -> IngestOutcome:
        """Store ``envelope`` and run it through every stage, exactly once.

        Calling this again for the same ``(channel, native_id)`` does not
        store or file anything twice: a message that was stored but not
        processed (the process died in between) is processed now; one that
        was processed is left alone.
        """
        # One session for both transactions: the stages work on the message
        # object just committed instead of loading (and decrypting) it again.
        with self._sessions() as session:
            message = self._store_raw(session, envelope)
            if message.status != message_repo.RECEIVED:
                return IngestOutcome(message.id, message.status, None, already_stored=True)
            message_id = message.id
            try:
                return self._run_stages(session, message, envelope)
            except _StageFailedError as caught:
                failure = caught
        return self._quarantine(message_id, failure)

    def _store_raw(self, session: Session, envelope: Envelope) -> Message:
        existing = message_repo.find_message(
            session, channel=envelope.channel, native_id=envelope.native_id
        )
        if existing is not None:
            return existing
        try:
            message = message_repo.add_raw_message(
                session, channel=envelope.channel, native_id=envelope.native_id,
                raw=envelope.raw, raw_format=envelope.raw_format,
                received_at=envelope.received_at,
            )  # fmt: skip
            session.commit()
        except IntegrityError:
            # Another process stored it between our lookup and insert.
            session.rollback()
            again = message_repo.find_message(
                session, channel=envelope.channel, native_id=envelope.native_id
            )
            if again is None:
                raise
            return again
        return message

    def _run_stages(self, session: Session, message: Message, envelope: Envelope) -> IngestOutcome:
        message_id = message.id
        ctx = IntakeContext(
            session=session, services=self._services, envelope=envelope, message=message
        )
        for name, stage in self._stages:
            try:
                result = stage(ctx)
            except Exception as exc:
                session.rollback()
                raise _StageFailedError(name, exc, ctx.trace) from exc
            ctx.trace.append(
                {"stage": name, "proceed": result.proceed, "note": result.note,
                 "rules": list(result.rules)}
            )  # fmt: skip
            if not result.proceed:
                break
        if message.status == message_repo.RECEIVED:
            message_repo.set_status(session, message=message, status=message_repo.PROCESSED)
        message.trace = list(ctx.trace)
        message.processed_at = self._services.clock()
        reference = ctx.request.reference if ctx.request else None
        session.commit()
        log.info("message %s: %s %s", message_id, message.status, reference or "")
        return IngestOutcome(message_id, message.status, reference)

    def _quarantine(self, message_id: int, failure: _StageFailedError) -> IngestOutcome:
        reason = f"stage {failure.stage}: {type(failure.error).__name__}: {failure.error}"
        # Only the stage and the error type go to the log: the error text may
        # quote the message (addresses, words), which stays in the database.
        log.warning(
            "message %s quarantined at stage %s (%s)",
            message_id, failure.stage, type(failure.error).__name__,
        )  # fmt: skip
        with self._sessions() as session:
            message = session.get_one(Message, message_id)
            trace = [*failure.trace, {"stage": failure.stage, "proceed": False,
                                      "note": "failed", "rules": []}]  # fmt: skip
            message_repo.set_status(
                session, message=message, status=message_repo.QUARANTINED,
                reason=reason[:2000], at=self._services.clock(), trace=trace,
            )  # fmt: skip
            session.commit()
        return IngestOutcome(message_id, message_repo.QUARANTINED, None)


class _StageFailedError(Exception):
    def __init__(self, stage: str, error: Exception, trace: list[dict[str, object]]) -> None:
        super().__init__(stage)
        self.stage, self.error, self.trace = stage, error, list(trace)
