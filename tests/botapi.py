"""A Bot API stand-in on 127.0.0.1 for end-to-end tests, over real HTTP.

It speaks the documented Bot API (form-encoded requests, ``{"ok": ..., "result": ...}``
replies, long polling with ``offset`` and ``timeout``), records what the bot sends, and can be
told to fail: 429 with ``retry_after`` or 500 (nothing delivered), or, as real Telegram may,
deliver the message and then answer slower than the client's timeout ("slow") or drop the
connection before answering ("drop"): a client that sends those again shows the user the reply
twice. Everything it does is bounded in time; it serves loopback only.
"""

from __future__ import annotations

import itertools
import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlparse

TOKEN = "123456789:" + "A" * 35
BOT = {
    "id": 123456789,
    "is_bot": True,
    "first_name": "Article",
    "username": "article_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}
#: Parameters that are plain strings, never JSON (Bot API clients send them unencoded).
_STRINGS = {
    "text",
    "query",
    "callback_query_id",
    "inline_query_id",
    "action",
    "secret_token",
    "url",
    "language_code",
    "next_offset",
    "parse_mode",
}


@dataclass
class Call:
    """One request the bot made; `failed` when it was refused, so nothing was delivered."""

    method: str
    params: dict[str, Any]
    at: float
    failed: bool = False


@dataclass
class Fault:
    mode: str  # "429" | "500" | "slow" | "drop" | "400"
    remaining: int
    retry_after: int = 1


@dataclass
class BotApi:
    """The stand-in's state; start() serves it on a free loopback port."""

    token: str = TOKEN
    calls: list[Call] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    faults: dict[str, list[Fault]] = field(default_factory=dict)
    slow_seconds: float = 3.0
    refuse: set[str] = field(default_factory=set)
    #: Documents users sent, by file id (served by getFile and the file download path).
    files: dict[str, bytes] = field(default_factory=dict)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _messages: itertools.count = field(default_factory=lambda: itertools.count(1000))
    _lock: threading.Condition = field(default_factory=threading.Condition)
    #: When each message was queued (time.monotonic()), by message id: reply latency.
    pushed_at: dict[int, float] = field(default_factory=dict)
    server: ThreadingHTTPServer | None = None

    # --- driving the bot ----------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_port}/bot"

    def user(self, user_id: int = 42, language: str = "en") -> dict[str, Any]:
        return {
            "id": user_id,
            "is_bot": False,
            "first_name": f"User{user_id}",
            "language_code": language,
        }

    def send_text(
        self,
        text: str,
        user_id: int = 42,
        chat: dict | None = None,
        language: str = "en",
        reply_to: dict | None = None,
        edited: bool = False,
    ) -> dict[str, Any]:
        """Queue a message (or an edited message) from a user; returns the message object."""
        chat = chat or {"id": user_id, "type": "private", "first_name": f"User{user_id}"}
        message: dict[str, Any] = {
            "message_id": next(self._messages),
            "date": int(time.time()),
            "chat": chat,
            "from": self.user(user_id, language),
            "text": text,
        }
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        if edited:
            message["edit_date"] = int(time.time())
        self.push({"edited_message" if edited else "message": message})
        self.pushed_at[message["message_id"]] = time.monotonic()
        return message

    def send_update(self, kind: str, payload: dict[str, Any]) -> None:
        self.push({kind: payload})

    def send_sticker(self, user_id: int = 42) -> dict[str, Any]:
        chat = {"id": user_id, "type": "private", "first_name": "U"}
        message = {
            "message_id": next(self._messages),
            "date": int(time.time()),
            "chat": chat,
            "from": self.user(user_id),
            "sticker": {
                "file_id": "s1",
                "file_unique_id": "u1",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
                "type": "regular",
            },
        }
        self.push({"message": message})
        return message

    def send_document(self, name: str, data: bytes, user_id: int = 42) -> dict[str, Any]:
        """Queue a document from a user; its bytes are served by getFile and the file path."""
        file_id = f"doc{next(self._ids)}"
        self.files[file_id] = data
        message = {
            "message_id": next(self._messages),
            "date": int(time.time()),
            "chat": {"id": user_id, "type": "private", "first_name": f"User{user_id}"},
            "from": self.user(user_id),
            "document": {
                "file_id": file_id,
                "file_unique_id": f"u{file_id}",
                "file_name": name,
                "file_size": len(data),
                "mime_type": "text/html" if name.endswith(".html") else "text/plain",
            },
        }
        self.push({"message": message})
        return message

    def press(self, data: str, message: dict[str, Any], user_id: int = 42) -> None:
        self.push(
            {
                "callback_query": {
                    "id": str(next(self._ids)),
                    "from": self.user(user_id),
                    "chat_instance": "ci",
                    "data": data,
                    "message": message,
                }
            }
        )

    def inline_query(self, query: str, user_id: int = 42) -> None:
        self.push(
            {
                "inline_query": {
                    "id": str(next(self._ids)),
                    "from": self.user(user_id),
                    "query": query,
                    "offset": "",
                }
            }
        )

    def push(self, update: dict[str, Any]) -> None:
        with self._lock:
            update["update_id"] = next(self._ids)
            self.updates.append(update)
            self._lock.notify_all()

    def fail(self, method: str, mode: str, times: int = 1, retry_after: int = 1) -> None:
        self.faults.setdefault(method, []).append(Fault(mode, times, retry_after))

    # --- reading what the bot did -------------------------------------------------------------

    def sent(self, method: str = "sendMessage") -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, method: str, count: int, timeout: float = 60.0) -> list[Call]:
        """Block until `count` calls of `method` succeeded (bounded by `timeout`)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                found = [c for c in self.calls if c.method == method and not c.failed]
                if len(found) >= count or time.monotonic() >= deadline:
                    return found
                self._lock.wait(timeout=min(0.2, max(0.0, deadline - time.monotonic())))

    # --- serving ------------------------------------------------------------------------------

    def start(self) -> BotApi:
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep test output clean
                return

            def do_POST(self) -> None:
                api._handle(self)

            do_GET = do_POST

        class Server(ThreadingHTTPServer):
            # the bot opens connections in bursts (100 replies at once in the fuzz test): the
            # default backlog of 5 is a real server's concern, not what these tests are about
            request_queue_size = 256

        self.server = Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server:
            self.server.shutdown()
            self.server.server_close()

    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        path = urlparse(request.path).path
        prefix = f"/bot{self.token}/"
        length = int(request.headers.get("Content-Length") or 0)
        body = request.rfile.read(length) if length else b""
        files = f"/file/bot{self.token}/documents/"
        wanted = unquote(path)  # the file URL percent-encodes the token's ":"
        if wanted.startswith(files) and wanted[len(files) :] in self.files:
            data = self.files[wanted[len(files) :]]
            request.send_response(200)
            request.send_header("Content-Length", str(len(data)))
            request.end_headers()
            request.wfile.write(data)
            return
        if not path.startswith(prefix):
            self._reply(
                request, 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
            )
            return
        method = path[len(prefix) :]
        params = self._params(request, body)
        with self._lock:
            faults = self.faults.get(method) or []
            fault = faults[0] if faults else None
            if fault:
                fault.remaining -= 1
                if fault.remaining <= 0:
                    faults.pop(0)
            refused = fault is not None and fault.mode in ("429", "500", "400")
            failed = refused or method in self.refuse
            self.calls.append(Call(method, params, time.monotonic(), failed))
            self._lock.notify_all()
        if fault and fault.mode == "drop":
            request.close_connection = True
            request.connection.shutdown(socket.SHUT_RDWR)
            return
        if fault and fault.mode == "slow":
            time.sleep(self.slow_seconds)
        if fault and fault.mode == "429":
            self._reply(
                request,
                429,
                {
                    "ok": False,
                    "error_code": 429,
                    "description": f"Too Many Requests: retry after {fault.retry_after}",
                    "parameters": {"retry_after": fault.retry_after},
                },
            )
            return
        if fault and fault.mode == "500":
            self._reply(
                request,
                500,
                {"ok": False, "error_code": 500, "description": "Internal Server Error"},
            )
            return
        if method in self.refuse:
            self._reply(
                request,
                400,
                {"ok": False, "error_code": 400, "description": f"Bad Request: {method} refused"},
            )
            return
        self._reply(request, 200, {"ok": True, "result": self._result(method, params)})

    @staticmethod
    def _params(request: BaseHTTPRequestHandler, body: bytes) -> dict[str, Any]:
        kind = request.headers.get("Content-Type", "")
        if "json" in kind:
            return json.loads(body or b"{}")
        params: dict[str, Any] = {}
        for key, value in parse_qsl(body.decode("utf-8"), keep_blank_values=True):
            if key in _STRINGS:
                params[key] = value
                continue
            try:
                params[key] = json.loads(value)
            except json.JSONDecodeError:
                params[key] = value
        return params

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT
        if method == "getWebhookInfo":
            hooks = [c.params.get("url", "") for c in self.calls if c.method == "setWebhook"]
            return {
                "url": hooks[-1] if hooks else "",
                "has_custom_certificate": False,
                "pending_update_count": 0,
            }
        if method == "getFile":
            file_id = params.get("file_id", "")
            return {
                "file_id": file_id,
                "file_unique_id": f"u{file_id}",
                "file_size": len(self.files.get(file_id, b"")),
                "file_path": f"documents/{file_id}",
            }
        if method == "getUpdates":
            return self._poll(int(params.get("offset") or 0), float(params.get("timeout") or 0))
        if method in ("sendMessage", "editMessageText"):
            chat_id = params.get("chat_id", 0)
            return {
                "message_id": next(self._messages),
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private" if int(chat_id) > 0 else "group"},
                "from": BOT,
                "text": params.get("text", ""),
            }
        return True  # setMyCommands, deleteWebhook, sendChatAction, answer*Query, …

    def _poll(self, offset: int, timeout: float) -> list[dict[str, Any]]:
        deadline = time.monotonic() + min(timeout, 1.0)
        with self._lock:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
            while not self.updates and time.monotonic() < deadline:
                self._lock.wait(timeout=max(0.0, deadline - time.monotonic()))
            return list(self.updates[:100])

    @staticmethod
    def _reply(request: BaseHTTPRequestHandler, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        try:
            request.send_response(status)
            request.send_header("Content-Type", "application/json")
            request.send_header("Content-Length", str(len(data)))
            request.end_headers()
            request.wfile.write(data)
        except OSError:
            pass  # the client gave up (a timeout test)
