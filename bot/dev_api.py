"""A stand-in for the Telegram Bot API on loopback, for tests and ``guichet bot --dev``.

It keeps a queue of updates (what people "type"), answers the methods the
bot uses, records every call, serves files, and can be told to fail the
next calls with a 429 (``retry_after``) or a 5xx. It speaks the real wire
format, so the bot under test is python-telegram-bot unmodified, pointed
at this server by ``base_url``.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from bot.dev_api_http import (
    BOT_USER,
    Failure,
    button_data,
    error_body,
    parse,
    reply,
    serve_file,
    start_server,
)

__all__ = ["BOT_USER", "Failure", "FakeBotApi"]


@dataclass
class FakeBotApi:
    """The fake server; ``start()`` it, point the bot at ``base_url``, ``stop()`` it."""

    token: str = "123456:DEV-TOKEN"  # noqa: S105  (the fake server accepts only this)
    clock: Callable[[], float] = time.time
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    webhook: dict[str, Any] | None = None
    confirmed_below: int = 0
    _pending: list[dict[str, Any]] = field(default_factory=list)
    _files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    _messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _update_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1000))
    _changed: threading.Condition = field(default_factory=threading.Condition)
    _server: ThreadingHTTPServer | None = None

    # -- life cycle ---------------------------------------------------------
    def start(self, host: str = "127.0.0.1", port: int = 0) -> FakeBotApi:
        """Listen on loopback in a background thread."""
        self._server = start_server(host, port, on_post=self._on_post, on_get=self._on_get)
        return self

    def stop(self) -> None:
        """Stop listening."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def root(self) -> str:
        """``http://127.0.0.1:<port>``."""
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def base_url(self) -> str:
        """What to give python-telegram-bot as ``base_url``."""
        return f"{self.root}/bot"

    @property
    def base_file_url(self) -> str:
        """What to give python-telegram-bot as ``base_file_url``."""
        return f"{self.root}/file/bot"

    # -- what people do ----------------------------------------------------
    def _push(self, body: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        with self._changed:
            self._pending.append({"update_id": update_id, **body})
            self._changed.notify_all()
        return update_id

    def _chat(self, chat_id: int, chat_type: str) -> dict[str, Any]:
        return {"id": chat_id, "type": chat_type, "first_name": "Ana"}

    def _user(self, chat_id: int, language: str) -> dict[str, Any]:
        return {"id": chat_id, "is_bot": False, "first_name": "Ana", "language_code": language}

    def user_says(
        self, chat_id: int, text: str, *, language: str = "fr", chat_type: str = "private",
        extra: dict[str, Any] | None = None,
    ) -> int:  # fmt: skip
        """Queue a message typed in ``chat_id``; returns its update id."""
        message: dict[str, Any] = {
            "message_id": next(self._ids), "date": int(self.clock()),
            "chat": self._chat(chat_id, chat_type), "from": self._user(chat_id, language),
        }  # fmt: skip
        if text:
            message["caption" if extra else "text"] = text
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        message.update(extra or {})
        return self._push({"message": message})

    def user_sends_file(
        self, chat_id: int, content: bytes, *, caption: str = "", kind: str = "document",
        language: str = "fr", declared_size: int | None = None,
    ) -> int:  # fmt: skip
        """Queue a document or photo (stored here, fetched by the bot with getFile)."""
        number = next(self._ids)
        file_id, unique = f"file-{number}", f"uniq-{number}"
        self._files[file_id] = (f"documents/{file_id}.bin", content)
        size = len(content) if declared_size is None else declared_size
        info = {"file_id": file_id, "file_unique_id": unique, "file_size": size}
        extra: dict[str, Any] = (
            {"photo": [{**info, "width": 10, "height": 10}]} if kind == "photo"
            else {"document": {**info, "file_name": "piece.pdf", "mime_type": "application/pdf"}}
        )  # fmt: skip
        return self.user_says(chat_id, caption, language=language, extra=extra)

    def press(self, chat_id: int, data: str, *, language: str = "fr") -> int:
        """Queue a press on the button carrying ``data`` in the latest message that has it."""
        message = next(
            m for m in reversed(list(self._messages.values()))
            if m["chat"]["id"] == chat_id and data in button_data(m)
        )  # fmt: skip
        return self._push({"callback_query": {
            "id": str(next(self._ids)), "from": self._user(chat_id, language),
            "chat_instance": f"ci-{chat_id}", "data": data, "message": message,
        }})  # fmt: skip

    def fail_next(self, method: str, status: int, *, retry_after: int | None = None,
                  times: int = 1) -> None:  # fmt: skip
        """Make the next ``times`` calls of ``method`` fail."""
        self.failures.append(Failure(method, status, retry_after, times))

    # -- what the bot did --------------------------------------------------
    def texts_to(self, chat_id: int) -> list[str]:
        """Texts of the messages sent to a chat, as currently shown (edits applied)."""
        return [m.get("text", "") for m in self._messages.values() if m["chat"]["id"] == chat_id]

    def buttons_to(self, chat_id: int) -> list[str]:
        """Callback data of every button shown in a chat, latest message last."""
        return [d for m in self._messages.values() if m["chat"]["id"] == chat_id
                for d in button_data(m)]  # fmt: skip

    def labelled_buttons_to(self, chat_id: int) -> list[tuple[str, str]]:
        """(label, callback data) of every button shown in a chat."""
        return [(str(b.get("text")), str(b.get("callback_data")))
                for m in self._messages.values() if m["chat"]["id"] == chat_id
                for row in (m.get("reply_markup") or {}).get("inline_keyboard", [])
                for b in row]  # fmt: skip

    def calls_of(self, method: str) -> list[dict[str, Any]]:
        """Parameters of every call of ``method``."""
        return [params for name, params in self.calls if name == method]

    @property
    def pending_updates(self) -> int:
        """Updates queued and not yet confirmed by an offset."""
        return len(self._pending)

    # -- HTTP --------------------------------------------------------------
    def _on_get(self, handler: BaseHTTPRequestHandler) -> None:
        files = {stored: content for stored, content in self._files.values()}
        serve_file(handler, f"/file/bot{self.token}/", files)

    def _on_post(self, handler: BaseHTTPRequestHandler) -> None:
        prefix = f"/bot{self.token}/"
        if not handler.path.startswith(prefix):
            reply(handler, 401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        method = handler.path.removeprefix(prefix)
        length = int(handler.headers.get("Content-Length", "0"))
        params = parse(handler.rfile.read(length), handler.headers.get("Content-Type", ""))
        self.calls.append((method, params))
        failure = next((f for f in self.failures if f.method == method and f.times > 0), None)
        if failure is not None:
            failure.times -= 1
            reply(handler, failure.status, error_body(failure))
            return
        reply(handler, 200, {"ok": True, "result": self._answer(method, params)})

    def _answer(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method == "getUpdates":
            return self._get_updates(params)
        if method == "sendMessage":
            message = {"message_id": next(self._ids), "date": int(self.clock()),
                       "chat": self._chat(int(params["chat_id"]), "private"), "from": BOT_USER,
                       "text": params.get("text", "")}  # fmt: skip
            if "reply_markup" in params:
                message["reply_markup"] = params["reply_markup"]
            self._messages[message["message_id"]] = message
            return message
        if method == "editMessageText":
            message = self._messages[int(params["message_id"])]
            message["text"] = params.get("text", "")
            message.pop("reply_markup", None)
            if "reply_markup" in params:
                message["reply_markup"] = params["reply_markup"]
            return message
        if method == "getFile":
            path, content = self._files[params["file_id"]]
            return {"file_id": params["file_id"], "file_unique_id": "u", "file_path": path,
                    "file_size": len(content)}  # fmt: skip
        if method == "setWebhook":
            self.webhook = params
        if method == "deleteWebhook":
            self.webhook = None
        return True

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = params.get("offset")
        deadline = time.monotonic() + min(float(params.get("timeout") or 0), 2.0)
        with self._changed:
            if offset is not None:
                self.confirmed_below = max(self.confirmed_below, int(offset))
                self._pending = [u for u in self._pending if u["update_id"] >= int(offset)]
            while not self._pending and time.monotonic() < deadline:
                self._changed.wait(deadline - time.monotonic())
            return list(self._pending[: int(params.get("limit") or 100)])
