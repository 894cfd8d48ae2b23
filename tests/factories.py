"""Hand-built documents and drafts, stored without the extractor."""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import Engine

from app.db import session_scope
from app.extract.types import EventDraft, EventType, Extraction, ParticipantDraft
from app.models import Document
from app.store import add_events, now


def draft(
    type: EventType = "meeting",
    countries: tuple[str, ...] = ("AZE", "KAZ"),
    date: str | None = "2021-04-15",
    date_end: str | None = None,
    *,
    status: str = "occurred",
    location: str | None = None,
    people: tuple[ParticipantDraft, ...] = (),
    start: int = 0,
    evidence: str = "They met.",
) -> EventDraft:
    precision = {4: "year", 7: "month", 10: "day"}.get(len(date or ""))
    return EventDraft(
        type=type,
        countries=tuple(sorted(countries)),
        date=date,
        date_end=date_end,
        date_precision=precision,  # type: ignore[arg-type]  # test data, checked by the table
        status=status,  # type: ignore[arg-type]
        location=location,
        participants=people,
        evidence=evidence,
        start=start,
        end=start + len(evidence),
    )


def store_document(
    engine: Engine, name: str, drafts: list[EventDraft], published: dt.date | None = None
) -> str:
    """Store a document whose text is the drafts' evidence; returns its id."""
    text = " ".join(d.evidence for d in drafts) or name
    sha = hashlib.sha256(f"{name}|{text}".encode()).hexdigest()
    with session_scope(engine) as session:
        doc = Document(
            id=sha[:16],
            name=name,
            path=f"/fixtures/{name}",
            sha256=sha,
            text=text,
            published=published,
            ingested_at=now(),
        )
        session.add(doc)
        session.flush()
        add_events(session, doc=doc, extraction=Extraction(published=None, events=tuple(drafts)))
    return doc.id
