"""Write path: store a document's events, merging reports of the same event.

Each draft either becomes a new event or a new source of a stored event of the
same type and parties (app/merge.py decides).  Removing a document removes its
sources and participants and re-derives what its events keep from the others.

SQLAlchemy Core over the caller's connection (or the session's): per document one
query finds every draft's merge candidates (through `ix_events_type_countries`),
at most two more read what those candidates' sources say, and each table gets one
multi-row INSERT. Nothing is kept between documents.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from functools import lru_cache
from typing import Any, Protocol

from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    Integer,
    Table,
    bindparam,
    column,
    delete,
    select,
    text,
    update,
)
from sqlalchemy.sql.selectable import TextualSelect
from sqlmodel import Session, SQLModel

from app.dates import interval, precision_of
from app.extract import EventDraft, Extraction
from app.merge import Reading, choose_date, choose_location, choose_status, same_event
from app.models import Document, Event, EventCountry, Participant, Source

_TABLES = SQLModel.metadata.tables  # the models below registered their tables there
DOCUMENTS: Table = _TABLES[str(Document.__tablename__)]
EVENTS: Table = _TABLES[str(Event.__tablename__)]
COUNTRIES: Table = _TABLES[str(EventCountry.__tablename__)]
PARTICIPANTS: Table = _TABLES[str(Participant.__tablename__)]
SOURCES: Table = _TABLES[str(Source.__tablename__)]

CANDIDATES = 200  # stored events of one type and pair a draft is compared with, oldest first


class DocumentKey(Protocol):
    """What the write path needs of a document: its id and the sha256 of its content."""

    @property
    def id(self) -> str: ...

    @property
    def sha256(self) -> str: ...


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


def connection_of(db: Session | Connection) -> Connection:
    """The connection to write through; a session's pending ORM objects are flushed first."""
    if isinstance(db, Session):
        db.flush()
        return db.connection()
    return db


def _reading(draft: EventDraft) -> Reading:
    return Reading(
        date=draft.date,
        date_end=draft.date_end,
        location=draft.location,
        participants=frozenset(fold(p.name) for p in draft.participants),
        status=draft.status,
    )


@dataclass
class StoredReadings:
    """Every source's reading of some events (in source order), and the last participant
    position each event uses."""

    readings: dict[str, list[Reading]] = field(default_factory=lambda: defaultdict(list))
    last_position: dict[str, int] = field(default_factory=dict)


def stored_readings(conn: Connection, event_ids: Iterable[str]) -> StoredReadings:
    """Every source's reading of each event, with the participants its document names."""
    ids = sorted(set(event_ids))
    out = StoredReadings()
    if not ids:
        return out
    p = PARTICIPANTS.c
    names: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for eid, doc_id, name, position in conn.execute(
        select(p.event_id, p.document_id, p.name_folded, p.position).where(p.event_id.in_(ids))
    ):
        names[(eid, doc_id)].add(name)
        out.last_position[eid] = max(out.last_position.get(eid, -1), position)
    s = SOURCES.c
    rows = conn.execute(
        select(s.id, s.event_id, s.document_id, s.date, s.date_end, s.location, s.status).where(
            s.event_id.in_(ids)
        )
    ).all()
    for _id, eid, doc_id, date, date_end, location, status in sorted(rows, key=lambda r: r[0]):
        out.readings[eid].append(
            Reading(
                date=date,
                date_end=date_end,
                location=location,
                participants=frozenset(names[(eid, doc_id)]),
                status=status,
            )
        )
    return out


def _lock_dyads(conn: Connection, keys: Iterable[str]) -> None:
    """On PostgreSQL, serialise merges of one type and pair across ingest processes
    (taken in sorted order, so two writers never wait for each other in a cycle)."""
    if conn.dialect.name == "postgresql":
        for key in sorted(set(keys)):
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": key})


@lru_cache(maxsize=256)
def _candidate_statement(dated: tuple[bool, ...]) -> TextualSelect:
    """One statement for a document's drafts (`dated` says which filter on dates): per
    draft `i`, the oldest stored events of its type and pair whose dates overlap, that
    this document does not already report. Built once per shape; through
    `ix_events_type_countries`."""
    parts = []
    for i, has_dates in enumerate(dated):
        where = f"type = :t{i} AND countries_key = :k{i}"
        if has_dates:
            where += f" AND date_lo <= :hi{i} AND date_hi >= :lo{i}"
        parts.append(
            f"SELECT {i} AS q, c{i}.id, c{i}.created_at FROM (SELECT id, created_at"
            f" FROM events WHERE {where} AND id NOT IN (SELECT event_id FROM sources"
            " WHERE document_id = :doc) ORDER BY created_at, id LIMIT :n)"
            f" AS c{i}"
        )
    dates = [
        bindparam(f"{side}{i}", type_=Date)
        for i, has_dates in enumerate(dated)
        if has_dates
        for side in ("lo", "hi")
    ]
    stmt = (
        text(" UNION ALL ".join(parts))
        .bindparams(*dates)
        .columns(column("q", Integer), column("id"), column("created_at", DateTime))
    )
    return stmt


