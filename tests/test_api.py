"""The /v1 API through a real uvicorn server over a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from app import db
from app.extract.types import ParticipantDraft
from tests.conftest import BACKENDS, new_database_url
from tests.factories import draft, store_document
from tests.server import running_server

GAFAROVA = ParticipantDraft("Sahiba Gafarova", "Chair of the Milli Majlis", "AZE")


@pytest.fixture(scope="module", params=BACKENDS)
def api(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[httpx.Client]:
    """One server for the module: these tests only read."""
    database_url = new_database_url(request.param, request, tmp_path_factory.mktemp("api"))
    engine = db.get_engine(database_url)
    db.upgrade(engine)
    text = "Azerbaijan and Cambodia established diplomatic relations on February 2, 1995."
    store_document(
        engine,
        "a.txt",
        [
            draft(
                "meeting",
                ("AZE", "KAZ"),
                "2021-04-15",
                location="Russian Federation",
                people=(GAFAROVA,),
            ),
            draft(
                "visit", ("AZE", "KHM"), "2014-04-23", "2014-04-24", start=40, location="Azerbaijan"
            ),
            draft("mou", ("AZE", "KHM"), "2014", start=80),
            draft("diplomatic_relations", ("AZE", "KHM"), "1995-02-02", start=120, evidence=text),
            draft("mou", ("AZE", "KHM"), None, start=200),
            draft("meeting", ("AZE", "KHM"), "2018-04", start=240),
        ],
    )
    with running_server(database_url) as base, httpx.Client(base_url=base) as client:
        yield client


def test_events_contract_shape(api: httpx.Client) -> None:
    body = api.get("/v1/events").json()
    assert body["total"] == 6
    assert body["next"] is None
    first = body["items"][0]
    assert set(first) >= {
        "id",
        "type",
        "status",
        "date",
        "date_end",
        "date_precision",
        "countries",
        "location",
        "participants",
        "sources",
    }
    assert first["date"] == "2021-04-15"
    assert first["participants"] == [
        {"name": "Sahiba Gafarova", "role": "Chair of the Milli Majlis", "country": "AZE"}
    ]
    source = first["sources"][0]
    assert set(source) >= {"document", "document_id", "evidence", "start", "end"}
    assert source["document"] == "a.txt"


def test_sorted_newest_first_undated_last(api: httpx.Client) -> None:
    dates = [e["date"] for e in api.get("/v1/events").json()["items"]]
    assert dates == ["2021-04-15", "2018-04", "2014-04-23", "2014", "1995-02-02", None]


def test_country_filters_are_all_parties(api: httpx.Client) -> None:
    assert api.get("/v1/events", params={"country": "KAZ"}).json()["total"] == 1
    both = api.get("/v1/events", params=[("country", "AZE"), ("country", "KHM")]).json()
    assert both["total"] == 5
    none = api.get("/v1/events", params=[("country", "KAZ"), ("country", "KHM")]).json()
    assert none["total"] == 0


def test_type_filter_repeatable(api: httpx.Client) -> None:
    body = api.get("/v1/events", params=[("type", "mou"), ("type", "visit")]).json()
    assert sorted(e["type"] for e in body["items"]) == ["mou", "mou", "visit"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"date_from": "2014"}, 4),  # 2021-04-15, 2018-04, 2014-04-23..24, 2014
        ({"date_from": "2014-05"}, 3),  # the year-precision MoU overlaps May 2014
        ({"date_to": "2014-04-23"}, 3),  # visit starts that day, the 2014 MoU overlaps, 1995
        ({"date_from": "2014-04-24", "date_to": "2014-04-24"}, 2),
        ({"date_from": "2018-04-09", "date_to": "2018-04-09"}, 1),
    ],
)
def test_date_range_overlap(api: httpx.Client, params: dict[str, str], expected: int) -> None:
    assert api.get("/v1/events", params=params).json()["total"] == expected


def test_paging_with_cursor_visits_every_event_once(api: httpx.Client) -> None:
    seen: list[str] = []
    path: str | None = "/v1/events?limit=2"
    pages = 0
    while path:
        body = api.get(path).json()
        assert body["total"] == 6
        seen += [e["id"] for e in body["items"]]
        path = body["next"]
        pages += 1
    assert pages == 3
    assert len(seen) == len(set(seen)) == 6


def test_event_and_document_by_id(api: httpx.Client) -> None:
    event = api.get("/v1/events", params={"type": "diplomatic_relations"}).json()["items"][0]
    assert api.get(f"/v1/events/{event['id']}").json() == event
    doc_id = event["sources"][0]["document_id"]
    doc = api.get(f"/v1/documents/{doc_id}").json()
    assert doc["name"] == "a.txt"
    assert {e["id"] for e in doc["events"]} >= {event["id"]}


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"date_from": "2014-13"}, "date_from"),
        ({"date_to": "yesterday"}, "date_to"),
        ({"limit": "0"}, "limit"),
        ({"limit": "1001"}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"type": "war"}, "type"),
        ({"country": "Atlantis"}, "country"),
        ({"cursor": "not-a-cursor"}, "cursor"),
    ],
)
def test_malformed_parameter_is_422_naming_it(
    api: httpx.Client, params: dict[str, str], parameter: str
) -> None:
    resp = api.get("/v1/events", params=params)
    assert resp.status_code == 422
    error = resp.json()["error"]
    assert error["parameter"] == parameter
    assert parameter in error["message"]


@pytest.mark.parametrize("path", ["/v1/events/nope", "/v1/documents/nope", "/v1/nothing"])
def test_unknown_is_404_json(api: httpx.Client, path: str) -> None:
    resp = api.get(path)
    assert resp.status_code == 404
    assert resp.json()["error"]["status"] == 404


def test_health(api: httpx.Client) -> None:
    assert api.get("/health").json() == {"status": "ok", "events": 6, "documents": 1}


def test_docs_assets_served_locally(api: httpx.Client) -> None:
    docs = api.get("/docs").text
    assert "/static/swagger/swagger-ui-bundle.js" in docs
    assert "cdn" not in docs.lower()
    assert api.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    redoc = api.get("/redoc").text
    assert "/static/redoc/redoc.standalone.js" in redoc
    assert api.get("/static/redoc/redoc.standalone.js").status_code == 200
    spec = api.get("/openapi.json").json()
    params = {p["name"] for p in spec["paths"]["/v1/events"]["get"]["parameters"]}
    assert params >= {"country", "type", "date_from", "date_to", "limit", "cursor"}
