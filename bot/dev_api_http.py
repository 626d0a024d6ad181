"""The HTTP side of the fake Bot API: loopback server, wire parsing, replies.

Kept apart from :mod:`bot.dev_api` (which knows what the Bot API methods
mean) so each stays small; nothing here knows about chats or updates.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Final
from urllib.parse import parse_qsl, unquote

# Parameters PTB sends JSON-encoded inside a form body.
_JSON_PARAMS: Final = frozenset(
    {"chat_id", "message_id", "offset", "timeout", "limit", "allowed_updates", "reply_markup",
     "show_alert", "max_connections", "drop_pending_updates"}
)  # fmt: skip
BOT_USER: Final = {
    "id": 900001, "is_bot": True, "first_name": "Guichet", "username": "guichet_dev_bot",
}  # fmt: skip

Handle = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Failure:
    """Answer the next ``times`` calls of ``method`` with this error."""

    method: str
    status: int
    retry_after: int | None = None
    times: int = 1


def start_server(host: str, port: int, *, on_post: Handle, on_get: Handle) -> ThreadingHTTPServer:
    """Serve on ``host:port`` in a daemon thread, sending each request to a callback."""

    class _Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            on_post(self)

        def do_GET(self) -> None:
            on_get(self)

        def log_message(self, format: str, *args: Any) -> None:
            return  # quiet: tests and the dev console print what matters

    server = ThreadingHTTPServer((host, port), _Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def reply(handler: BaseHTTPRequestHandler, status: int, body: dict[str, Any]) -> None:
    """Send ``body`` as a JSON answer."""
    data = json.dumps(body).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


def serve_file(handler: BaseHTTPRequestHandler, prefix: str, files: dict[str, bytes]) -> None:
    """Answer a file download: ``files`` maps a path below ``prefix`` to its content."""
    path = unquote(handler.path)  # PTB percent-encodes the token's colon
    content = files.get(path.removeprefix(prefix))
    if not path.startswith(prefix) or content is None:
        handler.send_error(404)
        return
    handler.send_response(200)
    handler.send_header("Content-Length", str(len(content)))
    handler.end_headers()
    handler.wfile.write(content)


def error_body(failure: Failure) -> dict[str, Any]:
    """What the Bot API answers for an injected failure (with ``retry_after`` on a 429)."""
    extra = {"parameters": {"retry_after": failure.retry_after}} if failure.retry_after else {}
    return {"ok": False, "error_code": failure.status, "description": "injected", **extra}


def button_data(message: dict[str, Any]) -> list[str]:
    """Callback data of every inline button of ``message``."""
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [str(button.get("callback_data")) for row in rows for button in row]


def parse(body: bytes, content_type: str) -> dict[str, Any]:
    """A method call's parameters, from a JSON or form-encoded body."""
    if content_type.startswith("application/json"):
        loaded: dict[str, Any] = json.loads(body or b"{}")
        return loaded
    params: dict[str, Any] = {}
    for key, value in parse_qsl(body.decode("utf-8"), keep_blank_values=True):
        params[key] = json.loads(value) if key in _JSON_PARAMS else value
    return params
