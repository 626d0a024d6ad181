"""Messages of a request's life: identity check, extension, clarification, answer, refusal.

All wording lives in ``intake/templates_<lang>.py``; these functions only
choose the template and fill it. Controller-supplied text (reasons,
answers) is inserted as written: it is the controller's own message.
"""

from __future__ import annotations

from datetime import date

from intake.templates import Rendered, compose, format_date, kinds_phrase, wording


def verification_request(
    *,
    language: str,
    reference: str,
    controller: str,
    level: str,
    code: str | None = None,
    expires: date | None = None,
) -> Rendered:
    """Ask the sender to prove who they are: a one-time code, or a document (``manual``)."""
    words = wording(language)
    if level == "manual":
        body = words.verify_manual_body
    elif code is None or expires is None:
        raise ValueError("a 'confirm' verification request needs a code and its expiry")
    else:
        body = words.verify_code_body
    return compose(
        language, words.verify_subject, body, reference=reference, controller=controller,
        code=code or "", expires=format_date(expires, language) if expires else "",
    )  # fmt: skip


def extension_notice(*, language: str, reference: str, reason: str, due: date) -> Rendered:
    """Tell the subject the period is extended, why, and the new last day."""
    words = wording(language)
    return compose(
        language, words.extension_subject, words.extension_body,
        reference=reference, reason=reason.strip(), due=format_date(due, language),
    )  # fmt: skip


def clarification_request(*, language: str, reference: str, question: str) -> Rendered:
    """Ask the subject for what is missing to handle the request."""
    words = wording(language)
    return compose(
        language, words.clarify_subject, words.clarify_body,
        reference=reference, question=question.strip(),
    )  # fmt: skip


def answer(
    *, language: str, reference: str, controller: str, summary: str, attachments: int = 0
) -> Rendered:
    """The controller's answer, mentioning attached files when there are some."""
    words = wording(language)
    body = words.answer_body
    if attachments:
        body += words.answer_attached
    return compose(
        language, words.answer_subject, body, reference=reference, controller=controller,
        summary=summary.strip(), count=attachments,
    )  # fmt: skip


def refusal(
    *,
    language: str,
    reference: str,
    controller: str,
    justification: str,
    authority: str | None,
    authority_url: str | None,
) -> Rendered:
    """A refusal with its reasons and the subject's remedies (authority and court)."""
    words = wording(language)
    named = words.unknown_authority
    if authority:
        named = f"{authority} ({authority_url})" if authority_url else authority
    return compose(
        language, words.refusal_subject, words.refusal_body, reference=reference,
        controller=controller, justification=justification.strip(), authority=named,
    )  # fmt: skip


def recipients_reminder(*, language: str, reference: str, kinds: list[str]) -> Rendered:
    """Remind the controller to tell recipients of rectification or erasure (Art. 19)."""
    words = wording(language)
    return compose(
        language, words.recipients_subject, words.recipients_body,
        reference=reference, kinds=kinds_phrase(kinds, language),
    )  # fmt: skip
