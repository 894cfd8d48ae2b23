"""The whole path on the seeds: `diplo ingest seeds/` → SQLite → a real server → /v1/events."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from typer.testing import CliRunner

from app.cli import cli
from tests.conftest import BACKENDS, GOLD, SEEDS, new_database_url
from tests.server import running_server


@pytest.fixture(scope="module", params=BACKENDS)
def seeded(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[httpx.Client]:
    url = new_database_url(request.param, request, tmp_path_factory.mktemp("e2e"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DATABASE_URL", url)
        from app.config import get_settings

        get_settings.cache_clear()
        result = CliRunner().invoke(cli, ["ingest", str(SEEDS)])
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    with running_server(url) as base, httpx.Client(base_url=base) as client:
        yield client


def all_events(client: httpx.Client) -> list[dict[str, object]]:
    body = client.get("/v1/events", params={"limit": 1000}).json()
    assert body["next"] is None
    return list(body["items"])


def test_every_required_gold_event_is_served(seeded: httpx.Client) -> None:
    served = {
        (src["document"], e["type"], tuple(e["countries"]))  # type: ignore[index]
        for e in all_events(seeded)
        for src in e["sources"]  # type: ignore[attr-defined]
    }
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    missing = [
        (g["doc"], g["type"], g["countries"])
        for g in gold
        if g["required"] and (g["doc"], g["type"], tuple(g["countries"])) not in served
    ]
    assert missing == []


def test_evidence_offsets_point_into_the_document(seeded: httpx.Client) -> None:
    for event in all_events(seeded):
        for src in event["sources"]:  # type: ignore[attr-defined]
            doc = seeded.get(f"/v1/documents/{src['document_id']}").json()
            assert doc["text"][src["start"] : src["end"]] == src["evidence"]


def test_relations_established_is_one_record_with_its_sources(seeded: httpx.Client) -> None:
    found = [
        e
        for e in all_events(seeded)
        if e["type"] == "diplomatic_relations" and e["countries"] == ["AZE", "KHM"]
    ]
    assert len(found) == 1
    [event] = found
    assert event["date"] == "1995-02-02"
    documents = {s["document"] for s in event["sources"]}  # type: ignore[attr-defined]
    assert "004_ebb79902e2b0f691.txt" in documents
    assert len(documents) >= 2
