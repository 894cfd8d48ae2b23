"""Two `diplo ingest` processes at once against PostgreSQL store every document and
event once: unique constraints, advisory locks and retries, not checks in Python."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests import pg
from tests.test_crash import make_corpus


def counts(url: str) -> tuple[int, int, int]:
    engine = create_engine(url)
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events),"
                " (SELECT count(*) FROM sources)"
            )
        ).one()
    engine.dispose()
    return int(row[0]), int(row[1]), int(row[2])


def run_ingest(url: str, folder: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli", "ingest", str(folder)],
        env={**os.environ, "DATABASE_URL": url},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def test_two_ingests_at_once_store_everything_once(pg_server: str, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    make_corpus(folder, n=120)
    single = pg.create_database(pg_server, "concurrency_single")
    assert run_ingest(single, folder).wait(300) == 0
    expected = counts(single)

    both = pg.create_database(pg_server, "concurrency_both")
    # Migrate first: two processes creating the schema at once is not the case under test.
    from app import db

    db.upgrade(db.get_engine(both))
    first, second = run_ingest(both, folder), run_ingest(both, folder)
    assert first.wait(300) == 0, first.stderr.read() if first.stderr else ""
    assert second.wait(300) == 0, second.stderr.read() if second.stderr else ""
    assert counts(both) == expected


@pytest.fixture(autouse=True)
def _needs_postgres() -> None:
    reason = pg.available()
    if reason:
        pytest.skip(reason)
