"""Request limits: the length of the query string and the time a request may take.

Pure ASGI (no BaseHTTPMiddleware): a few checks on the scope, and a timeout that ends
when the response starts (a streamed export may take as long as it needs).
"""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.errors import error_response


class LimitsMiddleware:
    """414 for an over-long query string, 422 for NUL bytes (PostgreSQL text cannot hold
    them), 503 when a request runs past its time."""

    def __init__(self, app: ASGIApp, *, max_query_length: int, timeout_s: float) -> None:
        self.app = app
        self.max_query_length = max_query_length
        self.timeout_s = timeout_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query: bytes = scope.get("query_string", b"")
        if len(query) > self.max_query_length:
            response = error_response(
                414,
                "query_too_long",
                f"query string is {len(query)} bytes; the limit is {self.max_query_length}",
            )
            await response(scope, receive, send)
            return
        if b"\x00" in query or b"%00" in query:
            for key, value in parse_qsl(query.decode("latin-1"), keep_blank_values=True):
                if "\x00" in key or "\x00" in value:
                    response = error_response(
                        422, "invalid_parameter", f"{key}: NUL bytes are not allowed", key
                    )
                    await response(scope, receive, send)
                    return
        if "\x00" in scope.get("path", ""):
            response = error_response(404, "not_found", "no such resource (NUL byte in the path)")
            await response(scope, receive, send)
            return
        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                deadline.reschedule(None)  # the body may stream for as long as it needs
            await send(message)

        try:
            async with asyncio.timeout(self.timeout_s) as deadline:
                await self.app(scope, receive, watch)
        except TimeoutError:
            if started or not deadline.expired():
                raise
            response = error_response(
                503, "timeout", f"the request took longer than {self.timeout_s:g} s"
            )
            await response(scope, receive, send)
