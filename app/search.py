"""Full-text search over evidence sentences, one function for both backends.

SQLite: the FTS5 table `sources_fts` (migration 0003), kept in sync by triggers.
PostgreSQL: `to_tsvector('english', evidence)` with a GIN index.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, Select, func, literal_column, select, text
from sqlmodel import col

from app.models import Source

_WORD = re.compile(r"\w+", re.UNICODE)


def fts5_query(q: str) -> str:
    """Every word of `q` as a quoted FTS5 term (AND): user input never reaches FTS syntax."""
    return " ".join(f'"{w}"' for w in _WORD.findall(q))


def evidence_matches(q: str, dialect: str) -> ColumnElement[bool]:
    """A condition on `sources.id` that holds when the evidence sentence matches `q`."""
    if dialect == "postgresql":
        tsv = func.to_tsvector(literal_column("'english'"), col(Source.evidence))
        return tsv.bool_op("@@")(func.plainto_tsquery(literal_column("'english'"), q))
    matching: Select[Any] = (
        select(literal_column("rowid"))
        .select_from(text("sources_fts"))
        .where(text("sources_fts MATCH :fts").bindparams(fts=fts5_query(q) or '""'))
    )
    return col(Source.id).in_(matching)
