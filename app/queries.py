"""Every read of the data layer: shared by the API and the CLI."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlmodel import Session, col

from app.cache import cached_count
from app.db import driver_rows
from app.models import Document, Event, EventCountry, Participant, Source
from app.schemas import DocumentEvent, DocumentOut, EventOut
from app.search import evidence_matches

AnySelect = Select[*tuple[Any, ...]]


class InvalidCursor(ValueError):
    """A `cursor` that this server did not write."""


@dataclass(frozen=True)
class EventFilters:
    countries: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    date_from: dt.date | None = None  # first day of the requested range
    date_to: dt.date | None = None  # last day of the requested range
    status: str | None = None
    participant: str | None = None  # folded: lower-case, no accents
    location: str | None = None
    q: str | None = None
    document_id: str | None = None
    min_sources: int | None = None


@dataclass(frozen=True)
class Cursor:
    sort_date: str
    id: str

    def encode(self) -> str:
        raw = json.dumps([self.sort_date, self.id], separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @classmethod
    def decode(cls, token: str) -> Cursor:
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            sort_date, event_id = json.loads(raw)
        except (ValueError, TypeError, binascii.Error) as exc:
            raise InvalidCursor("cursor is not one this server wrote") from exc
        if not isinstance(sort_date, str) or not isinstance(event_id, str):
            raise InvalidCursor("cursor is not one this server wrote")
        return cls(sort_date, event_id)


def _like(value: str) -> str:
    """A LIKE pattern for a substring, with the user's % and _ taken literally."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _filtered(
    stmt: AnySelect,
    filters: EventFilters,
    dialect: str = "sqlite",
    *,
    countries: bool = True,
) -> AnySelect:
    """`stmt` (over `events`) with every filter as a condition; `countries=False` leaves the
    country filter to the caller (a page driven by the party index)."""
    stmt = _filtered_text(stmt, filters, dialect)
    if countries:
        for code in filters.countries:
            stmt = stmt.where(col(Event.id).in_(_party(code)))
    if filters.types:
        stmt = stmt.where(col(Event.type).in_(filters.types))
    if filters.date_from:
        stmt = stmt.where(col(Event.date_hi) >= filters.date_from)
    if filters.date_to:
        stmt = stmt.where(col(Event.date_lo) <= filters.date_to)
    if filters.status:
        stmt = stmt.where(col(Event.status) == filters.status)
    if filters.location:
        stmt = stmt.where(func.lower(col(Event.location)) == filters.location.casefold())
    if filters.min_sources:
        stmt = stmt.where(col(Event.source_count) >= filters.min_sources)
    return stmt


def _party(code: str) -> AnySelect:
    """Ids of the events `code` is a party to (an index-only read of event_countries)."""
    return select(col(EventCountry.event_id)).where(col(EventCountry.code) == code)


def _filtered_text(stmt: AnySelect, filters: EventFilters, dialect: str) -> AnySelect:
    """Filters on rows beside the event: participants, sources and their documents."""
    if filters.participant:
        stmt = stmt.where(
            exists().where(
                col(Participant.event_id) == col(Event.id),
                col(Participant.name_folded).like(_like(filters.participant), escape="\\"),
            )
        )
    if filters.document_id:
        stmt = stmt.where(
            exists().where(
                col(Source.event_id) == col(Event.id),
                col(Source.document_id) == filters.document_id,
            )
        )
    if filters.q:
        stmt = stmt.where(
            exists().where(
                col(Source.event_id) == col(Event.id), evidence_matches(filters.q, dialect)
            )
        )
    return stmt


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _after(sort: Any, eid: Any, cursor: Cursor, newest_first: bool) -> ColumnElement[bool]:
    """Rows after the cursor in the page order (undated events always come last). Newest
    first, the bound on `sort` alone lets the index seek to the cursor."""
    same = and_(sort == cursor.sort_date, eid > cursor.id)
    if newest_first:
        return and_(sort <= cursor.sort_date, or_(sort < cursor.sort_date, same))
    if cursor.sort_date == "":
        return same
    return or_(and_(sort > cursor.sort_date), same, sort == "")


# The columns of a page row, in the order of EventOut.
EVENT_COLUMNS = (
    col(Event.id),
    col(Event.type),
    col(Event.status),
    col(Event.date),
    col(Event.date_end),
    col(Event.date_precision),
    col(Event.countries_key),
    col(Event.location),
    col(Event.source_count),
    col(Event.date_note),
)


