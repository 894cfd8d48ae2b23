"""Write path: store a document and its extracted events, or remove them."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import unicodedata
from dataclasses import asdict

from sqlalchemy import delete, func, select, update
from sqlmodel import Session, col

from app.dates import interval
from app.extract import EventDraft, Extraction
from app.models import Document, Event, EventCountry, Participant, Source


def fold(text: str) -> str:
    """Lower-case and strip accents, for case- and accent-insensitive search."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def event_id(doc_sha: str, draft: EventDraft) -> str:
    """Deterministic id: the same document and draft always give the same id."""
    key = f"{doc_sha}|{draft.type}|{','.join(draft.countries)}|{draft.start}"
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def _event_rows(doc: Document, draft: EventDraft, stamp: dt.datetime) -> list[object]:
    lo, hi = interval(draft.date, draft.date_end)
    eid = event_id(doc.sha256, draft)
    why = {field: asdict(value) for field, value in draft.why.items()}
    rows: list[object] = [
        Event(
            id=eid,
            type=draft.type,
            status=draft.status,
            date=draft.date,
            date_end=draft.date_end,
            date_precision=draft.date_precision,
            date_lo=lo,
            date_hi=hi,
            sort_date=lo.isoformat() if lo else "",
            location=draft.location,
            countries_key=",".join(draft.countries),
            source_count=1,
            why=json.dumps(why, ensure_ascii=False) if why else None,
            created_at=stamp,
            updated_at=stamp,
        )
    ]
    rows += [EventCountry(event_id=eid, code=code) for code in draft.countries]
    rows += [
        Participant(
            event_id=eid,
            position=i,
            name=p.name,
            name_folded=fold(p.name),
            role=p.role,
            country=p.country,
        )
        for i, p in enumerate(draft.participants)
    ]
    rows.append(
        Source(
            event_id=eid,
            document_id=doc.id,
            evidence=draft.evidence,
            start=draft.start,
            end=draft.end,
            date=draft.date,
            date_end=draft.date_end,
        )
    )
    return rows


def add_events(session: Session, *, doc: Document, extraction: Extraction) -> int:
    """Store one event per draft, each with its source in `doc`; returns how many."""
    stamp = now()
    for draft in extraction.events:
        # Events must exist before the rows that reference them (foreign keys).
        first, *rest = _event_rows(doc, draft, stamp)
        session.add(first)
        session.flush()
        session.add_all(rest)
    session.flush()
    return len(extraction.events)


def remove_document_events(session: Session, *, document_id: str) -> None:
    """Drop the document's sources, and the events left with no source at all."""
    event_ids = select(col(Source.event_id)).where(col(Source.document_id) == document_id)
    touched = list(session.execute(event_ids).scalars())
    session.execute(delete(Source).where(col(Source.document_id) == document_id))
    if not touched:
        return
    remaining = (
        select(func.count())
        .select_from(Source)
        .where(col(Source.event_id) == col(Event.id))
        .scalar_subquery()
    )
    session.execute(delete(Event).where(col(Event.id).in_(touched), remaining == 0))
    session.execute(update(Event).where(col(Event.id).in_(touched)).values(source_count=remaining))