DRAFTS_PER_QUERY = 50  # well under SQLite's 500 terms of a compound SELECT


def _candidates(conn: Connection, doc_id: str, drafts: Sequence[EventDraft]) -> list[list[str]]:
    """Each draft's candidate event ids, oldest first (as stored before this document):
    one query per document (per 50 drafts)."""
    # A draft that merges takes its event away from the later drafts: fetch enough that
    # CANDIDATES remain for each.
    limit = CANDIDATES + len(drafts)
    found: list[list[tuple[dt.datetime, str]]] = [[] for _ in drafts]
    for first in range(0, len(drafts), DRAFTS_PER_QUERY):
        group = drafts[first : first + DRAFTS_PER_QUERY]
        params: dict[str, Any] = {"doc": doc_id, "n": limit}
        dated: list[bool] = []
        for i, draft in enumerate(group):
            params[f"t{i}"], params[f"k{i}"] = draft.type, ",".join(draft.countries)
            lo, hi = interval(draft.date, draft.date_end)
            has_dates = bool(lo and hi and draft.type != "diplomatic_relations")
            if has_dates:
                params[f"lo{i}"], params[f"hi{i}"] = lo, hi
            dated.append(has_dates)
        for q, eid, created_at in conn.execute(_candidate_statement(tuple(dated)), params):
            found[first + q].append((created_at, eid))
    return [[eid for _, eid in sorted(rows)] for rows in found]


def _participant_rows(eid: str, doc_id: str, draft: EventDraft, first: int) -> list[dict[str, Any]]:
    return [
        {
            "event_id": eid,
            "document_id": doc_id,
            "position": first + i,
            "name": p.name,
            "name_folded": fold(p.name),
            "role": p.role,
            "country": p.country,
        }
        for i, p in enumerate(draft.participants)
    ]


def _source_row(eid: str, doc_id: str, draft: EventDraft) -> dict[str, Any]:
    return {
        "event_id": eid,
        "document_id": doc_id,
        "evidence": draft.evidence,
        "start": draft.start,
        "end": draft.end,
        "date": draft.date,
        "date_end": draft.date_end,
        "location": draft.location,
        "status": draft.status,
    }


def _event_row(eid: str, draft: EventDraft, stamp: dt.datetime) -> dict[str, Any]:
    lo, hi = interval(draft.date, draft.date_end)
    return {
        "id": eid,
        "type": draft.type,
        "status": draft.status,
        "date": draft.date,
        "date_end": draft.date_end,
        "date_precision": draft.date_precision,
        "date_lo": lo,
        "date_hi": hi,
        "sort_date": lo.isoformat() if lo else "",
        "location": draft.location,
        "date_note": None,
        "countries_key": ",".join(draft.countries),
        "source_count": 1,
        "why": _why_json(draft),
        "created_at": stamp,
        "updated_at": stamp,
    }


def derived(eid: str, readings: Sequence[Reading], stamp: dt.datetime) -> dict[str, Any]:
    """An event's date, status, location and count, re-derived from its sources' readings."""
    choice = choose_date(readings)
    lo, hi = interval(choice.date, choice.date_end)
    return {
        "b_id": eid,
        "date": choice.date,
        "date_end": choice.date_end,
        "date_note": choice.note,
        "date_precision": precision_of(choice.date),
        "date_lo": lo,
        "date_hi": hi,
        "sort_date": lo.isoformat() if lo else "",
        "status": choose_status(readings),
        "location": choose_location(readings),
        "source_count": len(readings),
        "updated_at": stamp,
    }


_REFRESH = (
    update(EVENTS)
    .where(EVENTS.c.id == bindparam("b_id"))
    .values(
        {
            name: bindparam(name)
            for name in (
                "date",
                "date_end",
                "date_note",
                "date_precision",
                "date_lo",
                "date_hi",
                "sort_date",
                "status",
                "location",
                "source_count",
                "updated_at",
            )
        }
    )
)


def _why_json(draft: EventDraft) -> str | None:
    if not draft.why:
        return None
    why = {}
    for name, value in draft.why.items():
        shallow = {f.name: getattr(value, f.name) for f in fields(value)}
        plain = all(v is None or isinstance(v, str | int | float | bool) for v in shallow.values())
        why[name] = shallow if plain else asdict(value)
    return json.dumps(why, ensure_ascii=False)


