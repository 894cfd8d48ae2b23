"""Request dependencies: the database session and parsed, validated filters."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from typing import Annotated, Literal

from fastapi import Depends, Query, Request
from sqlmodel import Session

from app.api.errors import invalid
from app.dates import parse_partial
from app.extract.countries import Gazetteer
from app.extract.types import EVENT_TYPES
from app.queries import Cursor, EventFilters, InvalidCursor
from app.store import fold

DATE_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD"


# Dependencies are `async def` (they do no I/O): FastAPI runs a sync dependency in the
# threadpool, one thread hop each, which cost more than the work itself.


async def get_session(request: Request) -> AsyncIterator[Session]:
    """A session for the request; it connects lazily, in the route's thread."""
    with Session(request.app.state.engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


async def get_gazetteer(request: Request) -> Gazetteer:
    gazetteer: Gazetteer = request.app.state.gazetteer
    return gazetteer


GazetteerDep = Annotated[Gazetteer, Depends(get_gazetteer)]


def resolve_country(gazetteer: Gazetteer, value: str, parameter: str = "country") -> str:
    """ISO alpha-3 for an alpha-3 or alpha-2 code or an English name, any case."""
    code = gazetteer.resolve(value.strip())
    if code is None:
        nearest = gazetteer.suggest(value.strip(), 1)
        hint = f"; did you mean {nearest[0]}?" if nearest else ""
        raise invalid(parameter, f"unknown country {value!r}{hint}")
    return code


def date_bound(parameter: str, value: str | None, *, last: bool) -> dt.date | None:
    """First (or last) day of a partial date given as a query parameter."""
    if value is None:
        return None
    try:
        lo, hi = parse_partial(value.strip())
    except ValueError:
        raise invalid(parameter, f"expected {DATE_FORMS}, got {value!r}") from None
    return hi if last else lo


async def event_filters(
    gazetteer: GazetteerDep,
    country: Annotated[
        list[str] | None,
        Query(
            description="Party to the event: ISO alpha-3, alpha-2 or English name, any case. "
            "Repeatable: every country given must be a party.",
            examples=["AZE"],
        ),
    ] = None,
    type: Annotated[
        list[str] | None,
        Query(
            description=f"Event type (repeatable, any of): {', '.join(EVENT_TYPES)}.",
            examples=["mou"],
        ),
    ] = None,
    date_from: Annotated[
        str | None,
        Query(
            description=f"Events whose dates reach this date or later ({DATE_FORMS}).",
            examples=["2014"],
        ),
    ] = None,
    date_to: Annotated[
        str | None,
        Query(
            description=f"Events whose dates start on or before this date ({DATE_FORMS}).",
            examples=["2022-06"],
        ),
    ] = None,
    status: Annotated[
        Literal["occurred", "planned"] | None,
        Query(
            description="occurred, or planned (announced for the future).", examples=["occurred"]
        ),
    ] = None,
    participant: Annotated[
        str | None,
        Query(
            description="Part of a participant's name, case- and accent-insensitive.",
            examples=["gafarova"],
        ),
    ] = None,
    location: Annotated[
        str | None,
        Query(
            description="Where it happened (city, country or 'online'), case-insensitive.",
            examples=["Baku"],
        ),
    ] = None,
    q: Annotated[
        str | None,
        Query(
            description="Words that must all occur in an evidence sentence.",
            examples=["visa exemption"],
        ),
    ] = None,
    document_id: Annotated[
        str | None,
        Query(description="Only events reported by this document.", examples=["3f2a9c0d1e4b5a67"]),
    ] = None,
    min_sources: Annotated[
        int | None,
        Query(
            ge=1,
            le=1_000_000,
            description="Only events reported by at least this many documents.",
            examples=[2],
        ),
    ] = None,
) -> EventFilters:
    types = tuple(dict.fromkeys(type or ()))
    for t in types:
        if t not in EVENT_TYPES:
            raise invalid(
                "type", f"unknown event type {t!r}; expected one of {', '.join(EVENT_TYPES)}"
            )
    lo = date_bound("date_from", date_from, last=False)
    hi = date_bound("date_to", date_to, last=True)
    if lo and hi and lo > hi:
        raise invalid("date_to", "date_to is before date_from")
    return EventFilters(
        countries=tuple(dict.fromkeys(resolve_country(gazetteer, c) for c in country or ())),
        types=types,
        date_from=lo,
        date_to=hi,
        status=status,
        participant=fold(participant.strip()) if participant and participant.strip() else None,
        location=location.strip() if location and location.strip() else None,
        q=q.strip() if q and q.strip() else None,
        document_id=document_id,
        min_sources=min_sources,
    )


FiltersDep = Annotated[EventFilters, Depends(event_filters)]


async def page_cursor(
    cursor: Annotated[
        str | None,
        Query(
            description="Opaque cursor from a previous page's `next`.",
            examples=["WyIyMDIxLTA0LTE1IiwiYWJjIl0"],
        ),
    ] = None,
) -> Cursor | None:
    if cursor is None:
        return None
    try:
        return Cursor.decode(cursor)
    except InvalidCursor as exc:
        raise invalid("cursor", str(exc)) from None


CursorDep = Annotated[Cursor | None, Depends(page_cursor)]


async def page_size(
    request: Request,
    limit: Annotated[
        int | None, Query(description="Items per page (1–1000, default 50).", examples=[50])
    ] = None,
) -> int:
    settings = request.app.state.settings
    size: int = settings.default_page_size if limit is None else limit
    if not 1 <= size <= settings.max_page_size:
        raise invalid("limit", f"must be between 1 and {settings.max_page_size}")
    return size


LimitDep = Annotated[int, Depends(page_size)]
