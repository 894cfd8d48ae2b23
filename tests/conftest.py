"""Fixtures: every test gets its own database file; never the developer's settings."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from app import db
from app.config import get_settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "data" / "gold_seeds.jsonl"


@pytest.fixture(autouse=True)
def database_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Point DATABASE_URL at a fresh SQLite file in the test's temp dir."""
    url = f"sqlite:///{tmp_path / 'diplo.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    yield url
    get_settings.cache_clear()
    os.environ.pop("DIPLO_TEST_DUMMY", None)


@pytest.fixture
def engine(database_url: str) -> Engine:
    eng = db.get_engine(database_url)
    db.upgrade(eng)
    return eng
