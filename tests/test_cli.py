"""`diplo` commands run as a user would, over a temp database."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlmodel import Session
from typer.testing import CliRunner

from app import db
from app.cli import cli
from app.models import Document, Event, Source
from tests.conftest import SEEDS

runner = CliRunner()


def _counts(url: str) -> tuple[int, int, int]:
    engine: Engine = db.get_engine(url)
    with Session(engine) as s:
        return tuple(  # type: ignore[return-value]
            s.execute(select(func.count()).select_from(m)).scalar_one()
            for m in (Document, Event, Source)
        )


def test_db_upgrade_creates_schema(database_url: str) -> None:
    result = runner.invoke(cli, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert db.schema_is_current(db.get_engine(database_url))


def test_ingest_seeds_then_again_changes_nothing(database_url: str) -> None:
    first = runner.invoke(cli, ["ingest", str(SEEDS)])
    assert first.exit_code == 0, first.output
    assert "5 new" in first.output
    counts = _counts(database_url)
    assert counts[0] == 5
    second = runner.invoke(cli, ["ingest", str(SEEDS)])
    assert "0 new, 5 unchanged" in second.output
    assert _counts(database_url) == counts


def test_changed_file_replaces_its_events(database_url: str, tmp_path: Path) -> None:
    doc = tmp_path / "docs" / "a.txt"
    doc.parent.mkdir()
    shutil.copy(SEEDS / "004_ebb79902e2b0f691.txt", doc)
    runner.invoke(cli, ["ingest", str(doc.parent)])
    before = _counts(database_url)
    doc.write_text("Nothing happened today.\n", encoding="utf-8")
    result = runner.invoke(cli, ["ingest", str(doc.parent)])
    assert "1 updated" in result.output
    docs, events, sources = _counts(database_url)
    assert docs == before[0] == 1
    assert events == sources == 0


def test_broken_file_is_reported_and_the_rest_ingest(database_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    shutil.copytree(SEEDS, folder)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "empty.txt").write_bytes(b"")
    result = runner.invoke(cli, ["ingest", str(folder)])
    assert result.exit_code == 1
    assert "5 new" in result.output and "2 failed" in result.output
    assert _counts(database_url)[0] == 5


def test_extract_prints_json_with_reasons() -> None:
    result = runner.invoke(cli, ["extract", str(SEEDS / "004_ebb79902e2b0f691.txt")])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["document"] == "004_ebb79902e2b0f691.txt"
    assert isinstance(body["events"], list)
