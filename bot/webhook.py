"""A minimal HTTP endpoint for Telegram's webhook, behind the reverse proxy.

Telegram retries a webhook call until it gets a 2xx answer, so the answer
is only sent once the update has been handled and stored: a crash before
that means Telegram delivers it again, and the ``update_id`` check makes
the second delivery harmless. Requests without the secret token Telegram
was given in ``setWebhook`` are refused before their body is read.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger(__name__)
SECRET_HEADER = "x-telegram-bot-api-secret-token"  # noqa: S105  (a header name)
MAX_BODY = 1_000_000
Handler = Callable[[dict[str, Any]], Awaitable[None]]


async def _answer(writer: asyncio.StreamWriter, status: str) -> None:
    writer.write(
        f"HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".encode("ascii")
    )
    await writer.drain()
    writer.close()


async def _read_head(reader: asyncio.StreamReader) -> tuple[str, str, dict[str, str]]:
    request_line = (await reader.readline()).decode("latin-1").strip()
    method, path, *_ = [*request_line.split(" "), "", ""]
    headers: dict[str, str] = {}
    while True:
        line = (await reader.readline()).decode("latin-1")
        if line in ("\r\n", "\n", ""):
            return method, path, headers
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()


def make_connection_handler(
    *, path: str, secret: str, handle: Handler
) -> Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]:
    """The per-connection coroutine for :func:`asyncio.start_server`."""

    async def on_connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            method, got_path, headers = await asyncio.wait_for(_read_head(reader), 10)
            if method != "POST" or got_path != path:
                await _answer(writer, "404 Not Found")
                return
            if not hmac.compare_digest(headers.get(SECRET_HEADER, ""), secret):
                log.warning("webhook call without the right secret token refused")
                await _answer(writer, "403 Forbidden")
                return
            length = int(headers.get("content-length", "0"))
            if not 0 < length <= MAX_BODY:
                await _answer(writer, "413 Payload Too Large")
                return
            body = await asyncio.wait_for(reader.readexactly(length), 10)
            update = json.loads(body)
        except (TimeoutError, ValueError, asyncio.IncompleteReadError):
            await _answer(writer, "400 Bad Request")
            return
        try:
            await handle(update)
        except Exception as exc:
            # Telegram will send it again: that is the point of not answering 200.
            log.warning("webhook update not handled (%s); Telegram will retry", type(exc).__name__)
            await _answer(writer, "500 Internal Server Error")
            return
        await _answer(writer, "200 OK")

    return on_connection


async def serve_webhook(
    *, host: str, port: int, path: str, secret: str, handle: Handler
) -> asyncio.Server:
    """Start listening; the caller closes the returned server."""
    return await asyncio.start_server(
        make_connection_handler(path=path, secret=secret, handle=handle), host, port
    )
