"""/v1/events: the filtered, paged list of events, its exports, and one event by id."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal
from urllib.parse import urlencode

import orjson
from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response, StreamingResponse
from sqlmodel import Session

from app import export, queries
from app.api.deps import CursorDep, FiltersDep, LimitDep, SessionDep
from app.api.errors import ApiError
from app.schemas import ErrorOut, EventOut, EventPage

router = APIRouter(prefix="/v1/events", tags=["events"])
ERRORS: dict[int | str, dict[str, object]] = {
    422: {"model": ErrorOut, "description": "A parameter is malformed; the error names it."}
}
MEDIA = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson"}


def next_path(request: Request, cursor: queries.Cursor) -> str:
    """This request's path and parameters with the next page's cursor."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "cursor"]
    params.append(("cursor", cursor.encode()))
    return f"{request.url.path}?{urlencode(params)}"


def _export(
    request: Request, session: Session, filters: queries.EventFilters, fmt: str, newest: bool
) -> Response:
    cap = request.app.state.settings.max_export_rows
    events = queries.iter_events(session=session, filters=filters, newest_first=newest, cap=cap)
    lines: Iterator[str] | Iterator[bytes] = (
        export.csv_lines(events) if fmt == "csv" else export.jsonl_lines(events)
    )
    filename = f"events.{fmt}"
    return StreamingResponse(
        lines,
        media_type=MEDIA[fmt],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get(
    "",
    response_model=EventPage,
    responses={
        **ERRORS,
        200: {
            "description": "A page of events (JSON), or every match as CSV or JSON Lines.",
            "content": {"text/csv": {}, "application/x-ndjson": {}},
        },
    },
)
def list_events(
    request: Request,
    session: SessionDep,
    filters: FiltersDep,
    cursor: CursorDep,
    limit: LimitDep,
    sort: Annotated[
        Literal["date", "-date"],
        Query(
            description="-date: newest first (default); date: oldest first. Undated last.",
            examples=["-date"],
        ),
    ] = "-date",
    format: Annotated[
        Literal["json", "csv", "jsonl"] | None,
        Query(
            description="json: a page (default). csv or jsonl: every matching event, streamed.",
            examples=["csv"],
        ),
    ] = None,
) -> Response | EventPage:
    """Events filtered by country, type, date range, status, people, place, words and source."""
    newest = sort == "-date"
    accept = request.headers.get("accept", "")
    fmt = format or ("csv" if "text/csv" in accept else "json")
    if fmt in MEDIA:
        return _export(request, session, filters, fmt, newest)
    items, total, nxt = queries.event_page(
        session=session, filters=filters, limit=limit, cursor=cursor, newest_first=newest
    )
    # Serialised straight from the rows (orjson): the shape is EventPage's, as documented.
    page = {"items": items, "total": total, "next": next_path(request, nxt) if nxt else None}
    return Response(orjson.dumps(page), media_type="application/json")


@router.get(
    "/{event_id}",
    response_model=EventOut,
    responses={404: {"model": ErrorOut, "description": "No such event."}},
)
def get_event(
    event_id: Annotated[str, Path(description="An event's id.", examples=["3f2a9c0d1e4b5a67"])],
    session: SessionDep,
) -> EventOut:
    """One event with its participants and every source sentence."""
    event = queries.get_event(session=session, event_id=event_id)
    if event is None:
        raise ApiError(404, f"no event with id {event_id!r}")
    return event
