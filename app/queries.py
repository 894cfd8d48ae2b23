"""Every read of the data layer: shared by the API and the CLI."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlmodel import Session, col

from app.models import Document, Event, EventCountry, Participant, Source
from app.schemas import (
    DocumentEvent,
    DocumentOut,
    EventOut,
    ParticipantOut,
    SourceOut,
)
from app.search import evidence_matches


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
    stmt: Select[str, str], filters: EventFilters, dialect: str = "sqlite"
) -> Select[str, str]:
    stmt = _filtered_text(stmt, filters, dialect)
    for code in filters.countries:
        stmt = stmt.where(
            exists().where(
                col(EventCountry.event_id) == col(Event.id), col(EventCountry.code) == code
            )
        )
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


def _filtered_text(stmt: Select[str, str], filters: EventFilters, dialect: str) -> Select[str, str]:
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


def _after(cursor: Cursor, newest_first: bool) -> ColumnElement[bool]:
    """Rows after the cursor in the page order (undated events always come last)."""
    sort, eid = col(Event.sort_date), col(Event.id)
    same = and_(sort == cursor.sort_date, eid > cursor.id)
    if newest_first:
        return or_(sort < cursor.sort_date, same)
    if cursor.sort_date == "":
        return same
    return or_(and_(sort > cursor.sort_date), same, sort == "")


def event_keys(
    *,
    session: Session,
    filters: EventFilters,
    limit: int,
    cursor: Cursor | None = None,
    newest_first: bool = True,
) -> list[tuple[str, str]]:
    """(sort_date, id) of the next `limit` events in page order."""
    stmt = _filtered(select(col(Event.sort_date), col(Event.id)), filters, _dialect(session))
    if cursor:
        stmt = stmt.where(_after(cursor, newest_first))
    order: list[Any]
    if newest_first:
        order = [col(Event.sort_date).desc(), col(Event.id)]
    else:
        order = [col(Event.sort_date) == "", col(Event.sort_date), col(Event.id)]
    rows = session.execute(stmt.order_by(*order).limit(limit))
    return [(r[0], r[1]) for r in rows]


def count_events(*, session: Session, filters: EventFilters) -> int:
    base = _filtered(select(col(Event.id)), filters, _dialect(session))  # type: ignore[arg-type]
    return int(session.execute(select(func.count()).select_from(base.subquery())).scalar_one())


def event_page(
    *,
    session: Session,
    filters: EventFilters,
    limit: int,
    cursor: Cursor | None = None,
    newest_first: bool = True,
) -> tuple[list[EventOut], int, Cursor | None]:
    """One page of events (newest first by default; undated last, then by id), the
    total and the cursor of the next page."""
    total = count_events(session=session, filters=filters)
    keys = event_keys(
        session=session, filters=filters, limit=limit + 1, cursor=cursor, newest_first=newest_first
    )
    more = len(keys) > limit
    keys = keys[:limit]
    items = load_events(session=session, ids=[k[1] for k in keys])
    next_cursor = Cursor(keys[-1][0], keys[-1][1]) if more and keys else None
    return items, total, next_cursor


def iter_events(
    *,
    session: Session,
    filters: EventFilters,
    newest_first: bool = True,
    batch: int = 500,
    cap: int | None = None,
) -> Iterator[EventOut]:
    """Every matching event in page order, read in keyset batches (constant memory)."""
    cursor: Cursor | None = None
    sent = 0
    while True:
        keys = event_keys(
            session=session, filters=filters, limit=batch, cursor=cursor, newest_first=newest_first
        )
        if not keys:
            return
        for event in load_events(session=session, ids=[k[1] for k in keys]):
            if cap is not None and sent >= cap:
                return
            sent += 1
            yield event
        cursor = Cursor(*keys[-1])


def load_events(*, session: Session, ids: Sequence[str]) -> list[EventOut]:
    """Full event records for `ids`, in the order given."""
    if not ids:
        return []
    events = {
        e.id: e for e in session.execute(select(Event).where(col(Event.id).in_(ids))).scalars()
    }
    countries: dict[str, list[str]] = defaultdict(list)
    for eid, code in session.execute(
        select(col(EventCountry.event_id), col(EventCountry.code))
        .where(col(EventCountry.event_id).in_(ids))
        .order_by(col(EventCountry.code))
    ):
        countries[eid].append(code)
    people: dict[str, list[ParticipantOut]] = defaultdict(list)
    named: set[tuple[str, str]] = set()  # several sources may name the same person
    for p in session.execute(
        select(Participant)
        .where(col(Participant.event_id).in_(ids))
        .order_by(col(Participant.position))
    ).scalars():
        if (p.event_id, p.name_folded) in named:
            continue
        named.add((p.event_id, p.name_folded))
        people[p.event_id].append(ParticipantOut(name=p.name, role=p.role, country=p.country))
    sources: dict[str, list[SourceOut]] = defaultdict(list)
    for s, name in session.execute(
        select(Source, col(Document.name))
        .join(Document, col(Document.id) == col(Source.document_id))
        .where(col(Source.event_id).in_(ids))
        .order_by(col(Source.id))
    ):
        sources[s.event_id].append(
            SourceOut(
                document=name,
                document_id=s.document_id,
                evidence=s.evidence,
                start=s.start,
                end=s.end,
                date=s.date,
                date_end=s.date_end,
            )
        )
    return [
        EventOut(
            id=e.id,
            type=e.type,
            status=e.status,
            date=e.date,
            date_end=e.date_end,
            date_precision=e.date_precision,
            countries=countries[e.id],
            location=e.location,
            participants=people[e.id],
            sources=sources[e.id],
            source_count=e.source_count,
            date_note=e.date_note,
        )
        for e in (events[i] for i in ids if i in events)
    ]


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
    """Number of events and of documents."""
    n_events = session.execute(select(func.count()).select_from(Event)).scalar_one()
    n_docs = session.execute(select(func.count()).select_from(Document)).scalar_one()
    return n_events, n_docs
