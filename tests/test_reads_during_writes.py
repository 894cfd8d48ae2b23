"""While `diplo ingest` writes, a bounded client loop reads through a real server:
no 5xx, no "database is locked", every response well-formed."""

from __future__ import annotations

import os
import time
from pathlib import Path

import httpx

from app import db
from tests.server import running_server
from tests.test_crash import ingest, make_corpus

SECONDS = float(os.environ.get("DIPLO_READS_DURING_WRITES_SECONDS", "10"))
PATHS = ["/v1/events?limit=5", "/v1/stats?group_by=type", "/v1/countries", "/health",
         "/v1/events?format=csv&country=AZE", "/v1/documents?limit=3"]  # fmt: skip


def test_reads_while_ingesting(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    make_corpus(folder, n=150)
    database = tmp_path / "diplo.db"
    db.upgrade(db.get_engine(f"sqlite:///{database}"))
    requests = errors = 0
    with running_server(f"sqlite:///{database}") as base, httpx.Client(base_url=base) as client:
        writer = ingest(database, folder)
        deadline = time.monotonic() + SECONDS
        while time.monotonic() < deadline:
            for path in PATHS:
                resp = client.get(path, timeout=10)
                requests += 1
                bad = resp.status_code >= 500 or "locked" in resp.text
                if not bad and "json" in resp.headers.get("content-type", ""):
                    resp.json()
                errors += bad
            if writer.poll() is not None and requests > 50:
                break
        assert writer.wait(120) == 0
        final = client.get("/health").json()
    print(
        f"reads during writes: {requests} requests, {errors} errors, {final['documents']} documents"
    )
    assert errors == 0
    assert requests > 0 and final["documents"] == 150
