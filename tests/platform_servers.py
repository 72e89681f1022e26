"""Local stand-ins for pretix, Eventbrite and Tito, served over real HTTP on 127.0.0.1.

Each fake keeps its platform's data and answers in the shape its API documentation shows (the
docs page is named above each handler). `Served` runs one in a thread for one test and can be
told to misbehave on the next matching request: answer 401, 429 with Retry-After, 500, an HTML
login page, hang until the test ends, or reset the connection halfway through a page.
"""

from __future__ import annotations

import json
import threading
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Reply = tuple[int, dict[str, str], bytes]
LOGIN_PAGE = b"<!DOCTYPE html><html><head><title>Sign in to the venue Wi-Fi</title></head></html>"


def json_reply(data: Any, status: int = 200, **headers: str) -> Reply:
    body = json.dumps(data, ensure_ascii=False).encode("utf-8")
    return status, {"Content-Type": "application/json", **headers}, body


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any
    peer: int = 0  # the client's port: requests with the same peer came over one connection

    def one(self, name: str, default: str = "") -> str:
        return self.query.get(name, [default])[0]


@dataclass
class Fault:
    kind: str  # "status" | "429" | "html" | "hang" | "reset"
    where: str = ""  # only requests whose path contains this
    status: int = 500
    retry_after: str = "0"
    times: int = 1
    after: int = 0  # matching requests answered normally first (page 1 fine, page 2 fails)


@dataclass
class Served:
    """A fake platform on a real socket: `url` is its base, `requests` what it was asked."""

    app: Callable[[Request], Reply]
    server: ThreadingHTTPServer
    thread: threading.Thread
    faults: list[Fault] = field(default_factory=list)
    requests: list[Request] = field(default_factory=list)
    released: threading.Event = field(default_factory=threading.Event)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def fail(self, kind: str, where: str = "", **options: Any) -> None:
        self.faults.append(Fault(kind, where, **options))

    def paths(self, containing: str = "") -> list[str]:
        return [r.path for r in self.requests if containing in r.path]

    def stop(self) -> None:
        self.released.set()  # a hanging handler returns, so no thread outlives the test
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


def serve(app: Callable[[Request], Reply]) -> Served:
    holder: dict[str, Served] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _handle(self) -> None:
            served = holder["served"]
            parts = urllib.parse.urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            request = Request(
                self.command,
                parts.path,
                urllib.parse.parse_qs(parts.query),
                {k.title(): v for k, v in self.headers.items()},
                json.loads(raw) if raw else None,
                self.client_address[1],
            )
            served.requests.append(request)
            fault = next((f for f in served.faults if f.where in request.path), None)
            if fault is not None and fault.after > 0:
                fault.after -= 1
                fault = None
            if fault is not None:
                fault.times -= 1
                if fault.times <= 0:
                    served.faults.remove(fault)
                if self._misbehave(fault, served, request):
                    return
            status, headers, body = served.app(request)
            self._send(status, headers, body)

        def _misbehave(self, fault: Fault, served: Served, request: Request) -> bool:
            if fault.kind == "hang":
                served.released.wait(30)
                self.close_connection = True
                return True
            if fault.kind == "reset":
                _, headers, body = served.app(request)  # the real page, cut off halfway
                self.send_response(200)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
                return True
            if fault.kind == "429":
                reply = json_reply({"detail": "Request was throttled."}, 429)
                self._send(*reply, extra={"Retry-After": fault.retry_after})
                return True
            if fault.kind == "html":
                self._send(200, {"Content-Type": "text/html; charset=utf-8"}, LOGIN_PAGE)
                return True
            self._send(*json_reply({"detail": "Server error"}, fault.status))
            return True

        def _send(
            self,
            status: int,
            headers: dict[str, str],
            body: bytes,
            extra: dict[str, str] | None = None,
        ) -> None:
            self.send_response(status)
            for name, value in {**headers, **(extra or {})}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_DELETE = _handle

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = False  # server_close() joins every handler thread
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    served = Served(app, server, thread)
    holder["served"] = served
    thread.start()
    return served
