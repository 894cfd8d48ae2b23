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


def _version(engine: Engine) -> int:
    from app.cache import data_version

    with engine.connect() as conn:
        return data_version(conn)


def test_data_version_and_party_copies_follow_every_write(engine: Engine) -> None:
    """Triggers (migration 0006) bump the data version in the transaction of every write,
    and keep each party row's copy of its event's sort date and countries."""
    from sqlalchemy import text

    from tests.factories import draft, store_document

    copies = text(
        "SELECT count(*) FROM event_countries c JOIN events e ON e.id = c.event_id "
        "WHERE c.sort_date = e.sort_date AND c.countries_key = e.countries_key"
    )
    before = _version(engine)
    store_document(engine, "a.txt", [draft("meeting", ("AZE", "KAZ"), "2021-04-15")])
    stored = _version(engine)
    assert stored > before
    with engine.begin() as conn:
        assert conn.execute(copies).scalar_one() == 2
        conn.execute(text("UPDATE events SET sort_date = '2020-01-01'"))
    assert _version(engine) > stored
    with engine.begin() as conn:
        assert conn.execute(copies).scalar_one() == 2
        rolled = _version(engine)
    with engine.connect() as conn:  # a rolled-back write leaves the version alone
        conn.execute(text("DELETE FROM sources"))
        conn.rollback()
    assert _version(engine) == rolled
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM documents"))
    assert _version(engine) > rolled


def test_every_data_table_has_its_version_trigger(engine: Engine) -> None:
    """A migration that rebuilds a table (SQLite batch mode) drops its triggers: recreate
    them, or cached counts go stale."""
    from sqlalchemy import text

    tables = {"documents", "events", "event_countries", "participants", "sources"}
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            rows = conn.execute(
                text("SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'")
            ).all()
            have = {t for t, name in rows if name.startswith("trg_dv_")}
            assert sum(name.startswith("trg_dv_") for _, name in rows) == 3 * len(tables)
        else:
            rows = conn.execute(
                text(
                    "SELECT tgrelid::regclass::text, tgname FROM pg_trigger WHERE NOT tgisinternal"
                )
            ).all()
            have = {t for t, name in rows if name.startswith("trg_dv_")}
        assert have == tables
        assert {name for _, name in rows} >= {"trg_ec_sort_fill", "trg_ec_sort_follow"}
