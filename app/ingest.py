"""Files → extract.run() → store, one transaction per document."""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session, col

from app import extract
from app.db import session_scope
from app.models import Document
from app.reading import UnreadableFile, read_bytes, to_text
from app.store import add_events, now, remove_document_events

SUFFIXES = frozenset({".txt", ".text", ".html", ".htm"})
Status = Literal["new", "unchanged", "updated", "failed"]


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    status: Status
    events: int = 0
    error: str | None = None


@dataclass
class IngestSummary:
    outcomes: list[FileOutcome] = field(default_factory=list)

    @property
    def counts(self) -> Counter[str]:
        return Counter(o.status for o in self.outcomes)

    @property
    def events(self) -> int:
        return sum(o.events for o in self.outcomes)

    @property
    def failed(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Named files as given; directories walked (links not followed, so no loops) for
    text and HTML files, sorted."""
    for path in paths:
        if not path.is_dir():
            yield path
            continue
        found: list[Path] = []
        for root, dirs, files in os.walk(path, followlinks=False):
            dirs.sort()
            found += [Path(root) / f for f in files if Path(f).suffix.lower() in SUFFIXES]
        yield from sorted(found)


@dataclass(frozen=True)
class Prepared:
    """A file read, decoded and extracted: everything but the write."""

    path: Path
    sha: str
    text: str
    extraction: extract.Extraction


def prepare(path: Path, data: bytes, resources: extract.Resources) -> Prepared:
    text = to_text(data, name=path.name).text
    return Prepared(
        path, hashlib.sha256(data).hexdigest(), text, extract.run(text, resources=resources)
    )


def is_stored(session: Session, sha: str) -> bool:
    return (
        session.execute(select(col(Document.id)).where(col(Document.sha256) == sha)).first()
        is not None
    )


def ingest_document(
    session: Session, *, path: Path, data: bytes, resources: extract.Resources
) -> FileOutcome:
    """Store one file's document and events unless its content is already stored."""
    if is_stored(session, hashlib.sha256(data).hexdigest()):
        return FileOutcome(path, "unchanged")
    return store_prepared(session, prepare(path, data, resources))


def store_prepared(session: Session, prepared: Prepared) -> FileOutcome:
    """Write a prepared document and its events (replacing an older version of the file)."""
    path, sha, text, extraction = prepared.path, prepared.sha, prepared.text, prepared.extraction
    if is_stored(session, sha):
        return FileOutcome(path, "unchanged")
    resolved = str(path.resolve())
    doc = session.execute(
        select(Document).where(col(Document.path) == resolved)
    ).scalar_one_or_none()
    status: Status = "updated" if doc else "new"
    if doc is None:
        doc = Document(
            id=sha[:16], name=path.name, path=resolved, sha256=sha, text=text, ingested_at=now()
        )
    else:
        remove_document_events(session, document_id=doc.id)
        doc.sha256, doc.text, doc.ingested_at = sha, text, now()
    doc.published = extraction.published.date if extraction.published else None
    doc.published_surface = extraction.published.surface if extraction.published else None
    session.add(doc)
    session.flush()
    return FileOutcome(path, status, add_events(session, doc=doc, extraction=extraction))


RETRIES = 3


def _store(engine: Engine, path: Path, data: bytes, resources: extract.Resources) -> FileOutcome:
    """One document in one transaction. Another process storing the same document (or an
    event of it) at the same time breaks a unique constraint; the transaction is rolled
    back and tried again, and then finds the document stored ("unchanged")."""
    for attempt in range(RETRIES):
        try:
            with session_scope(engine) as session:
                return ingest_document(session, path=path, data=data, resources=resources)
        except (IntegrityError, OperationalError):
            if attempt == RETRIES - 1:
                raise
    raise AssertionError("unreachable")


def ingest_paths(
    engine: Engine,
    paths: Iterable[Path],
    *,
    resources: extract.Resources,
    max_bytes: int,
    on_file: Callable[[FileOutcome], None] | None = None,
) -> IngestSummary:
    """Ingest every file under `paths`; a failing file is reported and skipped."""
    summary = IngestSummary()
    for path in iter_files(paths):
        try:
            data = read_bytes(path, max_bytes=max_bytes)
            outcome = _store(engine, path, data, resources)
        except UnreadableFile as exc:
            outcome = FileOutcome(path, "failed", error=str(exc))
        summary.outcomes.append(outcome)
        if on_file:
            on_file(outcome)
    return summary


def forget_paths(engine: Engine, paths: Iterable[Path]) -> list[Path]:
    """Remove the documents ingested from `paths` and their events; returns those removed."""
    removed: list[Path] = []
    for path in paths:
        resolved = str(path.resolve())
        prefix = resolved.rstrip("/") + "/"
        with session_scope(engine) as session:
            docs = session.execute(
                select(Document).where(
                    (col(Document.path) == resolved) | col(Document.path).startswith(prefix)
                )
            ).scalars()
            for doc in list(docs):
                remove_document_events(session, document_id=doc.id)
                session.delete(doc)
                removed.append(Path(doc.path))
    return removed
