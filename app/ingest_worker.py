"""What an extraction worker of `diplo ingest --workers N` runs.

Importing this module loads the extractor's resources: where workers are forked, the
parent imports it once before the fork and N workers share one load; where they are
spawned, each worker imports it.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from app import db, extract
from app.ingest import Item, prepared_items

RESOURCES = extract.load_resources()
_engine: Engine | None = None
_max_bytes = 0


def setup(max_bytes: int, url: str) -> None:
    """Per worker: its own engine (to skip contents already stored) and the size limit."""
    global _engine, _max_bytes
    _engine = db.get_engine(url, pool_size=1)
    _max_bytes = max_bytes


def work(paths: list[Path]) -> list[Item]:
    assert _engine is not None, "setup() runs first (the pool initializer)"
    return list(prepared_items(_engine, paths, resources=RESOURCES, max_bytes=_max_bytes))
