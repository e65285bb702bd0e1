"""A real HTTP server on 127.0.0.1 for the network tests, serving routes defined by each test."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    delay: float = 0.0  # seconds to stall before sending the body
    stream: Callable[[], Iterator[bytes]] | None = None  # body sent chunk by chunk, without Content-Length


Route = Reply | Callable[[int], Reply]  # a callable receives the hit count (1, 2, ...)


class LocalServer:
    """Start with `with LocalServer(routes) as server:`; `server.url(path)`; `server.hits[path]`."""

    def __init__(self, routes: dict[str, Route]) -> None:
        self.routes = routes
        self.hits: Counter[str] = Counter()
        self.user_agents: list[str] = []
        self.sent: Counter[str] = Counter()  # body bytes written per path
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                path = self.path.split("#")[0].split("?")[0]  # routes and hits ignore the query
                outer.hits[path] += 1
                outer.user_agents.append(self.headers.get("User-Agent", ""))
                route = outer.routes.get(path)
                if route is None:
                    reply = Reply(404, b"not found")
                elif callable(route):
                    reply = route(outer.hits[path])
                else:
                    reply = route
                try:
                    self.send_response(reply.status)
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    if "Content-Length" not in reply.headers and reply.stream is None:
                        self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    if reply.delay:
                        time.sleep(reply.delay)
                    for chunk in reply.stream() if reply.stream else [reply.body]:
                        self.wfile.write(chunk)
                        outer.sent[path] += len(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}{path}"

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
