"""ETag on JSON GET responses, and 304 Not Modified when If-None-Match agrees.

Pure ASGI (no BaseHTTPMiddleware): the response body is held only for successful JSON
GET responses; exports stream through untouched.
"""

from __future__ import annotations

import hashlib

from starlette.types import ASGIApp, Message, Receive, Scope, Send


def _header(scope: Scope, name: bytes) -> bytes:
    for key, value in scope["headers"]:
        if key == name:
            return bytes(value)
    return b""


def matches(tag: bytes, wanted: bytes) -> bool:
    """Whether an If-None-Match header names this ETag (or is `*`)."""
    if not wanted:
        return False
    return wanted.strip() == b"*" or tag in {t.strip() for t in wanted.split(b",")}


class ETagMiddleware:
    """Hashes the body of successful JSON GET responses."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        passthrough = False
        chunks: list[bytes] = []

        async def hold(message: Message) -> None:
            nonlocal start, passthrough
            if passthrough:
                await send(message)
                return
            if message["type"] == "http.response.start":
                media = b""
                for key, value in message.get("headers", ()):
                    if key.lower() == b"content-type":
                        media = bytes(value)
                if message["status"] != 200 or b"application/json" not in media:
                    passthrough = True
                    await send(message)
                    return
                start = message
                return
            if message["type"] != "http.response.body" or start is None:
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            body = b"".join(chunks)
            tag = b'"' + hashlib.sha256(body).hexdigest()[:32].encode() + b'"'
            if matches(tag, _header(scope, b"if-none-match")):
                await send({"type": "http.response.start", "status": 304,
                            "headers": [(b"etag", tag)]})  # fmt: skip
                await send({"type": "http.response.body", "body": b""})
                return
            headers = [
                (k, v) for k, v in start.get("headers", ()) if k.lower() != b"content-length"
            ]
            headers += [(b"content-length", str(len(body)).encode()), (b"etag", tag)]
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, hold)
