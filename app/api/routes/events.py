"""/v1/events: the filtered, paged list of events and one event by id."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request

from app import queries
from app.api.deps import CursorDep, FiltersDep, SessionDep
from app.api.errors import ApiError, invalid
from app.schemas import ErrorOut, EventOut, EventPage

router = APIRouter(prefix="/v1/events", tags=["events"])
ERRORS: dict[int | str, dict[str, object]] = {
    422: {"model": ErrorOut, "description": "Invalid parameter."}
}


def _next_path(request: Request, cursor: queries.Cursor) -> str:
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "cursor"]
    params.append(("cursor", cursor.encode()))
    return f"{request.url.path}?{urlencode(params)}"


@router.get("", response_model=EventPage, responses=ERRORS)
def list_events(
    request: Request,
    session: SessionDep,
    filters: FiltersDep,
    cursor: CursorDep,
    limit: Annotated[
        int | None, Query(description="Events per page (1–1000).", examples=[50])
    ] = None,
) -> EventPage:
    """Events, newest first (undated last, then by id), filtered by country, type and date range."""
    settings = request.app.state.settings
    size = settings.default_page_size if limit is None else limit
    if not 1 <= size <= settings.max_page_size:
        raise invalid("limit", f"must be between 1 and {settings.max_page_size}")
    items, total, nxt = queries.event_page(
        session=session, filters=filters, limit=size, cursor=cursor
    )
    return EventPage(items=items, total=total, next=_next_path(request, nxt) if nxt else None)


@router.get(
    "/{event_id}",
    response_model=EventOut,
    responses={404: {"model": ErrorOut, "description": "No such event."}},
)
def get_event(event_id: str, session: SessionDep) -> EventOut:
    """One event with its participants and every source sentence."""
    event = queries.get_event(session=session, event_id=event_id)
    if event is None:
        raise ApiError(404, f"no event with id {event_id!r}")
    return event
