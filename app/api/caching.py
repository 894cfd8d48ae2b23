"""ETag on JSON GET responses, and 304 Not Modified when If-None-Match agrees."""

from __future__ import annotations

import hashlib

from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import Response


class ETagMiddleware(BaseHTTPMiddleware):
    """Hashes the body of successful JSON GET responses (exports stream and are left alone)."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        media = response.headers.get("content-type", "")
        if (
            request.method != "GET"
            or response.status_code != 200
            or "application/json" not in media
        ):
            return response
        body = b"".join([chunk async for chunk in response.body_iterator])  # type: ignore[attr-defined]
        tag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
        headers["etag"] = tag
        wanted = request.headers.get("if-none-match", "")
        if tag in {t.strip() for t in wanted.split(",")} or wanted.strip() == "*":
            return Response(status_code=304, headers={"etag": tag})
        return Response(body, status_code=200, headers=headers, media_type=media)