class EventWriter:
    """Stores the documents and events of one transaction with few statements.

    Rows are kept until `flush()` and then written with one multi-row INSERT per table.
    A merge look-up must see every earlier draft, so a document whose type and pair
    has rows still pending flushes them first; documents about other pairs (most of a
    batch) only cost their one candidate query. Nothing is kept after a flush."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.documents: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.countries: list[dict[str, Any]] = []
        self.participants: list[dict[str, Any]] = []
        self.sources: list[dict[str, Any]] = []
        self.refreshed: list[dict[str, Any]] = []
        self.dirty: set[str] = set()  # "type|pair" keys with rows not yet written

    def add_document(self, row: dict[str, Any]) -> None:
        self.documents.append(row)

    def flush(self) -> None:
        for table, rows in (
            (DOCUMENTS, self.documents),
            (EVENTS, self.events),
            (COUNTRIES, self.countries),
            (PARTICIPANTS, self.participants),
            (SOURCES, self.sources),
        ):
            if rows:
                self.conn.execute(table.insert(), rows)
                rows.clear()
        if self.refreshed:
            self.conn.execute(_REFRESH, self.refreshed)
            self.refreshed.clear()
        self.dirty.clear()

    def add_events(self, doc: DocumentKey, extraction: Extraction) -> int:
        """Store each draft as a new event or a new source of a stored one; returns how
        many. Drafts are decided in order, as if stored one by one: a draft never merges
        with an event this document already reports (one it created or joined)."""
        drafts = extraction.events
        if not drafts:
            return 0
        keys = {f"{d.type}|{','.join(d.countries)}" for d in drafts}
        if keys & self.dirty:
            self.flush()
        conn = self.conn
        stamp = now()
        _lock_dyads(conn, keys)
        candidates = _candidates(conn, doc.id, drafts)
        stored = stored_readings(conn, (eid for ids in candidates for eid in ids))
        joined: set[str] = set()
        for draft, found in zip(drafts, candidates, strict=True):
            ids = [eid for eid in found if eid not in joined][:CANDIDATES]
            new = _reading(draft)
            lone = len(ids) == 1
            match = next(
                (
                    eid
                    for eid in ids
                    if same_event(draft.type, new, stored.readings[eid], lone_candidate=lone)
                ),
                None,
            )
            if match:
                joined.add(match)
                first = stored.last_position.get(match, -1) + 1
                self.participants += _participant_rows(match, doc.id, draft, first)
                self.refreshed.append(derived(match, [*stored.readings[match], new], now()))
                self.sources.append(_source_row(match, doc.id, draft))
            else:
                eid = event_id(doc.sha256, draft)
                self.events.append(_event_row(eid, draft, stamp))
                self.countries += [{"event_id": eid, "code": code} for code in draft.countries]
                self.participants += _participant_rows(eid, doc.id, draft, 0)
                self.sources.append(_source_row(eid, doc.id, draft))
        self.dirty |= keys
        return len(drafts)


def add_events(db: Session | Connection, *, doc: DocumentKey, extraction: Extraction) -> int:
    """Store one document's drafts (the document row exists); returns how many."""
    writer = EventWriter(connection_of(db))
    count = writer.add_events(doc, extraction)
    writer.flush()
    return count


def refresh_events(conn: Connection, event_ids: Iterable[str]) -> None:
    """Re-derive the events' date, status, location and count from their sources; an
    event left without a source is deleted (its countries and participants cascade)."""
    ids = sorted(set(event_ids))
    if not ids:
        return
    stored = stored_readings(conn, ids)
    stamp = now()
    gone = [eid for eid in ids if not stored.readings[eid]]
    kept = [derived(eid, stored.readings[eid], stamp) for eid in ids if stored.readings[eid]]
    if gone:
        conn.execute(delete(EVENTS).where(EVENTS.c.id.in_(gone)))
    if kept:
        conn.execute(_REFRESH, kept)


def refresh_event(db: Session | Connection, eid: str) -> None:
    """Re-derive one event from its sources (deleted when none is left)."""
    refresh_events(connection_of(db), [eid])


def remove_document_events(db: Session | Connection, *, document_id: str) -> None:
    """Drop the document's sources and participants; events left without a source go."""
    conn = connection_of(db)
    touched = list(
        conn.execute(
            select(SOURCES.c.event_id).where(SOURCES.c.document_id == document_id).distinct()
        ).scalars()
    )
    conn.execute(delete(SOURCES).where(SOURCES.c.document_id == document_id))
    conn.execute(delete(PARTICIPANTS).where(PARTICIPANTS.c.document_id == document_id))
    refresh_events(conn, touched)
