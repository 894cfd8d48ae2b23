"""The query API through a real server: every filter, sort, exports, counts, countries,
documents, ETags and gzip."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator

import httpx
import pytest

from app import db
from app.extract.types import ParticipantDraft
from tests.conftest import BACKENDS, new_database_url
from tests.factories import draft, store_document
from tests.server import running_server

GAFAROVA = ParticipantDraft("Sahiba Gafarova", "Chair of the Milli Majlis", "AZE")
SZIJJARTO = ParticipantDraft("Péter Szijjártó", "Minister of Foreign Affairs", "HUN")


@pytest.fixture(scope="module", params=BACKENDS)
def api(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[httpx.Client]:
    url = new_database_url(request.param, request, tmp_path_factory.mktemp("query"))
    engine = db.get_engine(url)
    db.upgrade(engine)
    store_document(
        engine,
        "a.txt",
        [
            draft(
                "meeting",
                ("AZE", "KAZ"),
                "2021-04-15",
                location="Moscow",
                people=(GAFAROVA,),
                evidence="Gafarova met Ashimbayev in Moscow.",
            ),
            draft(
                "mou",
                ("AZE", "KHM"),
                "2014",
                start=40,
                evidence="An MoU on consultations was signed.",
            ),
            draft(
                "visit",
                ("AZE", "HUN"),
                "2024-01-17",
                start=80,
                location="Baku",
                people=(SZIJJARTO,),
                evidence="Szijjártó paid a visit to Baku.",
            ),
            draft(
                "visa_agreement",
                ("AZE", "KHM"),
                "2022-06-01",
                start=120,
                location="Baku",
                evidence="They inked an agreement on visa exemption.",
            ),
            draft(
                "visit",
                ("ETH", "KEN"),
                "2022-11",
                start=160,
                status="planned",
                evidence="Ruto will travel to Addis Ababa next week.",
            ),
            draft(
                "meeting",
                ("AZE", "KAZ"),
                None,
                start=200,
                location="online",
                evidence="The friendship groups met online.",
            ),
        ],
        published=dt.date(2024, 1, 18),
    )
    store_document(
        engine,
        "b.txt",
        [draft("mou", ("AZE", "KHM"), "2014-04-24", evidence="The MoU was signed.")],
    )
    with running_server(url) as base, httpx.Client(base_url=base) as client:
        yield client


def total(api: httpx.Client, **params: object) -> int:
    resp = api.get("/v1/events", params=params)  # type: ignore[arg-type]
    assert resp.status_code == 200, resp.text
    return int(resp.json()["total"])


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "aze"}, 5),
        ({"country": "AZ"}, 5),
        ({"country": "Azerbaijan"}, 5),
        ({"country": "Kenya"}, 1),
        ({"status": "planned"}, 1),
        ({"status": "occurred"}, 5),
        ({"participant": "gafarova"}, 1),
        ({"participant": "SZIJJARTO"}, 1),  # accents and case ignored
        ({"participant": "%"}, 0),  # a literal percent sign, not a wildcard
        ({"location": "baku"}, 2),
        ({"location": "online"}, 1),
        ({"q": "visa"}, 1),
        ({"q": "signed MoU"}, 1),
        ({"q": '"unbalanced'}, 0),
        ({"min_sources": 2}, 1),
        ({"type": "mou", "date_from": "2014"}, 1),
    ],
)
def test_filters(api: httpx.Client, params: dict[str, object], expected: int) -> None:
    assert total(api, **params) == expected


def test_document_filter(api: httpx.Client) -> None:
    docs = api.get("/v1/documents").json()["items"]
    b = next(d for d in docs if d["name"] == "b.txt")
    assert total(api, document_id=b["id"]) == 1


def test_sort_oldest_first_keeps_undated_last(api: httpx.Client) -> None:
    body = api.get("/v1/events", params={"sort": "date", "limit": 2}).json()
    dates = [e["date"] for e in body["items"]]
    path = body["next"]
    while path:
        page = api.get(path).json()
        dates += [e["date"] for e in page["items"]]
        path = page["next"]
    assert dates == ["2014-04-24", "2021-04-15", "2022-06-01", "2022-11", "2024-01-17", None]


def test_csv_export_streams_every_row(api: httpx.Client) -> None:
    resp = api.get("/v1/events", params={"format": "csv", "limit": 1})
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(resp.text)))
    assert len(rows) == 6
    meeting = next(r for r in rows if r["participants"].startswith("Sahiba"))
    assert meeting["countries"] == "AZE; KAZ"
    assert meeting["participants"] == "Sahiba Gafarova (Chair of the Milli Majlis, AZE)"


def test_csv_by_accept_header(api: httpx.Client) -> None:
    resp = api.get("/v1/events", params={"country": "KEN"}, headers={"Accept": "text/csv"})
    assert resp.text.splitlines()[0].startswith("id,type,status,date")
    assert len(resp.text.splitlines()) == 2


def test_jsonl_export(api: httpx.Client) -> None:
    resp = api.get("/v1/events", params={"format": "jsonl", "type": "mou"})
    lines = [json.loads(line) for line in resp.text.splitlines()]
    assert [e["type"] for e in lines] == ["mou"]
    assert lines[0]["source_count"] == 2


@pytest.mark.parametrize(
    ("group_by", "expected"),
    [
        ("type", [{"key": "meeting", "count": 2}, {"key": "visit", "count": 2}]),
        ("country", [{"key": "AZE", "count": 5}]),
        ("dyad", [{"key": "AZE-KAZ", "count": 2}, {"key": "AZE-KHM", "count": 2}]),
        ("year", [{"key": "2022", "count": 2}, {"key": "2014", "count": 1}]),
        ("month", [{"key": "2014-04", "count": 1}]),
    ],
)
def test_stats(api: httpx.Client, group_by: str, expected: list[dict[str, object]]) -> None:
    body = api.get("/v1/stats", params={"group_by": group_by}).json()
    assert body[: len(expected)] == expected


def test_stats_take_the_event_filters(api: httpx.Client) -> None:
    body = api.get("/v1/stats", params={"group_by": "type", "country": "KHM"}).json()
    assert body == [{"key": "mou", "count": 1}, {"key": "visa_agreement", "count": 1}]


def test_countries(api: httpx.Client) -> None:
    body = api.get("/v1/countries").json()
    assert body[0] == {"code": "AZE", "name": "Azerbaijan", "events": 5}
    detail = api.get("/v1/countries/khm").json()
    assert detail["name"] == "Cambodia"
    assert detail["counterparts"] == [{"code": "AZE", "name": "Azerbaijan", "events": 2}]
    assert detail["first_date"] == "2014-04-24" and detail["last_date"] == "2022-06-01"
    assert api.get("/v1/countries/FRA").status_code == 404


def test_documents_list_and_filter(api: httpx.Client) -> None:
    body = api.get("/v1/documents").json()
    assert body["total"] == 2
    assert body["items"][0]["name"] == "a.txt" and body["items"][0]["events"] == 6
    assert api.get("/v1/documents", params={"published_from": "2025"}).json()["total"] == 0


@pytest.mark.parametrize(
    ("path", "params", "parameter", "needle"),
    [
        ("/v1/events", {"country": "Cambodja"}, "country", "KHM"),
        ("/v1/events", {"date_from": "2014-13-01"}, "date_from", "YYYY-MM-DD"),
        ("/v1/events", {"limit": "5000"}, "limit", "1000"),
        ("/v1/events", {"status": "maybe"}, "status", "status"),
        ("/v1/events", {"sort": "id"}, "sort", "sort"),
        ("/v1/events", {"format": "xml"}, "format", "format"),
        ("/v1/events", {"min_sources": "0"}, "min_sources", "min_sources"),
        ("/v1/stats", {"group_by": "planet"}, "group_by", "group_by"),
        ("/v1/stats", {}, "group_by", "group_by"),
        ("/v1/documents", {"published_to": "June"}, "published_to", "YYYY"),
        ("/v1/countries/ZZZ", {}, "code", "ZZZ"),
    ],
)
def test_one_error_shape(
    api: httpx.Client, path: str, params: dict[str, str], parameter: str, needle: str
) -> None:
    resp = api.get(path, params=params)
    assert resp.status_code == 422
    error = resp.json()["error"]
    assert set(error) == {"status", "code", "message", "parameter"}
    assert error["status"] == 422 and error["code"] == "invalid_parameter"
    assert error["parameter"] == parameter
    assert needle in error["message"]


def test_etag_and_not_modified(api: httpx.Client) -> None:
    first = api.get("/v1/events")
    tag = first.headers["etag"]
    again = api.get("/v1/events", headers={"If-None-Match": tag})
    assert again.status_code == 304
    assert api.get("/v1/events", headers={"If-None-Match": '"other"'}).status_code == 200


def test_gzip_on_request(api: httpx.Client) -> None:
    resp = api.get("/v1/events", params={"limit": 100}, headers={"Accept-Encoding": "gzip"})
    assert resp.headers.get("content-encoding") == "gzip"
    assert resp.json()["total"] == 6


def test_openapi_describes_every_parameter_with_an_example(api: httpx.Client) -> None:
    spec = api.get("/openapi.json").json()
    for path, item in spec["paths"].items():
        for op in item.values():
            for param in op.get("parameters", []):
                where = f"{path} {param['name']}"
                assert param.get("description"), where
                has_example = (
                    "example" in param
                    or "examples" in param
                    or "examples" in param.get("schema", {})
                )
                assert has_example, where
