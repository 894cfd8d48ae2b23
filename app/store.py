"""Write path: store a document's events, merging reports of the same event.

Each draft either becomes a new event or a new source of a stored event of the
same type and parties (app/merge.py decides).  Removing a document removes its
sources and participants and re-derives what its events keep from the others.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import unicodedata
from collections import defaultdict
from dataclasses import asdict

from sqlalchemy import delete, func, text
from sqlmodel import Session, col, select

from app.dates import interval
from app.extract import EventDraft, Extraction
from app.merge import Reading, choose_date, choose_location, choose_status, same_event
from app.models import Document, Event, EventCountry, Participant, Source


def fold(value: str) -> str:
    """Lower-case and strip accents, for case- and accent-insensitive search."""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def event_id(doc_sha: str, draft: EventDraft) -> str:
    """Deterministic id of a new event: the same document and draft give the same id."""
    key = f"{doc_sha}|{draft.type}|{','.join(draft.countries)}|{draft.start}"
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def _reading(draft: EventDraft) -> Reading:
    return Reading(
        date=draft.date,
        date_end=draft.date_end,
        location=draft.location,
        participants=frozenset(fold(p.name) for p in draft.participants),
        status=draft.status,
    )


def _stored_readings(session: Session, event_ids: list[str]) -> dict[str, list[Reading]]:
    """Every source's reading of each event, with the participants its document names."""
    names: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for eid, doc_id, name in session.execute(
        select(Participant.event_id, Participant.document_id, Participant.name_folded).where(
            col(Participant.event_id).in_(event_ids)
        )
    ):
        names[(eid, doc_id)].add(name)
    readings: dict[str, list[Reading]] = defaultdict(list)
    for s in session.execute(select(Source).where(col(Source.event_id).in_(event_ids))).scalars():
        readings[s.event_id].append(
            Reading(
                date=s.date,
                date_end=s.date_end,
                location=s.location,
                participants=frozenset(names[(s.event_id, s.document_id)]),
                status=s.status,
            )
        )
    return readings


def _lock_dyad(session: Session, key: str) -> None:
    """On PostgreSQL, serialise merges of one type and pair across ingest processes."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": key})


def find_match(session: Session, *, doc_id: str, draft: EventDraft) -> str | None:
    """Id of the stored event this draft reports again, if any."""
    key = ",".join(draft.countries)
    _lock_dyad(session, f"{draft.type}|{key}")
    stmt = select(Event.id).where(col(Event.type) == draft.type, col(Event.countries_key) == key)
    lo, hi = interval(draft.date, draft.date_end)
    if lo and hi and draft.type != "diplomatic_relations":
        stmt = stmt.where(col(Event.date_lo) <= hi, col(Event.date_hi) >= lo)
    own = select(Source.event_id).where(col(Source.document_id) == doc_id)
    stmt = stmt.where(col(Event.id).not_in(own)).order_by(col(Event.created_at), col(Event.id))
    candidates: list[str] = list(session.execute(stmt.limit(200)).scalars())
    if not candidates:
        return None
    readings = _stored_readings(session, candidates)
    new = _reading(draft)
    lone = len(candidates) == 1
    for eid in candidates:
        if same_event(draft.type, new, readings[eid], lone_candidate=lone):
            return eid
    return None


def _participant_rows(eid: str, doc_id: str, draft: EventDraft, first: int) -> list[Participant]:
    return [
        Participant(
            event_id=eid,
            document_id=doc_id,
            position=first + i,
            name=p.name,
            name_folded=fold(p.name),
            role=p.role,
            country=p.country,
        )
        for i, p in enumerate(draft.participants)
    ]


def _source_row(eid: str, doc_id: str, draft: EventDraft) -> Source:
    return Source(
        event_id=eid,
        document_id=doc_id,
        evidence=draft.evidence,
        start=draft.start,
        end=draft.end,
        date=draft.date,
        date_end=draft.date_end,
        location=draft.location,
        status=draft.status,
    )


def _new_event(session: Session, doc: Document, draft: EventDraft, stamp: dt.datetime) -> None:
    lo, hi = interval(draft.date, draft.date_end)
    eid = event_id(doc.sha256, draft)
    why = {field: asdict(value) for field, value in draft.why.items()}
    session.add(
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
    )
    session.flush()  # the event exists before the rows that reference it
    session.add_all([EventCountry(event_id=eid, code=code) for code in draft.countries])
    session.add_all(_participant_rows(eid, doc.id, draft, 0))
    session.add(_source_row(eid, doc.id, draft))


def _add_source(session: Session, eid: str, doc: Document, draft: EventDraft) -> None:
    last = session.execute(
        select(func.coalesce(func.max(Participant.position), -1)).where(
            col(Participant.event_id) == eid
        )
    ).scalar_one()
    session.add_all(_participant_rows(eid, doc.id, draft, last + 1))
    session.add(_source_row(eid, doc.id, draft))
    session.flush()
    refresh_event(session, eid)


def refresh_event(session: Session, eid: str) -> None:
    """Re-derive an event's date, status, location and count from its sources."""
    event = session.get(Event, eid)
    if event is None:
        return
    readings = _stored_readings(session, [eid])[eid]
    if not readings:
        session.delete(event)
        return
    choice = choose_date(readings)
    lo, hi = interval(choice.date, choice.date_end)
    event.date, event.date_end, event.date_note = choice.date, choice.date_end, choice.note
    event.date_precision = {4: "year", 7: "month", 10: "day"}.get(len(choice.date or ""))
    event.date_lo, event.date_hi, event.sort_date = lo, hi, lo.isoformat() if lo else ""
    event.status = choose_status(readings)
    event.location = choose_location(readings)
    event.source_count = len(readings)
    event.updated_at = now()
    session.add(event)


def add_events(session: Session, *, doc: Document, extraction: Extraction) -> int:
    """Store each draft as a new event or a new source of a stored one; returns how many."""
    stamp = now()
    for draft in extraction.events:
        match = find_match(session, doc_id=doc.id, draft=draft)
        if match:
            _add_source(session, match, doc, draft)
        else:
            _new_event(session, doc, draft, stamp)
        session.flush()
    return len(extraction.events)


def remove_document_events(session: Session, *, document_id: str) -> None:
    """Drop the document's sources and participants; events left without a source go."""
    touched = list(
        session.execute(
            select(Source.event_id).where(col(Source.document_id) == document_id).distinct()
        ).scalars()
    )
    session.execute(delete(Source).where(col(Source.document_id) == document_id))
    session.execute(delete(Participant).where(col(Participant.document_id) == document_id))
    session.flush()
    for eid in touched:
        refresh_event(session, eid)
    session.flush()
