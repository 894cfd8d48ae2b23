"""/v1/documents: an ingested document with its text and the offsets of its events."""

from __future__ import annotations

from fastapi import APIRouter

from app import queries
from app.api.deps import SessionDep
from app.api.errors import ApiError
from app.schemas import DocumentOut, ErrorOut

router = APIRouter(prefix="/v1/documents", tags=["documents"])


@router.get(
    "/{document_id}",
    response_model=DocumentOut,
    responses={404: {"model": ErrorOut, "description": "No such document."}},
)
def get_document(document_id: str, session: SessionDep) -> DocumentOut:
    """A document's metadata, its text, and its events with their evidence offsets."""
    doc = queries.get_document(session=session, document_id=document_id)
    if doc is None:
        raise ApiError(404, f"no document with id {document_id!r}")
    return doc
