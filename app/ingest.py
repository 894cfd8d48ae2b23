"""Files → extract.run() → store, in batches of documents, each batch one transaction."""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, NamedTuple

from sqlalchemy import Connection, Engine, delete, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from app import extract
from app.reading import UnreadableFile, read_bytes, to_text
from app.store import DOCUMENTS, EventWriter, now, remove_document_events

SUFFIXES = frozenset({".txt", ".text", ".html", ".htm"})
Status = Literal["new", "unchanged", "updated", "failed"]

# A batch is committed when it holds BATCH_DOCUMENTS documents or when BATCH_SECONDS have
# passed since its first one, whichever comes first; a crash loses at most that batch.
BATCH_DOCUMENTS = 100
BATCH_SECONDS = 1.0
RETRIES = 3


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    status: Status
    events: int = 0
    error: str | None = None


@dataclass
class IngestSummary:
    """Counts of a run and its failures (not every outcome: memory stays flat)."""

    counts: Counter[str] = field(default_factory=Counter)
    events: int = 0
    failed: list[FileOutcome] = field(default_factory=list)

    def add(self, outcome: FileOutcome) -> None:
        self.counts[outcome.status] += 1
        self.events += outcome.events
        if outcome.status == "failed":
            self.failed.append(outcome)


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Named files as given; directories walked (links not followed, so no loops) for
    text and HTML files, in sorted path order. A directory is walked whole before its
    files are yielded, keeping only names (not Path objects) meanwhile."""
    for path in paths:
        if not path.is_dir():
            yield path
            continue
        tree: dict[str, tuple[list[str], list[str]]] = {}
        for root, dirs, files in os.walk(path, followlinks=False):
            dirs.sort()
            kept = sorted(f for f in files if os.path.splitext(f)[1].lower() in SUFFIXES)
            tree[root] = (list(dirs), kept)
        yield from _sorted_walk(tree, str(path))


def _sorted_walk(tree: dict[str, tuple[list[str], list[str]]], root: str) -> Iterator[Path]:
    """Files under `root` in the order of sorted Paths (names compared part by part): each
    directory's sorted files merged with its sorted subdirectories, no list of both."""
    dirs, files = tree.pop(root, ([], []))
    i = 0
    for name in files:
        while i < len(dirs) and dirs[i] < name:
            yield from _sorted_walk(tree, os.path.join(root, dirs[i]))
            i += 1
        yield Path(root, name)
    for sub in dirs[i:]:
        yield from _sorted_walk(tree, os.path.join(root, sub))


@dataclass(frozen=True)
class Prepared:
    """A file read, decoded and extracted: everything but the write."""

    path: Path
    sha: str
    text: str
    extraction: extract.Extraction


Item = Prepared | FileOutcome  # what the writer receives: a document to store, or a verdict


def prepare(path: Path, data: bytes, resources: extract.Resources) -> Prepared:
    text = to_text(data, name=path.name).text
    return Prepared(
        path, hashlib.sha256(data).hexdigest(), text, extract.run(text, resources=resources)
    )


def stored_shas(conn: Connection, shas: Iterable[str]) -> set[str]:
    wanted = sorted(set(shas))
    if not wanted:
        return set()
    col = DOCUMENTS.c.sha256
    return set(conn.execute(select(col).where(col.in_(wanted))).scalars())


class _Key(NamedTuple):
    id: str
    sha256: str


def _write(conn: Connection, items: Sequence[Item]) -> list[FileOutcome]:
    """Store the batch's documents in order on one connection (the caller's transaction)."""
    prepared = [item for item in items if isinstance(item, Prepared)]
    seen = stored_shas(conn, (p.sha for p in prepared))
    resolved = {p.path: str(p.path.resolve()) for p in prepared}
    d = DOCUMENTS.c
    paths = sorted(set(resolved.values()))
    by_path: dict[str, str] = {
        path: doc_id for path, doc_id in conn.execute(select(d.path, d.id).where(d.path.in_(paths)))
    }
    writer = EventWriter(conn)
    outcomes: list[FileOutcome] = []
    for item in items:
        if isinstance(item, FileOutcome):
            outcomes.append(item)
            continue
        if item.sha in seen:
            outcomes.append(FileOutcome(item.path, "unchanged"))
            continue
        seen.add(item.sha)
        published = item.extraction.published
        values = {
            "sha256": item.sha,
            "text": item.text,
            "ingested_at": now(),
            "published": published.date if published else None,
            "published_surface": published.surface if published else None,
        }
        path = resolved[item.path]
        old = by_path.get(path)
        if old is None:
            doc_id = item.sha[:16]
            writer.add_document({"id": doc_id, "name": item.path.name, "path": path, **values})
            by_path[path] = doc_id
        else:  # the file changed: its old events go first (what is pending is written)
            doc_id = old
            writer.flush()
            remove_document_events(conn, document_id=doc_id)
            conn.execute(update(DOCUMENTS).where(d.id == doc_id).values(**values))
        events = writer.add_events(_Key(doc_id, item.sha), item.extraction)
        outcomes.append(FileOutcome(item.path, "new" if old is None else "updated", events))
    writer.flush()
    return outcomes


