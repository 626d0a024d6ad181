"""The shape of one language's wording for messages to data subjects.

Each ``intake/templates_<lang>.py`` fills one :class:`Wording`; the
renderers in :mod:`intake.templates` and :mod:`intake.templates_lifecycle`
only substitute values. Placeholders use :meth:`str.format` names, and
every template must use the same names in every language (a test checks).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Wording:
    """Everything a language needs to write to a data subject in plain words.

    Attributes:
        months: month names, January first.
        weekdays: day names, Monday first.
        date_pattern: uses ``{weekday} {day} {month} {year}``.
        first_of_month: how the 1st is written (``1er`` in French).
        kind_names: phrase for each right, fitting after ``asking``.
        and_word: joins the last two items of a list.
        automatic: closing line of every automatic message.
    """

    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    date_pattern: str
    first_of_month: str
    kind_names: dict[str, str]
    and_word: str
    greeting: str
    automatic: str
    ack_subject: str
    ack_asked: str
    ack_body: str
    follow_up_subject: str
    follow_up_body: str
    verify_subject: str
    verify_code_body: str
    verify_manual_body: str
    extension_subject: str
    extension_body: str
    clarify_subject: str
    clarify_body: str
    answer_subject: str
    answer_body: str
    answer_attached: str
    refusal_subject: str
    refusal_body: str
    unknown_authority: str
    recipients_subject: str
    recipients_body: str
