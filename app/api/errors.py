"""One error shape for every 4xx and 5xx: {"error": {status, code, message, parameter}}."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("diplo.api")

CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    414: "query_too_long",
    422: "invalid_parameter",
    503: "timeout",
}


class ApiError(Exception):
    """An error the API reports to its client as it is."""

    def __init__(
        self, status: int, message: str, *, code: str | None = None, parameter: str | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or CODES.get(status, "error")
        self.parameter = parameter


def invalid(parameter: str, message: str) -> ApiError:
    """A 422 naming the parameter at fault."""
    return ApiError(422, f"{parameter}: {message}", parameter=parameter)


def error_response(
    status: int, code: str, message: str, parameter: str | None = None
) -> JSONResponse:
    body = {"status": status, "code": code, "message": message, "parameter": parameter}
    return JSONResponse({"error": body}, status_code=status)


def _validation_message(err: dict[str, Any]) -> tuple[str | None, str]:
    loc = [str(part) for part in err.get("loc", ()) if part not in ("query", "path", "body")]
    parameter = loc[0] if loc else None
    return parameter, f"{parameter}: {err.get('msg', 'invalid value')}" if parameter else err.get(
        "msg", ""
    )


async def _api_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.code, exc.message, exc.parameter)


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    first = exc.errors()[0] if exc.errors() else {}
    parameter, message = _validation_message(first)
    return error_response(422, "invalid_parameter", message, parameter)


async def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    message = exc.detail if isinstance(exc.detail, str) else "error"
    return error_response(exc.status_code, CODES.get(exc.status_code, "error"), message)


async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error", exc_info=exc)
    return error_response(500, "internal_error", "internal server error")


def install(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
