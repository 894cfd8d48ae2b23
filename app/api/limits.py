"""Request limits: the length of the query string and the time a request may take."""

from __future__ import annotations

import asyncio

from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp

from app.api.errors import error_response


class LimitsMiddleware(BaseHTTPMiddleware):
    """414 for an over-long query string, 422 for NUL bytes (PostgreSQL text cannot hold
    them), 503 when a request runs past its time."""

    def __init__(self, app: ASGIApp, *, max_query_length: int, timeout_s: float) -> None:
        super().__init__(app)
        self.max_query_length = max_query_length
        self.timeout_s = timeout_s

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        query = request.scope.get("query_string", b"")
        if len(query) > self.max_query_length:
            return error_response(
                414,
                "query_too_long",
                f"query string is {len(query)} bytes; the limit is {self.max_query_length}",
            )
        for key, value in request.query_params.multi_items():
            if "\x00" in key or "\x00" in value:
                return error_response(
                    422, "invalid_parameter", f"{key}: NUL bytes are not allowed", key
                )
        if "\x00" in request.url.path:
            return error_response(404, "not_found", "no such resource (NUL byte in the path)")
        try:
            return await asyncio.wait_for(call_next(request), timeout=self.timeout_s)
        except TimeoutError:
            return error_response(
                503, "timeout", f"the request took longer than {self.timeout_s:g} s"
            )
