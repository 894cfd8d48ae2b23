"""Alembic owns the schema: the migrations must produce exactly the models' tables."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine
from sqlmodel import SQLModel

from app import (
    db,
    models,  # noqa: F401  (registers the tables)
)

# Search structures that only migrations create (FTS5 tables, expression indexes).
SEARCH_OBJECTS = ("sources_fts", "ix_sources_evidence_tsv", "ix_filter_")


def _ours(name: str | None, type_: str, parent: Any) -> bool:
    return not (name or "").startswith(SEARCH_OBJECTS)


def test_models_and_migrations_agree(engine: Engine) -> None:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": _ours})
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == []


def test_upgrade_is_idempotent(engine: Engine) -> None:
    db.upgrade(engine)
    assert db.schema_is_current(engine)


def test_evidence_search_is_kept_in_sync(engine: Engine) -> None:
    from sqlalchemy import func, select

    from app.models import Source
    from app.search import evidence_matches
    from tests.factories import draft, store_document

    store_document(engine, "a.txt", [draft(evidence="They signed a visa exemption agreement.")])
    with engine.connect() as conn:
        for words, hits in (("visa", 1), ("signed exemption", 1), ("tanks", 0)):
            where = evidence_matches(words, engine.dialect.name)
            count = select(func.count()).select_from(Source).where(where)
            assert conn.execute(count).scalar_one() == hits, words
