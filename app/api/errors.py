"""One error shape for every 4xx and 5xx: {"error": {status, code, message, parameter}}."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import exc as sa_exc
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
# PostgreSQL SQLSTATEs that mean "busy or gone, try again": query canceled (statement
# timeout), lock not available, connection exceptions, operator intervention.
_PG_BUSY = ("57014", "55P03", "08", "57P")
RETRY_AFTER_S = "1"


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
    headers = {"retry-after": RETRY_AFTER_S} if status == 503 else None
    return JSONResponse({"error": body}, status_code=status, headers=headers)


def database_busy(exc: BaseException) -> str | None:
    """Why a database error means "busy, try again" (a 503), or None for a real fault."""
    if isinstance(exc, sa_exc.TimeoutError):
        return "every database connection is in use; try again shortly"
    if isinstance(exc, sa_exc.OperationalError):
        sqlstate = getattr(exc.orig, "sqlstate", None) or ""
        if sqlstate.startswith(_PG_BUSY):
            return "the database did not answer in time; try again shortly"
        text = str(exc.orig).lower()
        if "locked" in text or "busy" in text or "interrupted" in text:
            return "the database is busy; try again shortly"
    return None


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


async def _database_error(request: Request, exc: Exception) -> JSONResponse:
    reason = database_busy(exc)
    if reason is not None:
        log.warning("database busy on %s: %s", request.url.path, exc)
        return error_response(503, "unavailable", reason)
    return await _unexpected(request, exc)


async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error", exc_info=exc)
    return error_response(500, "internal_error", "internal server error")


def install(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    # Pool exhausted (checkout timeout), statement timeout, database locked: 503, not 500.
    app.add_exception_handler(sa_exc.TimeoutError, _database_error)
    app.add_exception_handler(sa_exc.OperationalError, _database_error)
    app.add_exception_handler(Exception, _unexpected)