@lru_cache(maxsize=1024)
def _page_select(
    filters: EventFilters, dialect: str, cursor: Cursor | None, newest_first: bool, limit: int
) -> AnySelect:
    """(sort_date, id) of the next `limit` events in page order: a walk of one index that
    stops after `limit` matches.

    With a country filter the walk is over that country's party rows, newest first,
    through ix_event_countries_code_sort (code, sort_date, event_id); the other parties
    are checked by primary key and `events` is joined only for filters on its columns."""
    if filters.countries:
        party = EventCountry.__table__.alias("p0")  # type: ignore[attr-defined]
        sort, eid = party.c.sort_date, party.c.event_id
        stmt = select(sort, eid).where(party.c.code == filters.countries[0])
        for code in filters.countries[1:]:
            # The copy of the event's parties in the index entry rules out most rows
            # without a probe; the party row itself decides.
            other = EventCountry.__table__.alias()  # type: ignore[attr-defined]
            key = party.c.countries_key
            listed = or_(key.is_(None), (literal(",") + key + ",").like(f"%,{code},%"))
            stmt = stmt.where(
                listed,
                select(other.c.code).where(other.c.event_id == eid, other.c.code == code).exists(),
            )
        if filters != EventFilters(countries=filters.countries):
            stmt = stmt.join(Event.__table__, col(Event.id) == eid)  # type: ignore[attr-defined]
            stmt = _filtered(stmt, filters, dialect, countries=False)
    else:
        sort, eid = col(Event.sort_date), col(Event.id)
        stmt = _filtered(select(sort, eid), filters, dialect)
    if filters.date_to:
        # date_lo <= date_to, restated on the sort key (date_lo as ISO text) so that the
        # walk starts at date_to instead of at the newest event.
        stmt = stmt.where(sort <= filters.date_to.isoformat())
    if cursor:
        stmt = stmt.where(_after(sort, eid, cursor, newest_first))
    order: list[Any] = [sort.desc(), eid] if newest_first else [sort == "", sort, eid]
    return stmt.order_by(*order).limit(limit)


# The reads by id of a page are plain SQL on the driver's cursor: with hundreds of ids
# (exports read 1000 at a time) SQLAlchemy's expanding IN and Row objects cost more than
# the reads themselves. Same SQL on both backends but for the placeholder.
_EVENTS_SQL = (
    "SELECT id, type, status, date, date_end, date_precision, countries_key, location,"
    " source_count, date_note FROM events WHERE id IN ({})"
)
_PEOPLE_SQL = (
    "SELECT event_id, name, name_folded, role, country FROM participants"
    " WHERE event_id IN ({}) ORDER BY position, id"
)
_SOURCES_SQL = (
    'SELECT s.event_id, d.name, s.document_id, s.evidence, s.start, s."end", s.date,'
    " s.date_end FROM sources s JOIN documents d ON d.id = s.document_id"
    " WHERE s.event_id IN ({}) ORDER BY s.id"
)


def _by_ids(conn: Connection, sql: str, ids: Sequence[str]) -> list[tuple[Any, ...]]:
    """Rows of `sql` (one IN list of ids) through the DBAPI cursor of the connection."""
    return driver_rows(conn, sql.format(",".join(["?"] * len(ids))), tuple(ids))


def _event_rows(conn: Connection, ids: Sequence[str]) -> list[tuple[Any, ...]]:
    """Rows of EVENT_COLUMNS for `ids` by primary key, in the order given."""
    if not ids:
        return []
    found = {r[0]: r for r in _by_ids(conn, _EVENTS_SQL, ids)}
    return [found[i] for i in ids if i in found]


def count_events(*, session: Session, filters: EventFilters) -> int:
    """The exact number of matching events, cached under the data version."""
    conn = session.connection()
    return cached_count(conn, ("events", filters), lambda: _count(conn, filters))


def _count(conn: Connection, filters: EventFilters) -> int:
    only_countries = filters.countries and filters == EventFilters(countries=filters.countries)
    if only_countries:
        # Index-only: join the parties' rows of ix_event_countries_code on event_id.
        first = EventCountry.__table__.alias("p0")  # type: ignore[attr-defined]
        stmt = select(func.count()).select_from(first).where(first.c.code == filters.countries[0])
        for code in filters.countries[1:]:
            other = EventCountry.__table__.alias()  # type: ignore[attr-defined]
            stmt = stmt.join(
                other, and_(other.c.event_id == first.c.event_id, other.c.code == code)
            )
        return int(conn.execute(stmt).scalar_one())
    dialect = conn.dialect.name
    counted = _filtered(select(func.count()).select_from(Event), filters, dialect)
    return int(conn.execute(counted).scalar_one())


