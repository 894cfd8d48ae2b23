"""A private, throw-away PostgreSQL 15 cluster for the test session.

Uses TEST_DATABASE_URL when set (a server the caller runs); otherwise `initdb` into a
temp dir and `pg_ctl start` on a free port with Debian's PostgreSQL 15 binaries, as
the `postgres` user when the tests run as root. scripts/system-deps.sh installs the
binaries on a machine without them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.server import free_port

BIN = Path("/usr/lib/postgresql/15/bin")


def available() -> str | None:
    """Why PostgreSQL tests cannot run here, or None when they can."""
    if os.environ.get("TEST_DATABASE_URL"):
        return None
    if not (BIN / "initdb").exists():
        return "no PostgreSQL 15 binaries (/usr/lib/postgresql/15/bin) and no TEST_DATABASE_URL"
    return None


def _as_postgres(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@contextmanager
def cluster() -> Iterator[str]:
    """Yield a server URL (no database part) for the session; stop and delete it after."""
    if os.environ.get("TEST_DATABASE_URL"):
        yield os.environ["TEST_DATABASE_URL"].rsplit("/", 1)[0]
        return
    root = Path(tempfile.mkdtemp(prefix="diplo-pg-"))
    data = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    port = free_port()
    run = lambda cmd: subprocess.run(_as_postgres(cmd), check=True, capture_output=True)  # noqa: E731
    run(
        [
            str(BIN / "initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-sync",
        ]
    )
    options = (
        f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    )
    run(
        [
            str(BIN / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-w",
            "-l",
            str(root / "log"),
            "start",
        ]
    )
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(
            _as_postgres([str(BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


def create_database(server: str, name: str) -> str:
    """A fresh, empty database on the server; its URL."""
    import psycopg

    dsn = server.replace("postgresql+psycopg://", "postgresql://") + "/postgres"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"
