"""Fixtures: every test gets its own database, on SQLite and on PostgreSQL.

`database_url` is parametrized over both backends: each test that uses it (or
`engine`) runs twice. Tests never read the developer's own settings.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from app import db
from app.config import get_settings
from tests import pg

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "data" / "gold_seeds.jsonl"
BACKENDS = ["sqlite", "postgresql"]
_names = itertools.count()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    reason = pg.available()
    if reason:
        pytest.skip(reason)
    with pg.cluster() as server:
        yield server


def new_database_url(backend: str, request: pytest.FixtureRequest, folder: Path) -> str:
    """A fresh, empty database of the backend."""
    if backend == "sqlite":
        return f"sqlite:///{folder / 'diplo.db'}"
    server: str = request.getfixturevalue("pg_server")
    return pg.create_database(server, f"test_{next(_names)}")


@pytest.fixture(params=BACKENDS)
def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """Point DATABASE_URL at a fresh database of each backend."""
    url = new_database_url(request.param, request, tmp_path)
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    yield url
    get_settings.cache_clear()
    db.get_engine(url).dispose()  # close its connections: PostgreSQL counts them
    db.get_engine.cache_clear()


@pytest.fixture(autouse=True)
def _no_developer_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Tests that need no database still never touch the developer's."""
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'unused.db'}")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture
def engine(database_url: str) -> Engine:
    eng = db.get_engine(database_url)
    db.upgrade(eng)
    return eng
