"""Reads of ingested documents: a paged list with their event counts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String, and_, cast, func, or_, select
from sqlmodel import Session, col

from app.models import Document, Source
from app.queries import Cursor
from app.schemas import DocumentSummary


def document_page(
    *,
    session: Session,
    published_from: dt.date | None,
    published_to: dt.date | None,
    limit: int,
    cursor: Cursor | None = None,
) -> tuple[list[DocumentSummary], int, Cursor | None]:
    """Documents, newest publication date first (undated last, then id)."""
    sort = func.coalesce(cast(col(Document.published), String), "")
    stmt = select(Document, sort.label("sort"))
    if published_from:
        stmt = stmt.where(col(Document.published) >= published_from)
    if published_to:
        stmt = stmt.where(col(Document.published) <= published_to)
    total = session.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
    if cursor:
        stmt = stmt.where(
            or_(
                sort < cursor.sort_date,
                and_(sort == cursor.sort_date, col(Document.id) > cursor.id),
            )
        )
    rows = list(session.execute(stmt.order_by(sort.desc(), col(Document.id)).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    ids = [doc.id for doc, _ in rows]
    n_events = dict(
        session.execute(
            select(col(Source.document_id), func.count(func.distinct(col(Source.event_id))))
            .where(col(Source.document_id).in_(ids))
            .group_by(col(Source.document_id))
        ).all()
    )
    items = [
        DocumentSummary(
            id=doc.id,
            name=doc.name,
            sha256=doc.sha256,
            published=doc.published,
            ingested_at=doc.ingested_at,
            events=int(n_events.get(doc.id, 0)),
        )
        for doc, _ in rows
    ]
    nxt = Cursor(str(rows[-1][1]), rows[-1][0].id) if more and rows else None
    return items, int(total), nxt
