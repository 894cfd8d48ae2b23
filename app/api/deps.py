"""Request dependencies: the database session and parsed, validated filters."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

import pycountry
from fastapi import Depends, Query, Request
from sqlmodel import Session

from app.api.errors import invalid
from app.dates import parse_partial
from app.extract.types import EVENT_TYPES
from app.queries import Cursor, EventFilters, InvalidCursor

DATE_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD"


def get_session(request: Request) -> Iterator[Session]:
    with Session(request.app.state.engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def resolve_country(value: str) -> str:
    """ISO alpha-3 for an alpha-3, alpha-2 or English name, any case."""
    try:
        found = pycountry.countries.lookup(value.strip())
    except LookupError:
        if value.strip().upper() == "XKX" or value.strip().casefold() == "kosovo":
            return "XKX"
        raise invalid(
            "country", f"unknown country {value!r}; use an ISO 3166 code such as AZE"
        ) from None
    return str(found.alpha_3)


def _date_bound(parameter: str, value: str | None, *, last: bool) -> object:
    if value is None:
        return None
    try:
        lo, hi = parse_partial(value.strip())
    except ValueError:
        raise invalid(parameter, f"expected {DATE_FORMS}, got {value!r}") from None
    return hi if last else lo


def event_filters(
    country: Annotated[
        list[str] | None,
        Query(
            description="Party to the event (repeatable: every one given must be a party).",
            examples=["AZE"],
        ),
    ] = None,
    type: Annotated[
        list[str] | None,
        Query(
            description=f"Event type (repeatable): {', '.join(EVENT_TYPES)}.", examples=["meeting"]
        ),
    ] = None,
    date_from: Annotated[
        str | None,
        Query(description=f"Events on or after this date ({DATE_FORMS}).", examples=["2014"]),
    ] = None,
    date_to: Annotated[
        str | None,
        Query(description=f"Events on or before this date ({DATE_FORMS}).", examples=["2022-06"]),
    ] = None,
) -> EventFilters:
    types = tuple(dict.fromkeys(type or ()))
    for t in types:
        if t not in EVENT_TYPES:
            raise invalid(
                "type", f"unknown event type {t!r}; expected one of {', '.join(EVENT_TYPES)}"
            )
    lo = _date_bound("date_from", date_from, last=False)
    hi = _date_bound("date_to", date_to, last=True)
    if lo and hi and lo > hi:  # type: ignore[operator]
        raise invalid("date_to", "date_to is before date_from")
    return EventFilters(
        countries=tuple(dict.fromkeys(resolve_country(c) for c in country or ())),
        types=types,
        date_from=lo,  # type: ignore[arg-type]
        date_to=hi,  # type: ignore[arg-type]
    )


FiltersDep = Annotated[EventFilters, Depends(event_filters)]


def page_cursor(
    cursor: Annotated[
        str | None, Query(description="Opaque cursor from a previous page's `next`.")
    ] = None,
) -> Cursor | None:
    if cursor is None:
        return None
    try:
        return Cursor.decode(cursor)
    except InvalidCursor as exc:
        raise invalid("cursor", str(exc)) from None


CursorDep = Annotated[Cursor | None, Depends(page_cursor)]
