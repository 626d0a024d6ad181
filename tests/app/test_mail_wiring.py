"""guichet.toml with [[imap]] and [smtp]: the runtime reads mail over IMAP and sends by SMTP."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config_file import render_config
from app.runtime import build_imap_intake, build_runtime
from config import load_settings
from intake.email_channel import FolderTransport
from intake.smtp_transport import SmtpTransport

MAIL_SERVERS = """
[[imap]]
host = "imap.acme.example"
username = "privacy@acme.example"
password = "imap-secret"
processed_action = "move"

[smtp]
host = "smtp.acme.example"
username = "privacy@acme.example"
password = "smtp-secret"
"""


@pytest.mark.parametrize(
    ("extra", "transport"), [("", FolderTransport), (MAIL_SERVERS, SmtpTransport)]
)
def test_mail_servers_replace_the_embedded_default(
    tmp_path: Path, extra: str, transport: type
) -> None:
    path = tmp_path / "guichet.toml"
    path.write_text(render_config(demo=True) + extra, encoding="utf-8")
    runtime = build_runtime(load_settings(path))
    try:
        assert isinstance(runtime.transport, transport)
        intake = build_imap_intake(runtime)
        assert (intake is not None) == bool(extra)
        if extra:
            assert runtime.settings.imap[0].effective_port == 993
            assert "imap-secret" not in repr(runtime.settings)
    finally:
        runtime.close()
