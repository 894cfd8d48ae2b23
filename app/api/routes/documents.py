"""/v1/documents: ingested documents, and one with its text and event offsets."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request

from app import documents, queries
from app.api.deps import DATE_FORMS, CursorDep, LimitDep, SessionDep, date_bound
from app.api.errors import ApiError, invalid
from app.api.routes.events import ERRORS, next_path
from app.schemas import DocumentOut, DocumentPage, ErrorOut

router = APIRouter(prefix="/v1/documents", tags=["documents"])


@router.get("", response_model=DocumentPage, responses=ERRORS)
def list_documents(
    request: Request,
    session: SessionDep,
    cursor: CursorDep,
    limit: LimitDep,
    published_from: Annotated[
        str | None, Query(description=f"Published on or after ({DATE_FORMS}).", examples=["2021"])
    ] = None,
    published_to: Annotated[
        str | None,
        Query(description=f"Published on or before ({DATE_FORMS}).", examples=["2022-06"]),
    ] = None,
) -> DocumentPage:
    """Documents, newest publication date first (undated last)."""
    lo = date_bound("published_from", published_from, last=False)
    hi = date_bound("published_to", published_to, last=True)
    if lo and hi and lo > hi:
        raise invalid("published_to", "published_to is before published_from")
    items, total, nxt = documents.document_page(
        session=session, published_from=lo, published_to=hi, limit=limit, cursor=cursor
    )
    return DocumentPage(items=items, total=total, next=next_path(request, nxt) if nxt else None)


@router.get(
    "/{document_id}",
    response_model=DocumentOut,
    responses={404: {"model": ErrorOut, "description": "No such document."}},
)
def get_document(
    document_id: Annotated[
        str, Path(description="A document's id.", examples=["9c41d2e07ab35f18"])
    ],
    session: SessionDep,
) -> DocumentOut:
    """A document's metadata, its text, and its events with their evidence offsets."""
    doc = queries.get_document(session=session, document_id=document_id)
    if doc is None:
        raise ApiError(404, f"no document with id {document_id!r}")
    return doc
