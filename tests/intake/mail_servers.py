"""Real mail servers for tests: Dovecot (IMAP) in a temp dir, aiosmtpd (SMTP).

Dovecot runs from Debian's ``dovecot-imapd`` (``make install`` installs it)
with its own configuration, users from a passwd-file and Maildirs, all in a
temporary folder, listening on a free loopback port without TLS; the
``dovecot_tls`` variant adds a throwaway certificate, STARTTLS on that port and
an implicit-TLS listener on a second one. It must be started as root (it
switches to ``dovenull``, ``dovecot`` and ``nobody``).
Without it the tests skip locally and fail when ``CI=true``.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope as SmtpEnvelope
from aiosmtpd.smtp import Session as SmtpSession
from imapclient import IMAPClient

from config.mail_settings import ImapSettings
from tests.conftest import IN_CI
from tests.intake.tls_certificate import Certificate, make_certificate

USER, PASSWORD = "guichet", "imap-test-password"
_CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
{ssl}
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = dovenull
default_internal_user = dovecot
mail_location = maildir:{root}/mail/%u
shutdown_clients = yes
namespace inbox {{
  inbox = yes
  separator = /
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {root}/passwd
}}
userdb {{
  driver = passwd-file
  args = {root}/passwd
  default_fields = uid=nobody gid=nogroup home={root}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
  }}
}}
"""


def free_port() -> int:
    """A loopback TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: the mail-server tests are mandatory)")
    pytest.skip(reason)


@dataclass
class Dovecot:
    """A private Dovecot; ``restart`` keeps its ports and mail.

    With a ``certificate`` it also offers STARTTLS on ``port`` and implicit TLS on ``tls_port``.
    """

    root: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    certificate: Certificate | None = None
    tls_port: int = field(default_factory=free_port)

    def start(self) -> None:
        """Write the configuration and start Dovecot in the foreground; wait for the port."""
        for sub in ("run", "state", "mail"):
            (self.root / sub).mkdir(exist_ok=True)
        shutil.chown(self.root / "mail", "nobody", "nogroup")
        (self.root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n")
        config = self.root / "dovecot.conf"
        tls = self.certificate
        # "<path" makes Dovecot read the file (as root, before dropping privileges).
        ssl = f"ssl = yes\nssl_cert = <{tls.cert}\nssl_key = <{tls.key}" if tls else "ssl = no"
        ports = [self.port, self.tls_port] if tls else [self.port]
        config.write_text(
            _CONFIG.format(
                root=self.root, port=self.port, ssl=ssl, tls_port=self.tls_port if tls else 0
            )
        )
        binary = shutil.which("dovecot", path=f"{os.environ.get('PATH', '')}:/usr/sbin")
        self.process = subprocess.Popen([binary or "dovecot", "-F", "-c", str(config)])
        deadline = time.monotonic() + 20
        while ports and time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", ports[0]), timeout=1):
                    ports.pop(0)
            except OSError:
                time.sleep(0.05)
        if ports:
            self.stop()
            raise RuntimeError("Dovecot did not open its ports: " + self.log()[-2000:])

    def stop(self) -> None:
        """Stop Dovecot and wait until its port is closed."""
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self.process = None

    def restart(self) -> None:
        """Stop and start again on the same port with the same mail."""
        self.stop()
        self.start()

    def log(self) -> str:
        """Dovecot's own log (for failure messages)."""
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def settings(self, **overrides: object) -> ImapSettings:
        """Guichet settings for this server's test mailbox."""
        values: dict[str, object] = {
            "host": "127.0.0.1", "port": self.port, "security": "none", "username": USER,
            "password": PASSWORD, "timeout_seconds": 10, "reconnect_max_seconds": 1,
        }  # fmt: skip
        values.update(overrides)
        return ImapSettings.model_validate(values)

    def client(self) -> IMAPClient:
        """A logged-in client for the test's own look at the mailbox."""
        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        client.login(USER, PASSWORD)
        return client

    def append(self, folder: str, *messages: bytes) -> None:
        """Deliver messages the way an MTA would (APPEND), creating the folder if needed."""
        with self.client() as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            client.multiappend(folder, list(messages))

    def deliver_while_stopped(self, name: str, raw: bytes) -> None:
        """Drop a message straight into the INBOX Maildir, as a local delivery agent would."""
        new = self.root / "mail" / USER / "new"
        path = new / f"{int(time.time())}.{name}.test"
        path.write_bytes(raw)
        shutil.chown(path, "nobody", "nogroup")


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    """A running private Dovecot, stopped and removed after the test."""
    yield from _running_dovecot(tls=False)


@pytest.fixture
def dovecot_tls() -> Iterator[Dovecot]:
    """Like ``dovecot``, with STARTTLS and an implicit-TLS port (see :class:`Dovecot`)."""
    yield from _running_dovecot(tls=True)


def _running_dovecot(*, tls: bool) -> Iterator[Dovecot]:
    if shutil.which("dovecot", path=f"{os.environ.get('PATH', '')}:/usr/sbin") is None:
        _unavailable("Dovecot is not installed (run `make install`)")
    if os.geteuid() != 0:
        _unavailable("the Dovecot fixture must run as root")
    root = Path(tempfile.mkdtemp(prefix="guichet-dovecot-"))
    root.chmod(0o755)  # the mail user (nobody) must reach its Maildir
    server = Dovecot(root, certificate=make_certificate(root) if tls else None)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


class Sink:
    """An aiosmtpd handler that keeps every accepted message."""

    def __init__(self) -> None:
        self.received: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(  # noqa: N802 - aiosmtpd's hook name
        self, server: object, session: SmtpSession, envelope: SmtpEnvelope
    ) -> str:
        content = envelope.original_content or b""
        self.received.append((envelope.mail_from or "", list(envelope.rcpt_tos), content))
        return "250 Message accepted"


@dataclass
class SmtpServer:
    """An aiosmtpd server that tests can take down and bring back on the same port."""

    sink: Sink = field(default_factory=Sink)
    port: int = field(default_factory=free_port)
    options: dict[str, Any] = field(default_factory=dict)
    controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(
            self.sink, hostname="127.0.0.1", port=self.port, **self.options
        )
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A plain SMTP server on loopback, stopped after the test."""
    server = SmtpServer()
    server.start()
    yield server
    server.stop()