def event_page(
    *,
    session: Session,
    filters: EventFilters,
    limit: int,
    cursor: Cursor | None = None,
    newest_first: bool = True,
) -> tuple[list[dict[str, Any]], int, Cursor | None]:
    """One page of events as EventOut-shaped dicts (newest first by default; undated last,
    then by id), the total and the cursor of the next page."""
    conn = session.connection()
    total = count_events(session=session, filters=filters)
    stmt = _page_select(filters, conn.dialect.name, cursor, newest_first, limit + 1)
    keys = conn.execute(stmt).all()
    more = len(keys) > limit
    keys = keys[:limit]
    items = event_dicts(conn, _event_rows(conn, [k[1] for k in keys]))
    next_cursor = Cursor(keys[-1][0] or "", keys[-1][1]) if more and keys else None
    return items, total, next_cursor


def iter_events(
    *,
    session: Session,
    filters: EventFilters,
    newest_first: bool = True,
    batch: int = 1000,
    cap: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Every matching event (EventOut-shaped dicts) in page order, read in keyset batches
    (constant memory)."""
    conn = session.connection()
    cursor: Cursor | None = None
    sent = 0
    while True:
        stmt = _page_select(filters, conn.dialect.name, cursor, newest_first, batch)
        keys = conn.execute(stmt).all()
        if not keys:
            return
        for event in event_dicts(conn, _event_rows(conn, [k[1] for k in keys])):
            if cap is not None and sent >= cap:
                return
            sent += 1
            yield event
        cursor = Cursor(keys[-1][0] or "", keys[-1][1])


def event_dicts(conn: Connection, rows: Sequence[Sequence[Any]]) -> list[dict[str, Any]]:
    """EventOut-shaped dicts for event rows of EVENT_COLUMNS, in the order given: two
    more reads (participants, sources) for the whole batch, no ORM objects."""
    if not rows:
        return []
    ids = [r[0] for r in rows]
    people: dict[str, list[dict[str, Any]]] = defaultdict(list)
    named: set[tuple[str, str]] = set()  # several sources may name the same person
    for eid, name, folded, role, country in _by_ids(conn, _PEOPLE_SQL, ids):
        if (eid, folded) in named:
            continue
        named.add((eid, folded))
        people[eid].append({"name": name, "role": role, "country": country})
    sources: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for eid, document, document_id, evidence, start, end, date, date_end in _by_ids(
        conn, _SOURCES_SQL, ids
    ):
        sources[eid].append(
            {
                "document": document,
                "document_id": document_id,
                "evidence": evidence,
                "start": start,
                "end": end,
                "date": date,
                "date_end": date_end,
            }
        )
    return [
        {
            "id": eid,
            "type": etype,
            "status": status,
            "date": date,
            "date_end": date_end,
            "date_precision": precision,
            "countries": key.split(",") if key else [],
            "location": location,
            "participants": people.get(eid, []),
            "sources": sources.get(eid, []),
            "source_count": source_count,
            "date_note": note,
        }
        for eid, etype, status, date, date_end, precision, key, location, source_count, note in rows
    ]


def load_events(*, session: Session, ids: Sequence[str]) -> list[EventOut]:
    """Full event records for `ids`, in the order given."""
    if not ids:
        return []
    conn = session.connection()
    return [EventOut.model_validate(d) for d in event_dicts(conn, _event_rows(conn, ids))]


def get_event(*, session: Session, event_id: str) -> EventOut | None:
    found = load_events(session=session, ids=[event_id])
    return found[0] if found else None


def get_document(*, session: Session, document_id: str) -> DocumentOut | None:
    doc = session.get(Document, document_id)
    if doc is None:
        return None
    rows = session.execute(
        select(Source, col(Event.type), col(Event.date), col(Event.countries_key))
        .join(Event, col(Event.id) == col(Source.event_id))
        .where(col(Source.document_id) == document_id)
        .order_by(col(Source.start))
    )
    events = [
        DocumentEvent(
            id=s.event_id,
            type=etype,
            date=edate,
            countries=key.split(",") if key else [],
            evidence=s.evidence,
            start=s.start,
            end=s.end,
        )
        for s, etype, edate, key in rows
    ]
    return DocumentOut(
        id=doc.id,
        name=doc.name,
        sha256=doc.sha256,
        published=doc.published,
        published_surface=doc.published_surface,
        ingested_at=doc.ingested_at,
        text=doc.text,
        events=events,
    )


def counts(*, session: Session) -> tuple[int, int]:
    """Number of events and of documents (cached under the data version: after the first
    call for a version, one primary-key read)."""
    conn = session.connection()

    def compute() -> tuple[int, int]:
        n_events = conn.execute(select(func.count()).select_from(Event)).scalar_one()
        n_docs = conn.execute(select(func.count()).select_from(Document)).scalar_one()
        return int(n_events), int(n_docs)

    return cached_count(conn, "counts", compute)
