"""`diplo ingest --workers N`: extraction in N processes, one writer (this process).

SQLite allows one writer at a time, so workers only read, decode and extract (and look
up which contents are already stored, so those are not extracted); the parent stores
the prepared documents in batches, in file order. At most a few chunks per worker are
in flight: memory does not depend on how far the workers run ahead of the writer.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import AsyncResult
from pathlib import Path

from sqlalchemy import Engine

from app import db, extract
from app.ingest import (
    FileOutcome,
    IngestSummary,
    Item,
    chunks,
    iter_files,
    prepared_items,
    write_all,
)

CHUNK = 16  # files per task sent to a worker
IN_FLIGHT = 3  # tasks queued or running per worker

# Each worker process loads the resources once and opens its own engine (pool initializer).
_RESOURCES: extract.Resources | None = None
_ENGINE: Engine | None = None
_MAX_BYTES = 0


def _init(max_bytes: int, url: str) -> None:
    global _RESOURCES, _ENGINE, _MAX_BYTES
    _RESOURCES = extract.load_resources()
    _ENGINE = db.get_engine(url, pool_size=1)
    _MAX_BYTES = max_bytes


def _work(paths: list[Path]) -> list[Item]:
    assert _RESOURCES is not None and _ENGINE is not None
    return list(prepared_items(_ENGINE, paths, resources=_RESOURCES, max_bytes=_MAX_BYTES))


def prepared_in_parallel(
    engine: Engine, paths: Iterable[Path], *, workers: int, max_bytes: int
) -> Iterator[Item]:
    """Every file's item, in file order, prepared by `workers` processes."""
    ctx = mp.get_context("spawn")
    url = engine.url.render_as_string(hide_password=False)
    with ctx.Pool(workers, initializer=_init, initargs=(max_bytes, url)) as pool:
        pending: deque[AsyncResult[list[Item]]] = deque()
        for chunk in chunks(paths, CHUNK):
            pending.append(pool.apply_async(_work, (chunk,)))
            if len(pending) >= workers * IN_FLIGHT:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def ingest_parallel(
    engine: Engine,
    paths: Iterable[Path],
    *,
    workers: int,
    max_bytes: int,
    on_file: Callable[[FileOutcome], None] | None = None,
) -> IngestSummary:
    items = prepared_in_parallel(engine, iter_files(paths), workers=workers, max_bytes=max_bytes)
    return write_all(engine, items, on_file=on_file)
