"""Engine, sessions and schema upgrades for SQLite and PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlmodel import Session

# The repo's top-level migrations/; an installed copy elsewhere sets DIPLO_MIGRATIONS_DIR.
MIGRATIONS_DIR = Path(
    os.environ.get("DIPLO_MIGRATIONS_DIR", Path(__file__).resolve().parent.parent / "migrations")
)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


# Reads through a memory map of the file skip a system call and a copy per page: at 1M
# events this halves the CPU a page of events costs. Address space only; the pages are
# the kernel's page cache, shared by every connection and worker. The API's engines map
# the file; ingest's do not (mapped pages count in a process's RSS, which would then grow
# with the database an ingest writes).
SQLITE_MMAP_BYTES = 4 << 30


def _sqlite_pragmas_mapped(dbapi_conn: Any, record: Any) -> None:
    _sqlite_pragmas(dbapi_conn, record)
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA mmap_size={SQLITE_MMAP_BYTES}")
    cur.close()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, open transactions (see _sqlite_begin):
    # otherwise DDL runs outside any transaction and a killed migration is half-applied.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=15000")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    """Every transaction, DDL included, is a real SQLite transaction (atomic under SIGKILL)."""
    conn.exec_driver_sql("BEGIN")


def _ensure_sqlite_dir(url: str) -> None:
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)


@lru_cache(maxsize=8)
def get_engine(
    url: str,
    *,
    pool_size: int = 5,
    statement_timeout_ms: int = 15000,
    pool_timeout_s: float = 30.0,
    mapped: bool = False,
) -> Engine:
    """One engine per URL for the life of the process. A checkout that waits longer than
    `pool_timeout_s` raises sqlalchemy.exc.TimeoutError (the API answers 503). `mapped`:
    SQLite reads through a memory map of the file (the API's read engine)."""
    if is_sqlite(url):
        _ensure_sqlite_dir(url)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 15},
            pool_size=pool_size,
            pool_timeout=pool_timeout_s,
        )
        event.listen(engine, "connect", _sqlite_pragmas_mapped if mapped else _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    options = f"-c statement_timeout={statement_timeout_ms}" if statement_timeout_ms else ""
    return create_engine(
        url,
        pool_size=pool_size,
        pool_timeout=pool_timeout_s,
        pool_pre_ping=True,
        connect_args={"options": options} if options else {},
    )


def driver_rows(conn: Connection, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Rows of `sql` ("?" placeholders) through the DBAPI cursor of `conn`: for the hot,
    fixed reads where SQLAlchemy's statement handling and Row objects cost more than the
    read. Errors are raised as SQLAlchemy would (a statement timeout stays an
    OperationalError, which the API answers with a 503)."""
    if conn.dialect.paramstyle != "qmark":
        sql = sql.replace("?", "%s")
    dbapi_error = conn.dialect.loaded_dbapi.Error
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, params)
        return list(cursor.fetchall())
    except dbapi_error as exc:
        raise sa_exc.DBAPIError.instance(sql, params, exc, dbapi_error) from exc
    finally:
        cursor.close()


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def schema_is_current(engine: Engine) -> bool:
    head = ScriptDirectory.from_config(alembic_config(str(engine.url))).get_current_head()
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision() == head


def upgrade(engine: Engine) -> None:
    """Apply every migration the database lacks (no-op when current)."""
    if schema_is_current(engine):
        return
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
