"""Delivering outbox mail through an SMTP relay (STARTTLS, TLS or plain, with AUTH).

Retries are not this module's business: a failed :meth:`SmtpTransport.deliver`
raises, and :func:`intake.delivery.deliver_email_outbox` records the attempt
so the outbox's backoff schedules the next one. Each delivery opens its own
connection, so a relay that restarted between two messages costs nothing.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import getaddresses

from config.mail_settings import SmtpSettings

log = logging.getLogger(__name__)


class SmtpTransport:
    """An :class:`intake.email_channel.EmailTransport` speaking SMTP.

    Re-delivering the same entry after a crash (sent, but not yet marked
    sent) gives the recipient a second copy with the *same* Message-ID,
    which mail clients collapse; SMTP offers nothing stronger.
    """

    def __init__(
        self,
        settings: SmtpSettings,
        *,
        ssl_context: ssl.SSLContext | None = None,
        local_hostname: str | None = None,
    ) -> None:
        self.settings = settings
        self._ssl_context = ssl_context
        self._local_hostname = local_hostname

    def _context(self) -> ssl.SSLContext:
        return self._ssl_context or ssl.create_default_context()

    def _open(self) -> smtplib.SMTP:
        settings = self.settings
        host, port, timeout = settings.host, settings.effective_port, settings.timeout_seconds
        smtp: smtplib.SMTP
        if settings.security == "tls":
            smtp = smtplib.SMTP_SSL(
                host, port, local_hostname=self._local_hostname, timeout=timeout,
                context=self._context(),
            )  # fmt: skip
        else:
            smtp = smtplib.SMTP(host, port, local_hostname=self._local_hostname, timeout=timeout)
        try:
            smtp.ehlo()
            if settings.security == "starttls":
                # Never fall back to plain text: a relay without STARTTLS is refused.
                smtp.starttls(context=self._context())
                smtp.ehlo()
            if settings.username is not None and settings.password is not None:
                smtp.login(settings.username, settings.password.get_secret_value())
        except BaseException:
            smtp.close()
            raise
        return smtp

    def deliver(self, message: EmailMessage, *, entry_id: int) -> None:
        """Hand ``message`` to the relay; raise unless it was accepted.

        Raises:
            OSError: The relay is unreachable or the connection broke.
            smtplib.SMTPException: The relay refused the session, the sender or
                every recipient.
        """
        recipients = [address for _, address in getaddresses(message.get_all("To", []))]
        sender = _bare_address(str(message.get("From", "")))
        smtp = self._open()
        try:
            refused = smtp.send_message(message, from_addr=sender, to_addrs=recipients)
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):  # sent already; the goodbye is optional
                log.debug("outbox %s: relay closed before QUIT", entry_id)
        finally:
            smtp.close()
        if refused:
            # Raising would re-send to those who did get it; entries have one
            # recipient, so this only happens to hand-made multi-recipient mail.
            log.warning("outbox %s: %d recipient(s) refused", entry_id, len(refused))
        log.info("outbox %s: accepted by the relay", entry_id)


def _bare_address(header_value: str) -> str:
    """The addr-spec of a From header (the SMTP envelope sender)."""
    pairs = getaddresses([header_value])
    return pairs[0][1] if pairs else ""
