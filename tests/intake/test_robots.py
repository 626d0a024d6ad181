"""detect_automatic: one hand-built message per rule, and the traps around them."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage, Message

import pytest

from intake.robots import AutomaticVerdict, detect_automatic

PERSON = "Jane Doe <jane@example.org>"
REQUEST = "Hello,\nplease send me a copy of all personal data you hold about me.\nJane"


def _message(
    body: str = REQUEST,
    *,
    sender: str = PERSON,
    subject: str = "Access request",
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "dpo@acme.example"
    message["Subject"] = subject
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    return message


def _report(report_type: str, report_part: EmailMessage) -> EmailMessage:
    """A multipart/report as an MTA or a mail client would build it."""
    message = _message("Your message could not be processed.", sender=PERSON)
    message.make_mixed()
    message.replace_header("Content-Type", f"multipart/report; report-type={report_type}")
    message.attach(report_part)
    message.attach(_attached(_message()))
    return message


def _fields(**fields: str) -> EmailMessage:
    block = EmailMessage()
    for name, value in fields.items():
        block[name.replace("_", "-")] = value
    return block


def _delivery_status() -> EmailMessage:
    part = EmailMessage()
    part["Content-Type"] = "message/delivery-status"
    recipient = _fields(Final_Recipient="rfc822; gone@example.net", Action="failed", Status="5.1.1")
    part.set_payload([_fields(Reporting_MTA="dns; mx.example.net"), recipient])
    return part


def _machine_part(content_type: str, **fields: str) -> EmailMessage:
    part = EmailMessage()
    part["Content-Type"] = content_type
    part.set_payload(
        "".join(f"{name.replace('_', '-')}: {value}\n" for name, value in fields.items())
    )
    return part


def _attached(original: EmailMessage) -> EmailMessage:
    part = EmailMessage()
    part.set_content(original)
    return part


def _with_attachment(message: EmailMessage, original: EmailMessage) -> EmailMessage:
    message.make_mixed()
    message.attach(_attached(original))
    return message


AUTOMATIC_CASES = [
    pytest.param(
        _message(headers={"Auto-Submitted": "auto-replied"}),
        "auto-submitted:auto-replied",
        id="auto-submitted-replied",
    ),
    pytest.param(
        _message(headers={"Auto-Submitted": "auto-generated (failure)"}),
        "auto-submitted:auto-generated",
        id="auto-submitted-with-comment",
    ),
    pytest.param(_message(headers={"Precedence": "bulk"}), "precedence:bulk", id="bulk"),
    pytest.param(_message(headers={"Precedence": "junk"}), "precedence:junk", id="junk"),
    pytest.param(_message(headers={"Precedence": "list"}), "precedence:list", id="list"),
    pytest.param(_message(headers={"List-Id": "<news.acme.example>"}), "list-id", id="list-id"),
    pytest.param(
        _message(headers={"List-Unsubscribe": "<mailto:leave@acme.example>"}),
        "list-unsubscribe",
        id="list-unsubscribe",
    ),
    pytest.param(
        _report("delivery-status", _delivery_status()),
        "delivery-status-report",
        id="dsn",
    ),
    pytest.param(
        _report(
            "disposition-notification",
            _machine_part("message/disposition-notification", Disposition="automatic-action"),
        ),
        "disposition-notification-report",
        id="read-receipt",
    ),
    pytest.param(
        _report("feedback-report", _machine_part("message/feedback-report", Feedback_Type="abuse")),
        "arf-feedback-report",
        id="arf",
    ),
    pytest.param(
        _message(headers={"Return-Path": "<>"}), "null-return-path", id="null-return-path"
    ),
    pytest.param(
        _message(sender="MAILER-DAEMON@mx.example.net"),
        "mailer-daemon-sender",
        id="mailer-daemon",
    ),
    pytest.param(
        _message(sender="postmaster@example.net"), "mailer-daemon-sender", id="postmaster"
    ),
    pytest.param(
        _message(sender="post_master@vtext.example.com", subject="Re:Test message"),
        "mailer-daemon-sender",
        id="post-master-replying-like-a-person",
    ),
    pytest.param(
        _message(sender="Mail Delivery Subsystem <bounces@example.net>"),
        "mailer-daemon-sender",
        id="delivery-subsystem-name",
    ),
    pytest.param(
        _message(headers={"X-Failed-Recipients": "gone@example.net"}),
        "failed-recipients-header",
        id="x-failed-recipients",
    ),
    pytest.param(
        _message(headers={"X-MLServer": "fml [fml 4.0.3 release]"}),
        "list-manager-notice",
        id="list-software-header",
    ),
    pytest.param(
        _message(headers={"X-Amz-Sns-Message-Id": "a9824ea2"}),
        "notification-service",
        id="aws-sns",
    ),
    pytest.param(
        _with_attachment(
            _message(
                "", sender="staff@hotmail.example", subject="complaint about message from 192.0.2.1"
            ),
            _message(),
        ),
        "arf-feedback-report",
        id="arf-sent-as-multipart-mixed",
    ),
    pytest.param(
        _message(subject="Automatic reply: Access request"), "machine-subject", id="auto-reply"
    ),
    pytest.param(
        _message(subject="Réponse automatique : Access request"),
        "machine-subject",
        id="reponse-automatique",
    ),
    pytest.param(
        _message(
            "Delivery has failed to these recipients or groups:\n\ngone@example.net",
            sender="Microsoft Outlook <it@example.net>",
            subject="Returned",
        ),
        "bounce-body",
        id="exchange-body-without-markers",
    ),
    pytest.param(
        _message(
            "This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform you",
            sender="it@example.net",
            subject="Returned",
        ),
        "bounce-body",
        id="postfix-body-without-markers",
    ),
    pytest.param(
        _message(
            "Error: Invalid user address\n\n550 - Requested action not taken: no such user here",
            sender="gateway@example.net",
            subject="Re:Test message",
        ),
        "bounce-body",
        id="weak-phrase-with-smtp-status",
    ),
    pytest.param(
        _with_attachment(
            _message(
                "送信先のメールボックスが一杯のため、送信できませんでした。",
                sender="no-reply@mail.example.jp",
                subject="メールエラー通知",
            ),
            _message(),
        ),
        "bounce-body",
        id="no-reply-returning-the-original",
    ),
    pytest.param(
        _message(
            "You are not a member of this mailing list <cats@example.org>.",
            sender="cats-admin@example.org",
            subject="You are not member (cats ML)",
        ),
        "list-manager-notice",
        id="fml-notice-body",
    ),
    pytest.param(
        _message(
            "Forward the message.\n\nBegin forwarded message:\n\n"
            "> This is the mail system at host mx.example.net.\n> <gone@example.net>: unknown",
            subject="Fwd: Undelivered Mail Returned to Sender",
        ),
        "forwarded-bounce",
        id="bounce-forwarded-with-no-note",
    ),
]


def _as_received(message: EmailMessage) -> Message:
    """The same message after a trip through bytes, parsed as parse_email does."""
    return message_from_bytes(message.as_bytes(), policy=policy.compat32)


@pytest.mark.parametrize(("message", "reason"), AUTOMATIC_CASES)
def test_machine_mail_is_automatic(message: EmailMessage, reason: str) -> None:
    expected = AutomaticVerdict(automatic=True, reason=reason)
    assert detect_automatic(message) == expected
    assert detect_automatic(_as_received(message)) == expected


LONG_NOTE = (
    "I sent you my erasure request last week and it bounced, see below. "
    "I repeat it here: please erase every piece of personal data you hold about me, "
    "including my order history and my newsletter subscription, and confirm in writing. " * 2
)
HUMAN_CASES = [
    pytest.param(_message(), id="plain-request"),
    pytest.param(_message(headers={"Auto-Submitted": "no"}), id="auto-submitted-no"),
    pytest.param(_message(headers={"Precedence": "first-class"}), id="other-precedence"),
    pytest.param(
        _message(
            "My order could not be delivered last week and was returned to sender.\n"
            "I ordered 450 items; please tell me what personal data you keep about me.",
            subject="Re: Delivery of my order",
            headers={"In-Reply-To": "<order-1@shop.example>"},
        ),
        id="order-delivery-complaint",
    ),
    pytest.param(_message(subject="Re: Undeliverable parcel"), id="undeliverable-parcel-subject"),
    pytest.param(
        _message(subject="Out of office hours access request"), id="out-of-office-in-prose"
    ),
    pytest.param(
        _message(subject="Re: Returned mail: see transcript for details"),
        id="reply-to-a-bounce-subject",
    ),
    pytest.param(
        _message(
            "I got this strange message, what does it mean?\n\n"
            "> This is the mail system at host mx.example.net.\n> Delivery failed.",
        ),
        id="person-quoting-a-bounce",
    ),
    pytest.param(
        _message(
            LONG_NOTE + "\n\n---------- Forwarded message ---------\n"
            "This is the mail system at host mx.example.net.",
            subject="Fwd: Undelivered Mail Returned to Sender",
        ),
        id="bounce-forwarded-with-a-request",
    ),
    pytest.param(
        _message(sender="Contact form <noreply@forms.acme.example>"), id="web-form-noreply"
    ),
    pytest.param(_message(sender="postmaster.general@gov.example"), id="postmaster-lookalike"),
    pytest.param(
        _with_attachment(_message(LONG_NOTE), _message(sender="MAILER-DAEMON@mx.example.net")),
        id="bounce-attached-as-a-file",
    ),
    pytest.param(
        _message(
            "Your message to the board could not be delivered? Please resend.",
            sender="Assistant <no-reply@acme.example>",
        ),
        id="no-reply-weak-phrase-without-original",
    ),
]


@pytest.mark.parametrize("message", HUMAN_CASES)
def test_person_written_mail_is_not_automatic(message: EmailMessage) -> None:
    expected = AutomaticVerdict(automatic=False, reason=None)
    assert detect_automatic(message) == expected
    assert detect_automatic(_as_received(message)) == expected


@pytest.mark.parametrize(
    ("sender", "headers", "own_domains", "expected"),
    [
        pytest.param(
            "Guichet <rgpd@acme.example>",
            {"X-Guichet-Purpose": "acknowledgment"},
            ["acme.example"],
            AutomaticVerdict(automatic=True, reason="own-outgoing"),
            id="our-acknowledgment-coming-back",
        ),
        pytest.param(
            "Guichet <rgpd@mail.acme.example>",
            {"X-Guichet": "1"},
            ["ACME.example"],
            AutomaticVerdict(automatic=True, reason="own-outgoing"),
            id="subdomain-and-case",
        ),
        pytest.param(
            "Colleague <paul@acme.example>",
            {},
            ["acme.example"],
            AutomaticVerdict(automatic=False, reason=None),
            id="colleague-writing-from-our-domain",
        ),
        pytest.param(
            "Jane <jane@example.org>",
            {"X-Guichet-Purpose": "acknowledgment"},
            ["acme.example"],
            AutomaticVerdict(automatic=False, reason=None),
            id="marker-from-another-domain",
        ),
    ],
)
def test_own_outgoing_mail(
    sender: str, headers: dict[str, str], own_domains: list[str], expected: AutomaticVerdict
) -> None:
    message = _message(sender=sender, headers=headers)
    assert detect_automatic(message, own_domains=own_domains) == expected
