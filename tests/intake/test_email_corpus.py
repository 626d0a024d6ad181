"""parse_email against ~935 real third-party messages (read in place, never copied).

The corpora live outside the repository, in ``<shared>/corpora/emails`` (see its
README.md): sisimai's bounce collection and the fixtures of the Ruby ``mail``
library. ``<shared>`` is ``../shared`` next to the project root, or
``$GUICHET_SHARED_DIR``. Without it the tests are skipped, except when
``CI=true``: there a missing corpus is a failure.
"""

from __future__ import annotations

import functools
import os
import re
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from intake.email_parse import ParsedEmail, parse_email

_SHARED = Path(
    os.environ.get("GUICHET_SHARED_DIR") or Path(__file__).resolve().parents[3] / "shared"
)
CORPUS = _SHARED / "corpora" / "emails"
IN_CI = os.environ.get("CI", "").lower() == "true"
_NOT_MESSAGES = {"LICENSE", "SOURCE"}

# What the corpus README promises: machine-made mail, to be screened out.
BOUNCE_FOLDERS = ("sisimai/bsd", "sisimai/dos", "sisimai/mac", "sisimai/err", "sisimai/tmp")
BOUNCE_FILES = (
    "sisimai/not/rb-issue-368-bug.eml",  # a postmaster's notice, kept upstream as a regression
    "mikel-mail/mime_emails/raw_email_with_mimepart_without_content_type.eml",
)
BOUNCE_ONLY_FOLDERS = ("mikel-mail/multipart_report_emails",)
# The README's hard cases (no null Return-Path, MAILER-DAEMON, report or Auto-Submitted).
# Without their sender rule, the two post_master@ bounces are still caught by their body.
HARD_CASES = {
    "sisimai/bsd/arf-22.eml": "arf-feedback-report",  # complaint sent as multipart/mixed
    "sisimai/bsd/arf-23.eml": "arf-feedback-report",
    "sisimai/bsd/arf-24.eml": "arf-feedback-report",
    "sisimai/bsd/lhost-apachejames-01.eml": "mailer-daemon-sender",  # post_master@, "Re:..."
    "sisimai/bsd/lhost-verizon-02.eml": "mailer-daemon-sender",
    "sisimai/bsd/lhost-fml-02.eml": "list-manager-notice",  # list software notices
    "sisimai/bsd/lhost-fml-03.eml": "list-manager-notice",
}
# Person-written (if malformed) mail; error_emails and mime_emails are checked too.
PERSON_FOLDERS = (
    "mikel-mail/rfc2822",
    "mikel-mail/plain_emails",
    "mikel-mail/attachment_emails",
    "mikel-mail/multi_charset",
    "mikel-mail/rfc6532",
    "mikel-mail/error_emails",
    "mikel-mail/mime_emails",
)
PERSON_FILES = ("sisimai/not/is-not-bounce-01.eml", "sisimai/not/is-not-bounce-02.eml")
# Ordinary-looking mail that carries a genuine bulk marker, so screening it out is right.
LOOKS_AUTOMATIC = {
    "mikel-mail/error_emails/bad_date_header.eml": "precedence:junk",  # spam with Precedence: junk
    "mikel-mail/error_emails/empty_in_reply_to.eml": "list-id",  # sent through a mailing list
}


def _messages() -> list[str]:
    """Every message file under the corpus, as a path relative to it."""
    if not CORPUS.is_dir():
        return []
    return sorted(
        path.relative_to(CORPUS).as_posix()
        for path in CORPUS.rglob("*")
        if path.is_file()
        and (path.suffix == ".eml" or (not path.suffix and path.name not in _NOT_MESSAGES))
    )


MESSAGES = _messages()


def _in(relative: str, folders: tuple[str, ...]) -> bool:
    return any(relative.startswith(folder + "/") for folder in folders)


BOUNCES = [m for m in MESSAGES if _in(m, BOUNCE_FOLDERS + BOUNCE_ONLY_FOLDERS) or m in BOUNCE_FILES]
PERSONS = [
    m for m in MESSAGES if (_in(m, PERSON_FOLDERS) or m in PERSON_FILES) and m not in BOUNCE_FILES
]


@functools.cache
def _parsed(relative: str) -> ParsedEmail:
    return parse_email((CORPUS / relative).read_bytes())


def _has_readable_body(raw: bytes) -> bool:
    """Independent check: does the stdlib find a text body with words in it?"""
    body = message_from_bytes(raw, policy=policy.default).get_body(("plain", "html"))
    payload = body.get_payload(decode=True) if body is not None else None
    if body is None or not isinstance(payload, bytes) or b"\x00" in payload:
        return False
    text = payload.decode("latin-1")
    if body.get_content_subtype() == "html":
        text = re.sub(r"(?is)<(script|style|head)\b.*?</\1>|<[^>]*>|&#?\w+;", " ", text)
    return re.search(r"\w", text) is not None


def test_corpus_is_present() -> None:
    if not CORPUS.is_dir():
        if IN_CI:
            pytest.fail(f"e-mail corpus missing at {CORPUS} (CI=true: it is mandatory)")
        pytest.skip(f"e-mail corpus not found at {CORPUS}")
    # The README's counts: a partial copy would make the other tests meaningless.
    assert len(MESSAGES) == 935
    assert len(BOUNCES) == 829 + 1 + 5 + 1
    assert sorted(BOUNCES + PERSONS) == MESSAGES  # every file has an expectation, only one


@pytest.mark.slow
@pytest.mark.parametrize("relative", MESSAGES)
def test_every_message_parses_and_yields_its_text(relative: str) -> None:
    parsed = _parsed(relative)
    if _has_readable_body((CORPUS / relative).read_bytes()):
        assert parsed.text.strip()
        assert parsed.new_text.strip()


@pytest.mark.slow
@pytest.mark.parametrize("relative", BOUNCES)
def test_bounces_and_machine_mail_are_automatic(relative: str) -> None:
    verdict = _parsed(relative).automatic
    assert verdict.automatic
    assert verdict.reason


@pytest.mark.slow
@pytest.mark.parametrize(("relative", "reason"), sorted(HARD_CASES.items()) if MESSAGES else [])
def test_hard_cases_are_recognised(relative: str, reason: str) -> None:
    assert _parsed(relative).automatic.reason == reason


@pytest.mark.slow
@pytest.mark.parametrize("relative", PERSONS)
def test_person_written_mail_is_not_automatic(relative: str) -> None:
    verdict = _parsed(relative).automatic
    expected = LOOKS_AUTOMATIC.get(relative)
    assert (verdict.automatic, verdict.reason) == (expected is not None, expected)
