"""Counts (`total`, stats, /health) are cached under the data version: a write that
commits changes what the next request sees, on both backends, through a real server."""

from __future__ import annotations

import httpx
from sqlalchemy import Engine, text

from tests.factories import draft, store_document
from tests.server import running_server


def test_counts_follow_writes(engine: Engine, database_url: str) -> None:
    store_document(engine, "a.txt", [draft("meeting", ("AZE", "KAZ"), "2021-04-15")])
    with running_server(database_url) as base, httpx.Client(base_url=base) as api:

        def total(**params: str) -> int:
            return int(api.get("/v1/events", params=params).json()["total"])

        def years() -> dict[str, int]:
            rows = api.get("/v1/stats", params={"group_by": "year"}).json()
            return {r["key"]: r["count"] for r in rows}

        assert total(country="AZE") == 1 and total() == 1
        assert years() == {"2021": 1}
        assert api.get("/health").json()["events"] == 1
        store_document(
            engine,
            "b.txt",
            [
                draft("mou", ("AZE", "KHM"), "2014", evidence="An MoU was signed."),
                draft("visit", ("AZE", "KHM"), "2022-06-01", start=30, evidence="A visit."),
            ],
        )
        assert total(country="AZE") == 3 and total(country="KHM") == 2
        assert total(country="AZE", type="mou", date_from="2010") == 1
        assert years() == {"2021": 1, "2014": 1, "2022": 1}
        assert api.get("/health").json() == {"status": "ok", "events": 3, "documents": 2}
        with engine.begin() as conn:  # a change of date moves the event's party rows too
            conn.execute(text("UPDATE events SET sort_date = '1999-01-01', date_lo = '1999-01-01'"
                              " WHERE type = 'visit'"))  # fmt: skip
        newest = api.get("/v1/events", params={"country": "KHM"}).json()["items"]
        assert [e["type"] for e in newest] == ["mou", "visit"]
        assert total(country="KHM", date_to="2000") == 1
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM events WHERE type != 'meeting'"))
            conn.execute(text("DELETE FROM documents WHERE name = 'b.txt'"))
        assert total(country="AZE") == 1 and total(country="KHM") == 0
        assert api.get("/health").json()["documents"] == 1


def test_country_pages_visit_every_match_once(engine: Engine, database_url: str) -> None:
    dates = [f"20{10 + i % 12:02d}-0{1 + i % 9}-1{i % 10}" for i in range(30)]
    drafts = [
        draft("meeting", ("AZE", "KHM") if i % 3 else ("AZE", "KAZ", "KHM"), d, start=10 * i,
              evidence=f"Meeting {i}.")
        for i, d in enumerate(dates)
    ]  # fmt: skip
    drafts += [draft("visit", ("AZE", "KAZ"), "2015-05-05", start=900, evidence="A visit.")]
    drafts += [draft("visit", ("AZE", "KHM"), None, start=950, evidence="Undated.")]
    store_document(engine, "a.txt", drafts)
    with running_server(database_url) as base, httpx.Client(base_url=base) as api:
        for params in (
            {"country": ["AZE", "KHM"]},
            {"country": ["KHM", "KAZ"]},
            {"country": ["AZE", "KHM"], "date_from": "2012", "date_to": "2018-06"},
            {"country": ["AZE", "KHM"], "sort": "date"},
        ):
            seen: list[str] = []
            page = api.get("/v1/events", params={**params, "limit": 4}).json()
            total = page["total"]
            while True:
                seen += [e["id"] for e in page["items"]]
                for e in page["items"]:
                    assert set(params["country"]) <= set(e["countries"])
                if not page["next"]:
                    break
                page = api.get(page["next"]).json()
            assert len(seen) == len(set(seen)) == total, params
            everything = api.get("/v1/events", params={**params, "limit": 1000}).json()
            assert [e["id"] for e in everything["items"]] == seen
        assert api.get("/v1/events", params={"country": ["AZE", "KHM"]}).json()["total"] == 31
        assert api.get("/v1/events", params={"country": ["KHM", "KAZ"]}).json()["total"] == 10
