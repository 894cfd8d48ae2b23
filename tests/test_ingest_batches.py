"""Documents are written in batches, one transaction each: the merges are those of
one document at a time, a document the database refuses does not lose the rest of
its batch, and the parallel path stores exactly what the sequential one does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, insert, select
from sqlmodel import Session

from app import extract, ingest, store
from app.ingest import ingest_paths
from app.ingest_parallel import ingest_parallel
from app.models import Document, Event, EventCountry, Participant, Source
from tests.factories import draft, store_document
from tests.test_crash import make_corpus

RES = extract.load_resources()
TEXT = "Azerbaijan and Cambodia established diplomatic relations on February 2, 1995.\n"


def count(engine: Engine, model: type) -> int:
    with Session(engine) as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


UNSTABLE = {"id", "ingested_at", "created_at", "updated_at", "path"}  # ids: row numbers


def table_dump(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    """Every stored value but timestamps, paths and row numbers, in a fixed order."""
    dump: dict[str, list[tuple[object, ...]]] = {}
    with engine.connect() as conn:
        for table in (store.DOCUMENTS, store.EVENTS, store.COUNTRIES, store.PARTICIPANTS,
                      store.SOURCES):  # fmt: skip
            keep = [c for c in table.c if c.name not in UNSTABLE or table is store.EVENTS]
            keep = [c for c in keep if c.name not in UNSTABLE - {"id"}]
            rows = conn.execute(select(*keep)).all()
            dump[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return dump


def test_a_document_merges_with_one_stored_earlier_in_its_batch(
    engine: Engine, tmp_path: Path
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt").write_text(" date 2022-06-06\n\n" + TEXT, encoding="utf-8")
    (folder / "c.txt").write_text(TEXT, encoding="utf-8")  # a.txt's content again
    summary = ingest_paths(engine, [folder], resources=RES, max_bytes=10**6)
    assert summary.counts == {"new": 2, "unchanged": 1}
    with Session(engine) as s:
        [event] = s.execute(select(Event)).scalars()  # type: ignore[arg-type]
    assert event.source_count == 2


def test_a_refused_document_does_not_lose_its_batch(engine: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    texts = [TEXT.replace("1995", str(1990 + i)).replace("Cambodia", c)
             for i, c in enumerate(["Cambodia", "Vietnam", "Laos"])]  # fmt: skip
    for i, text in enumerate(texts):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    # The event the second document would create already exists with another type and
    # pair: its insert breaks the primary key, every time.
    prepared = ingest.prepare(folder / "1.txt", texts[1].encode(), RES)
    [taken] = prepared.extraction.events
    stamp = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    with engine.begin() as conn:
        conn.execute(
            insert(store.EVENTS).values(
                id=store.event_id(prepared.sha, taken), type="meeting", status="occurred",
                sort_date="", countries_key="FRA,DEU", source_count=1, created_at=stamp,
                updated_at=stamp,
            )
        )  # fmt: skip
    summary = ingest_paths(engine, [folder], resources=RES, max_bytes=10**6)
    assert summary.counts == {"new": 2, "failed": 1}
    [failed] = summary.failed
    assert failed.path.name == "1.txt" and "database" in (failed.error or "")
    assert count(engine, Document) == 2
    assert count(engine, Source) == 2


def test_many_drafts_in_one_document(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "DRAFTS_PER_QUERY", 7)  # several candidate queries
    pairs = [("AZE", code) for code in ("KAZ", "KHM", "UZB", "GEO", "TUR", "HUN")]
    first = [draft("mou", pair, f"201{i % 10}", start=i) for i, pair in enumerate(pairs * 5)]
    store_document(engine, "a.txt", first)
    again = [
        draft("mou", pair, f"201{i % 10}-03-0{1 + i % 9}", start=i)
        for i, pair in enumerate(pairs * 5)
    ]
    store_document(engine, "b.txt", again)
    with Session(engine) as s:
        counts = list(s.execute(select(Event.source_count)).scalars())  # type: ignore[call-overload]
    assert len(counts) == 30 and set(counts) == {2}
    assert count(engine, EventCountry) == 60 and count(engine, Participant) == 0


def test_parallel_stores_what_sequential_stores(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "news"
    make_corpus(folder, n=30)
    ingest_paths(engine, [folder], resources=RES, max_bytes=10**6)
    sequential = table_dump(engine)
    for model in (Source, Participant, Event, Document):
        with engine.begin() as conn:
            conn.execute(model.__table__.delete())  # type: ignore[attr-defined]
    monkeypatch.setattr(ingest, "BATCH_DOCUMENTS", 7)  # several batches
    summary = ingest_parallel(engine, [folder], workers=2, max_bytes=10**6)
    assert summary.counts == {"new": 30}
    assert table_dump(engine) == sequential
    again = ingest_parallel(engine, [folder], workers=2, max_bytes=10**6)
    assert again.counts == {"unchanged": 30}
