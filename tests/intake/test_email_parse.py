"""parse_email on hand-built messages, and html_to_text on its own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.email_parse import EmailParseError, ParsedEmail, parse_email
from intake.html_text import html_to_text

REQUEST = "Please send me a copy of my personal data."


def _message(body: str = REQUEST, **headers: str) -> EmailMessage:
    message = EmailMessage()
    defaults = {"From": "Jane Doe <Jane@Example.ORG>", "To": "dpo@acme.example"}
    for name, value in {**defaults, **headers}.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return message


def _raw(head: str, body: bytes) -> bytes:
    """A message written by hand, for what EmailMessage refuses to build."""
    return head.strip().replace("\n", "\r\n").encode() + b"\r\n\r\n" + body


def test_headers_are_decoded() -> None:
    message = _message(
        Subject="=?utf-8?q?Demande_d=27acc=C3=A8s?=",
        Cc="Paul <PAUL@example.org>, dpo@acme.example",
        Delivered_To="rgpd@acme.example",
        X_Original_To="RGPD@acme.example",
        Message_ID="<abc.123@mail.example.org>",
        In_Reply_To="<ack-1@acme.example>",
        References="<first@acme.example> <ack-1@acme.example>",
        Date="Mon, 01 Jan 2024 10:00:00 +0100",
    )
    parsed = parse_email(message.as_bytes())
    assert parsed.subject == "Demande d'accès"
    assert (parsed.from_address, parsed.from_name) == ("jane@example.org", "Jane Doe")
    assert parsed.to_addresses == ("dpo@acme.example", "paul@example.org", "rgpd@acme.example")
    assert parsed.message_id == "abc.123@mail.example.org"
    assert parsed.in_reply_to == "ack-1@acme.example"
    assert parsed.references == ("first@acme.example", "ack-1@acme.example")
    assert parsed.date == datetime(2024, 1, 1, 9, 0, tzinfo=UTC)
    assert parsed.text == REQUEST
    assert parsed.automatic.automatic is False


@pytest.mark.parametrize(
    ("header", "expected", "defect"),
    [
        pytest.param(
            "Mon, 01 Jan 2024 10:00:00 -0000",
            datetime(2024, 1, 1, 10, tzinfo=UTC),
            "date-without-timezone",
            id="unknown-zone-taken-as-utc",
        ),
        pytest.param(
            "Tue, 2 Jan 2024 08:30:00 +0900",
            datetime(2024, 1, 2, 8, 30, tzinfo=timezone(timedelta(hours=9))),
            None,
            id="aware",
        ),
        pytest.param("the day before yesterday", None, "date-unparsable", id="garbage"),
    ],
)
def test_dates_are_aware_or_none(
    header: str, expected: datetime | None, defect: str | None
) -> None:
    parsed = parse_email(_raw(f"From: a@example.org\nDate: {header}", b"x"))
    assert parsed.date == expected
    assert parsed.date is None or parsed.date.tzinfo is not None
    assert defect is None or defect in parsed.defects


@pytest.mark.parametrize(
    ("head", "field", "expected"),
    [
        pytest.param("Subject: x", "message_id", None, id="message-id-missing"),
        pytest.param("Message-ID: not an id", "message_id", None, id="message-id-broken"),
        pytest.param("Message-ID: bare@id.example", "message_id", "bare@id.example", id="no-<>"),
        pytest.param("In-Reply-To: ", "in_reply_to", None, id="empty-in-reply-to"),
        pytest.param("Subject: =?x-unknown?q?caf=E9?=", "subject", "café", id="unknown-charset"),
        pytest.param("Subject: caf\udce9", "subject", "café", id="raw-latin1-subject"),
        pytest.param("Subject: r\udcc3\udca9sum\udcc3\udca9", "subject", "résumé", id="raw-utf8"),
        pytest.param(
            "From: Fran\udce7ois <f@example.org>", "from_name", "François", id="raw-latin1-name"
        ),
        pytest.param("From: a@b@example.org", "from_address", None, id="double-at"),
        pytest.param("From: Jane", "from_address", None, id="no-address"),
        pytest.param("From: MAILER-DAEMON <>", "from_address", None, id="empty-address"),
        pytest.param(
            "Delivered-To: mailing list cats@example.org",
            "to_addresses",
            ("cats@example.org",),
            id="delivered-to-with-text",
        ),
    ],
)
def test_broken_headers_fall_back(head: str, field: str, expected: object) -> None:
    raw = head.encode("utf-8", "surrogateescape") + b"\n\nbody"
    assert getattr(parse_email(raw), field) == expected


def test_plain_text_is_preferred_to_html() -> None:
    message = _message(REQUEST)
    message.add_alternative("<p>HTML <b>version</b></p>", subtype="html")
    assert parse_email(message.as_bytes()).text == REQUEST


def test_html_only_is_turned_into_text() -> None:
    message = _message()
    message.set_content("<html><body><p>Bonjour,</p><p>Supprimez&nbsp;mes données.</p>", "html")
    assert parse_email(message.as_bytes()).text == "Bonjour,\n\nSupprimez mes données."


def test_new_text_drops_the_quoted_chain() -> None:
    body = f"{REQUEST}\n\nOn Mon, 1 Jan 2024 at 10:00, DPO <dpo@acme.example> wrote:\n> Hello\n"
    parsed = parse_email(_message(body).as_bytes())
    assert parsed.new_text == REQUEST
    assert "> Hello" in parsed.text


@pytest.mark.parametrize(
    ("charset", "body", "expected", "defect"),
    [
        pytest.param(
            "ks_c_5601-1987", "똠방각하".encode("cp949"), "똠방각하", None, id="ks-c-as-cp949"
        ),
        pytest.param(
            "x-unknown",
            "café".encode(),
            "café",
            "charset-fallback:x-unknown->utf-8",
            id="unknown-utf8",
        ),
        pytest.param(
            "x-unknown",
            "café".encode("cp1252"),
            "café",
            "charset-fallback:x-unknown->cp1252",
            id="unknown-cp1252",
        ),
        pytest.param(
            "us-ascii",
            "élève".encode(),
            "élève",
            "charset-fallback:us-ascii->utf-8",
            id="ascii-lie",
        ),
        pytest.param(
            "iso-8859-1", "Grüße €".encode("cp1252"), "Grüße €", None, id="latin1-read-as-cp1252"
        ),
        pytest.param(
            "utf-8", b"caf\xe9 ok", "caf\ufffd ok", "charset-replace:utf-8", id="broken-utf8"
        ),
        pytest.param(
            "base64", b"plain", "plain", "charset-fallback:base64->ascii", id="bytes-codec-name"
        ),
    ],
)
def test_charsets_fall_back(charset: str, body: bytes, expected: str, defect: str | None) -> None:
    raw = _raw(
        f"From: a@example.org\nContent-Type: text/plain; charset={charset}\n"
        "Content-Transfer-Encoding: 8bit",
        body,
    )
    parsed = parse_email(raw)
    assert parsed.text == expected
    assert defect is None or defect in parsed.defects


LF_MESSAGE = (
    b"From: Jane <jane@example.org>\nSubject: Line\n endings\n"
    b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    b"First line with a soft=\n break.\nSecond line =C3=A9.\n"
)

# CRLF for the first header lines, bare CR after: as in sisimai's lhost-dragonfly-01.
_LINES = LF_MESSAGE.split(b"\n")
MIXED_ENDINGS = b"\r\n".join(_LINES[:3]) + b"\r\n" + b"\r".join(_LINES[3:])


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(LF_MESSAGE, id="lf"),
        pytest.param(LF_MESSAGE.replace(b"\n", b"\r\n"), id="crlf"),
        pytest.param(LF_MESSAGE.replace(b"\n", b"\r"), id="cr-only"),
        pytest.param(MIXED_ENDINGS, id="mixed"),
        pytest.param(b"\r\n\n" + LF_MESSAGE, id="leading-blank-lines"),
        pytest.param(b"From jane@example.org Mon Jan  1 10:00:00 2024\n" + LF_MESSAGE, id="mbox"),
    ],
)
def test_line_endings_do_not_change_the_result(raw: bytes) -> None:
    parsed = parse_email(raw)
    assert parsed.subject == "Line endings"
    assert parsed.from_address == "jane@example.org"
    assert parsed.text == "First line with a soft break.\nSecond line é."


def test_attachments_are_listed_with_attached_messages_as_eml() -> None:
    message = _message()
    message.add_attachment(
        b"%PDF-1.4 data", maintype="application", subtype="pdf", filename="pièce.pdf"
    )
    message.add_attachment(_message("forwarded", Subject="Inner"))
    parsed = parse_email(message.as_bytes())
    pdf, eml = parsed.attachments
    assert (pdf.filename, pdf.content_type, pdf.size, pdf.data) == (
        "pièce.pdf",
        "application/pdf",
        13,
        b"%PDF-1.4 data",
    )
    assert eml.content_type == "message/rfc822"
    assert message_from_bytes(eml.data, policy=policy.default)["Subject"] == "Inner"
    assert parsed.text == REQUEST


@pytest.mark.parametrize(
    ("disposition", "expected"),
    [
        pytest.param("attachment; filename=My report.pdf", "My report.pdf", id="unquoted-spaces"),
        pytest.param(
            "attachment; filename==?utf-8?q?r=C3=A9sum=C3=A9.pdf?=",
            "résumé.pdf",
            id="rfc2047-in-parameter",
        ),
        pytest.param(
            "attachment; filename*=utf-8''r%C3%A9sum%C3%A9.pdf", "résumé.pdf", id="rfc2231"
        ),
        pytest.param("attachment", None, id="no-name"),
    ],
)
def test_attachment_names_are_recovered(disposition: str, expected: str | None) -> None:
    raw = _raw(
        'From: a@example.org\nContent-Type: multipart/mixed; boundary="b"',
        b"--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n--b\r\n"
        b"Content-Type: application/pdf\r\nContent-Disposition: "
        + disposition.encode()
        + b"\r\n\r\n%PDF\r\n--b--\r\n",
    )
    parsed = parse_email(raw)
    assert parsed.text == "See attached."
    assert [a.filename for a in parsed.attachments] == [expected]


def test_large_attachments_keep_their_size_but_not_their_data() -> None:
    message = _message()
    message.add_attachment(b"x" * 500, maintype="application", subtype="octet-stream")
    parsed = parse_email(message.as_bytes(), max_attachment_bytes=100)
    assert (parsed.attachments[0].size, parsed.attachments[0].data) == (500, b"")
    assert "attachment-too-large" in parsed.defects


PNG_START = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00"


def test_binary_data_labelled_as_text_is_an_attachment() -> None:
    parsed = parse_email(_raw("From: a@example.org\nContent-Type: text/plain", PNG_START))
    assert (parsed.text, parsed.attachments[0].content_type) == ("", "text/plain")
    assert "binary-text-part" in parsed.defects


def test_a_stray_nul_stays_text_but_is_removed() -> None:
    # An anonymised link ("LinkId=00000000") decodes to a NUL under quoted-printable.
    head = "From: a@example.org\nSubject: a\x00b\nContent-Transfer-Encoding: quoted-printable"
    parsed = parse_email(_raw(head, b"See LinkId=00000000 for help."))
    assert (parsed.subject, parsed.text) == ("ab", "See LinkId000000 for help.")


def test_a_named_text_part_is_the_body_when_nothing_else_is() -> None:
    # McAfee's bounces name their only text part "deliveryproblems.txt".
    raw = _raw(
        'From: a@example.org\nContent-Type: multipart/mixed; boundary="b"',
        b'--b\r\nContent-Type: text/plain; name="problems.txt"\r\n\r\nUnknown user\r\n--b--\r\n',
    )
    parsed = parse_email(raw)
    assert parsed.text == "Unknown user"
    assert parsed.attachments[0].filename == "problems.txt"


@pytest.mark.parametrize(
    "head",
    [
        pytest.param("Content-Type: multipart/mixed", id="boundary-missing"),
        pytest.param('Content-Type: multipart/mixed; boundary="other"', id="boundary-never-found"),
    ],
)
def test_multipart_with_a_wrong_boundary_is_recovered(head: str) -> None:
    body = b"--real\r\nContent-Type: text/plain\r\n\r\nHello there\r\n--real--\r\n"
    parsed = parse_email(_raw(f"From: a@example.org\n{head}", body))
    assert parsed.text == "Hello there"
    assert "multipart-boundary-guessed" in parsed.defects


def test_authentication_results_come_from_the_first_header_only() -> None:
    raw = _raw(
        "Authentication-Results: mx.acme.example; spf=pass smtp.mailfrom=example.org;\n"
        " dkim=fail (bad signature; really) header.d=example.org; dmarc=none\n"
        "Authentication-Results: forged.example; spf=fail; arc=pass\nFrom: a@example.org",
        b"x",
    )
    assert parse_email(raw).authentication == {"spf": "pass", "dkim": "fail", "dmarc": "none"}


def test_useful_headers_are_kept_and_machine_mail_flagged() -> None:
    message = _message(Auto_Submitted="auto-replied", Precedence="bulk", Return_Path="<>")
    parsed = parse_email(message.as_bytes())
    assert parsed.headers["Auto-Submitted"] == "auto-replied"
    assert parsed.headers["Return-Path"] == "<>"
    assert parsed.headers["Content-Type"].startswith("text/plain")
    assert (parsed.automatic.automatic, parsed.automatic.reason) == (
        True,
        "auto-submitted:auto-replied",
    )


def test_own_domains_are_passed_to_the_robot_check() -> None:
    message = _message(From="rgpd@acme.example", X_Guichet_Purpose="acknowledgment")
    parsed = parse_email(message.as_bytes(), own_domains=["acme.example"])
    assert parsed.automatic.reason == "own-outgoing"


@pytest.mark.parametrize("raw", [b"", b" \r\n\t"])
def test_empty_input_is_the_only_error(raw: bytes) -> None:
    with pytest.raises(EmailParseError):
        parse_email(raw)


@pytest.mark.parametrize(
    "raw",
    [
        b"\x00",
        b"just some words",
        b"From:\n\n",
        b"Content-Type: multipart/alternative; boundary=\n\n--\n--",
        b"Content-Type: text/plain; charset=\x00\n\nx",
        b"Content-Transfer-Encoding: base64\n\n!!!not base64",
        b"Content-Type: message/rfc822\n\nnot: really\n\n\xff",
        b"\xff" * 64,
        b"Subject: =?utf-8?b?broken?=\nFrom: =?",
    ],
)
def test_garbage_never_raises(raw: bytes) -> None:
    assert isinstance(parse_email(raw), ParsedEmail)


@settings(max_examples=300, deadline=None)
@given(st.binary(min_size=1, max_size=400))
def test_any_non_blank_bytes_parse(raw: bytes) -> None:
    if raw.strip():
        assert isinstance(parse_email(raw).text, str)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param("<p>One</p><p>Two</p>", "One\n\nTwo", id="paragraphs"),
        pytest.param("<div>One<br>Two</div><div>Three</div>", "One\nTwo\nThree", id="breaks"),
        pytest.param("<ul><li>milk</li><li>eggs</li></ul>", "- milk\n- eggs", id="list"),
        pytest.param('See <a href="https://x.example">the form</a>.', "See the form.", id="link"),
        pytest.param("Caf&eacute; &amp; &#233;t&eacute;", "Café & été", id="entities"),
        pytest.param("a  \n\t b", "a b", id="whitespace"),
        pytest.param(
            "<html><head><title>T</title><style>p {}</style></head>"
            "<body><script>alert(1)</script>Text</body></html>",
            "Text",
            id="hidden-elements",
        ),
        pytest.param("<head><meta charset=utf-8><body>Text", "Text", id="unclosed-head"),
        pytest.param("<blockquote>old</blockquote>new", "> old\n\nnew", id="blockquote"),
        pytest.param("<pre>a  b\n  c</pre>", "a  b\n  c", id="pre"),
        pytest.param("<table><tr><td>a</td><td>b</td></tr></table>", "a b", id="table"),
        pytest.param("<p>unclosed <b>tags <i>everywhere", "unclosed tags everywhere", id="broken"),
    ],
)
def test_html_to_text(html: str, expected: str) -> None:
    assert html_to_text(html) == expected
