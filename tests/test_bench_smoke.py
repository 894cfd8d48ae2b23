"""The benchmark scripts at tiny sizes, so they do not rot (no timing is asserted)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> str:
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    ).stdout


def test_extract_speed() -> None:
    assert "documents/s" in run("bench.extract_speed", "20")


def test_ingest_bench() -> None:
    out = run("bench.ingest", "30", "--workers", "1", "2")
    assert out.count("| 30 |") == 2


def test_load_and_api_bench(tmp_path: Path) -> None:
    database = tmp_path / "bench.db"
    assert "loaded 3000 events" in run("bench.load", str(database), "3000")
    first = run("bench.load", "--cache", str(tmp_path / "cache"), "500").splitlines()
    again = run("bench.load", "--cache", str(tmp_path / "cache"), "500").splitlines()
    assert "loaded 500 events" in first[0] and again[0].startswith("cached database")
    assert first[-1] == again[-1] and Path(first[-1]).exists()
    if shutil.which("wrk") is None:
        pytest.skip("wrk is not installed (make bench installs it)")
    out = run(
        "bench.api",
        str(database),
        "--seconds",
        "1",
        "--connections",
        "2",
        "--export-rows",
        "500",
        "--datasette",
        "none",
    )
    assert "| a country=AZE |" in out and "rows/s" in out
