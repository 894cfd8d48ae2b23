"""`diplo ingest --workers N`: extraction in N processes, one writer (this process).

SQLite allows one writer at a time, so workers (app/ingest_worker.py) only read, decode
and extract (and look up which contents are already stored, so those are not
extracted); the parent stores the prepared documents in batches, in file order. At most
a few chunks per worker are in flight: memory does not depend on how far the workers
run ahead of the writer.
"""

from __future__ import annotations

import multiprocessing as mp
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.context import BaseContext
from multiprocessing.pool import AsyncResult
from pathlib import Path

from sqlalchemy import Engine

from app.ingest import (
    FileOutcome,
    IngestSummary,
    Item,
    chunks,
    iter_files,
    write_all,
)

CHUNK = 16  # files per task sent to a worker
IN_FLIGHT = 3  # tasks queued or running per worker


def _context() -> BaseContext:
    """fork on Linux: this process loads the extractor's resources once and every worker
    shares them (spawn would load them again in each, ~1.8 s of CPU apiece); spawn
    elsewhere. Either way the workers are this process's children, reaped by the pool."""
    if sys.platform == "linux":
        return mp.get_context("fork")
    return mp.get_context("spawn")


def _init(max_bytes: int, url: str) -> None:
    from app import ingest_worker

    ingest_worker.setup(max_bytes, url)


def _work(paths: list[Path]) -> list[Item]:
    from app import ingest_worker

    return ingest_worker.work(paths)


def prepared_in_parallel(
    engine: Engine, paths: Iterable[Path], *, workers: int, max_bytes: int
) -> Iterator[Item]:
    """Every file's item, in file order, prepared by `workers` processes."""
    ctx = _context()
    if ctx.get_start_method() == "fork":
        from app import ingest_worker  # noqa: F401  (loads the resources the workers share)

        engine.dispose()  # no connection of this process may cross the fork
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
