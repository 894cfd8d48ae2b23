"""SIGKILL `diplo ingest` at random moments: the database stays consistent, and running
again ends with exactly the counts of an uninterrupted run."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SEEDS

TRIALS = 10
NAMES = [("Azerbaijan", "Azerbaijani"), ("Kazakhstan", "Kazakh"), ("Uzbekistan", "Uzbek"),
         ("Georgia", "Georgian"), ("Turkey", "Turkish"), ("Hungary", "Hungarian")]  # fmt: skip


def make_corpus(folder: Path, n: int = 40) -> None:
    """Seed documents with other states and years swapped in: n distinct documents."""
    folder.mkdir()
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for i in range(n):
        name, adjective = NAMES[i % len(NAMES)]
        text = seeds[i % len(seeds)].replace("Azerbaijani", adjective).replace("Azerbaijan", name)
        text = text.replace("2014", str(1995 + i)) + f"\n\nReference {i}.\n"
        (folder / f"doc_{i:03d}.txt").write_text(text, encoding="utf-8")


def ingest(db: Path, folder: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}"}
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli", "ingest", str(folder)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def snapshot(db: Path) -> dict[str, object]:
    with sqlite3.connect(db) as conn:
        q = lambda sql: conn.execute(sql).fetchall()  # noqa: E731
        return {
            "integrity": q("PRAGMA integrity_check"),
            "documents": q("SELECT count(*) FROM documents"),
            "events": q("SELECT count(*) FROM events"),
            "sources": q("SELECT count(*) FROM sources"),
            "per_document": dict(
                q("SELECT d.name, count(s.id) FROM documents d "
                  "LEFT JOIN sources s ON s.document_id = d.id GROUP BY d.name")
            ),
            "orphans": q(
                "SELECT (SELECT count(*) FROM events e WHERE NOT EXISTS "
                "  (SELECT 1 FROM sources s WHERE s.event_id = e.id)),"
                " (SELECT count(*) FROM sources s WHERE NOT EXISTS "
                "  (SELECT 1 FROM events e WHERE e.id = s.event_id)),"
                " (SELECT count(*) FROM participants p WHERE NOT EXISTS "
                "  (SELECT 1 FROM events e WHERE e.id = p.event_id)),"
                " (SELECT count(*) FROM event_countries c WHERE NOT EXISTS "
                "  (SELECT 1 FROM events e WHERE e.id = c.event_id))"
            ),
        }  # fmt: skip


def migrated(db: Path) -> bool:
    with sqlite3.connect(db) as conn:
        query = "SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'"
        found = conn.execute(query).fetchone()
    return found is not None


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    base = tmp_path_factory.mktemp("crash")
    folder = base / "news"
    make_corpus(folder)
    reference = base / "reference.db"
    assert ingest(reference, folder).wait(120) == 0
    return folder, snapshot(reference)


@pytest.mark.parametrize("trial", range(TRIALS))
def test_sigkill_leaves_a_consistent_database(
    trial: int, corpus: tuple[Path, dict[str, object]], tmp_path: Path
) -> None:
    folder, reference = corpus
    db = tmp_path / "diplo.db"
    delay = random.Random(trial).uniform(0.3, 2.5)
    proc = ingest(db, folder)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    if db.exists() and migrated(db):  # killed before its first migration committed: empty
        state = snapshot(db)
        assert state["integrity"] == [("ok",)]
        assert state["orphans"] == [(0, 0, 0, 0)]
        expected = reference["per_document"]
        for name, sources in state["per_document"].items():  # type: ignore[attr-defined]
            assert sources == expected[name], f"{name}: half-written"  # type: ignore[index]
    assert ingest(db, folder).wait(120) == 0
    final = snapshot(db)
    for key in ("integrity", "documents", "events", "sources", "per_document", "orphans"):
        assert final[key] == reference[key], key
