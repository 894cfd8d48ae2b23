"""Several documents reporting one event are stored as one event with many sources."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlmodel import Session

from app import extract
from app.db import session_scope
from app.extract.types import ParticipantDraft
from app.ingest import forget_paths, ingest_paths
from app.models import Document, Event, EventCountry, Participant, Source
from app.queries import get_event
from app.store import remove_document_events
from tests.factories import draft, store_document


def events(engine: Engine) -> list[Event]:
    with Session(engine) as s:
        return list(s.execute(select(Event).order_by(Event.created_at)).scalars())  # type: ignore[arg-type]


def count(engine: Engine, model: type) -> int:
    with Session(engine) as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def test_relations_reported_three_ways_are_one_event(engine: Engine) -> None:
    store_document(engine, "a.txt", [draft("diplomatic_relations", ("AZE", "KHM"), None)])
    first = events(engine)[0].id
    store_document(engine, "b.txt", [draft("diplomatic_relations", ("AZE", "KHM"), "1994")])
    store_document(engine, "c.txt", [draft("diplomatic_relations", ("AZE", "KHM"), "1995-02-02")])
    [event] = events(engine)
    assert event.id == first  # adding sources never changes the id
    assert event.source_count == 3
    assert event.date == "1995-02-02"
    assert event.date_note and "1994" in event.date_note
    with Session(engine) as s:
        out = get_event(session=s, event_id=event.id)
    assert out is not None
    assert sorted(src.date or "" for src in out.sources) == ["", "1994", "1995-02-02"]
    assert out.date_note == event.date_note


def test_year_and_day_reports_merge_to_the_day(engine: Engine) -> None:
    store_document(engine, "a.txt", [draft("mou", ("AZE", "KHM"), "2014")])
    store_document(engine, "b.txt", [draft("mou", ("AZE", "KHM"), "2014-04-24")])
    [event] = events(engine)
    assert (event.date, event.date_precision, event.date_note) == ("2014-04-24", "day", None)


def test_near_misses_stay_apart(engine: Engine) -> None:
    store_document(engine, "a.txt", [draft("meeting", ("AZE", "KAZ"), "2021-04-15")])
    store_document(
        engine,
        "b.txt",
        [
            draft("meeting", ("AZE", "KAZ"), "2021-06-14"),  # another day
            draft("visit", ("AZE", "KAZ"), "2021-04-15", start=20),  # another type
            draft("meeting", ("AZE", "RUS"), "2021-04-15", start=40),  # other parties
            draft("meeting", ("AZE", "KAZ"), None, start=60),  # undated
        ],
    )
    assert len(events(engine)) == 5


def test_one_document_reporting_two_events_keeps_both(engine: Engine) -> None:
    store_document(
        engine,
        "a.txt",
        [
            draft("meeting", ("AZE", "KAZ"), "2021", start=0),
            draft("meeting", ("AZE", "KAZ"), "2021", start=30),
        ],
    )
    store_document(engine, "b.txt", [draft("meeting", ("AZE", "KAZ"), "2021-04-15")])
    assert sorted(e.source_count for e in events(engine)) == [1, 2]


def test_participants_that_contradict_keep_events_apart(engine: Engine) -> None:
    a = ParticipantDraft("Sahiba Gafarova", None, "AZE")
    b = ParticipantDraft("Adil Aliyev", None, "AZE")
    store_document(engine, "a.txt", [draft("meeting", ("AZE", "KAZ"), "2021-04-15", people=(a,))])
    store_document(engine, "b.txt", [draft("meeting", ("AZE", "KAZ"), "2021-04-15", people=(b,))])
    store_document(engine, "c.txt", [draft("meeting", ("AZE", "KAZ"), "2021-04-15", people=(a, b))])
    assert [e.source_count for e in events(engine)] == [2, 1]


def test_removing_a_source_rederives_and_the_last_removes(engine: Engine) -> None:
    doc_a = store_document(engine, "a.txt", [draft("mou", ("AZE", "KHM"), "2014")])
    doc_b = store_document(engine, "b.txt", [draft("mou", ("AZE", "KHM"), "2014-04-24")])
    with session_scope(engine) as s:
        remove_document_events(s, document_id=doc_b)
    [event] = events(engine)
    assert (event.date, event.source_count) == ("2014", 1)
    with session_scope(engine) as s:
        remove_document_events(s, document_id=doc_a)
    assert events(engine) == []
    for model in (EventCountry, Participant, Source):
        assert count(engine, model) == 0


def test_reingest_changed_and_forget(engine: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    text = "Azerbaijan and Cambodia established diplomatic relations on February 2, 1995.\n"
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b.txt").write_text(" date 2022-06-06\n\n" + text, encoding="utf-8")
    res = extract.load_resources()
    ingest_paths(engine, [folder], resources=res, max_bytes=10**6)
    before = events(engine)
    (folder / "b.txt").write_text("Nothing diplomatic happened.\n", encoding="utf-8")
    ingest_paths(engine, [folder], resources=res, max_bytes=10**6)
    after = events(engine)
    assert [e.id for e in after] == [e.id for e in before][: len(after)]
    assert all(e.source_count == 1 for e in after)
    assert forget_paths(engine, [folder]) and count(engine, Document) == 0
    for model in (Event, EventCountry, Participant, Source):
        assert count(engine, model) == 0