def _write_one(engine: Engine, item: Item) -> FileOutcome:
    """One document in one transaction. Another process storing the same document (or an
    event of it) at the same time breaks a unique constraint; the transaction is rolled
    back and tried again, and then finds the document stored ("unchanged"). A document
    the database still refuses is reported as failed; the others go on."""
    if isinstance(item, FileOutcome):
        return item
    for attempt in range(RETRIES):
        try:
            with engine.begin() as conn:
                return _write(conn, [item])[0]
        except (IntegrityError, OperationalError) as exc:
            if attempt == RETRIES - 1:
                return FileOutcome(item.path, "failed", error=f"database: {exc.orig}")
            time.sleep(0.05 * (attempt + 1))
        except DBAPIError as exc:
            return FileOutcome(item.path, "failed", error=f"database: {exc.orig}")
    raise AssertionError("unreachable")


def write_batch(engine: Engine, items: Sequence[Item]) -> list[FileOutcome]:
    """Store a batch in one transaction; if the database refuses it (a concurrent writer
    got there first, a deadlock, a row it rejects), roll it back and store its documents
    one transaction each, so one failing document never loses the others."""
    if not any(isinstance(item, Prepared) for item in items):
        return [item for item in items if isinstance(item, FileOutcome)]
    try:
        with engine.begin() as conn:
            return _write(conn, items)
    except DBAPIError:
        return [_write_one(engine, item) for item in items]


def write_all(
    engine: Engine,
    items: Iterable[Item],
    *,
    on_file: Callable[[FileOutcome], None] | None = None,
    batch_documents: int | None = None,
    batch_seconds: float | None = None,
) -> IngestSummary:
    """Group items into batches (by count and age; BATCH_DOCUMENTS and BATCH_SECONDS
    unless given) and store each; outcomes are reported once their batch is committed."""
    most = BATCH_DOCUMENTS if batch_documents is None else batch_documents
    oldest = BATCH_SECONDS if batch_seconds is None else batch_seconds
    summary = IngestSummary()
    batch: list[Item] = []
    started = 0.0

    def flush() -> None:
        for outcome in write_batch(engine, batch):
            summary.add(outcome)
            if on_file:
                on_file(outcome)
        batch.clear()

    for item in items:
        if not batch:
            started = time.monotonic()
        batch.append(item)
        if len(batch) >= most or time.monotonic() - started >= oldest:
            flush()
    if batch:
        flush()
    return summary


def _load(path: Path, max_bytes: int) -> tuple[Path, bytes, str] | FileOutcome:
    try:
        data = read_bytes(path, max_bytes=max_bytes)
    except UnreadableFile as exc:
        return FileOutcome(path, "failed", error=str(exc))
    return path, data, hashlib.sha256(data).hexdigest()


def chunks(paths: Iterable[Path], size: int) -> Iterator[list[Path]]:
    chunk: list[Path] = []
    for path in paths:
        chunk.append(path)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def prepared_items(
    engine: Engine, paths: Iterable[Path], *, resources: extract.Resources, max_bytes: int
) -> Iterator[Item]:
    """Read, decode and extract each file in this process; content already stored is
    `unchanged` without being extracted (one look-up per chunk of files)."""
    for chunk in chunks(paths, BATCH_DOCUMENTS):
        loaded = [_load(path, max_bytes) for path in chunk]
        with engine.connect() as conn:
            known = stored_shas(conn, (x[2] for x in loaded if not isinstance(x, FileOutcome)))
        for entry in loaded:
            if isinstance(entry, FileOutcome):
                yield entry
                continue
            path, data, sha = entry
            if sha in known:
                yield FileOutcome(path, "unchanged")
                continue
            try:
                text = to_text(data, name=path.name).text
            except UnreadableFile as exc:
                yield FileOutcome(path, "failed", error=str(exc))
                continue
            yield Prepared(path, sha, text, extract.run(text, resources=resources))


def ingest_paths(
    engine: Engine,
    paths: Iterable[Path],
    *,
    resources: extract.Resources,
    max_bytes: int,
    on_file: Callable[[FileOutcome], None] | None = None,
) -> IngestSummary:
    """Ingest every file under `paths`; a failing file is reported and skipped."""
    items = prepared_items(engine, iter_files(paths), resources=resources, max_bytes=max_bytes)
    return write_all(engine, items, on_file=on_file)


def forget_paths(engine: Engine, paths: Iterable[Path]) -> list[Path]:
    """Remove the documents ingested from `paths` and their events; returns those removed."""
    removed: list[Path] = []
    d = DOCUMENTS.c
    for path in paths:
        resolved = str(path.resolve())
        prefix = resolved.rstrip("/") + "/"
        with engine.begin() as conn:
            docs = conn.execute(
                select(d.id, d.path).where((d.path == resolved) | d.path.startswith(prefix))
            ).all()
            for doc_id, doc_path in docs:
                remove_document_events(conn, document_id=doc_id)
                conn.execute(delete(DOCUMENTS).where(d.id == doc_id))
                removed.append(Path(doc_path))
    return removed
