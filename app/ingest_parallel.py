"""`diplo ingest --workers N`: extraction in N processes, one writer (this process).

SQLite allows one writer at a time, so workers only read, decode and extract; the
parent stores each prepared document in its own transaction, in file order.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from sqlalchemy import Engine

from app import extract
from app.db import session_scope
from app.ingest import FileOutcome, IngestSummary, Prepared, iter_files, prepare, store_prepared
from app.reading import UnreadableFile, read_bytes

# Each worker process loads the resources once (set by the pool initializer).
_RESOURCES: extract.Resources | None = None
_MAX_BYTES = 0


def _init(max_bytes: int) -> None:
    global _RESOURCES, _MAX_BYTES
    _RESOURCES = extract.load_resources()
    _MAX_BYTES = max_bytes


def _work(path: Path) -> Prepared | FileOutcome:
    assert _RESOURCES is not None
    try:
        return prepare(path, read_bytes(path, max_bytes=_MAX_BYTES), _RESOURCES)
    except UnreadableFile as exc:
        return FileOutcome(path, "failed", error=str(exc))


def prepared_in_parallel(
    paths: Iterable[Path], *, workers: int, max_bytes: int
) -> Iterator[Prepared | FileOutcome]:
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_init, initargs=(max_bytes,)) as pool:
        yield from pool.imap(_work, paths, chunksize=8)


def ingest_parallel(
    engine: Engine,
    paths: Iterable[Path],
    *,
    workers: int,
    max_bytes: int,
    on_file: Callable[[FileOutcome], None] | None = None,
) -> IngestSummary:
    summary = IngestSummary()
    for item in prepared_in_parallel(iter_files(paths), workers=workers, max_bytes=max_bytes):
        if isinstance(item, FileOutcome):
            outcome = item
        else:
            with session_scope(engine) as session:
                outcome = store_prepared(session, item)
        summary.outcomes.append(outcome)
        if on_file:
            on_file(outcome)
    return summary
